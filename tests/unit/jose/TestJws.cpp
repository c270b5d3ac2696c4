#include "JoseTestSupport.h"

#include "jose/Jwk.h"
#include "jose/Jws.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

#include <openssl/pem.h>

#include <map>

using namespace keyway;
using namespace keyway::test;

namespace {

// RFC 7515 Appendix A.3: ES256 example (key and token).
const char *kRfc7515A3Token
    = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb"
      "290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
// RFC 7515 Appendix A.1: HS256 example.
const char *kRfc7515A1Token
    = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9le"
      "GFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
// RFC 8037 Appendix A.4: EdDSA over "Example of Ed25519 signing".
const char *kRfc8037A4Token
    = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcN"
      "R4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

QJsonObject rfc7515A3Key()
{
    return {{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), QStringLiteral("P-256")},
        {QStringLiteral("x"), QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")},
        {QStringLiteral("y"), QStringLiteral("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")}};
}

QJsonObject rfc8037Key()
{
    return {{QStringLiteral("kty"), QStringLiteral("OKP")}, {QStringLiteral("crv"), QStringLiteral("Ed25519")},
        {QStringLiteral("d"), QStringLiteral("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A")},
        {QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")}};
}

QStringList split(const QString &token)
{
    return token.split(QLatin1Char('.'));
}

QByteArray spkiPem(EVP_PKEY *key)
{
    openssl::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

} // namespace

// Compact JWS: every algorithm signs and verifies, and every way of lying about a signature is refused.
class TestJws : public QObject
{
    Q_OBJECT

private:
    std::map<QString, openssl::PkeyPtr> m_keys; // kind -> private key
    std::map<QString, openssl::PkeyPtr> m_otherKeys; // a second key of each kind

    EVP_PKEY *key(const QString &kind) const { return m_keys.at(kind).get(); }
    static QString kindFor(const QString &algorithm)
    {
        if (algorithm.startsWith(QLatin1String("RS")) || algorithm.startsWith(QLatin1String("PS")))
            return QStringLiteral("RSA");
        if (algorithm == QLatin1String("ES256"))
            return QStringLiteral("P-256");
        if (algorithm == QLatin1String("ES384"))
            return QStringLiteral("P-384");
        if (algorithm == QLatin1String("ES512"))
            return QStringLiteral("P-521");
        return QStringLiteral("Ed25519");
    }
    static openssl::PkeyPtr make(const QString &kind)
    {
        if (kind == QLatin1String("RSA"))
            return generateRsa();
        if (kind == QLatin1String("Ed25519"))
            return generateEd25519();
        return generateEc(kind.toLatin1().constData());
    }
    QString signedToken(const QString &algorithm, const QByteArray &payload = "{\"sub\":\"alice\"}") const
    {
        const auto token
            = Jws::sign({{QStringLiteral("typ"), QStringLiteral("JWT")}}, payload, key(kindFor(algorithm)), algorithm);
        return token.ok() ? token.value() : QString();
    }
    static Error verifyError(const QString &token, const Jwk &jwk)
    {
        const auto jws = Jws::parse(token);
        if (!jws)
            return jws.error();
        return jws.value().verify(jwk);
    }

private slots:
    void initTestCase()
    {
        for (const QString &kind : {QStringLiteral("RSA"), QStringLiteral("P-256"), QStringLiteral("P-384"),
                 QStringLiteral("P-521"), QStringLiteral("Ed25519")}) {
            m_keys[kind] = make(kind);
            m_otherKeys[kind] = make(kind);
            QVERIFY(m_keys[kind] && m_otherKeys[kind]);
        }
    }

    void signAndVerify_data()
    {
        QTest::addColumn<QString>("algorithm");
        for (const QString &algorithm : Jws::supportedAlgorithms())
            QTest::newRow(qPrintable(algorithm)) << algorithm;
    }
    void signAndVerify()
    {
        QFETCH(QString, algorithm);
        const QString token = signedToken(algorithm);
        QVERIFY(!token.isEmpty());
        QVERIFY(!token.contains(QLatin1Char('=')) && !token.contains(QLatin1Char('+')) && !token.contains(QLatin1Char('/')));
        const auto jws = Jws::parse(token);
        QVERIFY2(jws.ok(), qPrintable(jws.error().toString()));
        QCOMPARE(jws.value().algorithm(), algorithm);
        QCOMPARE(jws.value().header().value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(jws.value().payload(), QByteArray("{\"sub\":\"alice\"}"));
        if (algorithm.startsWith(QLatin1String("ES"))) {
            // RFC 7518 §3.4: raw R || S, not DER.
            const int expected = algorithm == QLatin1String("ES256") ? 64 : algorithm == QLatin1String("ES384") ? 96 : 132;
            QCOMPARE(jws.value().signature().size(), expected);
        }

        // Verified with the public half only, as a JWK and as a bare key.
        const QString kind = kindFor(algorithm);
        const Jwk pub = publicJwk(key(kind));
        QVERIFY(!pub.isPrivate());
        Error error = jws.value().verify(pub);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        error = jws.value().verify(pub.key());
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        // Another key of the same kind does not verify it.
        QCOMPARE(verifyError(token, publicJwk(m_otherKeys.at(kind).get())).code, QStringLiteral("bad_signature"));

        // Tampered payload: the signature no longer covers it.
        QStringList parts = split(token);
        parts[1] = QString::fromLatin1(b64("{\"sub\":\"mallory\"}"));
        QCOMPARE(verifyError(parts.join(QLatin1Char('.')), pub).code, QStringLiteral("bad_signature"));

        // Tampered header (same alg, one more member).
        parts = split(token);
        parts[0] = QString::fromLatin1(
            b64(json({{QStringLiteral("alg"), algorithm}, {QStringLiteral("typ"), QStringLiteral("at+jwt")}})));
        QCOMPARE(verifyError(parts.join(QLatin1Char('.')), pub).code, QStringLiteral("bad_signature"));

        // Tampered signature: one bit flipped at the start, in the middle, at the end.
        for (const int where : {0, 20, -1}) {
            parts = split(token);
            QByteArray signature = Base64Url::decode(parts[2]).value();
            const int index = where < 0 ? int(signature.size()) - 1 : where;
            signature[index] = char(signature.at(index) ^ 0x01);
            parts[2] = QString::fromLatin1(b64(signature));
            QCOMPARE(verifyError(parts.join(QLatin1Char('.')), pub).code, QStringLiteral("bad_signature"));
        }

        // The signature removed.
        parts = split(token);
        parts[2].clear();
        QCOMPARE(verifyError(parts.join(QLatin1Char('.')), pub).code, QStringLiteral("bad_signature"));
    }

    void rfcExamples()
    {
        // RFC 7515 A.3: ES256 with the published key.
        const Jwk ecKey = Jwk::fromJson(rfc7515A3Key()).value();
        Error error = Jws::parse(QByteArray(kRfc7515A3Token)).value().verify(ecKey);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        // RFC 8037 A.4/A.5: Ed25519 is deterministic, so signing reproduces the published token exactly.
        const Jwk edKey = Jwk::fromJson(rfc8037Key()).value();
        const auto token = Jws::sign({}, "Example of Ed25519 signing", edKey.key(), QStringLiteral("EdDSA"));
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(token.value(), QString::fromLatin1(kRfc8037A4Token));
        error = Jws::parse(QByteArray(kRfc8037A4Token)).value().verify(edKey);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        // RFC 7515 A.1 is HS256: refused whatever key is offered.
        const auto hs = Jws::parse(QByteArray(kRfc7515A1Token));
        QVERIFY(hs.ok());
        error = hs.value().verify(ecKey);
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("alg_not_allowed"));
    }

    void algNoneIsRefused_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("withSignature");
        QTest::newRow("none") << QStringLiteral("none") << false;
        QTest::newRow("None") << QStringLiteral("None") << false;
        QTest::newRow("NONE") << QStringLiteral("NONE") << false;
        QTest::newRow("none+signature") << QStringLiteral("none") << true;
    }
    void algNoneIsRefused()
    {
        QFETCH(QString, algorithm);
        QFETCH(bool, withSignature);
        // A valid RS256 signature pasted onto an alg:none header changes nothing.
        const QByteArray signature
            = withSignature ? Base64Url::decode(split(signedToken(QStringLiteral("RS256")))[2]).value() : QByteArray();
        const QString token = compact(json({{QStringLiteral("alg"), algorithm}}), "{\"sub\":\"admin\"}", signature);
        const auto jws = Jws::parse(token);
        QVERIFY2(jws.ok(), qPrintable(jws.error().toString()));
        for (const QString &kind : {QStringLiteral("RSA"), QStringLiteral("P-256"), QStringLiteral("Ed25519")}) {
            Error error = jws.value().verify(publicJwk(key(kind)));
            QVERIFY(!error.isNull());
            QCOMPARE(error.code, QStringLiteral("alg_not_allowed"));
            QVERIFY(!error.message.isEmpty());
            error = jws.value().verify(key(kind));
            QVERIFY(!error.isNull());
            QCOMPARE(error.code, QStringLiteral("alg_not_allowed"));
        }
        // And Keyway never produces one.
        QCOMPARE(Jws::sign({}, "x", key(QStringLiteral("RSA")), QStringLiteral("none")).error().code,
            QStringLiteral("alg_not_allowed"));
    }

    void hmacWithPublicKeyIsRefused_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("secretForm");
        for (const char *algorithm : {"HS256", "HS384", "HS512"}) {
            for (const char *form : {"pem", "jwk-json", "modulus"})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(algorithm), QLatin1String(form))))
                    << QString::fromLatin1(algorithm) << QString::fromLatin1(form);
        }
    }
    void hmacWithPublicKeyIsRefused()
    {
        // The classic confusion attack: the attacker signs with HMAC, using the provider's *public* key bytes as
        // the shared secret, and hopes the verifier feeds the same public key to an HMAC check.
        QFETCH(QString, algorithm);
        QFETCH(QString, secretForm);
        EVP_PKEY *rsa = key(QStringLiteral("RSA"));
        const Jwk pub = publicJwk(rsa, QStringLiteral("k1"));
        QByteArray secret;
        if (secretForm == QLatin1String("pem"))
            secret = spkiPem(rsa);
        else if (secretForm == QLatin1String("jwk-json"))
            secret = json(pub.toPublicJson());
        else
            secret = Base64Url::decode(pub.toPublicJson().value(QStringLiteral("n")).toString()).value();
        QVERIFY(!secret.isEmpty());

        const QByteArray header = b64(json({{QStringLiteral("alg"), algorithm}, {QStringLiteral("kid"), QStringLiteral("k1")}}));
        const QByteArray payload = b64("{\"sub\":\"admin\",\"iss\":\"https://idp.example\"}");
        const QCryptographicHash::Algorithm hash = algorithm == QLatin1String("HS256") ? QCryptographicHash::Sha256
            : algorithm == QLatin1String("HS384")                                      ? QCryptographicHash::Sha384
                                                                                       : QCryptographicHash::Sha512;
        const QByteArray mac = QMessageAuthenticationCode::hash(header + '.' + payload, secret, hash);
        const QString token = QString::fromLatin1(header + '.' + payload + '.' + b64(mac));

        const auto jws = Jws::parse(token);
        QVERIFY(jws.ok());
        Error error = jws.value().verify(pub);
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("alg_not_allowed"));
        QVERIFY(error.detail.contains(QLatin1String("RFC 8725")));
        error = jws.value().verify(rsa);
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("alg_not_allowed"));
        QCOMPARE(Jws::sign({}, "x", rsa, algorithm).error().code, QStringLiteral("alg_not_allowed"));
    }

    void keyTypeMismatch_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("verifierKind");
        QTest::newRow("RS256-with-EC") << QStringLiteral("RS256") << QStringLiteral("P-256");
        QTest::newRow("RS256-with-Ed25519") << QStringLiteral("RS256") << QStringLiteral("Ed25519");
        QTest::newRow("PS256-with-EC") << QStringLiteral("PS256") << QStringLiteral("P-256");
        QTest::newRow("ES256-with-RSA") << QStringLiteral("ES256") << QStringLiteral("RSA");
        QTest::newRow("ES256-with-P-384") << QStringLiteral("ES256") << QStringLiteral("P-384");
        QTest::newRow("ES384-with-P-256") << QStringLiteral("ES384") << QStringLiteral("P-256");
        QTest::newRow("ES512-with-P-384") << QStringLiteral("ES512") << QStringLiteral("P-384");
        QTest::newRow("ES256-with-Ed25519") << QStringLiteral("ES256") << QStringLiteral("Ed25519");
        QTest::newRow("EdDSA-with-RSA") << QStringLiteral("EdDSA") << QStringLiteral("RSA");
        QTest::newRow("EdDSA-with-P-256") << QStringLiteral("EdDSA") << QStringLiteral("P-256");
    }
    void keyTypeMismatch()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, verifierKind);
        const QString token = signedToken(algorithm);
        QCOMPARE(verifyError(token, publicJwk(key(verifierKind))).code, QStringLiteral("key_mismatch"));
        Error error = Jws::parse(token).value().verify(key(verifierKind));
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("key_mismatch"));
        QCOMPARE(Jws::checkKey(key(verifierKind), algorithm).code, QStringLiteral("key_mismatch"));
        // Relabelling the header with the verifier's algorithm keeps the signature wrong.
        QStringList parts = split(token);
        const QString relabelled = Jws::defaultAlgorithm(key(verifierKind));
        parts[0] = QString::fromLatin1(
            b64(json({{QStringLiteral("alg"), relabelled}, {QStringLiteral("typ"), QStringLiteral("JWT")}})));
        QVERIFY(!verifyError(parts.join(QLatin1Char('.')), publicJwk(key(verifierKind))).isNull());
    }

    void rsaPaddingsDoNotMix()
    {
        // A PKCS#1 v1.5 signature relabelled as PSS (and back) is refused.
        QStringList rs = split(signedToken(QStringLiteral("RS256")));
        rs[0] = QString::fromLatin1(
            b64(json({{QStringLiteral("alg"), QStringLiteral("PS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}})));
        const Jwk pub = publicJwk(key(QStringLiteral("RSA")));
        QCOMPARE(verifyError(rs.join(QLatin1Char('.')), pub).code, QStringLiteral("bad_signature"));
        QStringList ps = split(signedToken(QStringLiteral("PS256")));
        ps[0] = QString::fromLatin1(
            b64(json({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}})));
        QCOMPARE(verifyError(ps.join(QLatin1Char('.')), pub).code, QStringLiteral("bad_signature"));
    }

    void jwkRestrictionsApply()
    {
        const QString token = signedToken(QStringLiteral("RS256"));
        Jwk pub = publicJwk(key(QStringLiteral("RSA")));
        pub.setUse(QStringLiteral("enc"));
        QCOMPARE(verifyError(token, pub).code, QStringLiteral("key_mismatch"));
        pub.setUse(QStringLiteral("sig"));
        pub.setAlgorithm(QStringLiteral("RS512"));
        QCOMPARE(verifyError(token, pub).code, QStringLiteral("key_mismatch"));
        pub.setAlgorithm(QStringLiteral("RS256"));
        QVERIFY(verifyError(token, pub).isNull());
        Error error = Jws::parse(token).value().verify(Jwk());
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("key_mismatch"));
        error = Jws::parse(token).value().verify(static_cast<EVP_PKEY *>(nullptr));
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("key_mismatch"));
    }

    void weakRsaKeyRefused()
    {
        const openssl::PkeyPtr weak = generateRsa(1024);
        QVERIFY(weak);
        QVERIFY(Jws::checkKey(weak.get(), QStringLiteral("RS256")).detail.contains(QLatin1String("this one has 1024")));
        QCOMPARE(Jws::sign({}, "x", weak.get(), QStringLiteral("RS256")).error().code, QStringLiteral("key_mismatch"));
        Error error = Jws::parse(signedToken(QStringLiteral("RS256"))).value().verify(weak.get());
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("key_mismatch"));
    }

    void ecdsaSignatureLength_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("one-byte-short") << -1;
        QTest::newRow("one-byte-long") << 1;
        QTest::newRow("half") << -32;
        QTest::newRow("der-encoded") << 0;
    }
    void ecdsaSignatureLength()
    {
        QFETCH(int, change);
        QStringList parts = split(signedToken(QStringLiteral("ES256")));
        QByteArray signature = Base64Url::decode(parts[2]).value();
        if (change < 0) {
            signature.chop(-change);
        } else if (change > 0) {
            signature.append(QByteArray(change, '\0'));
        } else {
            // DER framing around R and S (what OpenSSL and Java emit natively): wrong for JOSE.
            signature = QByteArray("\x30\x44\x02\x20", 4) + signature.left(32) + QByteArray("\x02\x20", 2) + signature.mid(32);
        }
        parts[2] = QString::fromLatin1(b64(signature));
        const Error error = verifyError(parts.join(QLatin1Char('.')), publicJwk(key(QStringLiteral("P-256"))));
        QCOMPARE(error.code, QStringLiteral("bad_signature"));
        QVERIFY(error.detail.contains(QLatin1String("64")));
    }

    void zeroEcdsaSignature()
    {
        QStringList parts = split(signedToken(QStringLiteral("ES256")));
        parts[2] = QString::fromLatin1(b64(QByteArray(64, '\0')));
        QCOMPARE(verifyError(parts.join(QLatin1Char('.')), publicJwk(key(QStringLiteral("P-256")))).code,
            QStringLiteral("bad_signature"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray rs256 = b64("{\"alg\":\"RS256\"}");
        const QByteArray claims = b64("{\"sub\":\"x\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one-part") << QByteArray("abc");
        QTest::newRow("two-parts") << rs256 + '.' + claims;
        QTest::newRow("four-parts") << rs256 + '.' + claims + ".AAAA.AAAA";
        QTest::newRow("jwe-five-parts") << b64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".a.b.c.d";
        QTest::newRow("empty-header") << "." + claims + ".AAAA";
        QTest::newRow("dots-only") << QByteArray("..");
        QTest::newRow("header-not-base64url") << "!!." + claims + ".AAAA";
        QTest::newRow("header-padded") << b64("{\"alg\":\"RS256\"}  ") + "==." + claims + ".AAAA";
        QTest::newRow("header-standard-base64") << QByteArray("eyJhbGciOiJSUzI1NiJ9+/.") + claims + ".AAAA";
        QTest::newRow("header-not-json") << b64("{alg:RS256}") + '.' + claims + ".AAAA";
        QTest::newRow("header-json-array") << b64("[\"RS256\"]") + '.' + claims + ".AAAA";
        QTest::newRow("header-json-string") << b64("\"RS256\"") + '.' + claims + ".AAAA";
        QTest::newRow("header-no-alg") << b64("{\"typ\":\"JWT\"}") + '.' + claims + ".AAAA";
        QTest::newRow("header-alg-empty") << b64("{\"alg\":\"\"}") + '.' + claims + ".AAAA";
        QTest::newRow("header-alg-number") << b64("{\"alg\":256}") + '.' + claims + ".AAAA";
        QTest::newRow("header-alg-null") << b64("{\"alg\":null}") + '.' + claims + ".AAAA";
        QTest::newRow("header-crit") << b64("{\"alg\":\"RS256\",\"crit\":[\"exp\"],\"exp\":1}") + '.' + claims + ".AAAA";
        QTest::newRow("header-crit-b64") << b64("{\"alg\":\"RS256\",\"b64\":false,\"crit\":[\"b64\"]}") + '.' + claims + ".AAAA";
        QTest::newRow("header-crit-empty") << b64("{\"alg\":\"RS256\",\"crit\":[]}") + '.' + claims + ".AAAA";
        QTest::newRow("header-kid-number") << b64("{\"alg\":\"RS256\",\"kid\":1}") + '.' + claims + ".AAAA";
        QTest::newRow("payload-not-base64url") << rs256 + ".e30*.AAAA";
        QTest::newRow("signature-not-base64url") << rs256 + '.' + claims + ".AA+A";
        QTest::newRow("signature-padded") << rs256 + '.' + claims + ".AA==";
        QTest::newRow("signature-length-4k+1") << rs256 + '.' + claims + ".AAAAA";
        QTest::newRow("space-inside") << rs256 + ". " + claims + ".AAAA";
        QTest::newRow("newline-inside") << rs256 + '.' + claims + "\n.AAAA";
        QTest::newRow("nul-inside") << rs256 + '.' + claims + QByteArray(".AA\0A", 5);
        QTest::newRow("huge") << rs256 + '.' + b64(QByteArray(70 * 1024, 'a')) + ".AAAA";
    }
    void malformed()
    {
        QFETCH(QByteArray, token);
        const auto jws = Jws::parse(token);
        QVERIFY2(!jws.ok(), "a malformed token was accepted");
        QCOMPARE(jws.error().code, QStringLiteral("malformed"));
        QVERIFY(!jws.error().message.isEmpty());
        QVERIFY(!jws.error().detail.isEmpty());
        const auto asString = Jws::parse(QString::fromLatin1(token));
        QVERIFY(!asString.ok());
    }

    void sizeLimit()
    {
        const QString token = signedToken(QStringLiteral("ES256"), QByteArray(40 * 1024, 'x'));
        QVERIFY(Jws::parse(token).ok());
        QVERIFY(!Jws::parse(token, 1024).ok());
        const QString huge = signedToken(QStringLiteral("ES256"), QByteArray(60 * 1024, 'x'));
        const auto jws = Jws::parse(huge);
        QVERIFY(!jws.ok());
        QVERIFY(jws.error().detail.contains(QString::number(Jws::kMaxCompactSize)));
    }

    void nonAsciiRefused()
    {
        QString token = signedToken(QStringLiteral("ES256"));
        token.insert(5, QChar(0x00e9));
        QCOMPARE(Jws::parse(token).error().code, QStringLiteral("malformed"));
        QString fullwidthDot = signedToken(QStringLiteral("ES256"));
        fullwidthDot.replace(QLatin1Char('.'), QChar(0xff0e));
        QCOMPARE(Jws::parse(fullwidthDot).error().code, QStringLiteral("malformed"));
    }

    void truncatedTokens()
    {
        // Cutting a valid token anywhere must never verify: either the parse or the signature check fails.
        for (const QString &algorithm : {QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("EdDSA")}) {
            const QString token = signedToken(algorithm);
            const Jwk pub = publicJwk(key(kindFor(algorithm)));
            for (int length = 0; length < token.size(); length += (length < 60 ? 1 : 7)) {
                const auto jws = Jws::parse(token.left(length));
                if (!jws)
                    continue;
                Error error = jws.value().verify(pub);
                QVERIFY2(!error.isNull(), qPrintable(QStringLiteral("%1 cut at %2 verified").arg(algorithm).arg(length)));
            }
        }
    }

    void signRefusals()
    {
        EVP_PKEY *ec = key(QStringLiteral("P-256"));
        QCOMPARE(Jws::sign({}, "x", ec, QStringLiteral("ES384")).error().code, QStringLiteral("key_mismatch"));
        QCOMPARE(Jws::sign({}, "x", ec, QStringLiteral("RS256")).error().code, QStringLiteral("key_mismatch"));
        QCOMPARE(Jws::sign({}, "x", ec, QStringLiteral("XS256")).error().code, QStringLiteral("alg_not_allowed"));
        QCOMPARE(Jws::sign({}, "x", nullptr, QStringLiteral("ES256")).error().code, QStringLiteral("key_mismatch"));
        // A public key cannot sign.
        const Jwk pub = publicJwk(ec);
        QCOMPARE(Jws::sign({}, "x", pub.key(), QStringLiteral("ES256")).error().code, QStringLiteral("key_mismatch"));
        // The header's own "alg" is overwritten with the one requested.
        const auto token
            = Jws::sign({{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("kid"), QStringLiteral("a")}}, "x", ec,
                QStringLiteral("ES256"));
        QVERIFY(token.ok());
        QCOMPARE(Jws::parse(token.value()).value().algorithm(), QStringLiteral("ES256"));
        QCOMPARE(Jws::parse(token.value()).value().keyId(), QStringLiteral("a"));
    }

    void algorithmTable()
    {
        const QStringList expected = {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
            QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"), QStringLiteral("ES256"),
            QStringLiteral("ES384"), QStringLiteral("ES512"), QStringLiteral("EdDSA")};
        QCOMPARE(Jws::supportedAlgorithms(), expected);
        for (const char *refused : {"none", "HS256", "HS384", "HS512", "rs256", "ES256K", "Ed25519", ""})
            QVERIFY(!Jws::isSupportedAlgorithm(QString::fromLatin1(refused)));
        QCOMPARE(Jws::defaultAlgorithm(key(QStringLiteral("RSA"))), QStringLiteral("RS256"));
        QCOMPARE(Jws::defaultAlgorithm(key(QStringLiteral("P-384"))), QStringLiteral("ES384"));
        QCOMPARE(Jws::defaultAlgorithm(key(QStringLiteral("P-521"))), QStringLiteral("ES512"));
        QCOMPARE(Jws::defaultAlgorithm(key(QStringLiteral("Ed25519"))), QStringLiteral("EdDSA"));
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
