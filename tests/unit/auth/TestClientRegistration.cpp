// RFC 7591 dynamic client registration and RFC 7592 deletion as ClientRegistration does them: the metadata Keyway
// sends, the answers it takes and the ones it refuses (a server's refusal, a body that is not JSON, no client_id,
// a registration_client_uri elsewhere, a huge body), and what goes over the wire against a fake server.
#include "FakeHttpServer.h"

#include "auth/ClientRegistration.h"
#include "common/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

#include <optional>

using namespace keyway;
using keyway::test::CannedResponse;
using keyway::test::FakeHttpServer;

class TestClientRegistration : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    static constexpr const char *kEndpoint = "https://id.example.com/register";

private slots:
    void metadataIsANativePublicClientWithTheLoopbackRedirect()
    {
        const Result<QJsonObject> m = ClientRegistration::metadata(QStringLiteral("http://127.0.0.1/callback"), {});
        QVERIFY(m.ok());
        const QJsonObject o = m.value();
        QCOMPARE(o.value(QStringLiteral("application_type")).toString(), QStringLiteral("native"));
        QCOMPARE(o.value(QStringLiteral("client_name")).toString(), QStringLiteral("Keyway"));
        QCOMPARE(o.value(QStringLiteral("redirect_uris")).toArray(), QJsonArray {QStringLiteral("http://127.0.0.1/callback")});
        QCOMPARE(o.value(QStringLiteral("grant_types")).toArray(),
            (QJsonArray {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}));
        QCOMPARE(o.value(QStringLiteral("response_types")).toArray(), QJsonArray {QStringLiteral("code")});
        QCOMPARE(o.value(QStringLiteral("token_endpoint_auth_method")).toString(), QStringLiteral("none"));
        QVERIFY(!o.contains(QStringLiteral("dpop_bound_access_tokens"))); // RFC 9449 §5.2: false unless said
    }

    void aDpopIntegrationRegistersForBoundTokensOnly()
    {
        const Result<QJsonObject> m = ClientRegistration::metadata(QStringLiteral("http://127.0.0.1/callback"), {}, true);
        QVERIFY(m.ok());
        QCOMPARE(m.value().value(QStringLiteral("dpop_bound_access_tokens")), QJsonValue(true));
        QCOMPARE(m.value().value(QStringLiteral("token_endpoint_auth_method")).toString(), QStringLiteral("none"));
    }

    void authMethodFollowsTheServer_data()
    {
        QTest::addColumn<QStringList>("supported");
        QTest::addColumn<QString>("method"); // empty: refused
        QTest::newRow("not said: public") << QStringList() << QStringLiteral("none");
        QTest::newRow("none among others: public")
            << QStringList {QStringLiteral("client_secret_basic"), QStringLiteral("none")} << QStringLiteral("none");
        QTest::newRow("secrets only: basic")
            << QStringList {QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic")}
            << QStringLiteral("client_secret_basic");
        QTest::newRow("post only") << QStringList {QStringLiteral("client_secret_post")} << QStringLiteral("client_secret_post");
        QTest::newRow("keys and certificates only: refused")
            << QStringList {QStringLiteral("private_key_jwt"), QStringLiteral("tls_client_auth")} << QString();
    }
    void authMethodFollowsTheServer()
    {
        QFETCH(QStringList, supported);
        QFETCH(QString, method);
        const Result<QJsonObject> m = ClientRegistration::metadata(QStringLiteral("http://127.0.0.1/callback"), supported);
        if (method.isEmpty()) {
            QVERIFY(!m.ok());
            QCOMPARE(m.error().code, QStringLiteral("registration_unsupported"));
            return;
        }
        QVERIFY(m.ok());
        QCOMPARE(m.value().value(QStringLiteral("token_endpoint_auth_method")).toString(), method);
    }

    void acceptsARegistration()
    {
        const QByteArray body = "{\"client_id\":\"c-123\",\"client_secret\":\"s3cret-value\","
                                "\"client_secret_expires_at\":1893456000,\"token_endpoint_auth_method\":\"client_secret_basic\","
                                "\"registration_access_token\":\"rat-value-1\","
                                "\"registration_client_uri\":\"https://id.example.com/register/c-123\"}";
        const Result<RegisteredClient> c
            = ClientRegistration::parseResponse(201, "application/json", body, {}, QLatin1String(kEndpoint), false);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(c.value().clientId, QStringLiteral("c-123"));
        QCOMPARE(c.value().clientSecret, QByteArray("s3cret-value"));
        QCOMPARE(c.value().clientSecretExpiresAt, qint64(1893456000));
        QCOMPARE(c.value().tokenEndpointAuthMethod, QStringLiteral("client_secret_basic"));
        QCOMPARE(c.value().registrationAccessToken, QByteArray("rat-value-1"));
        QCOMPARE(c.value().registrationClientUri, QStringLiteral("https://id.example.com/register/c-123"));
        QVERIFY(c.value().manageable());
        // The secrets never reach a log line.
        QVERIFY(!Redactor::redact(QStringLiteral("s3cret-value rat-value-1")).contains(QLatin1String("s3cret-value")));
        QVERIFY(!Redactor::redact(QStringLiteral("rat-value-1")).contains(QLatin1String("rat-value-1")));
    }

    void judgesTheAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<bool>("manageable");
        // RFC 7591 §3.2.2: the server's own codes, kept so callers can tell them apart.
        QTest::newRow("invalid_redirect_uri")
            << 400 << QByteArray("{\"error\":\"invalid_redirect_uri\",\"error_description\":\"no\"}") << QByteArray()
            << QStringLiteral("invalid_redirect_uri") << false;
        QTest::newRow("invalid_client_metadata") << 400 << QByteArray("{\"error\":\"invalid_client_metadata\"}") << QByteArray()
                                                 << QStringLiteral("invalid_client_metadata") << false;
        QTest::newRow("unapproved_software_statement")
            << 400 << QByteArray("{\"error\":\"unapproved_software_statement\"}") << QByteArray()
            << QStringLiteral("unapproved_software_statement") << false;
        // RFC 7591 §3 / RFC 6750 §3: the initial access token is missing or wrong.
        QTest::newRow("401 without a body") << 401 << QByteArray() << QByteArray("Bearer error=\"invalid_token\"")
                                            << QStringLiteral("invalid_token") << false;
        QTest::newRow("500 page") << 500 << QByteArray("<html>oops</html>") << QByteArray()
                                  << QStringLiteral("registration_refused") << false;
        // Bad answers on purpose.
        QTest::newRow("not JSON") << 201 << QByteArray("client_id: c-1") << QByteArray()
                                  << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("a form") << 201 << QByteArray("client_id=c-1&client_secret=x") << QByteArray()
                                << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("a web page") << 201 << QByteArray("<html><body>Registered!</body></html>") << QByteArray()
                                    << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("no client_id") << 201 << QByteArray("{\"client_secret\":\"x\"}") << QByteArray()
                                      << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("client_id not a string") << 201 << QByteArray("{\"client_id\":42}") << QByteArray()
                                                << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("client_id with a newline") << 201 << QByteArray("{\"client_id\":\"a\\nb\"}") << QByteArray()
                                                  << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("client_id too long") << 201 << ("{\"client_id\":\"" + QByteArray(300, 'a') + "\"}") << QByteArray()
                                            << QStringLiteral("invalid_registration_response") << false;
        // The registration access token goes only to the registration endpoint's origin, over https.
        QTest::newRow("configuration on another host")
            << 201
            << QByteArray("{\"client_id\":\"c\",\"registration_access_token\":\"t\",\"registration_client_uri\":\"https://"
                          "evil.example/c\"}")
            << QByteArray() << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("configuration over http")
            << 201
            << QByteArray("{\"client_id\":\"c\",\"registration_access_token\":\"t\",\"registration_client_uri\":\"http://"
                          "id.example.com/register/c\"}")
            << QByteArray() << QStringLiteral("invalid_registration_response") << false;
        QTest::newRow("public, manageable") << 201
                                            << QByteArray(
                                                   "{\"client_id\":\"c\",\"registration_access_token\":\"t\",\"registration_"
                                                   "client_uri\":\"https://id.example.com:443/register/c\"}")
                                            << QByteArray() << QString() << true;
        QTest::newRow("200 is taken too") << 200 << QByteArray("{\"client_id\":\"c\"}") << QByteArray() << QString() << false;
        QTest::newRow("a token without its URI is not kept")
            << 201 << QByteArray("{\"client_id\":\"c\",\"registration_access_token\":\"t\"}") << QByteArray() << QString()
            << false;
    }
    void judgesTheAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, challenge);
        QFETCH(QString, code);
        QFETCH(bool, manageable);
        const Result<RegisteredClient> c = ClientRegistration::parseResponse(
            status, body.startsWith('<') ? "text/html" : "application/json", body, challenge, QLatin1String(kEndpoint), false);
        if (code.isEmpty()) {
            QVERIFY2(c.ok(), qPrintable(c.error().toString()));
            QCOMPARE(c.value().manageable(), manageable);
            return;
        }
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, code);
        QVERIFY(!c.error().message.isEmpty());
        QCOMPARE(c.error().message.count(QLatin1Char('\n')), 0);
        QCOMPARE(c.error().httpStatus, status);
    }

    void registersOverTheWireWithTheInitialAccessToken()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(201,
            QStringLiteral("{\"client_id\":\"c-9\",\"registration_access_token\":\"rat-9\",\"registration_client_uri\":\"%1\"}")
                .arg(server.urlString(QStringLiteral("/reg/c-9")))
                .toUtf8()));
        ClientRegistration registration(&m_network);
        std::optional<Result<RegisteredClient>> out;
        const QJsonObject metadata = ClientRegistration::metadata(QStringLiteral("http://127.0.0.1/callback"), {}).value();
        registration.registerClient(server.urlString(QStringLiteral("/reg")), metadata, "initial-1", false,
            [&out](const Result<RegisteredClient> &c) { out = c; });
        QVERIFY(!out);
        QTRY_VERIFY(out.has_value());
        QVERIFY2(out->ok(), qPrintable(out->error().toString()));
        QCOMPARE(out->value().clientId, QStringLiteral("c-9"));
        const auto req = server.last();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/reg"));
        QVERIFY(req.header("content-type").startsWith("application/json"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer initial-1"));
        QCOMPARE(QJsonDocument::fromJson(req.body).object(), metadata);
    }

    void withoutAnInitialTokenNoAuthorizationHeader()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(201, "{\"client_id\":\"c\"}"));
        ClientRegistration registration(&m_network);
        std::optional<Result<RegisteredClient>> out;
        registration.registerClient(
            server.urlString(QStringLiteral("/reg")), {}, {}, false, [&out](const Result<RegisteredClient> &c) { out = c; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->ok());
        QVERIFY(!server.last().hasHeader("authorization"));
    }

    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        ClientRegistration registration(&m_network);
        std::optional<Result<RegisteredClient>> out;
        registration.registerClient(QStringLiteral("http://id.example.com/register"), {}, "initial-1", false,
            [&out](const Result<RegisteredClient> &c) { out = c; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(!out->ok());
        QCOMPARE(out->error().code, QStringLiteral("insecure_url"));
        std::optional<Error> deleted;
        registration.deleteClient(
            QStringLiteral("http://id.example.com/register/c"), "rat", false, [&deleted](const Error &e) { deleted = e; });
        QTRY_VERIFY(deleted.has_value());
        QCOMPARE(deleted->code, QStringLiteral("insecure_url"));
    }

    void aHugeAnswerIsRefused()
    {
        FakeHttpServer server;
        server.setResponse(
            CannedResponse::json(201, "{\"client_id\":\"c\",\"x\":\"" + QByteArray(ResponseBodyLimit + 10, 'a') + "\"}"));
        ClientRegistration registration(&m_network);
        std::optional<Result<RegisteredClient>> out;
        registration.registerClient(
            server.urlString(QStringLiteral("/reg")), {}, {}, false, [&out](const Result<RegisteredClient> &c) { out = c; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY(!out->ok());
        QCOMPARE(out->error().code, QStringLiteral("response_too_large"));
    }

    void deletesWithTheRegistrationAccessToken()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(204, {}));
        ClientRegistration registration(&m_network);
        std::optional<Error> out;
        registration.deleteClient(
            server.urlString(QStringLiteral("/reg/c-9")), "rat-9", false, [&out](const Error &e) { out = e; });
        QTRY_VERIFY(out.has_value());
        QVERIFY2(out->isNull(), qPrintable(out->toString()));
        QCOMPARE(server.last().method, QByteArray("DELETE"));
        QCOMPARE(server.last().target, QByteArray("/reg/c-9"));
        QCOMPARE(server.last().header("authorization"), QByteArray("Bearer rat-9"));
    }

    void aRefusedDeletionIsReported()
    {
        FakeHttpServer server;
        CannedResponse refused = CannedResponse::json(401, "{\"error\":\"invalid_token\"}");
        refused.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\"")));
        server.setResponse(refused);
        ClientRegistration registration(&m_network);
        std::optional<Error> out;
        registration.deleteClient(server.urlString(QStringLiteral("/reg/c")), "rat", false, [&out](const Error &e) { out = e; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->code, QStringLiteral("deregistration_failed"));
        QCOMPARE(out->httpStatus, 401);
        QVERIFY(out->detail.contains(QLatin1String("invalid_token")));
    }

private:
    static constexpr int ResponseBodyLimit = 1024 * 1024;
};

QTEST_GUILESS_MAIN(TestClientRegistration)
#include "TestClientRegistration.moc"
