#include "JoseTestSupport.h"

#include "jose/Jwks.h"
#include "jose/Jwt.h"

#include <QJsonArray>
#include <QtTest>

using namespace keyway;
using namespace keyway::test;

// Unverified JWT decoding for the inspector, NumericDate handling, and JWKS parsing with skipped keys.
class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void decode()
    {
        const QString token
            = compact("{\"alg\":\"RS256\",\"kid\":\"k1\"}", "{\"sub\":\"42\",\"exp\":1300819380.5,\"aud\":[\"a\",\"b\"]}", "sig");
        const auto jwt = Jwt::decode(token);
        QVERIFY2(jwt.ok(), qPrintable(jwt.error().toString()));
        QCOMPARE(jwt.value().algorithm(), QStringLiteral("RS256"));
        QCOMPARE(jwt.value().keyId(), QStringLiteral("k1"));
        QCOMPARE(jwt.value().claims().value(QStringLiteral("sub")).toString(), QStringLiteral("42"));
        QCOMPARE(jwt.value().signature(), QByteArray("sig"));
        QVERIFY(!jwt.value().isUnsigned());
        QCOMPARE(Jwt::numericDate(jwt.value().claims(), QStringLiteral("exp")),
            QDateTime::fromMSecsSinceEpoch(1300819380500LL, Qt::UTC));
        QVERIFY(Jwt::looksLikeJwt(token));

        // Pasted with noise around and inside it.
        const QString noisy
            = QStringLiteral("  Bearer \"") + token.left(20) + QStringLiteral("\n") + token.mid(20) + QStringLiteral("\"\n");
        QVERIFY(Jwt::decode(noisy).ok());
        QCOMPARE(Jwt::clean(noisy), token);

        // Unsigned tokens decode (the inspector shows them) but are flagged.
        const auto none = Jwt::decode(compact("{\"alg\":\"none\"}", "{\"sub\":\"admin\"}", QByteArray()));
        QVERIFY(none.ok());
        QVERIFY(none.value().isUnsigned());
    }

    void decodeRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString notJwt = QStringLiteral("not_a_jwt");
        QTest::newRow("empty") << QString() << notJwt;
        QTest::newRow("word") << QStringLiteral("hello") << notJwt;
        QTest::newRow("opaque-token") << QStringLiteral("ya29.a0AfH6SMBx-opaque_access_token") << notJwt;
        QTest::newRow("two-parts") << QStringLiteral("eyJhbGciOiJSUzI1NiJ9.e30") << notJwt;
        QTest::newRow("header-not-json") << compact("not json", "{}", "s") << notJwt;
        QTest::newRow("claims-not-json") << compact("{\"alg\":\"RS256\"}", "Example of Ed25519 signing", "s") << notJwt;
        QTest::newRow("claims-array") << compact("{\"alg\":\"RS256\"}", "[1,2]", "s") << notJwt;
        QTest::newRow("bad-base64") << QStringLiteral("eyJhbGciOiJSUzI1NiJ9.e30=.AAAA") << notJwt;
        QTest::newRow("non-ascii") << QStringLiteral("eyJhbGciOiJSUzI1NiJ9.e30.\u00e9") << notJwt;
        QTest::newRow("huge") << QString(300 * 1024, QLatin1Char('a')) << notJwt;
        QTest::newRow("jwe") << QString::fromLatin1(b64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".a.b.c.d")
                             << QStringLiteral("encrypted_jwt");
    }
    void decodeRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto jwt = Jwt::decode(text);
        QVERIFY(!jwt.ok());
        QCOMPARE(jwt.error().code, code);
        QVERIFY(!jwt.error().message.isEmpty());
        QVERIFY(!Jwt::looksLikeJwt(text));
    }

    void numericDates_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("msecs"); // -1: invalid
        QTest::newRow("integer") << QJsonValue(1700000000) << qint64(1700000000000LL);
        QTest::newRow("fraction") << QJsonValue(1700000000.25) << qint64(1700000000250LL);
        QTest::newRow("zero") << QJsonValue(0) << qint64(0);
        QTest::newRow("string") << QJsonValue(QStringLiteral("1700000000")) << qint64(-1);
        QTest::newRow("negative") << QJsonValue(-5) << qint64(-1);
        QTest::newRow("year-10000") << QJsonValue(253402300800.0) << qint64(-1);
        QTest::newRow("huge") << QJsonValue(1e300) << qint64(-1);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(-1);
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << qint64(-1);
        QTest::newRow("bool") << QJsonValue(true) << qint64(-1);
    }
    void numericDates()
    {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, msecs);
        const QDateTime time = Jwt::fromNumericDate(value);
        if (msecs < 0) {
            QVERIFY(!time.isValid());
        } else {
            QCOMPARE(time.toMSecsSinceEpoch(), msecs);
            QCOMPARE(time.timeSpec(), Qt::UTC);
        }
        QCOMPARE(Jwt::toNumericDate(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC)), qint64(1700000000));
    }

    void jwksSkipsBadKeys()
    {
        const openssl::PkeyPtr rsa = generateRsa();
        const openssl::PkeyPtr ec = generateEc("P-256");
        QJsonObject rsaJwk = Jwk::publicJson(rsa.get());
        rsaJwk.insert(QStringLiteral("kid"), QStringLiteral("rsa1"));
        QJsonObject ecJwk = Jwk::publicJson(ec.get());
        ecJwk.insert(QStringLiteral("kid"), QStringLiteral("ec1"));
        ecJwk.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
        const QJsonArray keys {rsaJwk, ecJwk,
            QJsonObject {{QStringLiteral("kty"), QStringLiteral("oct")}, {QStringLiteral("k"), QStringLiteral("c2VjcmV0")},
                {QStringLiteral("kid"), QStringLiteral("hmac")}},
            QJsonObject {{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), QStringLiteral("P-256")},
                {QStringLiteral("x"), QStringLiteral("AAAA")}, {QStringLiteral("y"), QStringLiteral("AAAA")}},
            QStringLiteral("not an object"),
            QJsonObject {{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("kid"), QStringLiteral("enc")},
                {QStringLiteral("use"), QStringLiteral("enc")}, {QStringLiteral("n"), rsaJwk.value(QStringLiteral("n"))},
                {QStringLiteral("e"), rsaJwk.value(QStringLiteral("e"))}}};
        const auto jwks = Jwks::fromJson({{QStringLiteral("keys"), keys}});
        QVERIFY2(jwks.ok(), qPrintable(jwks.error().toString()));
        QCOMPARE(jwks.value().size(), 3);
        QCOMPARE(jwks.value().skipped().size(), 3);
        QVERIFY(jwks.value().skipped().at(0).contains(QLatin1String("hmac")));
        QVERIFY(jwks.value().containsKeyId(QStringLiteral("rsa1")));
        QVERIFY(!jwks.value().containsKeyId(QStringLiteral("hmac")));

        // Candidates: by kid and alg; the "enc" key is never a signature key.
        QCOMPARE(jwks.value().candidates(QStringLiteral("rsa1"), QStringLiteral("RS256")).size(), 1);
        QCOMPARE(jwks.value().candidates(QStringLiteral("rsa1"), QStringLiteral("ES256")).size(), 0);
        QCOMPARE(jwks.value().candidates(QStringLiteral("enc"), QStringLiteral("RS256")).size(), 0);
        QCOMPARE(jwks.value().candidates(QString(), QStringLiteral("RS256")).size(), 1);
        QCOMPARE(jwks.value().candidates(QString(), QStringLiteral("ES256")).size(), 1);
        QCOMPARE(jwks.value().candidates(QString(), QStringLiteral("ES384")).size(), 0);
        QCOMPARE(jwks.value().candidates(QStringLiteral("nope"), QStringLiteral("RS256")).size(), 0);
        QCOMPARE(jwks.value().candidates(QString(), QStringLiteral("HS256")).size(), 0);

        // Round trip of the public set.
        const auto again = Jwks::fromJson(jwks.value().toPublicJson());
        QCOMPARE(again.value().size(), 3);
        QVERIFY(again.value().skipped().isEmpty());
    }

    void jwksDocumentErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Not Found</body></html>");
        QTest::newRow("array") << QByteArray("[{\"kty\":\"RSA\"}]");
        QTest::newRow("no-keys") << QByteArray("{\"issuer\":\"x\"}");
        QTest::newRow("keys-object") << QByteArray("{\"keys\":{\"kty\":\"RSA\"}}");
        QTest::newRow("keys-string") << QByteArray("{\"keys\":\"none\"}");
        QTest::newRow("truncated") << QByteArray("{\"keys\":[{\"kty\":\"RS");
    }
    void jwksDocumentErrors()
    {
        QFETCH(QByteArray, text);
        const auto jwks = Jwks::parse(text);
        QVERIFY(!jwks.ok());
        QCOMPARE(jwks.error().code, QStringLiteral("invalid_jwks"));
    }

    void jwksKeyLimit()
    {
        const openssl::PkeyPtr ec = generateEc("P-256");
        QJsonArray keys;
        for (int i = 0; i < Jwks::kMaxKeys + 20; ++i) {
            QJsonObject key = Jwk::publicJson(ec.get());
            key.insert(QStringLiteral("kid"), QString::number(i));
            keys.append(key);
        }
        const auto jwks = Jwks::fromJson({{QStringLiteral("keys"), keys}});
        QCOMPARE(jwks.value().size(), Jwks::kMaxKeys);
        QCOMPARE(jwks.value().skipped().size(), 1);
        QVERIFY(Jwks::fromJson({{QStringLiteral("keys"), QJsonArray()}}).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
