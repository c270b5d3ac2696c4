// Refresh is single-flight across processes (issue 25): several `keyway` processes, and the window's own automatic
// refresh, never spend one refresh token twice. Against a real OpenID Provider (oidc-provider) that rotates refresh
// tokens and revokes the whole grant when a used one comes back (RFC 9700 §4.14.2), so a second spend would show
// as a failed process, a revoked grant and a connection that needs re-authorization. The provider counts what it
// saw (tests/peers/oidc-server.mjs, GET /debug/counts).
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ProviderCounters.h"
#include "TestSupport.h"

#include "common/Redactor.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "store/ConnectionLock.h"
#include "store/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

#include <csignal>

using keyway::test::KeywayRun;

class TestCrossProcessRefresh : public QObject
{
    Q_OBJECT

private:
    keyway::test::PeerProcess m_peer;

    static QProcessEnvironment environment(const QList<QPair<QString, QString>> &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWAY_BROWSER"), keyway::test::scriptedBrowserCommand());
        for (const auto &[name, value] : extra)
            env.insert(name, value);
        return env;
    }

    KeywayRun keyway(const QStringList &args, const QList<QPair<QString, QString>> &extra = {})
    {
        QList<QPair<QString, QString>> env {{QStringLiteral("KEYWAY_BROWSER"), keyway::test::scriptedBrowserCommand()}};
        env.append(extra);
        return keyway::test::runKeyway(args, {}, env);
    }

    QString connect()
    {
        const KeywayRun run
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--scope"), QStringLiteral("openid email offline_access")});
        if (run.code != 0)
            qWarning().noquote() << "connect failed:" << run.err;
        return run.code == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
    }

    QString status(const QString &id)
    {
        const KeywayRun run = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject().value(QStringLiteral("status")).toString();
        return {};
    }

    // Starts `keyway ARGS` without waiting.
    static std::unique_ptr<QProcess> spawn(const QStringList &args, const QProcessEnvironment &env)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(KEYWAY_EXECUTABLE), args);
        p->closeWriteChannel();
        return p;
    }

