#include "jose/DpopProof.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/Jwt.h"
#include "jose/PrivateKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace keyway;

// RFC 9449 §4.2: a DPoP proof's header and claims, checked the way a server checks them: the signature verifies
// with the key embedded in its own jwk header, which holds no private member.
class TestDpopProof : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_ec;
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

    // The proof's claims once its signature verified with the jwk it carries; empty otherwise.
    static QJsonObject verifiedWithEmbeddedKey(const QString &proof)
    {
        const auto jws = Jws::parse(proof);
        if (!jws)
            return {};
        const auto jwk = Jwk::fromJson(jws.value().header().value(QStringLiteral("jwk")).toObject());
        if (!jwk || jwk.value().isPrivate() || !jws.value().verify(jwk.value()).isNull())
            return {};
        return QJsonDocument::fromJson(jws.value().payload()).object();
    }

    DpopProof::Request tokenRequest() const
    {
        DpopProof::Request r;
        r.method = "POST";
        r.url = QUrl(QStringLiteral("https://server.example.com/token"));
        r.now = m_now;
        return r;
    }

private slots:
    void initTestCase()
    {
        auto ec = PrivateKey::generateEc();
        QVERIFY(ec.ok());
        m_ec = ec.value();
    }

    void proofForTheTokenEndpointHasTheClaimsOfSection4_2()
    {
        const auto proof = DpopProof::create(m_ec, QStringLiteral("ES256"), tokenRequest());
        QVERIFY2(proof.ok(), qPrintable(proof.error().toString()));

        const Jwt jwt = Jwt::decode(proof.value()).value();
        QCOMPARE(jwt.header().value(QStringLiteral("typ")).toString(), QStringLiteral("dpop+jwt"));
        QCOMPARE(jwt.algorithm(), QStringLiteral("ES256"));
        const QJsonObject jwk = jwt.header().value(QStringLiteral("jwk")).toObject();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QVERIFY2(!jwk.contains(QStringLiteral("d")), "the proof must never carry the private key");
        QCOMPARE(Jwk::fromJson(jwk).value().thumbprint(), m_ec.thumbprint());

        const QJsonObject claims = verifiedWithEmbeddedKey(proof.value());
        QVERIFY2(!claims.isEmpty(), "the signature must verify with the embedded jwk");
        QCOMPARE(claims.value(QStringLiteral("htm")).toString(), QStringLiteral("POST"));
        QCOMPARE(claims.value(QStringLiteral("htu")).toString(), QStringLiteral("https://server.example.com/token"));
        QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), m_now.toSecsSinceEpoch());
        QVERIFY(claims.value(QStringLiteral("jti")).toString().size() >= 32);
        QVERIFY2(!claims.contains(QStringLiteral("ath")), "no access token, no ath");
        QVERIFY2(!claims.contains(QStringLiteral("nonce")), "no nonce until the server sends one");
    }

    void resourceRequestCarriesTheAccessTokenHash()
    {
        DpopProof::Request r;
        r.method = "GET";
        r.url = QUrl(QStringLiteral("https://resource.example.org/protectedresource"));
        r.accessToken = "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU";
        r.nonce = QStringLiteral("eyJ7S_zG.eyJH0-Z.HX4w-7v");
        const QJsonObject claims = verifiedWithEmbeddedKey(DpopProof::create(m_ec, QStringLiteral("ES256"), r).value());
        // RFC 9449 §7.1's own example: this token's ath.
        QCOMPARE(claims.value(QStringLiteral("ath")).toString(), QStringLiteral("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo"));
        QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), r.nonce);
        QCOMPARE(claims.value(QStringLiteral("htm")).toString(), QStringLiteral("GET"));
    }

    void htuLeavesOutQueryAndFragment_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("htu");
        QTest::newRow("plain") << "https://a.example/token"
                               << "https://a.example/token";
        QTest::newRow("query") << "https://a.example/api/items?page=2&token=x"
                               << "https://a.example/api/items";
        QTest::newRow("fragment") << "https://a.example/api#part"
                                  << "https://a.example/api";
        QTest::newRow("port kept") << "http://127.0.0.1:8080/me?x=1"
                                   << "http://127.0.0.1:8080/me";
    }
    void htuLeavesOutQueryAndFragment()
    {
        QFETCH(QString, url);
        QFETCH(QString, htu);
        QCOMPARE(DpopProof::htu(QUrl(url)), htu);
        DpopProof::Request r = tokenRequest();
        r.url = QUrl(url);
        const QJsonObject claims = verifiedWithEmbeddedKey(DpopProof::create(m_ec, QStringLiteral("ES256"), r).value());
        QCOMPARE(claims.value(QStringLiteral("htu")).toString(), htu);
    }

    void everyProofHasItsOwnJti()
    {
        QSet<QString> seen;
        for (int i = 0; i < 20; ++i) {
            const QJsonObject claims
                = verifiedWithEmbeddedKey(DpopProof::create(m_ec, QStringLiteral("ES256"), tokenRequest()).value());
            seen.insert(claims.value(QStringLiteral("jti")).toString());
        }
        QCOMPARE(seen.size(), 20);
    }

    void otherKeyTypesSignWithTheirAlgorithm_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("EdDSA") << "EdDSA";
        QTest::newRow("RS256") << "RS256";
    }
    void otherKeyTypesSignWithTheirAlgorithm()
    {
        QFETCH(QString, algorithm);
        const auto key = algorithm == QLatin1String("EdDSA") ? PrivateKey::generateEd25519() : PrivateKey::generateRsa();
        QVERIFY(key.ok());
        const auto proof = DpopProof::create(key.value(), algorithm, tokenRequest());
        QVERIFY2(proof.ok(), qPrintable(proof.error().toString()));
        QVERIFY(!verifiedWithEmbeddedKey(proof.value()).isEmpty());
        QCOMPARE(Jwt::decode(proof.value()).value().algorithm(), algorithm);
    }

    void refusesWhatCannotBeProved_data()
    {
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("code");
        QTest::newRow("no key") << false << QByteArray("POST") << "https://a.example/token"
                                << "ES256"
                                << "invalid_dpop_request";
        QTest::newRow("no method") << true << QByteArray() << "https://a.example/token"
                                   << "ES256"
                                   << "invalid_dpop_request";
        QTest::newRow("relative URL") << true << QByteArray("GET") << "/me"
                                      << "ES256"
                                      << "invalid_dpop_request";
        QTest::newRow("not http") << true << QByteArray("GET") << "ftp://a.example/x"
                                  << "ES256"
                                  << "invalid_dpop_request";
        QTest::newRow("HMAC") << true << QByteArray("POST") << "https://a.example/token"
                              << "HS256"
                              << "alg_not_allowed";
        QTest::newRow("key of another type") << true << QByteArray("POST") << "https://a.example/token"
                                             << "RS256"
                                             << "key_mismatch";
    }
    void refusesWhatCannotBeProved()
    {
        QFETCH(bool, withKey);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QString, algorithm);
        QFETCH(QString, code);
        DpopProof::Request r = tokenRequest();
        r.method = method;
        r.url = QUrl(url);
        const auto proof = DpopProof::create(withKey ? m_ec : PrivateKey(), algorithm, r);
        QVERIFY(!proof.ok());
        QCOMPARE(proof.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestDpopProof)
#include "TestDpopProof.moc"
