#include "jose/ClientAssertion.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/Jwt.h"
#include "jose/PrivateKey.h"

#include <QRegularExpression>
#include <QtTest>

using namespace keyway;

// RFC 7523 assertions: the claims each profile requires, the lifetime rules, and signatures that verify.
class TestClientAssertion : public QObject
{
    Q_OBJECT

private:
    PrivateKey m_ec;
    PrivateKey m_rsa;
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

    // Verified with the public JWK registered for the token's algorithm.
    static QJsonObject verifiedClaims(const QString &token, const PrivateKey &key)
    {
        const auto jws = Jws::parse(token);
        if (!jws)
            return {};
        if (!jws.value().verify(Jwk::fromJson(key.publicJwk(jws.value().algorithm())).value()).isNull())
            return {};
        return Jwt::decode(token).value().claims();
    }

private slots:
    void initTestCase()
    {
        auto ec = PrivateKey::generateEc();
        auto rsa = PrivateKey::generateRsa();
        QVERIFY(ec.ok() && rsa.ok());
        m_ec = ec.value();
        m_rsa = rsa.value();
    }

    void clientAuthentication()
    {
        ClientAssertion::Options options;
        options.keyId = m_ec.thumbprint();
        options.now = m_now;
        const QString tokenEndpoint = QStringLiteral("https://idp.example.test/oauth2/token");
        const auto token = ClientAssertion::clientAuthentication(QStringLiteral("client-123"), tokenEndpoint, m_ec, options);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));

        const Jwt jwt = Jwt::decode(token.value()).value();
        QCOMPARE(jwt.algorithm(), QStringLiteral("ES256"));
        QCOMPARE(jwt.keyId(), m_ec.thumbprint());
        QCOMPARE(jwt.header().value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));

        // RFC 7523 §3 / OpenID Connect Core §9.
        const QJsonObject claims = verifiedClaims(token.value(), m_ec);
        QVERIFY(!claims.isEmpty());
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("client-123"));
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("client-123"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), tokenEndpoint);
        QCOMPARE(Jwt::numericDate(claims, QStringLiteral("iat")), m_now);
        QCOMPARE(Jwt::numericDate(claims, QStringLiteral("exp")), m_now.addSecs(300));
        const QString jti = claims.value(QStringLiteral("jti")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(jti).hasMatch());
        QCOMPARE(claims.size(), 6);

        // Every assertion gets its own jti (RFC 7523 §3 item 7: the server may refuse replays).
        const auto again = ClientAssertion::clientAuthentication(QStringLiteral("client-123"), tokenEndpoint, m_ec, options);
        QVERIFY(Jwt::decode(again.value()).value().claims().value(QStringLiteral("jti")).toString() != jti);

        // Times are plain integers in the JSON, as NumericDate is usually read.
        const QByteArray payload = Jws::parse(token.value()).value().payload();
        QVERIFY2(payload.contains("\"iat\":1700000000,") || payload.contains("\"iat\":1700000000}"), payload.constData());
        QVERIFY2(payload.contains("\"exp\":1700000300"), payload.constData());
    }

    // draft-ietf-oauth-rfc7523bis: a client authentication JWT whose aud is the issuer SHOULD say so with the
    // explicit type client-authentication+jwt; ClientAuthenticator passes it, ClientAssertion writes it.
    void explicitType()
    {
        ClientAssertion::Options options;
        options.type = QStringLiteral("client-authentication+jwt");
        const auto token
            = ClientAssertion::clientAuthentication(QStringLiteral("c"), QStringLiteral("https://as.example"), m_ec, options);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        QCOMPARE(Jwt::decode(token.value()).value().header().value(QStringLiteral("typ")).toString(),
            QStringLiteral("client-authentication+jwt"));
    }

    void clientAuthenticationDefaults()
    {
        // No kid unless asked for, the key's default algorithm, the current time.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto token
            = ClientAssertion::clientAuthentication(QStringLiteral("c"), QStringLiteral("https://as.example/token"), m_rsa);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        const Jwt jwt = Jwt::decode(token.value()).value();
        QCOMPARE(jwt.algorithm(), QStringLiteral("RS256"));
        QVERIFY(!jwt.header().contains(QStringLiteral("kid")));
        const QDateTime issuedAt = Jwt::numericDate(jwt.claims(), QStringLiteral("iat"));
        QVERIFY(issuedAt >= before && issuedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(!verifiedClaims(token.value(), m_rsa).isEmpty());

        ClientAssertion::Options pss;
        pss.algorithm = QStringLiteral("PS256");
        const auto psToken
            = ClientAssertion::clientAuthentication(QStringLiteral("c"), QStringLiteral("https://as.example/token"), m_rsa, pss);
        QVERIFY(psToken.ok());
        QCOMPARE(Jwt::decode(psToken.value()).value().algorithm(), QStringLiteral("PS256"));
        QVERIFY(!verifiedClaims(psToken.value(), m_rsa).isEmpty());
        // A JWK registered for RS256 does not verify PS256 (RFC 7517 §4.4).
        Error error = Jws::parse(psToken.value()).value().verify(Jwk::fromJson(m_rsa.publicJwk()).value());
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("key_mismatch"));
    }

    void jwtBearerGrant()
    {
        // The shape Google's service accounts use.
        ClientAssertion::Grant grant;
        grant.issuer = QStringLiteral("robot@project.iam.gserviceaccount.test");
        grant.audience = QStringLiteral("https://oauth2.example.test/token");
        grant.scope = QStringLiteral("https://www.example.test/auth/drive.readonly https://www.example.test/auth/calendar");
        grant.extraClaims = {{QStringLiteral("target_audience"), QStringLiteral("https://api.example.test")},
            {QStringLiteral("iss"), QStringLiteral("attacker")}, {QStringLiteral("exp"), 99999999999.0},
            {QStringLiteral("jti"), QStringLiteral("chosen-by-the-caller")}};
        ClientAssertion::Options options;
        options.now = m_now;
        const auto token = ClientAssertion::jwtBearerGrant(grant, m_rsa, options);
        QVERIFY2(token.ok(), qPrintable(token.error().toString()));
        const QJsonObject claims = verifiedClaims(token.value(), m_rsa);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), grant.issuer);
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), grant.audience);
        QCOMPARE(claims.value(QStringLiteral("scope")).toString(), grant.scope);
        QVERIFY(!claims.contains(QStringLiteral("sub")));
        QCOMPARE(claims.value(QStringLiteral("target_audience")).toString(), QStringLiteral("https://api.example.test"));
        QCOMPARE(Jwt::numericDate(claims, QStringLiteral("iat")), m_now);
        // Five minutes unless the provider's own limit is passed in (Google's: at most one hour).
        QCOMPARE(Jwt::numericDate(claims, QStringLiteral("exp")), m_now.addSecs(300));
        // RFC 7523 §3 item 7: a jti of its own, 256 random bits, never one from the extra claims.
        const QString jti = claims.value(QStringLiteral("jti")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(jti).hasMatch());
        const auto again = ClientAssertion::jwtBearerGrant(grant, m_rsa, options);
        QVERIFY(again.ok());
        QVERIFY(Jwt::decode(again.value()).value().claims().value(QStringLiteral("jti")).toString() != jti);

        grant.subject = QStringLiteral("alice@example.test");
        grant.scope.clear();
        options.lifetimeSeconds = 600;
        const auto delegated = ClientAssertion::jwtBearerGrant(grant, m_ec, options);
        QVERIFY(delegated.ok());
        const QJsonObject delegatedClaims = verifiedClaims(delegated.value(), m_ec);
        QCOMPARE(delegatedClaims.value(QStringLiteral("sub")).toString(), QStringLiteral("alice@example.test"));
        QVERIFY(!delegatedClaims.contains(QStringLiteral("scope")));
        QCOMPARE(Jwt::numericDate(delegatedClaims, QStringLiteral("exp")), m_now.addSecs(600));
        QCOMPARE(ClientAssertion::grantType(), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        QCOMPARE(ClientAssertion::assertionType(), QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    }

    void refusals()
    {
        const QString aud = QStringLiteral("https://as.example/token");
        QCOMPARE(ClientAssertion::clientAuthentication(QString(), aud, m_ec).error().code, QStringLiteral("invalid_assertion"));
        QCOMPARE(ClientAssertion::clientAuthentication(QStringLiteral("c"), QString(), m_ec).error().code,
            QStringLiteral("invalid_assertion"));
        QCOMPARE(ClientAssertion::clientAuthentication(QStringLiteral("c"), aud, PrivateKey()).error().code,
            QStringLiteral("invalid_assertion"));
        ClientAssertion::Options tooLong;
        tooLong.lifetimeSeconds = 3601;
        QCOMPARE(ClientAssertion::clientAuthentication(QStringLiteral("c"), aud, m_ec, tooLong).error().code,
            QStringLiteral("invalid_assertion"));
        ClientAssertion::Options negative;
        negative.lifetimeSeconds = -5;
        QCOMPARE(ClientAssertion::clientAuthentication(QStringLiteral("c"), aud, m_ec, negative).error().code,
            QStringLiteral("invalid_assertion"));
        ClientAssertion::Options wrongAlg;
        wrongAlg.algorithm = QStringLiteral("RS256");
        QCOMPARE(ClientAssertion::clientAuthentication(QStringLiteral("c"), aud, m_ec, wrongAlg).error().code,
            QStringLiteral("key_mismatch"));
        wrongAlg.algorithm = QStringLiteral("HS256");
        QCOMPARE(ClientAssertion::clientAuthentication(QStringLiteral("c"), aud, m_ec, wrongAlg).error().code,
            QStringLiteral("alg_not_allowed"));

        ClientAssertion::Grant grant;
        grant.audience = aud;
        QCOMPARE(ClientAssertion::jwtBearerGrant(grant, m_rsa).error().code, QStringLiteral("invalid_assertion"));
        grant.issuer = QStringLiteral("sa");
        grant.audience.clear();
        QCOMPARE(ClientAssertion::jwtBearerGrant(grant, m_rsa).error().code, QStringLiteral("invalid_assertion"));
        grant.audience = aud;
        QCOMPARE(ClientAssertion::jwtBearerGrant(grant, m_rsa, tooLong).error().code, QStringLiteral("invalid_assertion"));
        QVERIFY(ClientAssertion::jwtBearerGrant(grant, m_rsa).ok());
    }
};

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "TestClientAssertion.moc"