private slots:
    void initTestCase()
    {
        // The in-process "window" opens the same database as the command line (~/.local/share/keyway).
        keyway::AppInfo::apply();
        keyway::test::resetTestHome();
        const QString error
            = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--rotate-refresh"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Eight `keyway token` processes at once, half of them forcing a refresh, three rounds: every one gets a working
    // token, the provider sees exactly one refresh per round and never a reused token, the connection stays connected.
    void eightProcessesAtOnceSpendOneRefreshToken()
    {
        const QString id = connect();
        QVERIFY(!id.isEmpty());
        const QProcessEnvironment env = environment();
        for (int round = 1; round <= 3; ++round) {
            // A forced refresh asked for within 2 s after another finished takes that one's tokens (RefreshPolicy);
            // wait that out so each round's forced refreshes are due one refresh.
            QTest::qWait(2500);
            const int before = keyway::test::ProviderCounters::refreshes(m_peer);
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 8; ++i) {
                QStringList args {QStringLiteral("token"), id};
                if (i % 2 == 0)
                    args << QStringLiteral("--refresh");
                processes.push_back(spawn(args, env));
            }
            for (auto &p : processes) {
                QVERIFY2(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 60000),
                    "a keyway token process did not finish");
                const QString err = QString::fromUtf8(p->readAllStandardError());
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                    qPrintable(QStringLiteral("round %1: %2").arg(round).arg(err)));
                const QByteArray token = p->readAllStandardOutput().trimmed();
                QVERIFY(!token.isEmpty());
                QCOMPARE(keyway::test::ProviderCounters::userinfoStatus(m_peer, token), 200);
            }
            QCOMPARE(keyway::test::ProviderCounters::refreshes(m_peer) - before, 1);
            QCOMPARE(keyway::test::ProviderCounters::refreshes(m_peer, QStringLiteral("error")), 0);
            QCOMPARE(keyway::test::ProviderCounters::counts(m_peer).value(QStringLiteral("revoked_grants")).toInt(), 0);
            QCOMPARE(status(id), QStringLiteral("connected"));
        }
    }

    // The window's automatic refresh (an in-process ConnectionService with autoRefresh on, using the token every
    // half second) runs while command-line processes force refreshes of the same connection: no reuse, no failure,
    // and the window sees the tokens the command line stored without a restart.
    void windowRefreshWhileTheCommandLineRefreshes()
    {
        keyway::test::PeerProcess shortLived;
        const QString error = shortLived.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--rotate-refresh"), QStringLiteral("true"), QStringLiteral("--access-ttl"), QStringLiteral("8")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const KeywayRun connected
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), shortLived.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--scope"), QStringLiteral("openid email offline_access")});
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        const QString id = QString::fromUtf8(connected.out).trimmed();

        // The window: the same database and keychain as the command line.
        auto core = keyway::CoreContext::open();
        QVERIFY2(core.ok(), qPrintable(core ? QString() : core.error().toString()));
        keyway::ConnectionService &service = core.value()->service();
        keyway::ConnectionService::Settings settings = service.settings();
        settings.autoRefresh = true;
        service.setSettings(settings);
        int changesSeen = 0;
        QObject::connect(&service, &keyway::ConnectionService::connectionChanged, &service, [&](const QString &changed) {
            if (changed == id)
                ++changesSeen;
        });

        QTimer use;
        int used = 0;
        QStringList failures;
        QObject::connect(&use, &QTimer::timeout, &service, [&] {
            service.accessToken(id, false, this, [&](const keyway::Result<QByteArray> &token) {
                if (!token || token.value().isEmpty())
                    failures << (token ? QStringLiteral("empty") : token.error().toString());
                ++used;
            });
        });
        use.start(500);

        const QProcessEnvironment env = environment();
        QElapsedTimer clock;
        clock.start();
        int cliRuns = 0;
        while (clock.elapsed() < 25000) {
            const int seenBefore = changesSeen;
            auto p = spawn({QStringLiteral("token"), id, QStringLiteral("--refresh")}, env);
            QVERIFY(QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            ++cliRuns;
            // The window hears of the command line's refresh within a few seconds (PRAGMA data_version).
            QVERIFY2(QTest::qWaitFor([&] { return changesSeen > seenBefore; }, 3 * keyway::ConnectionService::kWatchIntervalMs),
                "the window did not see the command line's refresh");
            QTest::qWait(800);
        }
        use.stop();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(used > 20);
        QVERIFY(cliRuns >= 5);
        const QJsonObject seen = [&] {
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(shortLived.issuer() + QStringLiteral("/debug/counts"))));
            (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            delete reply;
            return o;
        }();
        QCOMPARE(seen.value(QStringLiteral("grants"))
                     .toObject()
                     .value(QStringLiteral("refresh_token"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toInt(),
            0);
        QCOMPARE(seen.value(QStringLiteral("revoked_grants")).toInt(), 0);
        QCOMPARE(service.connection(id)->status, keyway::ConnectionStatus::Connected);
    }

    // The window learns of a refresh another process made, without a restart: the connection's new expiry and token
    // fingerprint are announced within a few seconds.
    void windowSeesAnotherProcesssRefresh()
    {
        const QString id = connect();
        QVERIFY(!id.isEmpty());
        auto core = keyway::CoreContext::open();
        QVERIFY(core.ok());
        keyway::ConnectionService &service = core.value()->service();
        keyway::ConnectionService::Settings settings = service.settings();
        settings.autoRefresh = true;
        service.setSettings(settings);
        QString announcedFingerprint;
        QObject::connect(&service, &keyway::ConnectionService::connectionChanged, &service, [&](const QString &changed) {
            if (changed == id)
                announcedFingerprint = service.connection(id)->tokenFingerprint;
        });
        QTest::qWait(2500);
        const KeywayRun refreshed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        const QString fingerprint = keyway::Redactor::fingerprint(refreshed.out.trimmed());
        QVERIFY(QTest::qWaitFor(
            [&] { return announcedFingerprint == fingerprint; }, 3 * keyway::ConnectionService::kWatchIntervalMs));
    }

    // Issue 18: a renewal reads the stored tokens once under the connection's lock (another process may have rotated
    // them: it must not spend the refresh token it saw before) and writes the new ones once, as one keychain entry.
    // After another process renewed, the next renewal here spends the new refresh token, never the one it saw before.
    void aRenewalReadsOnceUnderTheLockAndWritesOnce()
    {
        const QString id = connect();
        QVERIFY(!id.isEmpty());
        auto core = keyway::CoreContext::open();
        QVERIFY(core.ok());
        auto *keychain = dynamic_cast<keyway::KeychainSecretStore *>(&core.value()->secrets());
        QVERIFY(keychain);
        keyway::ConnectionService &service = core.value()->service();
        const auto refresh = [&service, &id] {
            keyway::Error result = keyway::Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
            bool done = false;
            service.refresh(id, &service, [&](const keyway::Error &e) {
                result = e;
                done = true;
            });
            (void)QTest::qWaitFor([&] { return done; }, 60000);
            return result;
        };
        for (int round = 1; round <= 2; ++round) {
            const keyway::KeychainSecretStore::Traffic before = keychain->traffic();
            QCOMPARE(refresh().toString(), QString());
            const keyway::KeychainSecretStore::Traffic after = keychain->traffic();
            QCOMPARE(after.reads - before.reads, 1);
            QCOMPARE(after.writes - before.writes, 1);
            QCOMPARE(after.removes - before.removes, 0);
            if (round == 1) {
                const KeywayRun elsewhere = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
                QVERIFY2(elsewhere.code == 0, qPrintable(elsewhere.err));
                QTest::qWait(2500); // past RefreshPolicy's coalescing of forced refreshes: the next one is sent
            }
        }
        QCOMPARE(keyway::test::ProviderCounters::refreshes(m_peer, QStringLiteral("error")), 0);
        QCOMPARE(keyway::test::ProviderCounters::counts(m_peer).value(QStringLiteral("revoked_grants")).toInt(), 0);
        QCOMPARE(status(id), QStringLiteral("connected"));
    }

    // kill -9 of the process that holds a connection's lock: the next one takes over at once and renews.
    void aKilledLockHolderIsTakenOver()
    {
        const QString id = connect();
        QVERIFY(!id.isEmpty());
        QTest::qWait(2500);
        // The holder takes the lock, then sits on it (KEYWAY_TEST_HOLD_LOCK_MS), as a process stuck mid-refresh would.
        auto holder = spawn({QStringLiteral("token"), id, QStringLiteral("--refresh")},
            environment({{QStringLiteral("KEYWAY_TEST_HOLD_LOCK_MS"), QStringLiteral("60000")}}));
        QVERIFY(holder->waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return keyway::ConnectionLock::holderPid(id) == holder->processId(); }, 20000),
            "the first process never held the lock");
        auto waiter = spawn({QStringLiteral("token"), id, QStringLiteral("--refresh")}, environment());
        QTest::qWait(1000);
        QCOMPARE(waiter->state(), QProcess::Running); // waiting for the lock, not refreshing behind its back
        QVERIFY(holder->processId() > 0);
        ::kill(pid_t(holder->processId()), SIGKILL);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return waiter->state() == QProcess::NotRunning; }, 20000));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms after the kill").arg(clock.elapsed())));
        QVERIFY2(waiter->exitCode() == 0, waiter->readAllStandardError().constData());
        QCOMPARE(keyway::test::ProviderCounters::userinfoStatus(m_peer, waiter->readAllStandardOutput().trimmed()), 200);
        QCOMPARE(status(id), QStringLiteral("connected"));
        holder->waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestCrossProcessRefresh)
#include "TestCrossProcessRefresh.moc"
