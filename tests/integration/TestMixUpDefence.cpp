// RFC 9207 / RFC 9700 §4.4: an authorization response whose `iss` names another server than the one Keyway sent
// the user to is a mix-up attack (or a confused provider) and is refused before the code is used. The provider
// is the Keyway Sandbox run as its own process (`keyway sandbox serve`), which can be told to answer the next
// authorization with a wrong iss; the browser is the scripted one from tests/peers.
#include "ConnectAndWait.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "store/MemorySecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestMixUpDefence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_issuer;
    int m_port = 0;
    std::shared_ptr<CoreContext> m_core;

    Result<QString> connect()
    {
        ConnectRequest request;
        request.issuer = m_issuer;
        request.clientId = QStringLiteral("keyway-sandbox");
        request.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
        request.browserCommand = test::scriptedBrowserCommand();
        return test::connectAndWait(m_core->service(), request, 60000);
    }

private slots:
    void initTestCase()
    {
        if (test::nodeProgram().isEmpty())
            QFAIL("node is needed for the scripted browser");
        test::resetTestHome();
        // A port of its own (not 0, whose sandbox keeps its state in memory only): `sandbox fault --port N` from
        // another process switches the fault in that port's store, which the serving sandbox reads on each request.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        m_sandbox.start(QStringLiteral(KEYWAY_EXECUTABLE),
            {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"), port});
        QVERIFY(m_sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        const QJsonObject info = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        m_issuer = info.value(QStringLiteral("issuer")).toString();
        m_port = info.value(QStringLiteral("port")).toInt();
        QVERIFY2(!m_issuer.isEmpty() && m_port > 0, "keyway sandbox serve printed no issuer");

        CoreContext::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("keyway.sqlite"));
        options.secrets = std::make_shared<MemorySecretStore>();
        auto core = CoreContext::open(options);
        QVERIFY2(core, qPrintable(core.error().toString()));
        m_core = core.value();
    }

    void cleanupTestCase()
    {
        m_core.reset();
        m_sandbox.closeWriteChannel();
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    void rightIssuerConnects() { KEYWAY_VERIFY_RESULT(connect()); }

    void wrongIssuerIsRefused()
    {
        QProcess fault;
        fault.start(QStringLiteral(KEYWAY_EXECUTABLE),
            {QStringLiteral("sandbox"), QStringLiteral("fault"), QStringLiteral("wrong-iss"), QStringLiteral("on"),
                QStringLiteral("--port"), QString::number(m_port)});
        QVERIFY(fault.waitForFinished(20000));
        QVERIFY2(fault.exitCode() == 0, fault.readAllStandardError().constData());

        const int before = m_core->service().connections().size();
        const Result<QString> refused = connect();
        QVERIFY(!refused);
        const Error &error = refused.error();
        QCOMPARE(error.code, QStringLiteral("issuer_mismatch"));
        QVERIFY2(error.message.contains(QLatin1String("different server")), qPrintable(error.toString()));
        QVERIFY2(error.detail.contains(QLatin1String("mix-up.example")), qPrintable(error.detail));
        QCOMPARE(m_core->service().connections().size(), before);

        // The fault was for one response: the next sign-in works again.
        KEYWAY_VERIFY_RESULT(connect());
    }

    // Issue 15 point 6, RFC 9207 §2.4: a provider whose metadata says authorization_response_iss_parameter_supported
    // always sends iss, so a response without it (an attacker who strips it, RFC 9700 §4.4) is refused before its
    // code is used. The response is sent to the real listener with this sign-in's own state.
    void missingIssIsRefusedWhenTheProviderPromisesIt()
    {
        ConnectRequest request;
        request.issuer = m_issuer;
        request.clientId = QStringLiteral("keyway-sandbox");
        request.scopes = {QStringLiteral("openid")};
        request.browserCommand = test::scriptedBrowserCommand();
        qputenv("KEYWAY_TEST_BROWSER_MODE", "noop"); // the "user" never signs in; the attacker answers instead
        ConnectAttempt *attempt = m_core->service().connectIntegration(request);
        QUrl authorizationUrl;
        Error error;
        bool done = false;
        QObject::connect(attempt, &ConnectAttempt::authorizationUrlReady, this, [&](const QUrl &url) { authorizationUrl = url; });
        QObject::connect(attempt, &ConnectAttempt::succeeded, this, [&](const QString &) { done = true; });
        QObject::connect(attempt, &ConnectAttempt::failed, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!authorizationUrl.isEmpty(), 30000);
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        const QUrlQuery sent(authorizationUrl);
        QUrl callback(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery forged;
        forged.addQueryItem(QStringLiteral("code"), QStringLiteral("stolen-code"));
        forged.addQueryItem(QStringLiteral("state"), sent.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        callback.setQuery(forged);
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(callback));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        delete reply;
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(error.code, QStringLiteral("issuer_mismatch"));
        QVERIFY2(error.detail.contains(QLatin1String("iss missing")), qPrintable(error.detail));
    }
};

QTEST_GUILESS_MAIN(TestMixUpDefence)
#include "TestMixUpDefence.moc"
