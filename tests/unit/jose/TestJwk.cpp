#include "JoseTestSupport.h"

#include "jose/Jwk.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace keyway;
using namespace keyway::test;

namespace {

// RFC 7517 Appendix A.1 and A.2 (the same keys with their private members).
const QString kRsaN = QStringLiteral(
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMst"
    "n64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n9"
    "1CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw");
const QString kRsaD = QStringLiteral(
    "X4cTteJY_gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0_YSfqijwp3R"
    "TzlBaCxWp4doFk5N2o8Gy_nHNKroADIkJ46pRUohsXywbReAdYaMwFs9tv8d_cPVY3i07a3t8MN6TNwm0dSawm9v47UiCl3Sk5ZiG7xojPLu4sbg1U2jx4IB"
    "TNBznbJSzFHK66jT8bgkuqsk0GjskDJk19Z4qwjwbsnn4j2WBii3RL-Us2lGVkY8fkFzme1z0HbIkfz0Y6mqnOYtqc0X4jfcKoAC8Q");
const QString kRsaP = QStringLiteral(
    "83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQBQxtPVnwD20R-60eTDmD2ujnMt5PoqMrm8RfmNhVWDtjjMmCMjOpSXicFHj7XOuVIYQyqVWl"
    "WEh6dN36GVZYk93N8Bc9vY41xy8B9RzzOGVQzXvNEvn7O0nVbfs");
const QString kRsaQ = QStringLiteral(
    "3dfOR9cuYq-0S-mkFLzgItgMEfFzB2q3hWehMuG0oCuqnb3vobLyumqjVZQO1dIrdwgTnCdpYzBcOfW5r370AFXjiWft_NGEiovonizhKpo9VVS78TzFgxkI"
    "drecRezsZ-1kYd_s1qDbxtkDEgfAITAG9LUnADun4vIcb6yelxk");
const QString kRsaDp = QStringLiteral(
    "G4sPXkc6Ya9y8oJW9_ILj4xuppu0lzi_H7VTkS8xj5SdX3coE0oimYwxIi2emTAue0UOa5dpgFGyBJ4c8tQ2VF402XRugKDTP8akYhFo5tAA77Qe_NmtuYZc"
    "3C3m3I24G2GvR5sSDxUyAN2zq8Lfn9EUms6rY3Ob8YeiKkTiBj0");
const QString kRsaDq = QStringLiteral(
    "s9lAH9fggBsoFR8Oac2R_E2gw282rT2kGOAhvIllETE1efrA6huUUvMfBcMpn8lqeW6vzznYY5SSQF7pMdC_agI3nG8Ibp1BUb0JUiraRNqUfLhcQb_d9GF4"
    "Dh7e74WbRsobRonujTYN1xCaP6TO61jvWrX-L18txXw494Q_cgk");
const QString kRsaQi = QStringLiteral(
    "GyM_p6JrXySiz1toFgKbWV-JdI3jQ4ypu9rbMWx3rQJBfmt0FoYzgUIZEVFEcOqwemRN81zoDAaa-Bk0KWNGDjJHZDdDmFhW3AN7lI-puxk_mHZGJ11rxyR8"
    "O55XLSe3SPmRfKwZI6yU24ZxvQKFYItdldUKGzO6Ia6zTKhAVRU");
const QString kEcX = QStringLiteral("MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4");
const QString kEcY = QStringLiteral("4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM");
const QString kEcD = QStringLiteral("870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE");
// RFC 8037 Appendix A.1 / A.2.
const QString kEdX = QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
const QString kEdD = QStringLiteral("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");

QJsonObject rsaPublic()
{
    return {{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("n"), kRsaN},
        {QStringLiteral("e"), QStringLiteral("AQAB")}, {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), QStringLiteral("2011-04-29")}};
}

QJsonObject rsaPrivate()
{
    QJsonObject json = rsaPublic();
    json.insert(QStringLiteral("d"), kRsaD);
    json.insert(QStringLiteral("p"), kRsaP);
    json.insert(QStringLiteral("q"), kRsaQ);
    json.insert(QStringLiteral("dp"), kRsaDp);
    json.insert(QStringLiteral("dq"), kRsaDq);
    json.insert(QStringLiteral("qi"), kRsaQi);
    return json;
}

