// The core's flows end to end against the Keyway Sandbox, exactly as TestAuthorizationCodeFlow, TestDeviceFlow
// and TestClientCredentialsFlow run them against oidc-provider: the sandbox is a second provider for the same
// tests, never a replacement for the independent peer. In process, with the real Secret Service; the sandbox
// listens on a free loopback port (never the catalogue's fixed 47231: tests may run in parallel) and is reached
// through OpenID Connect discovery of its issuer, the way a user connects any provider. The scripted browser
// (browser.mjs) and the scripted user on the other device (device.mjs) drive the sandbox's own pages.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/TokenSet.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "sandbox/SandboxServer.h"
#include "store/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestSandboxFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    test::ServiceFixture m_fx {test::ServiceFixture::SeenTokens, {45000, 20000, 30000, 30000}};

    ConnectionService &service() { return m_fx.service(); }
    QString issuer() const { return m_sandbox->issuer(); }

    static QString deviceCommand()
    {
        return QStringLiteral("\"%1\" \"%2/device.mjs\"").arg(test::nodeProgram(), test::peersDir());
    }

    ConnectRequest request()
    {
        ConnectRequest r;
        r.issuer = issuer();
        r.clientId = SandboxProvider::publicClientId();
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
            QStringLiteral("offline_access"), QStringLiteral("contacts.read")};
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

    Result<QString> connectAndWait(
        const ConnectRequest &r, const QByteArray &browserMode = "approve", QUrl *authorizationUrl = nullptr)
    {
        return m_fx.connectAndWait(r, browserMode, [authorizationUrl](ConnectAttempt *attempt) {
            if (authorizationUrl)
                QObject::connect(attempt, &ConnectAttempt::authorizationUrlReady, attempt,
                    [authorizationUrl](const QUrl &url) { *authorizationUrl = url; });
        });
    }
    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }
    Error refresh(const QString &id) { return m_fx.refresh(id); }
    ApiResponse get(const QString &id, const QString &path) { return m_fx.get(id, issuer() + path); }

    Result<QJsonObject> introspect(const QString &id, bool refreshToken)
    {
        std::optional<Result<QJsonObject>> result;
        service().introspect(id, refreshToken, this, [&](const Result<QJsonObject> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error::make(QStringLiteral("test_timeout"), QStringLiteral("introspection did not end"));
        return *result;
    }

    // What the provider says of a token, asked behind Keyway's back (RFC 7662 with the confidential client).
    bool activeAtProvider(const QByteArray &token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(issuer() + QStringLiteral("/introspect")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        req.setRawHeader("Authorization",
            "Basic "
                + (SandboxProvider::confidentialClientId() + QLatin1Char(':') + SandboxProvider::confidentialClientSecret())
                      .toUtf8()
                      .toBase64());
        QNetworkReply *reply = nam.post(req, "token=" + token.toPercentEncoding());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const bool active = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("active")).toBool();
        delete reply;
        return active;
    }

    QStringList steps(const QString &id) const { return m_fx.steps(id); }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        if (test::nodeProgram().isEmpty())
            QSKIP("node is not installed");
        if (!QFile::exists(test::peersDir() + QStringLiteral("/node_modules")))
            QSKIP("run npm ci in tests/peers first");
        m_sandbox = std::make_unique<SandboxServer>();
        const Error error = m_sandbox->start(0);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(m_sandbox->port() != SandboxServer::kDefaultPort);
        m_sandbox->setDeviceInterval(std::chrono::seconds(1));

        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-sandbox-flows")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        qunsetenv("KEYWAY_TEST_LOGIN");
        m_fx.close();
        m_sandbox.reset();
    }

    void authorizationCodeWithPkceAndOpenIdConnect()
    {
        qputenv("KEYWAY_TEST_LOGIN", "alice");
        QUrl authorizationUrl;
        const auto connected = connectAndWait(request(), "approve", &authorizationUrl);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // RFC 7636 §4.3 and OpenID Connect Core §3.1.2.1: S256 challenge, state and nonce on the request.
        const QUrlQuery query(authorizationUrl);
        QCOMPARE(authorizationUrl.toString(QUrl::RemoveQuery), issuer() + QStringLiteral("/authorize"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!query.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
        QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
        QVERIFY(!query.queryItemValue(QStringLiteral("nonce")).isEmpty());
        const auto record = service().connection(id);
        QVERIFY(record);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        // The account the user typed on the sandbox's sign-in page, resolved from the verified id_token.
        QCOMPARE(record->accountSubject, QStringLiteral("alice"));
        QVERIFY2(record->accountLabel.contains(QLatin1String("alice")), qPrintable(record->accountLabel));
        QVERIFY(record->expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(record->grantedScopes.contains(QStringLiteral("contacts.read")));

        const StoredCredentials c = credentials(id);
        QVERIFY(!c.tokens.accessToken.isEmpty());
        QVERIFY(!c.tokens.refreshToken.isEmpty());
        QVERIFY(!c.tokens.idToken.isEmpty());
        const QStringList list = steps(id);
        for (const char *step : {"discovery:ok", "listener:ok", "authorize_url:ok", "browser:ok", "callback:info",
                 "token_exchange:ok", "id_token:ok", "connected:ok"})
            QVERIFY2(list.contains(QLatin1String(step)), qPrintable(list.join(QLatin1Char(','))));
    }

    void otherAccountIsResolved()
    {
        qputenv("KEYWAY_TEST_LOGIN", "bob.smith");
        const auto connected = connectAndWait(request());
        qputenv("KEYWAY_TEST_LOGIN", "alice");
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(service().connection(id)->accountSubject, QStringLiteral("bob.smith"));
        credentials(id);
    }

    void demoApiAnswersJson()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        QCOMPARE(response.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QVERIFY2(!body.value(QStringLiteral("contacts")).toArray().isEmpty(), response.body.constData());
        QVERIFY(!response.refreshedAndRetried);
        // userinfo, like oidc-provider's /me.
        const ApiResponse me = get(id, QStringLiteral("/userinfo"));
        QCOMPARE(me.status, 200);
        QCOMPARE(QJsonDocument::fromJson(me.body).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        // A scope that was not granted: 403 as a real API answers, and no refresh is attempted for it.
        const ApiResponse events = get(id, QStringLiteral("/api/events"));
        QCOMPARE(events.status, 403);
        QVERIFY(!events.refreshedAndRetried);
        QCOMPARE(service().history(id).size(), 3);
    }

    void refreshRotatesAndPersists()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials before = credentials(id);
        QCOMPARE(refresh(id).toString(), QString());
        const StoredCredentials after = credentials(id);
        QVERIFY(after.tokens.accessToken != before.tokens.accessToken);
        QVERIFY(after.tokens.refreshToken != before.tokens.refreshToken); // rotation
        QVERIFY(!activeAtProvider(before.tokens.refreshToken));
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
        // The rotated token works in turn.
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(get(id, QStringLiteral("/api/contacts")).status, 200);
    }

    void concurrentRefreshesShareOneRequest()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        int finished = 0;
        QList<Error> errors;
        for (int i = 0; i < 5; ++i)
            service().refresh(id, this, [&](const Error &e) {
                errors << e;
                ++finished;
            });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 30000);
        for (const Error &e : std::as_const(errors))
            QCOMPARE(e.toString(), QString());
        // Had the rotating token been sent twice, the sandbox would have revoked the grant (RFC 9700 §4.14.2).
        QCOMPARE(refresh(id).toString(), QString());
    }

    void unauthorizedLeadsToOneRefreshAndRetry()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // The provider stops accepting the stored access token while Keyway still thinks it valid.
        StoredCredentials c = credentials(id);
        c.tokens.accessToken = "not-a-token-the-sandbox-knows-1234567890";
        bool written = false;
        m_fx.core().secrets().write(QStringLiteral("connection/") + id, c.toBytes(), [&](const Error &) { written = true; });
        QTRY_VERIFY(written);
        const ApiResponse response = get(id, QStringLiteral("/api/contacts"));
        QVERIFY2(response.status == 200, qPrintable(response.error.toString()));
        QVERIFY(response.refreshedAndRetried);
        QVERIFY2(
            steps(id).join(QLatin1Char(',')).contains(QLatin1String("api_401:")), qPrintable(steps(id).join(QLatin1Char(','))));
        QVERIFY(!QJsonDocument::fromJson(response.body).object().value(QStringLiteral("contacts")).toArray().isEmpty());
    }

    void introspectionSaysActive()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const Result<QJsonObject> access = introspect(id, false);
        QVERIFY2(access, qPrintable(access ? QString() : access.error().toString()));
        QCOMPARE(access.value().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(access.value().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        QCOMPARE(access.value().value(QStringLiteral("client_id")).toString(), SandboxProvider::publicClientId());
        const Result<QJsonObject> refreshToken = introspect(id, true);
        QVERIFY2(refreshToken, qPrintable(refreshToken ? QString() : refreshToken.error().toString()));
        QCOMPARE(refreshToken.value().value(QStringLiteral("active")).toBool(), true);
    }

    void disconnectRevokesAtTheProvider()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials c = credentials(id);
        QVERIFY(activeAtProvider(c.tokens.accessToken));
        Error error;
        bool done = false;
        service().disconnect(id, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.toString(), QString());
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Revoked);
        QVERIFY(steps(id).contains(QStringLiteral("revoke:ok")));
        // RFC 7009 §2.1: revoking the refresh token ends the grant and its access tokens with it.
        QVERIFY(!activeAtProvider(c.tokens.refreshToken));
        QVERIFY(!activeAtProvider(c.tokens.accessToken));
        bool read = false;
        Error readError;
        m_fx.core().secrets().read(QStringLiteral("connection/") + id, [&](const QByteArray &, const Error &e) {
            readError = e;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(readError.code, QStringLiteral("not_found"));
    }

    void userDeniesConsent()
    {
        const int before = service().connections().size();
        const auto connected = connectAndWait(request(), "deny");
        QCOMPARE(test::failureCode(connected), QStringLiteral("access_denied"));
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(service().connections().size(), before);
    }

    // Issue 15 point 5: a response with another state is refused (400) and the sign-in keeps waiting for its own,
    // so stray responses before the real one change nothing.
    void strayResponsesDoNotEndTheSignIn()
    {
        const auto connected = connectAndWait(request(), "stray-first");
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
    }

    void clientCredentials()
    {
        ConnectRequest r;
        r.issuer = issuer();
        r.authMode = QStringLiteral("oauth2_client_credentials");
        r.clientId = SandboxProvider::confidentialClientId();
        r.clientSecret = SandboxProvider::confidentialClientSecret().toUtf8();
        r.scopes = {QStringLiteral("contacts.read"), QStringLiteral("calendar.read")};
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
        QCOMPARE(service().connection(id)->authMode, QStringLiteral("oauth2_client_credentials"));
        const StoredCredentials c = credentials(id);
        QVERIFY(!c.tokens.accessToken.isEmpty());
        QVERIFY(c.tokens.refreshToken.isEmpty()); // RFC 6749 §4.4.3
        const ApiResponse events = get(id, QStringLiteral("/api/events"));
        QCOMPARE(events.status, 200);
        QVERIFY(QJsonDocument::fromJson(events.body).object().contains(QStringLiteral("events")));
        // Renewing asks again with the client's credentials.
        QCOMPARE(refresh(id).toString(), QString());
        QVERIFY(credentials(id).tokens.accessToken != c.tokens.accessToken);
        const Result<QJsonObject> introspection = introspect(id, false);
        QVERIFY2(introspection, qPrintable(introspection ? QString() : introspection.error().toString()));
        QCOMPARE(introspection.value().value(QStringLiteral("active")).toBool(), true);
    }

    void clientCredentialsWithAWrongSecretFail()
    {
        ConnectRequest r;
        r.issuer = issuer();
        r.authMode = QStringLiteral("oauth2_client_credentials");
        r.clientId = SandboxProvider::confidentialClientId();
        r.clientSecret = "not-the-secret";
        r.scopes = {QStringLiteral("contacts.read")};
        const auto connected = connectAndWait(r, "approve");
        QCOMPARE(test::failureCode(connected), QStringLiteral("invalid_client"));
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
    }

    void deviceFlow_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QString>("result");
        QTest::newRow("approve") << QByteArray("approve") << QString();
        QTest::newRow("deny") << QByteArray("deny") << QStringLiteral("access_denied");
    }
    void deviceFlow()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, result);
        ConnectRequest r;
        r.issuer = issuer();
        r.authMode = QStringLiteral("device_code");
        r.clientId = SandboxProvider::publicClientId();
        r.scopes = {
            QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access"), QStringLiteral("contacts.read")};
        r.browserCommand = deviceCommand();
        QString userCode;
        const auto connected = m_fx.connectAndWait(r, mode, [&](ConnectAttempt *attempt) {
            connect(attempt, &ConnectAttempt::deviceCodeReady, this, [&](const QString &code) { userCode = code; });
        });
        QVERIFY(!userCode.isEmpty());
        if (!result.isEmpty()) {
            QCOMPARE(test::failureCode(connected), result);
            return;
        }
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto record = service().connection(id);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        QCOMPARE(record->authMode, QStringLiteral("device_code"));
        QCOMPARE(record->accountSubject, QStringLiteral("alice"));
        const QStringList list = steps(id);
        for (const char *step : {"device_authorization:ok", "device_token:ok", "id_token:ok", "connected:ok"})
            QVERIFY2(list.contains(QLatin1String(step)), qPrintable(list.join(QLatin1Char(','))));
        for (const ConnectionEvent &e : service().events(id))
            QVERIFY2(!e.detail.contains(userCode), qPrintable(e.detail));
        const StoredCredentials c = credentials(id);
        QCOMPARE(get(id, QStringLiteral("/api/contacts")).status, 200);
        QCOMPARE(refresh(id).toString(), QString());
        QVERIFY(credentials(id).tokens.refreshToken != c.tokens.refreshToken);
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_fx.seenSecrets().isEmpty());
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFlows)
#include "TestSandboxFlows.moc"
