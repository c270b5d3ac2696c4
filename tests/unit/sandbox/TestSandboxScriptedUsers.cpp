// The scripted users of tests/peers (browser.mjs for the authorization code flow, device.mjs for the device
// flow) drive the sandbox's pages exactly as they drive oidc-provider, so Keyway's flow tests can run unchanged
// against both providers. Skipped where Node.js or the peers' node_modules are missing.
#include "ResultChecks.h"
#include "SandboxTestClient.h"

#include "http/CallbackListener.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxScriptedUsers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_node;

    // Runs a peer script; returns its exit code (-1 if it did not finish), its stderr in `log`.
    int runPeer(const QString &script, const QStringList &args, const QString &mode, QString *log)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEYWAY_TEST_BROWSER_MODE"_s, mode);
        env.insert(u"KEYWAY_TEST_LOGIN"_s, u"scripted"_s);
        process.setProcessEnvironment(env);
        process.start(m_node, QStringList {QStringLiteral(KEYWAY_PEERS_DIR "/") + script} + args);
        if (!process.waitForStarted(10000))
            return -1;
        // The sandbox lives on this thread: keep its event loop turning while the script talks to it.
        QDeadlineTimer deadline(30000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(2000);
            return -1;
        }
        *log = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(u"node"_s);
        if (m_node.isEmpty())
            QSKIP("node is not installed");
        if (!QFile::exists(QStringLiteral(KEYWAY_PEERS_DIR "/node_modules")))
            QSKIP("run npm ci in tests/peers first");
        m_server = startSandbox();
        m_server->setDeviceInterval(std::chrono::seconds(1));
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void browserApprovesAndDenies_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("approve") << u"approve"_s;
        QTest::newRow("deny") << u"deny"_s;
    }

    void browserApprovesAndDenies()
    {
        QFETCH(QString, mode);
        CallbackListener listener;
        std::optional<QUrlQuery> callback;
        connect(&listener, &CallbackListener::callbackReceived, this, [&](const QUrlQuery &q) { callback = q; });
        KEYWAY_VERIFY_NO_ERROR(listener.start());

        Authorization a;
        a.redirectUri = listener.redirectUri().toString();
        const QString url
            = m_client->url(u"/authorize?"_s).toString() + QString::fromLatin1(formEncode(m_client->authorizeParams(a)));
        QString log;
        QVERIFY2(runPeer(u"browser.mjs"_s, {url}, mode, &log) == 0, qPrintable(log));
        QTRY_VERIFY(callback.has_value());
        QCOMPARE(callback->queryItemValue(u"state"_s, QUrl::FullyDecoded), a.state);
        QCOMPARE(callback->queryItemValue(u"iss"_s, QUrl::FullyDecoded), m_server->issuer());
        if (mode == u"deny"_s) {
            QCOMPARE(callback->queryItemValue(u"error"_s), u"access_denied"_s);
            return;
        }
        const QString code = callback->queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const HttpReply token = m_client->exchangeCode(code, a);
        QCOMPARE(token.status, 200);
        QCOMPARE(m_client->api("GET", u"/userinfo"_s, token.json().value(u"access_token"_s).toString())
                     .json()
                     .value(u"sub"_s)
                     .toString(),
            u"scripted"_s);
    }

    void deviceUserApprovesAndDenies_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("complete"); // verification_uri_complete, or the plain URI and the code
        QTest::newRow("approve") << u"approve"_s << false;
        QTest::newRow("approve complete") << u"approve"_s << true;
        QTest::newRow("deny") << u"deny"_s << false;
    }

    void deviceUserApprovesAndDenies()
    {
        QFETCH(QString, mode);
        QFETCH(bool, complete);
        const QJsonObject d
            = m_client->postForm(u"/device"_s, {{u"client_id"_s, u"keyway-sandbox"_s}, {u"scope"_s, u"openid profile"_s}}).json();
        const QStringList args = complete
            ? QStringList {d.value(u"verification_uri_complete"_s).toString()}
            : QStringList {d.value(u"verification_uri"_s).toString(), d.value(u"user_code"_s).toString()};
        QString log;
        QVERIFY2(runPeer(u"device.mjs"_s, args, mode, &log) == 0, qPrintable(log));
        QTest::qWait(1100);
        const HttpReply poll = m_client->postForm(u"/token"_s,
            {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                {u"device_code"_s, d.value(u"device_code"_s).toString()}, {u"client_id"_s, u"keyway-sandbox"_s}});
        if (mode == u"deny"_s) {
            QCOMPARE(poll.error(), u"access_denied"_s);
        } else {
            QCOMPARE(poll.status, 200);
            QVERIFY(poll.json().contains(u"id_token"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxScriptedUsers)
#include "TestSandboxScriptedUsers.moc"