QJsonObject ecPublic()
{
    return {{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), QStringLiteral("P-256")},
        {QStringLiteral("x"), kEcX}, {QStringLiteral("y"), kEcY}, {QStringLiteral("use"), QStringLiteral("enc")},
        {QStringLiteral("kid"), QStringLiteral("1")}};
}

QJsonObject edPublic()
{
    return {{QStringLiteral("kty"), QStringLiteral("OKP")}, {QStringLiteral("crv"), QStringLiteral("Ed25519")},
        {QStringLiteral("x"), kEdX}};
}

QJsonObject with(QJsonObject json, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        json.remove(name);
    else
        json.insert(name, value);
    return json;
}

// Flips the last bit of a base64url value's decoded bytes.
QString flipLastBit(const QString &value)
{
    QByteArray bytes = Base64Url::decode(value).value();
    bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 0x01);
    return Base64Url::encodeToString(bytes);
}

} // namespace

// RFC 7517 keys in, OpenSSL keys out: the RFC examples, the RFC 7638 thumbprint and many broken keys.
class TestJwk : public QObject
{
    Q_OBJECT

private slots:
    void rfc7517PublicKeys()
    {
        const auto rsa = Jwk::fromJson(rsaPublic());
        QVERIFY2(rsa.ok(), qPrintable(rsa.error().toString()));
        QCOMPARE(rsa.value().keyType(), QStringLiteral("RSA"));
        QCOMPARE(rsa.value().keyId(), QStringLiteral("2011-04-29"));
        QCOMPARE(rsa.value().algorithm(), QStringLiteral("RS256"));
        QCOMPARE(rsa.value().bits(), 2048);
        QVERIFY(!rsa.value().isPrivate());
        QVERIFY(rsa.value().curve().isEmpty());
        // The exported public JWK is the input (QJsonObject compares members, not order).
        QCOMPARE(rsa.value().toPublicJson(), rsaPublic());

        const auto ec = Jwk::fromJson(ecPublic());
        QVERIFY2(ec.ok(), qPrintable(ec.error().toString()));
        QCOMPARE(ec.value().keyType(), QStringLiteral("EC"));
        QCOMPARE(ec.value().curve(), QStringLiteral("P-256"));
        QCOMPARE(ec.value().use(), QStringLiteral("enc"));
        QCOMPARE(ec.value().keyId(), QStringLiteral("1"));
        QCOMPARE(ec.value().toPublicJson(), ecPublic());
        // "use":"enc" keeps it from verifying signatures (RFC 7517 §4.2).
        const Error unusable = ec.value().checkUsableFor(QStringLiteral("ES256"));
        QCOMPARE(unusable.code, QStringLiteral("key_mismatch"));
        QVERIFY(unusable.detail.contains(QLatin1String("enc")));

        // The whole Appendix A.1 document read as text.
        const QByteArray text = QJsonDocument(rsaPublic()).toJson();
        QVERIFY(Jwk::fromJson(text).ok());
    }

    void rfc7517PrivateKeys()
    {
        const auto rsa = Jwk::fromJson(rsaPrivate());
        QVERIFY2(rsa.ok(), qPrintable(rsa.error().toString()));
        QVERIFY(rsa.value().isPrivate());
        // Only public members leave, even for a private key.
        QCOMPARE(rsa.value().toPublicJson(), rsaPublic());

        const auto ec = Jwk::fromJson(with(ecPublic(), QStringLiteral("d"), kEcD));
        QVERIFY2(ec.ok(), qPrintable(ec.error().toString()));
        QVERIFY(ec.value().isPrivate());
        QVERIFY(!ec.value().toPublicJson().contains(QStringLiteral("d")));

        // A private key signs; the public key from Appendix A.1 verifies.
        const auto token = Jws::sign({}, "payload", rsa.value().key(), QStringLiteral("RS256"));
        QVERIFY(token.ok());
        Error error = Jws::parse(token.value()).value().verify(Jwk::fromJson(rsaPublic()).value());
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
    }

