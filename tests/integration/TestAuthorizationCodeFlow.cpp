// The authorization code flow end to end, in process, against a real OpenID Provider (oidc-provider on
// loopback), a scripted browser that logs in and consents over HTTP, and the real Secret Service.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/TokenSet.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "store/SecretStore.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestAuthorizationCodeFlow : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::ServiceFixture m_fx;

    ConnectionService &service() { return m_fx.service(); }

    ConnectRequest request(const QString &clientId = QStringLiteral("keyway-native"), const QByteArray &secret = {})
    {
        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.clientId = clientId;
        r.clientSecret = secret;
        r.scopes
            = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"), QStringLiteral("offline_access")};
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

    Result<QString> connectAndWait(
        const ConnectRequest &r, const QByteArray &browserMode = "approve", std::function<void(ConnectAttempt *)> during = {})
    {
        return m_fx.connectAndWait(r, browserMode, during);
    }
    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }
    Error refresh(const QString &id) { return m_fx.refresh(id); }
    ApiResponse get(const QString &id, const QString &url) { return m_fx.get(id, url); }

    // RFC 7009 at the provider, behind Keyway's back (what a user revoking access in the provider's UI does).
    int revokeAtProvider(const QByteArray &token, const QString &hint)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_peer.issuer() + QStringLiteral("/token/revocation")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(token));
        form.addQueryItem(QStringLiteral("token_type_hint"), hint);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("keyway-native"));
        QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-flow-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_peer.stop();
    }

    void publicClientWithPkceAndOpenIdConnect()
    {
        QSignalSpy urls(&service(), &ConnectionService::connectionAdded);
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto record = service().connection(id);
        QVERIFY(record);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        QCOMPARE(record->accountLabel, QStringLiteral("alice@example.test"));
        QCOMPARE(record->accountSubject, QStringLiteral("alice"));
        QVERIFY(record->expiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(record->grantedScopes.contains(QStringLiteral("openid")));
        QCOMPARE(urls.count(), 1);

        const StoredCredentials c = credentials(id);
        QVERIFY(!c.tokens.accessToken.isEmpty());
        QVERIFY(!c.tokens.refreshToken.isEmpty());
        QVERIFY(!c.tokens.idToken.isEmpty());

        QStringList steps;
        for (const ConnectionEvent &e : service().events(id))
            steps << e.step;
        for (const char *step : {"listener", "authorize_url", "browser", "callback", "token_exchange", "connected"})
            QVERIFY2(steps.contains(QLatin1String(step)), qPrintable(steps.join(QLatin1Char(','))));
    }

    void confidentialClients_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("method");
        QTest::newRow("client_secret_basic") << "keyway-basic" << QByteArray("basic-secret") << "client_secret_basic";
        QTest::newRow("client_secret_post") << "keyway-post" << QByteArray("post-secret") << "client_secret_post";
    }
    void confidentialClients()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(QString, method);
        ConnectRequest r = request(clientId, secret);
        r.clientAuthMethod = method;
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        m_fx.seenSecrets() << secret;
        QCOMPARE(credentials(id).client.clientSecret, secret);
    }

    void requestReachesUserinfo()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const ApiResponse response = get(id, m_peer.issuer() + QStringLiteral("/me"));
        QCOMPARE(response.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        QVERIFY(!response.refreshedAndRetried);
        QCOMPARE(service().history(id).size(), 1);
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
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
        // The rotated token works; the old one would have revoked the grant (RFC 9700 §4.14.2).
        QCOMPARE(refresh(id).toString(), QString());
    }

    void concurrentRefreshesShareOneRequest()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray firstRefreshToken = credentials(id).tokens.refreshToken;
        int finished = 0;
        QList<Error> errors;
        for (int i = 0; i < 5; ++i)
            service().refresh(id, this, [&](const Error &e) {
                errors << e;
                ++finished;
            });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 30000);
        for (const Error &e : errors)
            QCOMPARE(e.toString(), QString());
        int refreshEvents = 0;
        for (const ConnectionEvent &e : service().events(id))
            refreshEvents += (e.step == QLatin1String("refresh") && e.outcome == QLatin1String("ok"));
        QCOMPARE(refreshEvents, 1);
        QVERIFY(credentials(id).tokens.refreshToken != firstRefreshToken);
        // Had the rotating token been sent twice, the provider would have revoked the grant by now.
        QCOMPARE(refresh(id).toString(), QString());
    }

    void unauthorizedLeadsToOneRefreshAndRetry()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // The provider stops accepting the stored access token while Keyway still thinks it valid. (Revoking it at
        // oidc-provider would end the whole grant, so the stored token is replaced by one the provider never issued.)
        StoredCredentials c = credentials(id);
        c.tokens.accessToken = "not-a-token-the-provider-knows-1234567890";
        bool written = false;
        m_fx.core().secrets().write(QStringLiteral("connection/") + id, c.toBytes(), [&](const Error &) { written = true; });
        QTRY_VERIFY(written);
        const ApiResponse response = get(id, m_peer.issuer() + QStringLiteral("/me"));
        QVERIFY2(response.status == 200, qPrintable(response.error.toString()));
        QVERIFY(response.refreshedAndRetried);
        bool saw401 = false;
        for (const ConnectionEvent &e : service().events(id))
            saw401 = saw401 || e.step == QLatin1String("api_401");
        QVERIFY(saw401);
    }

    void invalidGrantNeedsReauthorization()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QSignalSpy reauth(&service(), &ConnectionService::needsReauthorization);
        QCOMPARE(revokeAtProvider(credentials(id).tokens.refreshToken, QStringLiteral("refresh_token")), 200);
        const Error error = refresh(id);
        QCOMPARE(error.code, QStringLiteral("invalid_grant"));
        QCOMPARE(service().connection(id)->status, ConnectionStatus::NeedsReauthorization);
        QCOMPARE(reauth.count(), 1);

        // Reconnecting in place brings it back.
        ConnectRequest again = request();
        again.reconnectId = id;
        QCOMPARE(test::describe(connectAndWait(again)), id);
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
    }

    void disconnectRevokesAndDeletesSecrets()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials c = credentials(id);
        Error error;
        bool done = false;
        service().disconnect(id, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.toString(), QString());
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Revoked);
        bool read = false;
        Error readError;
        m_fx.core().secrets().read(QStringLiteral("connection/") + id, [&](const QByteArray &, const Error &e) {
            readError = e;
            read = true;
        });
        QTRY_VERIFY(read);
        QCOMPARE(readError.code, QStringLiteral("not_found"));
        // The provider no longer accepts the access token.
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_peer.issuer() + QStringLiteral("/me")));
        req.setRawHeader("Authorization", "Bearer " + c.tokens.accessToken);
        QNetworkReply *reply = nam.get(req);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        delete reply;
    }

    void badCallbacksEndTheFlow_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QString>("code");
        QTest::newRow("user denies") << QByteArray("deny") << "access_denied";
    }
    void badCallbacksEndTheFlow()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, code);
        const int before = service().connections().size();
        const auto connected = connectAndWait(request(), mode);
        QCOMPARE(test::failureCode(connected), code);
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(service().connections().size(), before); // nothing half-made is left
    }

    // Issue 15 point 5: a response whose state is missing or not ours is not this sign-in's (any web page can send
    // one to the port). It is answered 400 and ignored; the flow keeps waiting for its own response.
    void strayResponsesDoNotEndTheSignIn()
    {
        // error=access_denied without a state, then with a wrong one, then the provider's real response.
        const auto connected = connectAndWait(request(), "stray-first");
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
    }

    void onlyResponsesOfAnotherSignInEndInTheTimeout_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::newRow("tampered state") << QByteArray("tamper-state");
        QTest::newRow("missing state") << QByteArray("drop-state");
    }
    void onlyResponsesOfAnotherSignInEndInTheTimeout()
    {
        QFETCH(QByteArray, mode);
        ConnectionService::Settings settings = service().settings();
        settings.callbackTimeoutSeconds = 4;
        service().setSettings(settings);
        const int before = service().connections().size();
        const auto connected = connectAndWait(request(), mode);
        const Error &error = connected.error();
        settings.callbackTimeoutSeconds = 300;
        service().setSettings(settings);
        QCOMPARE(test::failureCode(connected), QStringLiteral("timeout"));
        QVERIFY2(error.message.contains(QStringLiteral("1 response(s) that did not belong to this sign-in")),
            qPrintable(error.message));
        QCOMPARE(service().connections().size(), before); // nothing half-made is left
    }

    void timeoutEndsTheWait()
    {
        ConnectionService::Settings settings = service().settings();
        settings.callbackTimeoutSeconds = 2;
        service().setSettings(settings);
        QCOMPARE(test::failureCode(connectAndWait(request(), "noop")), QStringLiteral("timeout"));
        settings.callbackTimeoutSeconds = 300;
        service().setSettings(settings);
    }

    void cancelEndsTheWait()
    {
        const auto result = connectAndWait(request(), "noop", [](ConnectAttempt *attempt) {
            connect(attempt, &ConnectAttempt::authorizationUrlReady, attempt,
                [attempt] { QTimer::singleShot(200, attempt, &ConnectAttempt::cancel); });
        });
        QCOMPARE(test::failureCode(result), QStringLiteral("cancelled"));
    }

    // A cancel that arrives before the flow has even started is not lost.
    void cancelBeforeTheFlowStarts()
    {
        ConnectAttempt *attempt = service().connectIntegration(request());
        Error error;
        bool done = false;
        connect(attempt, &ConnectAttempt::failed, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        connect(attempt, &ConnectAttempt::succeeded, this, [&] { done = true; });
        attempt->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.code, QStringLiteral("cancelled"));
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_fx.seenSecrets().isEmpty());
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationCodeFlow)
#include "TestAuthorizationCodeFlow.moc"
