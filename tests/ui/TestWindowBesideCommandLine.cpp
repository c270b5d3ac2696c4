// Issue 25: the real window renews the tokens it uses while command-line processes force renewals of the same
// connection, against a real OpenID Provider (oidc-provider) that rotates refresh tokens on every use and revokes
// the whole grant when a spent one comes back (RFC 9700 §4.14.2). The window is the one users run: MainWindow with
// the settings it starts with (automatic refresh on), over the same database and keychain as the `keyway` processes.
// Its request console calls the provider's userinfo every half second, so the window's own scheduler renews the
// 6-second tokens ahead of time; meanwhile, again and again, two `keyway token ID --refresh` start at the moment the
// user presses the window's Refresh now, and the provider takes 400 ms to answer a refresh: without one lock across
// processes, two of them would present the same refresh token. Nobody may spend a
// refresh token twice: no process fails, every console call answers 200, the provider sees no reuse and revokes no
// grant, and the window shows the tokens the command line stored without a restart.
#include "MainWindow.h"
#include "PeerProcess.h"
#include "ProviderCounters.h"
#include "TestSupport.h"

#include "common/Redactor.h"
#include "connection/ConnectionPage.h"
#include "console/RequestConsole.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "settings/UiSettings.h"
#include "store/KeychainSecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QtTest>

using namespace keyway;

class TestWindowBesideCommandLine : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand());
        env.insert(QStringLiteral("KEYWAY_TEST_BROWSER_MODE"), QStringLiteral("approve"));
        return env;
    }

    // Runs `keyway ARGS` to the end: exit code, standard output, standard error.
    static std::tuple<int, QByteArray, QByteArray> keyway(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(KEYWAY_EXECUTABLE), args);
        p.closeWriteChannel();
        // Waiting by polling keeps the window's event loop (its scheduler, its console) running meanwhile.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return {-1, {}, "timed out"};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        // The window opens the same database and keychain as the command line (~/.local/share/keyway).
        AppInfo::apply();
        test::resetTestHome();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--rotate-refresh"), QStringLiteral("true"), QStringLiteral("--access-ttl"), QStringLiteral("6"),
                QStringLiteral("--refresh-delay-ms"), QStringLiteral("400")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_peer.stop(); }

    void windowRenewsWhileTheCommandLineRenews()
    {
        const auto [connectCode, connectOut, connectErr]
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--scope"), QStringLiteral("openid email offline_access")});
        QVERIFY2(connectCode == 0, connectErr.constData());
        const QString id = QString::fromUtf8(connectOut).trimmed();

        auto core = CoreContext::open();
        QVERIFY2(core.ok(), qPrintable(core ? QString() : core.error().toString()));
        ConnectionService &service = core.value()->service();
        auto *keychain = dynamic_cast<KeychainSecretStore *>(&core.value()->secrets());
        QVERIFY(keychain);
        UiSettings::load().apply(service); // as the window starts: automatic refresh on
        QVERIFY(service.settings().autoRefresh);
        MainWindow window(service);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showConnection(id);
        ConnectionPage *page = window.connectionPage();
        QTRY_COMPARE(page->connectionId(), id);
        page->findChild<QPushButton *>(QStringLiteral("consoleButton"))->click();
        RequestConsole *console = page->console();
        console->findChild<QComboBox *>(QStringLiteral("methodCombo"))->setCurrentText(QStringLiteral("GET"));
        auto *url = console->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        url->clear();
        QTest::keyClicks(url, m_peer.issuer() + QStringLiteral("/me"));
        auto *send = console->findChild<QPushButton *>(QStringLiteral("sendButton"));
        auto *status = console->findChild<QLabel *>(QStringLiteral("responseStatusLabel"));

        // The console calls userinfo every half second, each call after the previous one answered and was shown (Send
        // is enabled again as soon as the answer is in, while its body is still being shown: a call sent then would
        // find "Sending…" in the status line when the earlier body's rendering finishes).
        QSignalSpy rendered(console, &RequestConsole::renderingFinished);
        QStringList consoleFailures;
        int consoleCalls = 0;
        bool calling = false;
        QTimer use;
        QObject::connect(&use, &QTimer::timeout, console, [&] {
            if (calling || !send->isEnabled())
                return;
            calling = true;
            send->click();
        });
        QObject::connect(console, &RequestConsole::renderingFinished, console, [&] {
            calling = false;
            ++consoleCalls;
            if (!status->text().contains(QLatin1String("200")))
                consoleFailures << status->text();
        });
        use.start(500);

        const KeychainSecretStore::Traffic before = keychain->traffic();
        auto *refreshNow = page->findChild<QPushButton *>(QStringLiteral("refreshButton"));
        const QProcessEnvironment env = environment();
        QElapsedTimer clock;
        clock.start();
        int rounds = 0;
        int windowPresses = 0;
        while (clock.elapsed() < 20000) {
            std::vector<std::unique_ptr<QProcess>> cli;
            for (int i = 0; i < 2; ++i) {
                cli.push_back(std::make_unique<QProcess>());
                cli.back()->setProcessEnvironment(env);
                cli.back()->start(QStringLiteral(KEYWAY_EXECUTABLE), {QStringLiteral("token"), id, QStringLiteral("--refresh")});
                cli.back()->closeWriteChannel();
            }
            if (refreshNow->isEnabled()) {
                refreshNow->click();
                ++windowPresses;
            }
            for (auto &p : cli) {
                QVERIFY(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 60000));
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, p->readAllStandardError().constData());
                QCOMPARE(test::ProviderCounters::userinfoStatus(m_peer, p->readAllStandardOutput().trimmed()), 200);
            }
            ++rounds;
            // Past the 2 s in which a forced renewal takes another's fresh result, or most of a lifetime (the window's
            // scheduler renews first).
            QTest::qWait(rounds % 2 ? 2500 : 4500);
        }
        use.stop();
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 30000);

        QVERIFY2(consoleFailures.isEmpty(), qPrintable(consoleFailures.join(QLatin1Char('\n'))));
        QVERIFY2(consoleCalls >= 10, qPrintable(QString::number(consoleCalls)));
        QVERIFY(rounds >= 4);
        QVERIFY(windowPresses >= 2);
        // The window renewed too (its only keychain writes are its renewals), and the command line's renewals were
        // sent: the provider saw more than one.
        QVERIFY2(keychain->traffic().writes - before.writes >= 1, "the window never renewed");
        QVERIFY(test::ProviderCounters::refreshes(m_peer) >= 3);
        QCOMPARE(test::ProviderCounters::refreshes(m_peer, QStringLiteral("error")), 0);
        QCOMPARE(test::ProviderCounters::counts(m_peer).value(QStringLiteral("revoked_grants")).toInt(), 0);
        QCOMPARE(service.connection(id)->status, ConnectionStatus::Connected);
        // The window shows the tokens stored last, whoever stored them, without a restart: once nobody renews any
        // more, its fingerprint is the stored token's.
        const auto [tokenCode, tokenOut, tokenErr] = keyway({QStringLiteral("token"), id});
        QVERIFY2(tokenCode == 0, tokenErr.constData());
        const QString stored = Redactor::fingerprint(tokenOut.trimmed());
        auto *fingerprint = page->findChild<QLabel *>(QStringLiteral("fingerprintLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(fingerprint->text().contains(stored), 3 * ConnectionService::kWatchIntervalMs);
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Connected"));
    }
};

QTEST_MAIN(TestWindowBesideCommandLine)
#include "TestWindowBesideCommandLine.moc"