    void rfc8037Ed25519()
    {
        const auto pub = Jwk::fromJson(edPublic());
        QVERIFY2(pub.ok(), qPrintable(pub.error().toString()));
        QCOMPARE(pub.value().keyType(), QStringLiteral("OKP"));
        QCOMPARE(pub.value().curve(), QStringLiteral("Ed25519"));
        QCOMPARE(pub.value().toPublicJson(), edPublic());
        // RFC 8037 Appendix A.3.
        QCOMPARE(pub.value().thumbprint(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));

        const auto priv = Jwk::fromJson(with(edPublic(), QStringLiteral("d"), kEdD));
        QVERIFY2(priv.ok(), qPrintable(priv.error().toString()));
        QVERIFY(priv.value().isPrivate());
        QCOMPARE(priv.value().thumbprint(), pub.value().thumbprint());
    }

    void rfc7638Thumbprint()
    {
        // RFC 7638 §3.1: the Appendix A.1 RSA key.
        const QString expected = QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
        QCOMPARE(Jwk::fromJson(rsaPublic()).value().thumbprint(), expected);
        // Optional members and private members do not change it.
        QCOMPARE(Jwk::fromJson(rsaPrivate()).value().thumbprint(), expected);
        QJsonObject bare = rsaPublic();
        bare.remove(QStringLiteral("kid"));
        bare.remove(QStringLiteral("alg"));
        QCOMPARE(Jwk::fromJson(bare).value().thumbprint(), expected);
        // RFC 7638 §3.3: a modulus sent with a leading zero octet still has the canonical thumbprint.
        const QString paddedN = Base64Url::encodeToString(QByteArray(1, '\0') + Base64Url::decode(kRsaN).value());
        const auto padded = Jwk::fromJson(with(rsaPublic(), QStringLiteral("n"), paddedN));
        QVERIFY2(padded.ok(), qPrintable(padded.error().toString()));
        QCOMPARE(padded.value().thumbprint(), expected);
    }

