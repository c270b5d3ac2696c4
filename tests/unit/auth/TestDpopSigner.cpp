#include "auth/DpopSigner.h"
#include "jose/Jwt.h"
#include "jose/PrivateKey.h"

#include <QtTest>

using namespace keyway;
// The answer headers one overload reads (a braced list alone would also fit the QString overload).
using Headers = QList<QNetworkReply::RawHeaderPair>;

// RFC 9449 §8 and §9: which answers ask for a request again with the server's nonce, and how nonces are kept per
// origin and put into the next proof.
class TestDpopSigner : public QObject
{
    Q_OBJECT

private slots:
    void init() { DpopSigner::forgetNonces(); }

    void asksForNonce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<bool>("asks");
        QTest::newRow("token endpoint use_dpop_nonce (§8)")
            << 400 << QByteArray(R"({"error":"use_dpop_nonce","error_description":"Authorization server requires nonce"})")
            << QByteArray() << true;
        QTest::newRow("token endpoint invalid_dpop_proof")
            << 400 << QByteArray(R"({"error":"invalid_dpop_proof"})") << QByteArray() << false;
        QTest::newRow("token endpoint other error") << 400 << QByteArray(R"({"error":"invalid_grant"})") << QByteArray() << false;
        QTest::newRow("token endpoint not JSON") << 400 << QByteArray("use_dpop_nonce") << QByteArray() << false;
        QTest::newRow("resource use_dpop_nonce (§9)")
            << 401 << QByteArray()
            << QByteArray(R"(DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof")")
            << true;
        QTest::newRow("resource, DPoP challenge after a Bearer one")
            << 401 << QByteArray() << QByteArray(R"(Bearer realm="x", DPoP algs="ES256", error="use_dpop_nonce")") << true;
        QTest::newRow("resource invalid_token") << 401 << QByteArray() << QByteArray(R"(DPoP error="invalid_token")") << false;
        QTest::newRow("resource Bearer challenge only")
            << 401 << QByteArray() << QByteArray(R"(Bearer error="use_dpop_nonce")") << false;
        QTest::newRow("resource 403") << 403 << QByteArray() << QByteArray(R"(DPoP error="use_dpop_nonce")") << false;
        QTest::newRow("success") << 200 << QByteArray(R"({"error":"use_dpop_nonce"})") << QByteArray() << false;
    }
    void asksForNonce()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, challenge);
        QFETCH(bool, asks);
        QCOMPARE(DpopSigner::asksForNonce(status, body, challenge), asks);
    }

    void keepsTheLastNonceOfEachOrigin()
    {
        const QUrl token(QStringLiteral("https://as.example/token"));
        DpopSigner::rememberNonce(token, Headers {{"DPoP-Nonce", "eyJ7S_zG.eyJH0-Z.HX4w-7v"}});
        QCOMPARE(DpopSigner::nonceFor(QUrl(QStringLiteral("https://as.example/other?x=1"))),
            QStringLiteral("eyJ7S_zG.eyJH0-Z.HX4w-7v"));
        QVERIFY2(DpopSigner::nonceFor(QUrl(QStringLiteral("https://rs.example/api"))).isEmpty(), "another origin's nonce");
        QVERIFY2(DpopSigner::nonceFor(QUrl(QStringLiteral("http://as.example/token"))).isEmpty(), "another scheme");
        DpopSigner::rememberNonce(token, Headers {{"dpop-nonce", "second"}});
        QCOMPARE(DpopSigner::nonceFor(token), QStringLiteral("second"));
        DpopSigner::rememberNonce(token, Headers {{"Content-Type", "application/json"}});
        QCOMPARE(DpopSigner::nonceFor(token), QStringLiteral("second"));
    }

    void refusesANonceThatIsNotNqchar_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("space") << QByteArray("a b");
        QTest::newRow("quote") << QByteArray("a\"b");
        QTest::newRow("backslash") << QByteArray("a\\b");
        QTest::newRow("control") << QByteArray("a\x01");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too long") << QByteArray(2000, 'a');
    }
    void refusesANonceThatIsNotNqchar()
    {
        QFETCH(QByteArray, value);
        const QUrl url(QStringLiteral("https://as.example/token"));
        DpopSigner::rememberNonce(url, Headers {{"DPoP-Nonce", value}});
        QVERIFY(DpopSigner::nonceFor(url).isEmpty());
    }

    void proofCarriesTheOriginsNonceAndTheTokenHash()
    {
        const auto key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        const QUrl url(QStringLiteral("https://rs.example/api/items?page=2"));
        DpopSigner::rememberNonce(url, Headers {{"DPoP-Nonce", "n-1"}});
        const auto proof = DpopSigner::proof(key.value().toPem(), QStringLiteral("ES256"), "GET", url, "token-abc");
        QVERIFY2(proof.ok(), qPrintable(proof.error().toString()));
        const QJsonObject claims = Jwt::decode(QString::fromLatin1(proof.value())).value().claims();
        QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-1"));
        QCOMPARE(claims.value(QStringLiteral("htu")).toString(), QStringLiteral("https://rs.example/api/items"));
        QVERIFY(!claims.value(QStringLiteral("ath")).toString().isEmpty());
    }

    void withoutItsKeyNoProof()
    {
        const auto proof
            = DpopSigner::proof(QByteArray(), QStringLiteral("ES256"), "POST", QUrl(QStringLiteral("https://as.example/token")));
        QVERIFY(!proof.ok());
        QCOMPARE(proof.error().code, QStringLiteral("missing_dpop_key"));
    }

    void tokenTypeIsCaseInsensitive()
    {
        QVERIFY(DpopSigner::isDpopTokenType(QStringLiteral("DPoP")));
        QVERIFY(DpopSigner::isDpopTokenType(QStringLiteral("dpop")));
        QVERIFY(!DpopSigner::isDpopTokenType(QStringLiteral("Bearer")));
    }
};

QTEST_GUILESS_MAIN(TestDpopSigner)
#include "TestDpopSigner.moc"
