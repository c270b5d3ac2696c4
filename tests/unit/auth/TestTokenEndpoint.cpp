#include "FakeHttpServer.h"

#include "auth/TokenEndpoint.h"
#include "common/Redactor.h"
#include "jose/ClientAssertion.h"
#include "jose/Jws.h"
#include "jose/Jwt.h"
#include "jose/PrivateKey.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

#include <optional>

using namespace keyway;
using keyway::test::CannedResponse;
using keyway::test::FakeHttpServer;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    std::optional<Result<TokenSet>> result;
    int httpStatus = -1;
    int calls = 0;

    TokenEndpoint::Done callback()
    {
        return [this](const Result<TokenSet> &r, int status) {
            result = r;
            httpStatus = status;
            ++calls;
        };
    }
    bool done() const { return result.has_value(); }
};

const QByteArray kTokenJson = "{\"access_token\":\"at-0123456789\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                              "\"refresh_token\":\"rt-0123456789\",\"scope\":\"read write\"}";

} // namespace

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    ProviderConfig configFor(const FakeHttpServer &server, ProviderConfig::ClientAuth auth) const
    {
        ProviderConfig c;
        c.tokenUrl = server.urlString(QStringLiteral("/token"));
        c.clientAuth = auth;
        c.scopes = QStringList {QStringLiteral("read"), QStringLiteral("write")};
        return c;
    }
    static ClientCredentials credentials()
    {
        ClientCredentials cc;
        cc.clientId = QStringLiteral("client-1");
        cc.clientSecret = "secret-1";
        return cc;
    }

