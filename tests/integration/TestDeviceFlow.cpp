// The device authorization grant (RFC 8628) end to end, in process, with the real keychain:
//  - against oidc-provider (device flow on, --device-interval 1) with device.mjs as the user on the other
//    device: approve (through verification_uri_complete, or typing the user code when no browser opens), deny,
//    cancel; the tokens make an authenticated request through the core and refresh;
//  - against a scripted device and token endpoint (LoopbackServer) for what oidc-provider never does:
//    slow_down (+5 s for good), the 5 s default interval, expired_token from the server and the code's own
//    expiry, 5xx back-off, and malformed or dangerous device authorization answers.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/DeviceFlow.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "http/LoopbackServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestDeviceFlow : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::ServiceFixture m_fx;

    // The scripted provider.
    std::unique_ptr<LoopbackServer> m_fake;
    QJsonObject m_deviceAnswer;
    int m_deviceStatus = 200;
    QByteArray m_deviceRaw; // when set, sent as text/html instead of m_deviceAnswer
    QList<QPair<int, QJsonObject>> m_tokenAnswers; // one per poll; the last one repeats
    QList<qint64> m_pollTimes;
    QElapsedTimer m_clock;
    QNetworkAccessManager m_nam;

    ConnectionService &service() { return m_fx.service(); }

    static QString deviceCommand()
    {
        return QStringLiteral("\"%1\" \"%2/device.mjs\"").arg(test::nodeProgram(), test::peersDir());
    }

    ConnectRequest request(const QString &browser)
    {
        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.authMode = QStringLiteral("device_code");
        r.clientId = QStringLiteral("keyway-device");
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        r.browserCommand = browser;
        return r;
    }

    struct DeviceCode
    {
        QString userCode;
        QUrl uri;
        QUrl complete;
        QDateTime expiresAt;
    };

    Result<QString> connectAndWait(
        const ConnectRequest &r, DeviceCode *code = nullptr, std::function<void(ConnectAttempt *)> during = {})
    {
        return m_fx.connectAndWait(r, [code, during](ConnectAttempt *attempt) {
            if (code)
                QObject::connect(attempt, &ConnectAttempt::deviceCodeReady, attempt,
                    [code](const QString &userCode, const QUrl &uri, const QUrl &complete, const QDateTime &expiresAt) {
                        *code = {userCode, uri, complete, expiresAt};
                    });
            if (during)
                during(attempt);
        });
    }

    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }

    QStringList steps(const QString &id) const { return m_fx.steps(id); }

    // A DeviceFlow on the scripted provider, run to its end.
    struct Outcome
    {
        Error error;
        FlowResult result;
        int browserOpened = 0;
        int deviceCodes = 0;
        int interval = 0;
    };
    Outcome runScripted(std::function<void(DeviceFlow &)> during = {}, int timeoutMs = 30000)
    {
        m_pollTimes.clear();
        DeviceFlow::Options options;
        options.config.deviceAuthorizationUrl = m_fake->baseUrl().toString() + QStringLiteral("/device");
        options.config.tokenUrl = m_fake->baseUrl().toString() + QStringLiteral("/token");
        options.config.scopes = {QStringLiteral("read")};
        options.config.clientAuth = ProviderConfig::ClientAuth::None;
        options.client.clientId = QStringLiteral("scripted-device");
        options.openBrowser = false;
        DeviceFlow flow(options, &m_nam, nullptr);
        Outcome outcome;
        bool done = false;
        connect(&flow, &Flow::finished, this, [&](const FlowResult &r) {
            outcome.result = r;
            done = true;
        });
        connect(&flow, &Flow::failed, this, [&](const Error &e) {
            outcome.error = e;
            done = true;
        });
        connect(&flow, &Flow::deviceCodeReady, this, [&] { ++outcome.deviceCodes; });
        m_clock.start();
        flow.start();
        if (during)
            during(flow);
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
            outcome.error = Error::make(QStringLiteral("test_timeout"), QStringLiteral("the flow did not end"));
        outcome.interval = flow.intervalSeconds();
        return outcome;
    }

    static QJsonObject deviceAnswer(int interval = 1, int expiresIn = 600)
    {
        QJsonObject o {{QStringLiteral("device_code"), QStringLiteral("scripted-device-code-0123456789")},
            {QStringLiteral("user_code"), QStringLiteral("WDJB-MJHT")},
            {QStringLiteral("verification_uri"), QStringLiteral("https://example.com/device")},
            {QStringLiteral("verification_uri_complete"), QStringLiteral("https://example.com/device?user_code=WDJB-MJHT")},
            {QStringLiteral("expires_in"), expiresIn}};
        if (interval > 0)
            o.insert(QStringLiteral("interval"), interval);
        return o;
    }
    static QPair<int, QJsonObject> oauthError(const char *code, int status = 400)
    {
        return {status, QJsonObject {{QStringLiteral("error"), QLatin1String(code)}}};
    }
    static QPair<int, QJsonObject> tokens()
    {
        return {200,
            QJsonObject {{QStringLiteral("access_token"), QStringLiteral("scripted-device-access-token")},
                {QStringLiteral("token_type"), QStringLiteral("Bearer")}, {QStringLiteral("expires_in"), 3600}}};
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error
            = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--device-interval"), QStringLiteral("1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_fake = std::make_unique<LoopbackServer>();
        m_fake->setHandler([this](const HttpRequest &req, LoopbackServer::Responder responder) {
            if (req.path == QLatin1String("/device")) {
                if (!m_deviceRaw.isEmpty()) {
                    HttpResponse page(m_deviceStatus);
                    page.setBody(m_deviceRaw, "text/html");
                    responder.respond(page);
                    return;
                }
                responder.respond(HttpResponse::json(m_deviceStatus, QJsonDocument(m_deviceAnswer)));
                return;
            }
            m_pollTimes << m_clock.elapsed();
            const auto answer = m_tokenAnswers.size() > 1 ? m_tokenAnswers.takeFirst()
                                                          : m_tokenAnswers.value(0, oauthError("authorization_pending"));
            responder.respond(HttpResponse::json(answer.first, QJsonDocument(answer.second)));
        });
        const Error listenError = m_fake->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listenError.isNull(), qPrintable(listenError.toString()));

        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-device-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }

    void init()
    {
        m_deviceAnswer = deviceAnswer();
        m_deviceStatus = 200;
        m_deviceRaw.clear();
        m_tokenAnswers.clear();
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_fake.reset();
        m_peer.stop();
    }

    // --- against oidc-provider -------------------------------------------------------------------------------

    void approvedOnTheOtherDevice()
    {
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        DeviceCode code;
        const auto connected = connectAndWait(request(deviceCommand()), &code);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // RFC 8628 §3.3: the code the window shows, and the link that has it filled in.
        QVERIFY(!code.userCode.isEmpty());
        QCOMPARE(code.uri.toString(), m_peer.issuer() + QStringLiteral("/device"));
        QCOMPARE(QUrlQuery(code.complete).queryItemValue(QStringLiteral("user_code")), code.userCode);
        QVERIFY(code.expiresAt > QDateTime::currentDateTimeUtc());

        const auto record = service().connection(id);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        QCOMPARE(record->authMode, QStringLiteral("device_code"));
        QCOMPARE(record->accountLabel, QStringLiteral("alice@example.test"));
        const StoredCredentials c = credentials(id);
        QVERIFY(!c.tokens.accessToken.isEmpty());
        QVERIFY(!c.tokens.refreshToken.isEmpty());
        const QStringList list = steps(id);
        for (const char *step : {"device_authorization:ok", "browser:ok", "device_token:ok", "id_token:ok", "connected:ok"})
            QVERIFY2(list.contains(QLatin1String(step)), qPrintable(list.join(QLatin1Char(','))));
        // The user code and the device code are never in the event log.
        for (const ConnectionEvent &e : service().events(id))
            QVERIFY2(!e.detail.contains(code.userCode), qPrintable(e.detail));

        // An authenticated request through the core, then a refresh (refresh_token grant).
        ApiRequest req;
        req.url = QUrl(m_peer.issuer() + QStringLiteral("/me"));
        ApiCall *call = service().send(id, req);
        ApiResponse response;
        bool done = false;
        connect(call, &ApiCall::finished, this, [&](const ApiResponse &r) {
            response = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(response.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        Error error;
        done = false;
        service().refresh(id, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.toString(), QString());
        QVERIFY(credentials(id).tokens.accessToken != c.tokens.accessToken);
    }

    void userTypesTheCodeWhenNoBrowserOpens()
    {
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        QProcess user;
        bool browserFailed = false;
        const auto connected = connectAndWait(
            request(QStringLiteral("/nonexistent/keyway-test-browser")), nullptr, [&](ConnectAttempt *attempt) {
                connect(attempt, &ConnectAttempt::browserFailed, this, [&] { browserFailed = true; });
                // The user reads the code from the window and types it on the plain verification page.
                connect(attempt, &ConnectAttempt::deviceCodeReady, this, [&](const QString &userCode, const QUrl &uri) {
                    user.start(test::nodeProgram(), {test::peersDir() + QStringLiteral("/device.mjs"), uri.toString(), userCode});
                });
            });
        user.waitForFinished(20000);
        QVERIFY2(connected, qPrintable(test::describe(connected) + QString::fromUtf8(user.readAllStandardError())));
        const QString id = connected.value();
        QVERIFY(browserFailed);
        QCOMPARE(service().connection(id)->accountLabel, QStringLiteral("alice@example.test"));
        credentials(id);
    }

    void deniedOnTheOtherDevice()
    {
        qputenv("KEYWAY_TEST_BROWSER_MODE", "deny");
        const int before = service().connections().size();
        const auto connected = connectAndWait(request(deviceCommand()));
        QCOMPARE(test::failureCode(connected), QStringLiteral("access_denied"));
        const Error &error = connected.error();
        QVERIFY2(error.message.contains(QLatin1String("denied")), qPrintable(error.message));
        QCOMPARE(service().connections().size(), before);
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
    }

    void cancelStopsPolling()
    {
        const auto result = connectAndWait(request(QStringLiteral("true")), nullptr, [](ConnectAttempt *attempt) {
            connect(attempt, &ConnectAttempt::deviceCodeReady, attempt,
                [attempt] { QTimer::singleShot(1500, attempt, &ConnectAttempt::cancel); });
        });
        QCOMPARE(test::failureCode(result), QStringLiteral("cancelled"));
    }

    // --- against the scripted provider ----------------------------------------------------------------------

    void slowDownAddsFiveSeconds()
    {
        m_tokenAnswers = {oauthError("authorization_pending"), oauthError("slow_down"), tokens()};
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.toString(), QString());
        QCOMPARE(outcome.result.tokens.accessToken, QByteArray("scripted-device-access-token"));
        QCOMPARE(outcome.interval, 1 + DeviceFlow::kSlowDownSeconds);
        QCOMPARE(m_pollTimes.size(), 3);
        QVERIFY2(m_pollTimes.at(0) >= 900, qPrintable(QString::number(m_pollTimes.at(0))));
        QVERIFY2(m_pollTimes.at(1) - m_pollTimes.at(0) >= 900 && m_pollTimes.at(1) - m_pollTimes.at(0) < 3000,
            qPrintable(QString::number(m_pollTimes.at(1) - m_pollTimes.at(0))));
        // After slow_down: the interval plus 5 seconds.
        QVERIFY2(
            m_pollTimes.at(2) - m_pollTimes.at(1) >= 5900, qPrintable(QString::number(m_pollTimes.at(2) - m_pollTimes.at(1))));
    }

    void defaultIntervalIsFiveSeconds()
    {
        m_deviceAnswer = deviceAnswer(0); // no "interval"
        m_tokenAnswers = {tokens()};
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.toString(), QString());
        QCOMPARE(outcome.interval, DeviceFlow::kDefaultIntervalSeconds);
        QCOMPARE(m_pollTimes.size(), 1);
        QVERIFY2(m_pollTimes.at(0) >= 4900, qPrintable(QString::number(m_pollTimes.at(0))));
    }

    void serverErrorsBackOff()
    {
        m_tokenAnswers = {oauthError("server_error", 503), tokens()};
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.toString(), QString());
        QCOMPARE(m_pollTimes.size(), 2);
        QVERIFY2(
            m_pollTimes.at(1) - m_pollTimes.at(0) >= 1900, qPrintable(QString::number(m_pollTimes.at(1) - m_pollTimes.at(0))));
    }

    void endings_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired_token") << "expired_token"
                                       << "expired_token"
                                       << "expired";
        QTest::newRow("access_denied") << "access_denied"
                                       << "access_denied"
                                       << "denied";
        QTest::newRow("invalid_grant") << "invalid_grant"
                                       << "invalid_grant"
                                       << "";
    }
    void endings()
    {
        QFETCH(QString, answer);
        QFETCH(QString, code);
        QFETCH(QString, words);
        m_tokenAnswers = {oauthError("authorization_pending"), oauthError(answer.toLatin1().constData())};
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.code, code);
        QVERIFY2(outcome.error.message.contains(words), qPrintable(outcome.error.message));
        const int polls = m_pollTimes.size();
        QCOMPARE(polls, 2);
        QTest::qWait(1500);
        QCOMPARE(m_pollTimes.size(), polls); // polling stopped
    }

    void codeExpiresWithoutApproval()
    {
        m_deviceAnswer = deviceAnswer(1, 2);
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.code, QStringLiteral("expired_token"));
        QVERIFY(!outcome.error.message.isEmpty());
        QVERIFY(m_pollTimes.size() >= 1 && m_pollTimes.size() <= 3);
    }

    void cancelIsImmediate()
    {
        const Outcome outcome = runScripted([](DeviceFlow &flow) { QTimer::singleShot(1500, &flow, &DeviceFlow::cancel); });
        QCOMPARE(outcome.error.code, QStringLiteral("cancelled"));
        const int polls = m_pollTimes.size();
        QTest::qWait(1500);
        QCOMPARE(m_pollTimes.size(), polls);
    }

    void badDeviceAnswers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("javascript: verification_uri")
            << "verification_uri" << QJsonValue(QStringLiteral("javascript:alert(1)")) << "invalid_device_response";
        QTest::newRow("file: verification_uri")
            << "verification_uri" << QJsonValue(QStringLiteral("file:///etc/passwd")) << "invalid_device_response";
        QTest::newRow("plain http elsewhere")
            << "verification_uri" << QJsonValue(QStringLiteral("http://evil.example/device")) << "invalid_device_response";
        QTest::newRow("no device_code") << "device_code" << QJsonValue() << "invalid_device_response";
        QTest::newRow("no user_code") << "user_code" << QJsonValue() << "invalid_device_response";
        QTest::newRow("huge user_code") << "user_code" << QJsonValue(QString(500, QLatin1Char('A'))) << "invalid_device_response";
        QTest::newRow("control characters in user_code")
            << "user_code" << QJsonValue(QStringLiteral("AB\nCD")) << "invalid_device_response";
    }
    void badDeviceAnswers()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        if (value.isNull())
            m_deviceAnswer.remove(field);
        else
            m_deviceAnswer.insert(field, value);
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.code, code);
        QVERIFY(!outcome.error.message.isEmpty());
        QCOMPARE(outcome.deviceCodes, 0);
        QVERIFY(m_pollTimes.isEmpty());
    }

    void unsafeCompleteUriIsIgnored()
    {
        m_deviceAnswer.insert(QStringLiteral("verification_uri_complete"), QStringLiteral("javascript:alert(1)"));
        m_tokenAnswers = {tokens()};
        QUrl shown;
        const Outcome outcome = runScripted([&](DeviceFlow &flow) {
            connect(&flow, &Flow::deviceCodeReady, this,
                [&](const QString &, const QUrl &, const QUrl &complete) { shown = complete; });
        });
        QCOMPARE(outcome.error.toString(), QString());
        QCOMPARE(outcome.deviceCodes, 1);
    }

    void googleVerificationUrl()
    {
        // Google's device endpoint says "verification_url".
        m_deviceAnswer.insert(QStringLiteral("verification_url"), m_deviceAnswer.take(QStringLiteral("verification_uri")));
        m_deviceAnswer.remove(QStringLiteral("verification_uri_complete"));
        m_tokenAnswers = {tokens()};
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.toString(), QString());
    }

    void errorsFromTheDeviceEndpoint_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("code");
        QTest::newRow("invalid_client") << 401 << QByteArray() << "invalid_client";
        QTest::newRow("web page") << 200 << QByteArray("<html><body>Sign in</body></html>") << "html_response";
        QTest::newRow("server error") << 502 << QByteArray() << "server_error";
    }
    void errorsFromTheDeviceEndpoint()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, raw);
        QFETCH(QString, code);
        m_deviceStatus = status;
        m_deviceRaw = raw;
        if (raw.isEmpty())
            m_deviceAnswer = QJsonObject {
                {QStringLiteral("error"), status == 401 ? QStringLiteral("invalid_client") : QStringLiteral("bad_gateway")}};
        const Outcome outcome = runScripted();
        QCOMPARE(outcome.error.code, code);
        QVERIFY(!outcome.error.message.isEmpty());
        QVERIFY(m_pollTimes.isEmpty());
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_fx.seenSecrets().isEmpty());
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "TestDeviceFlow.moc"
