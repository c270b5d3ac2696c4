// The OAuth 2.0 client credentials grant (RFC 6749 §4.4) end to end, in process, with the real keychain:
//  - against a real authorization server (oidc-provider on loopback) with client_secret_basic and
//    client_secret_post, an RFC 8707 resource, and an authenticated API request through the core (the token
//    that reached echo-server is then introspected at the provider);
//  - tokens re-requested automatically when they expire (there is no refresh token);
//  - against a scripted token endpoint that records the exact form, so scope, audience, several resources
//    and the client authentication are checked on the wire, for the first request and for the renewal.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "http/LoopbackServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestClientCredentialsFlow : public QObject
{
    Q_OBJECT

private:
    struct Captured
    {
        QByteArray authorization;
        QMultiMap<QString, QString> form;
    };

    test::PeerProcess m_peer; // access tokens live an hour
    test::PeerProcess m_shortPeer; // access tokens live 5 s, so they are always about to expire
    test::PeerProcess m_echo;
    test::ServiceFixture m_fx {test::ServiceFixture::SeenAccessToken, {30000, 20000, 30000, 30000}};
    std::unique_ptr<LoopbackServer> m_fake; // a scripted token endpoint
    QList<Captured> m_captured;
    bool m_fakeHolds = false; // keep the answer back (to cancel meanwhile)
    QList<LoopbackServer::Responder> m_held;

    ConnectionService &service() { return m_fx.service(); }

    ConnectRequest request(const QString &issuer, const QString &clientId, const QByteArray &secret, const QString &method)
    {
        ConnectRequest r;
        r.issuer = issuer;
        r.authMode = QStringLiteral("oauth2_client_credentials");
        r.clientId = clientId;
        r.clientSecret = secret;
        r.clientAuthMethod = method;
        r.scopes = {QStringLiteral("api:read")};
        return r;
    }

    Result<QString> connectAndWait(const ConnectRequest &r, std::function<void(ConnectAttempt *)> during = {})
    {
        return m_fx.connectAndWait(r, during);
    }
    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }
    Error refresh(const QString &id) { return m_fx.refresh(id); }

    // A request through the core to echo-server; returns the Authorization header that arrived.
    QByteArray authorizationSeenByApi(const QString &id, ApiResponse *out = nullptr)
    {
        // echo-server stands for an API the connection does not name: the user allows its origin (issue 15.1).
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_echo.port());
        service().allowOrigin(id, origin);
        const ApiResponse response = m_fx.get(id, origin + QStringLiteral("/resource"));
        if (out)
            *out = response;
        return QJsonDocument::fromJson(response.body)
            .object()
            .value(QStringLiteral("headers"))
            .toObject()
            .value(QStringLiteral("authorization"))
            .toString()
            .toUtf8();
    }

    // RFC 7662 at the provider, as the confidential client keyway-basic (which may introspect any token).
    QJsonObject introspect(const QString &issuer, const QByteArray &token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(issuer + QStringLiteral("/token/introspection")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        req.setRawHeader("Authorization", "Basic " + QByteArray("keyway-basic:basic-secret").toBase64());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(token));
        QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return answer;
    }

    static QMultiMap<QString, QString> parseForm(const QByteArray &body)
    {
        QMultiMap<QString, QString> form;
        for (QByteArray pair : body.split('&')) {
            pair.replace('+', ' ');
            const qsizetype eq = pair.indexOf('=');
            form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
        }
        return form;
    }

    QStringList steps(const QString &id) const { return m_fx.steps(id); }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        QString error = m_peer.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_shortPeer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--access-ttl"), QStringLiteral("5")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_fake = std::make_unique<LoopbackServer>();
        m_fake->setHandler([this](const HttpRequest &req, LoopbackServer::Responder responder) {
            m_captured.append({req.header("Authorization"), parseForm(req.body)});
            if (m_fakeHolds) {
                m_held << responder;
                return;
            }
            responder.respond(HttpResponse::json(200,
                QJsonDocument(
                    QJsonObject {{QStringLiteral("access_token"), QStringLiteral("scripted-token-%1").arg(m_captured.size())},
                        {QStringLiteral("token_type"), QStringLiteral("bearer")}, {QStringLiteral("expires_in"), 3600}})));
        });
        const Error listenError = m_fake->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listenError.isNull(), qPrintable(listenError.toString()));

        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-cc-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }

    void cleanupTestCase()
    {
        m_fx.close();
        m_fake.reset();
        m_peer.stop();
        m_shortPeer.stop();
        m_echo.stop();
    }

    void secretClients_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("method");
        QTest::newRow("client_secret_basic") << "keyway-basic" << QByteArray("basic-secret") << "client_secret_basic";
        QTest::newRow("client_secret_post") << "keyway-post" << QByteArray("post-secret") << "client_secret_post";
    }
    void secretClients()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(QString, method);
        m_fx.seenSecrets() << secret;
        const auto connected = connectAndWait(request(m_peer.issuer(), clientId, secret, method));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto record = service().connection(id);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        QCOMPARE(record->authMode, QStringLiteral("oauth2_client_credentials"));
        QCOMPARE(record->accountLabel, clientId); // no user: the client itself
        QCOMPARE(record->grantedScopes, QStringList {QStringLiteral("api:read")});
        QVERIFY(record->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));

        const StoredCredentials c = credentials(id);
        QVERIFY(!c.tokens.accessToken.isEmpty());
        QVERIFY(c.tokens.refreshToken.isEmpty()); // RFC 6749 §4.4.3
        QCOMPARE(c.client.clientSecret, secret);
        const QStringList list = steps(id);
        for (const char *step : {"discovery:ok", "token_request:info", "token:ok", "connected:ok"})
            QVERIFY2(list.contains(QLatin1String(step)), qPrintable(list.join(QLatin1Char(','))));
        // The event log names the method but never the secret.
        for (const ConnectionEvent &e : service().events(id))
            QVERIFY(!e.detail.contains(QString::fromUtf8(secret)) && !e.detail.contains(QString::fromUtf8(c.tokens.accessToken)));

        // An authenticated request through the core: the token that arrived is the provider's, active, ours.
        const QByteArray authorization = authorizationSeenByApi(id);
        QCOMPARE(authorization, "Bearer " + c.tokens.accessToken);
        const QJsonObject info = introspect(m_peer.issuer(), c.tokens.accessToken);
        QCOMPARE(info.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("client_id")).toString(), clientId);
        QCOMPARE(info.value(QStringLiteral("scope")).toString(), QStringLiteral("api:read"));
        QCOMPARE(service().history(id).size(), 1);
    }

    void resourceIndicator()
    {
        ConnectRequest r = request(m_peer.issuer(), QStringLiteral("keyway-basic"), "basic-secret", {});
        r.extraTokenParams.insert(QStringLiteral("resource"), QStringLiteral("urn:keyway:api"));
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QJsonObject info = introspect(m_peer.issuer(), credentials(id).tokens.accessToken);
        QCOMPARE(info.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("aud")).toString(), QStringLiteral("urn:keyway:api"));
        // The renewal asks for the same resource.
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(introspect(m_peer.issuer(), credentials(id).tokens.accessToken).value(QStringLiteral("aud")).toString(),
            QStringLiteral("urn:keyway:api"));

        // A resource the server does not serve: RFC 8707 invalid_target, nothing saved.
        const int before = service().connections().size();
        r.extraTokenParams.insert(QStringLiteral("resource"), QStringLiteral("https://elsewhere.example/api"));
        const auto refused = connectAndWait(r);
        QCOMPARE(test::failureCode(refused), QStringLiteral("invalid_target"));
        const Error &error = refused.error();
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(service().connections().size(), before);
    }

    void expiredTokenIsRequestedAgain()
    {
        const auto connected = connectAndWait(
            request(m_shortPeer.issuer(), QStringLiteral("keyway-post"), "post-secret", QStringLiteral("client_secret_post")));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray first = credentials(id).tokens.accessToken;
        QTest::qWait(5500); // the first token is now expired at the provider
        QCOMPARE(introspect(m_shortPeer.issuer(), first).value(QStringLiteral("active")).toBool(), false);

        // The core sees the expiry and asks for a new token before sending (no refresh token involved).
        const QByteArray authorization = authorizationSeenByApi(id);
        const QByteArray second = credentials(id).tokens.accessToken;
        QVERIFY(second != first);
        QCOMPARE(authorization, "Bearer " + second);
        QCOMPARE(introspect(m_shortPeer.issuer(), second).value(QStringLiteral("active")).toBool(), true);
        QVERIFY2(steps(id).contains(QLatin1String("refresh:ok")), qPrintable(steps(id).join(QLatin1Char(','))));
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);

        // An explicit refresh works the same way.
        QCOMPARE(refresh(id).toString(), QString());
        QVERIFY(credentials(id).tokens.accessToken != second);
    }

    void wireFormat_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("client_secret_basic") << "client_secret_basic";
        QTest::newRow("client_secret_post") << "client_secret_post";
    }
    void wireFormat()
    {
        QFETCH(QString, method);
        m_captured.clear();
        ConnectRequest r;
        r.integrationId = QStringLiteral("oauth2");
        r.variables.insert(QStringLiteral("token_url"), m_fake->baseUrl().toString() + QStringLiteral("/token"));
        r.authMode = QStringLiteral("oauth2_client_credentials");
        r.clientId = QStringLiteral("wire:client");
        r.clientSecret = "wire secret/1";
        r.clientAuthMethod = method;
        r.scopes = {QStringLiteral("read"), QStringLiteral("write")};
        r.extraTokenParams.insert(QStringLiteral("audience"), QStringLiteral("https://api.example.com"));
        r.extraTokenParams.insert(QStringLiteral("resource"), QStringLiteral("urn:one https://api.example.com/two"));
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(m_captured.size(), 2);
        for (const Captured &c : std::as_const(m_captured)) {
            QCOMPARE(c.form.value(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
            QCOMPARE(c.form.value(QStringLiteral("scope")), QStringLiteral("read write"));
            QCOMPARE(c.form.values(QStringLiteral("audience")), QStringList {QStringLiteral("https://api.example.com")});
            QStringList resources = c.form.values(QStringLiteral("resource"));
            resources.sort();
            QCOMPARE(resources, (QStringList {QStringLiteral("https://api.example.com/two"), QStringLiteral("urn:one")}));
            if (method == QLatin1String("client_secret_basic")) {
                // RFC 6749 §2.3.1: form-encoded before base64, so the ":" in the id survives.
                QCOMPARE(c.authorization, "Basic " + QByteArray("wire%3Aclient:wire+secret%2F1").toBase64());
                QVERIFY(!c.form.contains(QStringLiteral("client_secret")));
            } else {
                QVERIFY(c.authorization.isEmpty());
                QCOMPARE(c.form.value(QStringLiteral("client_id")), QStringLiteral("wire:client"));
                QCOMPARE(c.form.value(QStringLiteral("client_secret")), QStringLiteral("wire secret/1"));
            }
        }
        QCOMPARE(credentials(id).tokens.accessToken, QByteArray("scripted-token-2"));
    }

    void cancelWhileWaiting()
    {
        m_captured.clear();
        m_fakeHolds = true;
        ConnectRequest r;
        r.integrationId = QStringLiteral("oauth2");
        r.variables.insert(QStringLiteral("token_url"), m_fake->baseUrl().toString() + QStringLiteral("/token"));
        r.authMode = QStringLiteral("oauth2_client_credentials");
        r.clientId = QStringLiteral("slow-client");
        r.clientSecret = "slow-secret";
        const int before = service().connections().size();
        const auto result = connectAndWait(r, [this](ConnectAttempt *attempt) {
            // Cancel once the token request is at the server and its answer is being held back.
            auto *poll = new QTimer(attempt);
            poll->setInterval(20);
            connect(poll, &QTimer::timeout, attempt, [this, attempt] {
                if (!m_held.isEmpty())
                    attempt->cancel();
            });
            poll->start();
        });
        m_fakeHolds = false;
        QCOMPARE(test::failureCode(result), QStringLiteral("cancelled"));
        QCOMPARE(service().connections().size(), before);
        m_held.clear();
    }

    void errorsEndTheConnect_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong secret") << "keyway-basic" << QByteArray("not-the-secret") << "invalid_client";
        QTest::newRow("no secret") << "keyway-basic" << QByteArray() << "missing_client_secret";
        QTest::newRow("grant not allowed") << "keyway-native" << QByteArray("x") << "invalid_client";
    }
    void errorsEndTheConnect()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(QString, code);
        const int before = service().connections().size();
        const auto connected = connectAndWait(request(m_peer.issuer(), clientId, secret, {}));
        QCOMPARE(test::failureCode(connected), code);
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.toString().contains(QLatin1String("not-the-secret")));
        QCOMPARE(service().connections().size(), before);
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_fx.seenSecrets().isEmpty());
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestClientCredentialsFlow)
#include "TestClientCredentialsFlow.moc"