    void generatedKeysRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("RSA-2048") << QStringLiteral("RSA");
        QTest::newRow("P-256") << QStringLiteral("P-256");
        QTest::newRow("P-384") << QStringLiteral("P-384");
        QTest::newRow("P-521") << QStringLiteral("P-521");
        QTest::newRow("Ed25519") << QStringLiteral("Ed25519");
    }
    void generatedKeysRoundTrip()
    {
        QFETCH(QString, kind);
        const openssl::PkeyPtr key = kind == QLatin1String("RSA") ? generateRsa()
            : kind == QLatin1String("Ed25519")                    ? generateEd25519()
                                                                  : generateEc(kind.toLatin1().constData());
        QVERIFY(key);
        const auto wrapped = Jwk::fromKey(key.get());
        QVERIFY2(wrapped.ok(), qPrintable(wrapped.error().toString()));
        QVERIFY(wrapped.value().isPrivate());
        const QJsonObject json = wrapped.value().toPublicJson();
        QVERIFY(!json.contains(QStringLiteral("d")));
        const auto parsed = Jwk::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QVERIFY(!parsed.value().isPrivate());
        QCOMPARE(parsed.value().toPublicJson(), json);
        QCOMPARE(parsed.value().thumbprint(), wrapped.value().thumbprint());
        QCOMPARE(parsed.value().thumbprint().size(), 43);
        if (kind != QLatin1String("RSA")) {
            QCOMPARE(parsed.value().curve(), kind);
            // EC coordinates keep their full length even when they start with zero bytes.
            const int size = openssl::curveCoordinateBytes(kind);
            QCOMPARE(Base64Url::decode(json.value(QStringLiteral("x")).toString()).value().size(), size);
        }
        // Copies share the key and stay usable after the original is gone.
        Jwk copy;
        {
            const Jwk original = parsed.value();
            copy = original;
        }
        QVERIFY(!copy.isNull());
        QCOMPARE(copy.thumbprint(), wrapped.value().thumbprint());
        // A private EC/OKP key with "d" round-trips through JSON too.
        const QString algorithm = Jws::defaultAlgorithm(key.get());
        const auto token = Jws::sign({}, "x", key.get(), algorithm);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        Error error = Jws::parse(token.value()).value().verify(parsed.value());
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
    }

    void rejectsBadKeys_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("code");
        const QString invalid = QStringLiteral("invalid_jwk");
        const QString unsupported = QStringLiteral("unsupported_jwk");

        QTest::newRow("empty") << QJsonObject() << invalid;
        QTest::newRow("kty-missing") << with(rsaPublic(), QStringLiteral("kty"), QJsonValue::Undefined) << invalid;
        QTest::newRow("kty-number") << with(rsaPublic(), QStringLiteral("kty"), 3) << invalid;
        QTest::newRow("kty-unknown") << with(rsaPublic(), QStringLiteral("kty"), QStringLiteral("XYZ")) << unsupported;
        QTest::newRow("kty-oct") << QJsonObject {{QStringLiteral("kty"), QStringLiteral("oct")},
            {QStringLiteral("k"), QStringLiteral("GawgguFyGrWKav7AX4VKUg")}}
                                 << unsupported;
        QTest::newRow("kid-number") << with(rsaPublic(), QStringLiteral("kid"), 7) << invalid;
        QTest::newRow("alg-array") << with(rsaPublic(), QStringLiteral("alg"), QJsonArray {QStringLiteral("RS256")}) << invalid;
        QTest::newRow("key_ops-string") << with(rsaPublic(), QStringLiteral("key_ops"), QStringLiteral("verify")) << invalid;
        QTest::newRow("key_ops-number") << with(rsaPublic(), QStringLiteral("key_ops"), QJsonArray {1}) << invalid;

        // RSA
        QTest::newRow("rsa-n-missing") << with(rsaPublic(), QStringLiteral("n"), QJsonValue::Undefined) << invalid;
        QTest::newRow("rsa-e-missing") << with(rsaPublic(), QStringLiteral("e"), QJsonValue::Undefined) << invalid;
        QTest::newRow("rsa-n-number") << with(rsaPublic(), QStringLiteral("n"), 12345) << invalid;
        QTest::newRow("rsa-n-empty") << with(rsaPublic(), QStringLiteral("n"), QString()) << invalid;
        QTest::newRow("rsa-n-padded") << with(rsaPublic(), QStringLiteral("n"), kRsaN + QStringLiteral("==")) << invalid;
        QTest::newRow("rsa-n-standard-base64")
            << with(rsaPublic(), QStringLiteral("n"), QString(kRsaN).replace(QLatin1Char('_'), QLatin1Char('/'))) << invalid;
        QTest::newRow("rsa-1024-bits") << with(
            rsaPublic(), QStringLiteral("n"), Base64Url::encodeToString(Base64Url::decode(kRsaN).value().left(128)))
                                       << invalid;
        QTest::newRow("rsa-16384-bits") << with(
            rsaPublic(), QStringLiteral("n"), Base64Url::encodeToString(Base64Url::decode(kRsaN).value().repeated(8)))
                                        << invalid;
        QTest::newRow("rsa-n-even") << with(rsaPublic(), QStringLiteral("n"), flipLastBit(kRsaN)) << invalid;
        QTest::newRow("rsa-e-even") << with(rsaPublic(), QStringLiteral("e"), QStringLiteral("AQAA")) << invalid;
        QTest::newRow("rsa-e-one") << with(rsaPublic(), QStringLiteral("e"), QStringLiteral("AQ")) << invalid;
        QTest::newRow("rsa-e-huge") << with(rsaPublic(), QStringLiteral("e"), QStringLiteral("AQAAAAAAAAAAAQ")) << invalid;
        QTest::newRow("rsa-oth") << with(rsaPrivate(), QStringLiteral("oth"), QJsonArray()) << unsupported;
        QTest::newRow("rsa-crt-partial") << with(rsaPrivate(), QStringLiteral("qi"), QJsonValue::Undefined) << invalid;
        QTest::newRow("rsa-crt-without-d") << with(rsaPrivate(), QStringLiteral("d"), QJsonValue::Undefined) << invalid;
        QTest::newRow("rsa-d-wrong") << with(with(with(with(with(with(rsaPrivate(), QStringLiteral("p"), QJsonValue::Undefined),
                                                                QStringLiteral("q"), QJsonValue::Undefined),
                                                           QStringLiteral("dp"), QJsonValue::Undefined),
                                                      QStringLiteral("dq"), QJsonValue::Undefined),
                                                 QStringLiteral("qi"), QJsonValue::Undefined),
            QStringLiteral("d"), flipLastBit(kRsaD))
                                     << invalid;

        // EC
        QTest::newRow("ec-crv-missing") << with(ecPublic(), QStringLiteral("crv"), QJsonValue::Undefined) << unsupported;
        QTest::newRow("ec-secp256k1") << with(ecPublic(), QStringLiteral("crv"), QStringLiteral("secp256k1")) << unsupported;
        QTest::newRow("ec-crv-lowercase") << with(ecPublic(), QStringLiteral("crv"), QStringLiteral("p-256")) << unsupported;
        QTest::newRow("ec-x-missing") << with(ecPublic(), QStringLiteral("x"), QJsonValue::Undefined) << invalid;
        QTest::newRow("ec-y-missing") << with(ecPublic(), QStringLiteral("y"), QJsonValue::Undefined) << invalid;
        QTest::newRow("ec-x-short") << with(
            ecPublic(), QStringLiteral("x"), Base64Url::encodeToString(Base64Url::decode(kEcX).value().mid(1)))
                                    << invalid;
        QTest::newRow("ec-y-long") << with(
            ecPublic(), QStringLiteral("y"), Base64Url::encodeToString(QByteArray(1, '\0') + Base64Url::decode(kEcY).value()))
                                   << invalid;
        QTest::newRow("ec-p256-point-as-p384") << with(ecPublic(), QStringLiteral("crv"), QStringLiteral("P-384")) << invalid;
        QTest::newRow("ec-point-off-curve") << with(ecPublic(), QStringLiteral("y"), flipLastBit(kEcY)) << invalid;
        QTest::newRow("ec-point-zero") << with(
            with(ecPublic(), QStringLiteral("x"), Base64Url::encodeToString(QByteArray(32, '\0'))), QStringLiteral("y"),
            Base64Url::encodeToString(QByteArray(32, '\0')))
                                       << invalid;
        QTest::newRow("ec-d-short") << with(
            ecPublic(), QStringLiteral("d"), Base64Url::encodeToString(Base64Url::decode(kEcD).value().mid(1)))
                                    << invalid;
        QTest::newRow("ec-d-mismatch") << with(ecPublic(), QStringLiteral("d"), flipLastBit(kEcD)) << invalid;

        // OKP
        QTest::newRow("okp-ed448") << with(edPublic(), QStringLiteral("crv"), QStringLiteral("Ed448")) << unsupported;
        QTest::newRow("okp-x25519") << with(edPublic(), QStringLiteral("crv"), QStringLiteral("X25519")) << unsupported;
        QTest::newRow("okp-x-short") << with(edPublic(), QStringLiteral("x"), Base64Url::encodeToString(QByteArray(31, '\x01')))
                                     << invalid;
        QTest::newRow("okp-x-missing") << with(edPublic(), QStringLiteral("x"), QJsonValue::Undefined) << invalid;
        QTest::newRow("okp-d-short") << with(edPublic(), QStringLiteral("d"), Base64Url::encodeToString(QByteArray(16, '\x01')))
                                     << invalid;
        QTest::newRow("okp-d-mismatch") << with(edPublic(), QStringLiteral("d"), flipLastBit(kEdD)) << invalid;
    }
    void rejectsBadKeys()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, code);
        const auto jwk = Jwk::fromJson(json);
        QVERIFY2(!jwk.ok(), "a broken key was accepted");
        QCOMPARE(jwk.error().code, code);
        QVERIFY(!jwk.error().message.isEmpty());
        QVERIFY(!jwk.error().detail.isEmpty());
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not json at all");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("truncated") << QByteArray("{\"kty\":\"RSA\",\"n\":\"0vx7");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }
    void rejectsBadText()
    {
        QFETCH(QByteArray, text);
        const auto jwk = Jwk::fromJson(text);
        QVERIFY(!jwk.ok());
        QCOMPARE(jwk.error().code, QStringLiteral("invalid_jwk"));
    }

    void usability()
    {
        const Jwk rsa = Jwk::fromJson(rsaPublic()).value();
        QVERIFY(rsa.checkUsableFor(QStringLiteral("RS256")).isNull());
        // The key names RS256 (RFC 7517 §4.4), so PS256 or RS512 are refused even though RSA would fit.
        QCOMPARE(rsa.checkUsableFor(QStringLiteral("PS256")).code, QStringLiteral("key_mismatch"));
        QCOMPARE(rsa.checkUsableFor(QStringLiteral("RS512")).code, QStringLiteral("key_mismatch"));
        QCOMPARE(rsa.checkUsableFor(QStringLiteral("ES256")).code, QStringLiteral("key_mismatch"));
        QCOMPARE(rsa.checkUsableFor(QStringLiteral("HS256")).code, QStringLiteral("key_mismatch"));
        QCOMPARE(rsa.checkUsableFor(QStringLiteral("none")).code, QStringLiteral("key_mismatch"));

        Jwk anyRsa = rsa;
        anyRsa.setAlgorithm(QString());
        QVERIFY(anyRsa.checkUsableFor(QStringLiteral("PS256")).isNull());
        QVERIFY(anyRsa.checkUsableFor(QStringLiteral("RS512")).isNull());
        QCOMPARE(anyRsa.checkUsableFor(QStringLiteral("ES256")).code, QStringLiteral("key_mismatch"));
        QCOMPARE(anyRsa.checkUsableFor(QStringLiteral("EdDSA")).code, QStringLiteral("key_mismatch"));

        Jwk ec = Jwk::fromJson(ecPublic()).value();
        ec.setUse(QStringLiteral("sig"));
        QVERIFY(ec.checkUsableFor(QStringLiteral("ES256")).isNull());
        QCOMPARE(ec.checkUsableFor(QStringLiteral("ES384")).code, QStringLiteral("key_mismatch"));
        QCOMPARE(ec.checkUsableFor(QStringLiteral("RS256")).code, QStringLiteral("key_mismatch"));
        QCOMPARE(ec.checkUsableFor(QStringLiteral("EdDSA")).code, QStringLiteral("key_mismatch"));

        const Jwk signOnly
            = Jwk::fromJson(with(edPublic(), QStringLiteral("key_ops"), QJsonArray {QStringLiteral("sign")})).value();
        QCOMPARE(signOnly.checkUsableFor(QStringLiteral("EdDSA")).code, QStringLiteral("key_mismatch"));
        const Jwk verifyOk
            = Jwk::fromJson(with(edPublic(), QStringLiteral("key_ops"), QJsonArray {QStringLiteral("verify")})).value();
        QVERIFY(verifyOk.checkUsableFor(QStringLiteral("EdDSA")).isNull());
        QCOMPARE(verifyOk.keyOperations(), QStringList {QStringLiteral("verify")});

        QCOMPARE(Jwk().checkUsableFor(QStringLiteral("RS256")).code, QStringLiteral("key_mismatch"));
        QVERIFY(Jwk().toPublicJson().isEmpty());
        QVERIFY(Jwk().thumbprint().isEmpty());
    }

    void fromKeyRejectsWeakRsa()
    {
        const openssl::PkeyPtr weak = generateRsa(1024);
        QVERIFY(weak);
        const auto jwk = Jwk::fromKey(weak.get());
        QVERIFY(!jwk.ok());
        QCOMPARE(jwk.error().code, QStringLiteral("unsupported_jwk"));
        QVERIFY(!Jwk::fromKey(nullptr).ok());
    }
};

QTEST_GUILESS_MAIN(TestJwk)
#include "TestJwk.moc"
