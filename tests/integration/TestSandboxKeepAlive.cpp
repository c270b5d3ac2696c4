// Issue 23: `keyway keep-alive` from the command line, one process per step as a systemd timer runs it: one line per
// connection with a refresh token, the renewal of one that would lapse unused, exit 0 while nothing needs the user
// and 1 once a grant is gone; bad options are usage errors (2). The provider is the Keyway Sandbox's "expiring
// refresh tokens" personality served by this test on a free port, its refresh tokens dying after 4 s unused; the
// command line reaches it through a custom integration declaring the same lifetime.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestSandboxKeepAlive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;

    // One `keyway` process to its end, this process's event loop running meanwhile: the sandbox it talks to is here.
    test::KeywayRun keyway(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEYWAY_BROWSER"_s, test::scriptedBrowserCommand());
        env.insert(u"KEYWAY_TEST_BROWSER_MODE"_s, u"approve"_s);
        env.insert(u"KEYWAY_TEST_LOGIN"_s, u"qa"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KEYWAY_EXECUTABLE), args);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
        }
        test::KeywayRun run;
        run.crashed = p.exitStatus() == QProcess::CrashExit;
        run.code = run.crashed ? -1 : p.exitCode();
        run.out = p.readAllStandardOutput();
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        if (test::nodeProgram().isEmpty())
            QSKIP("node is needed for the scripted browser");
        qputenv("KEYWAY_TEST_LOGIN", "qa");
        m_sandbox = std::make_unique<SandboxServer>();
        const Error error = m_sandbox->start(0);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        m_sandbox->setRefreshLifetimes(std::chrono::seconds(4), std::chrono::hours(1));

        QFile entry(u":/integrations/keyway-sandbox-expiring-refresh.json"_s);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QByteArray text = entry.readAll();
        text.replace("http://127.0.0.1:47231", m_sandbox->issuer().toUtf8());
        QJsonObject document = QJsonDocument::fromJson(text).object();
        document.remove(u"embedded_provider"_s);
        document.insert(u"id"_s, u"keeper-sandbox"_s);
        document.insert(u"name"_s, u"Keeper Sandbox"_s);
        QJsonObject oauth = document.value(u"oauth"_s).toObject();
        QJsonObject refresh = oauth.value(u"refresh_token"_s).toObject();
        refresh.insert(u"idle_lifetime_seconds"_s, 4);
        refresh.insert(u"absolute_lifetime_seconds"_s, 8); // declared only: the warning shows from 4 s on
        oauth.insert(u"refresh_token"_s, refresh);
        document.insert(u"oauth"_s, oauth);
        const QString path = m_dir.filePath(u"keeper-sandbox.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        file.close();
        const test::KeywayRun imported = keyway({u"integrations"_s, u"import"_s, path});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_LOGIN");
        m_sandbox.reset();
    }

    void nothingToKeepSaysSo()
    {
        const test::KeywayRun run = keyway({u"keep-alive"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"no connection holds a refresh token"_s), qPrintable(run.err));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("negative margin") << QStringList {u"--margin-days"_s, u"-1"_s};
        QTest::newRow("margin not a number") << QStringList {u"--margin-days"_s, u"three"_s};
        QTest::newRow("warning beyond ten years") << QStringList {u"--warn-days"_s, u"3651"_s};
    }
    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const test::KeywayRun run = keyway(QStringList {u"keep-alive"_s} + args);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith(u"keyway keep-alive: "_s), qPrintable(run.err));
    }

    void renewsWhatWouldLapseThenReportsAGrantGone()
    {
        const test::KeywayRun connect = keyway({u"connect"_s, u"keeper-sandbox"_s});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        QVERIFY(!id.isEmpty());
        QElapsedTimer sinceConnect;
        sinceConnect.start();

        // The honest list: when each token stops working, and that it was never renewed.
        const test::KeywayRun listed = keyway({u"connections"_s});
        QCOMPARE(listed.code, 0);
        const QStringList rows = QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(1).contains(u"access token expires "_s) && rows.at(1).contains(u"refresh token lapses "_s)
                && rows.at(1).contains(u"if unused, grant ends "_s) && rows.at(1).contains(u"never refreshed"_s)
                && !rows.at(1).contains(u"Reconnect"_s),
            qPrintable(rows.at(1)));
        const QJsonObject json = QJsonDocument::fromJson(keyway({u"connections"_s, u"--json"_s}).out).array().at(0).toObject();
        QVERIFY2(json.value(u"refresh_token_expires_at"_s).isString() && json.value(u"grant_expires_at"_s).isString()
                && json.value(u"refreshed_at"_s).isNull() && json.value(u"reconnect_before"_s).isNull(),
            QJsonDocument(json).toJson().constData());

        // Past half its idle lifetime (the margin for a lifetime this short), the keeper renews it.
        QTRY_VERIFY_WITH_TIMEOUT(sinceConnect.elapsed() >= 2100, 5000);
        const test::KeywayRun kept = keyway({u"keep-alive"_s});
        QVERIFY2(kept.code == 0, qPrintable(kept.err + QString::fromUtf8(kept.out)));
        const QStringList lines = QString::fromUtf8(kept.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(id.left(8)), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(u" renewed "_s), qPrintable(lines.first()));

        // The grant ended at the provider meanwhile: the next renewal meets invalid_grant and the keeper needs the user.
        QElapsedTimer sinceRenewal;
        sinceRenewal.start();
        QVERIFY(m_sandbox->setFaultValue(SandboxFaults::Fault::RefreshInvalidGrant, 1).isNull());
        // (More than RefreshPolicy::kForcedCoalesceMs later: a renewal by another process a moment ago would stand.)
        QTRY_VERIFY_WITH_TIMEOUT(sinceRenewal.elapsed() >= 2100, 5000);
        // In the grant's second half: the list says to reconnect before it ends, and when it was last renewed.
        const test::KeywayRun warned = keyway({u"connections"_s});
        const QString detail = QString::fromUtf8(warned.out).split(u'\n', Qt::SkipEmptyParts).value(1);
        QVERIFY2(
            detail.contains(u"last refreshed "_s) && detail.contains(u"Reconnect Keeper Sandbox before "_s), qPrintable(detail));

        const test::KeywayRun gone = keyway({u"keep-alive"_s});
        QVERIFY2(gone.code == 1, qPrintable(gone.err + QString::fromUtf8(gone.out)));
        QVERIFY2(QString::fromUtf8(gone.out).contains(u" needs you "_s), gone.out.constData());
        QVERIFY2(QString::fromUtf8(gone.out).contains(u"keyway connect --reconnect "_s + id), gone.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxKeepAlive)
#include "TestSandboxKeepAlive.moc"