private slots:
    void exchangeCodeWithBasicAuth()
    {
        FakeHttpServer server;
        QVERIFY(server.isListening());
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ClientCredentials cc;
        // RFC 6749 §2.3.1: id and secret are form-encoded before base64, so ':' '+' ' ' '%' and UTF-8 survive.
        cc.clientId = QStringLiteral("my client:id");
        cc.clientSecret = QStringLiteral("p@ss w+rd/\u00e9%:").toUtf8();
        endpoint.exchangeCode(configFor(server, ProviderConfig::ClientAuth::Basic), cc, QStringLiteral("code-abc"),
            QStringLiteral("verifier-0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG"),
            QStringLiteral("http://127.0.0.1:5555/callback"), out.callback());
        QVERIFY(!out.done()); // never called back synchronously
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        QCOMPARE(out.httpStatus, 200);
        QCOMPARE(out.calls, 1);

        const auto &req = server.last();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/token"));
        QCOMPARE(req.header("authorization"),
            QByteArray("Basic ") + QByteArray("my+client%3Aid:p%40ss+w%2Brd%2F%C3%A9%25%3A").toBase64());
        QVERIFY(req.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
        QCOMPARE(req.header("user-agent"), QByteArray("Keyway/" KEYWAY_VERSION));
        QVERIFY(!req.hasHeader("cookie"));
        QCOMPARE(req.formValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(req.formValue(QStringLiteral("code")), QStringLiteral("code-abc"));
        QCOMPARE(req.formValue(QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:5555/callback"));
        QCOMPARE(req.formValue(QStringLiteral("code_verifier")),
            QStringLiteral("verifier-0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG"));
        QVERIFY(!req.hasForm(QStringLiteral("client_secret")));
        QVERIFY(!req.hasForm(QStringLiteral("client_id")));

        const TokenSet &t = out.result->value();
        QCOMPARE(t.accessToken, QByteArray("at-0123456789"));
        QCOMPARE(t.refreshToken, QByteArray("rt-0123456789"));
        QCOMPARE(t.grantedScopes, (QStringList {QStringLiteral("read"), QStringLiteral("write")}));
        QVERIFY(t.expiresAt.isValid());

        // Secrets sent and received are known to the Redactor.
        for (const char *secret : {"at-0123456789", "rt-0123456789", "verifier-0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG"})
            QVERIFY(!Redactor::redact(QStringLiteral("x ") + QLatin1String(secret)).contains(QLatin1String(secret)));
    }

    void postAuthAndNoPkce()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ClientCredentials cc = credentials();
        cc.clientSecret = "s&cr=t +x";
        endpoint.exchangeCode(configFor(server, ProviderConfig::ClientAuth::Post), cc, QStringLiteral("c"), QString(),
            QStringLiteral("http://127.0.0.1/cb"), out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        const auto &req = server.last();
        QVERIFY(!req.hasHeader("authorization"));
        QCOMPARE(req.formValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
        QCOMPARE(req.formValue(QStringLiteral("client_secret")), QStringLiteral("s&cr=t +x"));
        QVERIFY(!req.hasForm(QStringLiteral("code_verifier")));
    }

    void noneAuthSendsOnlyClientId()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ClientCredentials cc = credentials();
        endpoint.refresh(
            configFor(server, ProviderConfig::ClientAuth::None), cc, "rt-old-0123456789", QStringList(), out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        const auto &req = server.last();
        QVERIFY(!req.hasHeader("authorization"));
        QCOMPARE(req.formValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
        QVERIFY(!req.hasForm(QStringLiteral("client_secret")));
        QCOMPARE(req.formValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(req.formValue(QStringLiteral("refresh_token")), QStringLiteral("rt-old-0123456789"));
        QVERIFY(!req.hasForm(QStringLiteral("scope")));
    }

    // A provider quirk declared as data (oauth.token_request.format "json": Square, Raindrop.io, Dialpad): the same
    // parameters as one JSON object of strings, client authentication as configured, nothing form-encoded.
    void jsonTokenRequest_data()
    {
        QTest::addColumn<int>("auth"); // ProviderConfig::ClientAuth
        QTest::addColumn<QString>("grant");
        QTest::addColumn<QJsonObject>("expected"); // the body, exactly
        QTest::addColumn<QByteArray>("authorization");
        const QByteArray basic = "Basic " + QByteArray("client-1:s%26cr%3Dt+%22x%22").toBase64();
        QTest::newRow("code, secret in the body")
            << int(ProviderConfig::ClientAuth::Post) << "authorization_code"
            << QJsonObject {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, u"c 1&2"_s},
                   {u"redirect_uri"_s, u"http://127.0.0.1:27605/callback"_s}, {u"code_verifier"_s, u"v-0123456789"_s},
                   {u"client_id"_s, u"client-1"_s}, {u"client_secret"_s, u"s&cr=t \"x\""_s}}
            << QByteArray();
        QTest::newRow("refresh, public client") << int(ProviderConfig::ClientAuth::None) << "refresh_token"
                                                << QJsonObject {{u"grant_type"_s, u"refresh_token"_s},
                                                       {u"refresh_token"_s, u"rt-0123456789"_s}, {u"client_id"_s, u"client-1"_s}}
                                                << QByteArray();
        QTest::newRow("client credentials, Basic, repeated resource")
            << int(ProviderConfig::ClientAuth::Basic) << "client_credentials"
            << QJsonObject {{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, u"read write"_s},
                   {u"resource"_s, QJsonArray {u"https://r1.example/"_s, u"https://r2.example/"_s}}, {u"tenant"_s, u"acme"_s}}
            << basic;
    }
    void jsonTokenRequest()
    {
        QFETCH(int, auth);
        QFETCH(QString, grant);
        QFETCH(QJsonObject, expected);
        QFETCH(QByteArray, authorization);
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ProviderConfig config = configFor(server, ProviderConfig::ClientAuth(auth));
        config.tokenRequestFormat = ProviderConfig::RequestFormat::Json;
        ClientCredentials cc = credentials();
        cc.clientSecret = "s&cr=t \"x\"";
        if (grant == u"authorization_code"_s) {
            endpoint.exchangeCode(
                config, cc, u"c 1&2"_s, u"v-0123456789"_s, u"http://127.0.0.1:27605/callback"_s, out.callback());
        } else if (grant == u"refresh_token"_s) {
            endpoint.refresh(config, cc, "rt-0123456789", QStringList(), out.callback());
        } else {
            config.tokenParams.insert(u"tenant"_s, u"acme"_s);
            endpoint.clientCredentials(config, cc, config.scopes, QString(),
                QStringList {u"https://r1.example/"_s, u"https://r2.example/"_s}, out.callback());
        }
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        QCOMPARE(out.result->value().accessToken, QByteArray("at-0123456789"));
        const auto &req = server.last();
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(req.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, req.body.constData());
        QCOMPARE(body.object(), expected);
        QCOMPARE(req.header("authorization"), authorization);
    }

    // oauth.client_id_param: the client named under the provider's own parameter (TikTok's client_key), never also
    // as client_id.
    void clientIdUnderTheProvidersName_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<bool>("secretInBody");
        QTest::newRow("client_secret_post") << int(ProviderConfig::ClientAuth::Post) << true;
        QTest::newRow("none") << int(ProviderConfig::ClientAuth::None) << false;
    }
    void clientIdUnderTheProvidersName()
    {
        QFETCH(int, auth);
        QFETCH(bool, secretInBody);
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ProviderConfig config = configFor(server, ProviderConfig::ClientAuth(auth));
        config.clientIdParam = u"client_key"_s;
        endpoint.exchangeCode(
            config, credentials(), u"code-1"_s, u"v-0123456789"_s, u"http://127.0.0.1:27606/callback/"_s, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        const auto &req = server.last();
        QVERIFY(req.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(req.formValues(u"client_key"_s), QStringList {u"client-1"_s});
        QVERIFY(!req.hasForm(u"client_id"_s));
        QCOMPARE(req.hasForm(u"client_secret"_s), secretInBody);
        QCOMPARE(req.formValue(u"code"_s), u"code-1"_s);
    }

    // RFC 9110 §6.6.1: the Date header of a token response is the provider's clock; it is kept with the tokens
    // so that a token refused for its times can say how the clocks compare (ClockLeeway).
    void dateHeaderIsKept()
    {
        FakeHttpServer server;
        CannedResponse response = CannedResponse::json(200, kTokenJson);
        response.headers.append(qMakePair(QByteArray("Date"), QByteArray("Sat, 05 Dec 2026 17:00:00 GMT")));
        server.setResponse(response);
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        endpoint.refresh(configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "rt-old", {}, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        QCOMPARE(out.result->value().providerDate, QDateTime(QDate(2026, 12, 5), QTime(17, 0), Qt::UTC));
        QVERIFY(out.result->value().obtainedAt.isValid());
    }

    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected"); // invalid: refused
        const QDateTime nov6(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        const QDateTime dec5(QDate(2026, 12, 5), QTime(17, 0, 1), Qt::UTC);
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << nov6;
        QTest::newRow("imf-fixdate-2026") << QByteArray("Sat, 05 Dec 2026 17:00:01 GMT") << dec5;
        QTest::newRow("rfc850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << nov6;
        QTest::newRow("rfc850-this-century") << QByteArray("Saturday, 05-Dec-26 17:00:01 GMT") << dec5;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << nov6;
        QTest::newRow("surrounding-spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << nov6;
        QTest::newRow("absent") << QByteArray() << QDateTime();
        QTest::newRow("numeric-zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0000") << QDateTime();
        QTest::newRow("other-zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << QDateTime();
        QTest::newRow("unknown-month") << QByteArray("Sun, 06 Nox 1994 08:49:37 GMT") << QDateTime();
        QTest::newRow("day-31-of-november") << QByteArray("Sun, 31 Nov 1994 08:49:37 GMT") << QDateTime();
        QTest::newRow("hour-25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
        QTest::newRow("seconds-only") << QByteArray("784111777") << QDateTime();
        QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
        QTest::newRow("long") << QByteArray(4096, 'x') << QDateTime();
    }
    void httpDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        QCOMPARE(TokenEndpoint::parseHttpDate(value), expected);
    }

    void refreshWithScopesUsesSeparator()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ProviderConfig config = configFor(server, ProviderConfig::ClientAuth::Basic);
        config.scopeSeparator = QStringLiteral(",");
        endpoint.refresh(config, credentials(), "rt-old", QStringList {QStringLiteral("a"), QStringLiteral("b")}, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(server.last().formValue(QStringLiteral("scope")), QStringLiteral("a,b"));
    }

    void missingSecretIsReportedWithoutRequest()
    {
        FakeHttpServer server;
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ClientCredentials cc = credentials();
        cc.clientSecret.clear();
        endpoint.refresh(configFor(server, ProviderConfig::ClientAuth::Basic), cc, "rt", QStringList(), out.callback());
        QVERIFY(!out.done());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, QStringLiteral("missing_client_secret"));
        QCOMPARE(out.httpStatus, 0);
        cc.clientId.clear();
        Outcome out2;
        endpoint.refresh(configFor(server, ProviderConfig::ClientAuth::None), cc, "rt", QStringList(), out2.callback());
        QTRY_VERIFY(out2.done());
        QCOMPARE(out2.result->error().code, QStringLiteral("missing_client_id"));
        QCOMPARE(server.requests.size(), 0);
    }

    void clientCredentialsWithAudienceResourceAndTokenParams()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, "{\"access_token\":\"cc-token\",\"token_type\":\"bearer\"}"));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ProviderConfig config = configFor(server, ProviderConfig::ClientAuth::Basic);
        config.tokenParams.insert(QStringLiteral("audience"), QStringLiteral("from-config"));
        config.tokenParams.insert(QStringLiteral("grant_type"), QStringLiteral("evil"));
        config.tokenParams.insert(QStringLiteral("tenant"), QStringLiteral("acme"));
        endpoint.clientCredentials(config, credentials(), QStringList {QStringLiteral("api.read")},
            QStringLiteral("https://api.example.com"),
            QStringList {QStringLiteral("https://r1.example.com/"), QStringLiteral("https://r2.example.com/")}, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        const auto &req = server.last();
        QCOMPARE(req.formValues(QStringLiteral("grant_type")), QStringList {QStringLiteral("client_credentials")});
        QCOMPARE(req.formValues(QStringLiteral("audience")), QStringList {QStringLiteral("https://api.example.com")});
        QCOMPARE(req.formValues(QStringLiteral("resource")),
            (QStringList {QStringLiteral("https://r1.example.com/"), QStringLiteral("https://r2.example.com/")}));
        QCOMPARE(req.formValue(QStringLiteral("scope")), QStringLiteral("api.read"));
        QCOMPARE(req.formValue(QStringLiteral("tenant")), QStringLiteral("acme"));
        // No scope in the answer: the requested config scopes stand (RFC 6749 §5.1).
        QVERIFY(!out.result->value().scopeReturned);
    }

    void tokenParamsAddedWhenNotGiven()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ProviderConfig config = configFor(server, ProviderConfig::ClientAuth::Basic);
        config.tokenParams.insert(QStringLiteral("audience"), QStringLiteral("api.atlassian.com"));
        endpoint.clientCredentials(config, credentials(), QStringList(), QString(), QStringList(), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(server.last().formValue(QStringLiteral("audience")), QStringLiteral("api.atlassian.com"));
        QVERIFY(!server.last().hasForm(QStringLiteral("scope")));
        QVERIFY(!server.last().hasForm(QStringLiteral("resource")));
    }

    void privateKeyJwt()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        ClientCredentials cc;
        cc.clientId = QStringLiteral("jwt-client");
        cc.privateKeyPem = key.value().toPem();
        cc.keyId = QStringLiteral("kid-7");
        // privateKeyAlg stays at its RS256 default: an EC key signs with ES256 instead.
        const ProviderConfig config = configFor(server, ProviderConfig::ClientAuth::PrivateKeyJwt);
        endpoint.clientCredentials(config, cc, QStringList(), QString(), QStringList(), out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        const auto &req = server.last();
        QVERIFY(!req.hasHeader("authorization"));
        QCOMPARE(req.formValue(QStringLiteral("client_assertion_type")),
            QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        const QString assertion = req.formValue(QStringLiteral("client_assertion"));
        const Result<Jws> jws = Jws::parse(assertion);
        QVERIFY(jws.ok());
        Error error = jws.value().verify(key.value().key());
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(jws.value().algorithm(), QStringLiteral("ES256"));
        QCOMPARE(jws.value().keyId(), QStringLiteral("kid-7"));
        const Result<Jwt> jwt = Jwt::decode(assertion);
        QVERIFY(jwt.ok());
        const QJsonObject claims = jwt.value().claims();
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("jwt-client"));
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("jwt-client"));
        const QJsonValue aud = claims.value(QStringLiteral("aud"));
        QVERIFY(aud.toString() == config.tokenUrl || aud.toArray().contains(config.tokenUrl));
        QVERIFY(!Redactor::redact(assertion).contains(assertion));
    }

    // The private_key_jwt assertion's aud (RFC 7523 §3 as updated by draft-ietf-oauth-rfc7523bis: the issuer
    // identifier as the sole value, explicitly typed), what an integration declares instead, and the token endpoint
    // where no issuer identifier is known; its lifetime (5 minutes, or as declared) and a fresh jti each time.
    void privateKeyJwtAudienceAndLifetime_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<int>("lifetime"); // declared; 0: none
        QTest::addColumn<QString>("expectedAud"); // "TOKEN": the token endpoint URL
        QTest::addColumn<QString>("typ");
        QTest::addColumn<int>("expectedLifetime");
        const QString iss = QStringLiteral("https://as.example.test");
        const QString typed = QStringLiteral("client-authentication+jwt");
        const QString jwt = QStringLiteral("JWT");
        QTest::newRow("issuer-by-default") << iss << QString() << 0 << iss << typed << 300;
        QTest::newRow("declared-token-endpoint") << iss << QStringLiteral("TOKEN") << 0 << "TOKEN" << jwt << 300;
        QTest::newRow("declared-issuer") << iss << iss << 0 << iss << typed << 300;
        QTest::newRow("declared-other") << iss << QStringLiteral("https://login.example.test") << 0
                                        << QStringLiteral("https://login.example.test") << jwt << 300;
        QTest::newRow("no-issuer") << QString() << QString() << 0 << "TOKEN" << jwt << 300;
        QTest::newRow("templated-issuer") << QStringLiteral("https://login.example.test/{tenantid}/v2.0") << QString() << 0
                                          << "TOKEN" << jwt << 300;
        QTest::newRow("declared-lifetime") << iss << QString() << 120 << iss << typed << 120;
    }
    void privateKeyJwtAudienceAndLifetime()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, declared);
        QFETCH(int, lifetime);
        QFETCH(QString, expectedAud);
        QFETCH(QString, typ);
        QFETCH(int, expectedLifetime);
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        ClientCredentials cc;
        cc.clientId = QStringLiteral("jwt-client");
        cc.privateKeyPem = key.value().toPem();
        ProviderConfig config = configFor(server, ProviderConfig::ClientAuth::PrivateKeyJwt);
        config.issuer = issuer;
        config.assertionAudience = declared == QLatin1String("TOKEN") ? config.tokenUrl : declared;
        config.assertionLifetimeSeconds = lifetime;
        if (expectedAud == QLatin1String("TOKEN"))
            expectedAud = config.tokenUrl;

        QStringList jtis;
        for (int i = 0; i < 2; ++i) {
            TokenEndpoint endpoint(&m_network);
            Outcome out;
            endpoint.clientCredentials(config, cc, QStringList(), QString(), QStringList(), out.callback());
            QTRY_VERIFY(out.done());
            QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
            const Result<Jwt> jwt = Jwt::decode(server.last().formValue(QStringLiteral("client_assertion")));
            QVERIFY(jwt.ok());
            const QJsonObject claims = jwt.value().claims();
            QVERIFY2(claims.value(QStringLiteral("aud")).isString(), "aud is one string, not an array");
            QCOMPARE(claims.value(QStringLiteral("aud")).toString(), expectedAud);
            QCOMPARE(jwt.value().header().value(QStringLiteral("typ")).toString(), typ);
            QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(),
                qint64(expectedLifetime));
            jtis << claims.value(QStringLiteral("jti")).toString();
        }
        QVERIFY(jtis.at(0).size() >= 22); // at least 128 random bits in base64url
        QVERIFY(jtis.at(0) != jtis.at(1));
    }

    void privateKeyJwtWithBadKey()
    {
        FakeHttpServer server;
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ClientCredentials cc;
        cc.clientId = QStringLiteral("jwt-client");
        cc.privateKeyPem = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n";
        endpoint.clientCredentials(configFor(server, ProviderConfig::ClientAuth::PrivateKeyJwt), cc, QStringList(), QString(),
            QStringList(), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, QStringLiteral("client_assertion_failed"));
        cc.privateKeyPem.clear();
        Outcome out2;
        endpoint.clientCredentials(configFor(server, ProviderConfig::ClientAuth::PrivateKeyJwt), cc, QStringList(), QString(),
            QStringList(), out2.callback());
        QTRY_VERIFY(out2.done());
        QCOMPARE(out2.result->error().code, QStringLiteral("missing_private_key"));
        QCOMPARE(server.requests.size(), 0);
    }

    void jwtBearerGrant()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, kTokenJson));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        // A service account: no client authentication at all (RFC 7523 §3.1).
        endpoint.jwtBearer(configFor(server, ProviderConfig::ClientAuth::Basic), ClientCredentials(), "eyJhbGciOi.assert.sig",
            QStringList {QStringLiteral("s1"), QStringLiteral("s2")}, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        const auto &req = server.last();
        QCOMPARE(req.formValue(QStringLiteral("grant_type")), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        QCOMPARE(req.formValue(QStringLiteral("assertion")), QStringLiteral("eyJhbGciOi.assert.sig"));
        QCOMPARE(req.formValue(QStringLiteral("scope")), QStringLiteral("s1 s2"));
        QVERIFY(!req.hasHeader("authorization"));
        QVERIFY(!req.hasForm(QStringLiteral("client_id")));
    }

    void deviceTokenPending()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(400, "{\"error\":\"authorization_pending\"}"));
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        endpoint.deviceToken(
            configFor(server, ProviderConfig::ClientAuth::None), credentials(), QStringLiteral("dev-code-1"), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, QStringLiteral("authorization_pending"));
        QCOMPARE(out.httpStatus, 400);
        QCOMPARE(server.last().formValue(QStringLiteral("grant_type")),
            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(server.last().formValue(QStringLiteral("device_code")), QStringLiteral("dev-code-1"));
    }

    void providerErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QString>("code");
        QTest::newRow("invalid_grant") << 400 << QByteArray("{\"error\":\"invalid_grant\"}") << QByteArray() << "invalid_grant";
        QTest::newRow("invalid_client 401 with Basic challenge")
            << 401 << QByteArray("{\"error\":\"invalid_client\"}") << QByteArray("Basic realm=\"token\"") << "invalid_client";
        QTest::newRow("503") << 503 << QByteArray("{\"error\":\"temporarily_unavailable\"}") << QByteArray() << "server_error";
        QTest::newRow("500 empty") << 500 << QByteArray() << QByteArray() << "server_error";
        QTest::newRow("502 html") << 502 << QByteArray("<html>bad gateway</html>") << QByteArray() << "server_error";
        QTest::newRow("error with 200") << 200 << QByteArray("{\"error\":\"bad_verification_code\"}") << QByteArray()
                                        << "bad_verification_code";
    }
    void providerErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, challenge);
        QFETCH(QString, code);
        FakeHttpServer server;
        CannedResponse response = CannedResponse::json(status, body);
        if (!challenge.isEmpty())
            response.headers.append({"WWW-Authenticate", challenge});
        server.setResponse(response);
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        endpoint.refresh(
            configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "rt", QStringList(), out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(!out.result->ok());
        QCOMPARE(out.result->error().code, code);
        QCOMPARE(out.httpStatus, status);
        QCOMPARE(out.result->error().httpStatus, status);
        QCOMPARE(server.requests.size(), 1);
    }

    void timeout()
    {
        FakeHttpServer server;
        CannedResponse hang;
        hang.hang = true;
        server.setResponse(hang);
        TokenEndpoint endpoint(&m_network);
        endpoint.setTransferTimeout(300);
        QCOMPARE(endpoint.transferTimeout(), 300);
        Outcome out;
        QElapsedTimer timer;
        timer.start();
        endpoint.refresh(
            configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "rt", QStringList(), out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(out.result->error().code, QStringLiteral("network_error"));
        QVERIFY2(out.result->error().message.contains(QLatin1String("in time")), qPrintable(out.result->error().message));
        QCOMPARE(out.httpStatus, 0);
    }

    void defaultTimeoutIs30s()
    {
        TokenEndpoint endpoint(&m_network);
        QCOMPARE(endpoint.transferTimeout(), 30000);
    }

    void oversizedResponse_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("content-length") << true;
        QTest::newRow("close-delimited") << false;
    }
    void oversizedResponse()
    {
        QFETCH(bool, withLength);
        FakeHttpServer server;
        CannedResponse big = CannedResponse::json(200, "{\"access_token\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}");
        big.omitContentLength = !withLength;
        server.setResponse(big);
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        endpoint.refresh(
            configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "rt", QStringList(), out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.result->error().code, QStringLiteral("response_too_large"));
        QCOMPARE(out.calls, 1);
    }

    void redirectNotFollowed()
    {
        FakeHttpServer server;
        server.setHandler([&server](const test::RecordedRequest &req) {
            if (req.target == "/token") {
                CannedResponse r;
                r.status = 307;
                r.contentType.clear();
                r.headers.append({"Location", server.url(QStringLiteral("/elsewhere")).toEncoded()});
                return r;
            }
            return CannedResponse::json(200, kTokenJson);
        });
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        endpoint.refresh(configFor(server, ProviderConfig::ClientAuth::Post), credentials(), "rt", QStringList(), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, QStringLiteral("unexpected_redirect"));
        QCOMPARE(out.httpStatus, 307);
        QTest::qWait(100);
        QCOMPARE(server.requests.size(), 1);
    }

    void insecureUrlRefusedWithoutNetwork_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("http remote") << "http://192.0.2.10/token"
                                     << "insecure_url";
        QTest::newRow("http name") << "http://id.example.com/token"
                                   << "insecure_url";
        QTest::newRow("ftp") << "ftp://127.0.0.1/token"
                             << "invalid_url";
        QTest::newRow("userinfo") << "https://u:p@id.example.com/token"
                                  << "invalid_url";
        QTest::newRow("empty") << ""
                               << "invalid_url";
    }
    void insecureUrlRefusedWithoutNetwork()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ProviderConfig config;
        config.tokenUrl = url;
        endpoint.refresh(config, credentials(), "rt", QStringList(), out.callback());
        QVERIFY(!out.done());
        QCOMPARE(endpoint.pendingCount(), 0); // nothing was sent
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, code);
        QCOMPARE(out.httpStatus, 0);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            FakeHttpServer closed;
            port = closed.port();
        }
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        ProviderConfig config;
        config.tokenUrl = QStringLiteral("http://127.0.0.1:%1/token").arg(port);
        endpoint.refresh(config, credentials(), "rt", QStringList(), out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.result->error().code, QStringLiteral("network_error"));
        QVERIFY(!out.result->error().detail.isEmpty());
    }

    void abortAllCancels()
    {
        FakeHttpServer server;
        CannedResponse hang;
        hang.hang = true;
        server.setResponse(hang);
        TokenEndpoint endpoint(&m_network);
        Outcome out;
        endpoint.refresh(
            configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "rt", QStringList(), out.callback());
        QTRY_COMPARE(server.requests.size(), 1);
        QCOMPARE(endpoint.pendingCount(), 1);
        endpoint.abortAll();
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, QStringLiteral("cancelled"));
        QCOMPARE(endpoint.pendingCount(), 0);
    }

    void destroyedEndpointNeverCallsBack()
    {
        FakeHttpServer server;
        CannedResponse slow;
        slow.hang = true;
        server.setResponse(slow);
        Outcome out;
        {
            TokenEndpoint endpoint(&m_network);
            endpoint.refresh(
                configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "rt", QStringList(), out.callback());
            QTRY_COMPARE(server.requests.size(), 1);
        }
        QTest::qWait(200);
        QVERIFY(!out.done());
    }
};

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "TestTokenEndpoint.moc"
