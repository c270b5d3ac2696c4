// kill -9 in the middle of a refresh with a rotating refresh token, at every step (KEYWAY_TEST_CRASH_AT, see
// RefreshCoordinator), against a real OpenID Provider that treats a reused refresh token as theft and revokes the
// grant (RFC 9700 §4.14.2). Afterwards the connection must either work or say it needs re-authorization - never
// look connected while being broken - and once the new refresh token was committed to the keychain the old one
// must never be sent again (the provider would revoke the grant, and the next refresh would fail). Also: the
// database a killed process leaves is readable, and a damaged database file is set aside with a clear message.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ProviderCounters.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>

#include <csignal>

class TestRefreshCrashSafety : public QObject
{
    Q_OBJECT

private:
    keyway::test::PeerProcess m_peer;

    using Run = keyway::test::KeywayRun;
    Run keyway(const QStringList &args, const QByteArray &crashAt = {}, const QByteArray &input = {})
    {
        QList<QPair<QString, QString>> env {{QStringLiteral("KEYWAY_BROWSER"), keyway::test::scriptedBrowserCommand()}};
        if (!crashAt.isEmpty())
            env.append({QStringLiteral("KEYWAY_TEST_CRASH_AT"), QString::fromLatin1(crashAt)});
        return keyway::test::runKeyway(args, input, env);
    }

    QString connect()
    {
        const Run run
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--scope"), QStringLiteral("openid email offline_access")});
        if (run.code != 0)
            qWarning().noquote() << "connect failed:" << run.err;
        return run.code == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
    }

    QJsonObject summary(const QString &id)
    {
        const Run run = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    QString refreshFingerprint(const QString &id)
    {
        const Run run = keyway({QStringLiteral("inspect"), id, QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out)
            .object()
            .value(QStringLiteral("tokens"))
            .toObject()
            .value(QStringLiteral("refresh_token"))
            .toObject()
            .value(QStringLiteral("fingerprint"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        keyway::test::resetTestHome();
        // Rotating refresh tokens (the default of the peer): every refresh consumes the old one.
        const QString error
            = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--rotate-refresh"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void crashAtEachStep_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<bool>("newTokenCommitted");
        // Marked in flight, nothing sent: the next process asks the provider (introspection), finds the refresh
        // token still valid and renews with it.
        QTest::newRow("marked in flight, before sending") << QByteArray("before_send") << true;
        // The provider has rotated, Keyway has nothing new: the kept refresh token is now a used one.
        QTest::newRow("before the response is read") << QByteArray("before_response") << false;
        QTest::newRow("after the response, before any write") << QByteArray("after_response") << false;
        // The keychain holds the new refresh token: it, and only it, must be used from now on.
        QTest::newRow("between the keychain and the database write") << QByteArray("during_write") << true;
        QTest::newRow("after both writes, before the caller is told") << QByteArray("after_write") << true;
    }
    void crashAtEachStep()
    {
        QFETCH(QByteArray, step);
        QFETCH(bool, newTokenCommitted);
        const QString id = connect();
        QVERIFY(!id.isEmpty());
        const QString fingerprintBefore = refreshFingerprint(id);
        QVERIFY(!fingerprintBefore.isEmpty());
        const Run current = keyway({QStringLiteral("token"), id});
        QCOMPARE(current.code, 0);
        const QByteArray accessTokenBefore = current.out.trimmed();

        const Run crash = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")}, step);
        QVERIFY2(crash.crashed,
            qPrintable(
                QStringLiteral("not killed at %1: exit %2, %3").arg(QString::fromLatin1(step)).arg(crash.code).arg(crash.err)));
        QVERIFY(crash.out.isEmpty());

        // What the killed process left is readable: the database opens, the connection is listed, no recovery needed.
        const Run list = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!list.err.contains(QLatin1String("damaged")), qPrintable(list.err));
        QVERIFY(!summary(id).isEmpty());

        const Run next = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        if (newTokenCommitted) {
            // Works: the refresh used the new refresh token (had it sent the consumed old one, the provider would
            // have revoked the grant and this refresh would have failed with invalid_grant).
            QVERIFY2(next.code == 0, qPrintable(next.err));
            const QByteArray token = next.out.trimmed();
            QCOMPARE(keyway::test::ProviderCounters::userinfoStatus(m_peer, token), 200);
            QCOMPARE(summary(id).value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
            QVERIFY(refreshFingerprint(id) != fingerprintBefore);
            // And the chain goes on.
            const Run again = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
            QVERIFY2(again.code == 0, qPrintable(again.err));
        } else {
            // Says so: one clear line, and the connection is marked as needing re-authorization - not "connected".
            QCOMPARE(next.code, 1);
            QVERIFY2(next.err.contains(QLatin1String("connect again")), qPrintable(next.err));
            QCOMPARE(next.err.trimmed().count(QLatin1Char('\n')), 0);
            QCOMPARE(summary(id).value(QStringLiteral("status")).toString(), QStringLiteral("needs_reauthorization"));
            // ...having found out by asking (RFC 7662), not by presenting the spent refresh token: the provider did
            // not take it for theft and revoke the grant, so the access token issued before still works.
            QCOMPARE(keyway::test::ProviderCounters::userinfoStatus(m_peer, accessTokenBefore), 200);
            // The way back: re-authorize in place; the connection keeps its id and works again.
            const Run reconnect = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id,
                QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"), QStringLiteral("keyway-native"),
                QStringLiteral("--scope"), QStringLiteral("openid email offline_access")});
            QVERIFY2(reconnect.code == 0, qPrintable(reconnect.err));
            const Run refreshed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
            QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
            QCOMPARE(summary(id).value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
        }
    }

    // kill -9 at a random moment of a forced refresh, thirty times. Every time the connection afterwards either works
    // or says it needs re-authorization (never "connected" while broken), and Keyway never makes the provider revoke
    // a grant: a renewal whose outcome is unknown is settled by asking (introspection), not by presenting a refresh
    // token that may be spent. The share that still costs a sign-in (a kill after the provider rotated and before the
    // keychain took the new token, which no client can recover from) is printed; the README quotes it.
    void randomKillsNeverMakeTheProviderRevokeTheGrant()
    {
        QString id = connect();
        QVERIFY(!id.isEmpty());
        const int revokedBefore = keyway::test::ProviderCounters::counts(m_peer).value(QStringLiteral("revoked_grants")).toInt();
        int works = 0;
        int reauthorized = 0;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWAY_BROWSER"), keyway::test::scriptedBrowserCommand());
        for (int i = 0; i < 30; ++i) {
            QProcess victim;
            victim.setProcessEnvironment(env);
            victim.start(QStringLiteral(KEYWAY_EXECUTABLE), {QStringLiteral("token"), id, QStringLiteral("--refresh")});
            QVERIFY(victim.waitForStarted());
            const int killedAfterMs = int(QRandomGenerator::global()->bounded(20, 220));
            QTest::qWait(killedAfterMs);
            // (Never kill(0, ...): a process that already ended has pid 0, and that would signal this test's group.)
            if (const qint64 pid = victim.processId(); pid > 0 && victim.state() != QProcess::NotRunning)
                ::kill(pid_t(pid), SIGKILL);
            victim.waitForFinished(10000);

            const Run next = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
            if (next.code == 0) {
                const int userinfo = keyway::test::ProviderCounters::userinfoStatus(m_peer, next.out.trimmed());
                QVERIFY2(userinfo == 200,
                    qPrintable(QStringLiteral("kill %1 (after %2 ms): userinfo answered %3 for the printed token; stderr: %4")
                                   .arg(i + 1)
                                   .arg(killedAfterMs)
                                   .arg(userinfo)
                                   .arg(next.err)));
                QCOMPARE(summary(id).value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
                ++works;
                continue;
            }
            QVERIFY2(next.err.contains(QLatin1String("connect again")),
                qPrintable(QStringLiteral("kill %1 (after %2 ms): %3").arg(i + 1).arg(killedAfterMs).arg(next.err)));
            QCOMPARE(summary(id).value(QStringLiteral("status")).toString(), QStringLiteral("needs_reauthorization"));
            ++reauthorized;
            const Run reconnect = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id});
            QVERIFY2(reconnect.code == 0, qPrintable(reconnect.err));
        }
        qInfo().noquote() << QStringLiteral("random kills during a refresh: %1 of 30 needed a new sign-in, %2 kept working")
                                 .arg(reauthorized)
                                 .arg(works);
        QCOMPARE(keyway::test::ProviderCounters::counts(m_peer).value(QStringLiteral("revoked_grants")).toInt(), revokedBefore);
    }

    // A process killed between creating a connection's lock file and writing its pid into it leaves the file empty.
    // The next refresh takes the lock over (its creator is gone) instead of waiting for it until it gives up - which
    // it would do on every refresh from then on.
    void anEmptyLockFileLeftByAKilledProcessDoesNotStallTheConnection()
    {
        const QString id = connect();
        QVERIFY(!id.isEmpty());
        const QString locks = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + QStringLiteral("/keyway/locks");
        QFile lockFile(locks + QLatin1Char('/') + id + QStringLiteral(".lock"));
        QVERIFY2(lockFile.open(QIODevice::WriteOnly), qPrintable(lockFile.fileName()));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
        lockFile.close();
        QElapsedTimer clock;
        clock.start();
        const Run next = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(next.code == 0, qPrintable(next.err));
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
        QCOMPARE(keyway::test::ProviderCounters::userinfoStatus(m_peer, next.out.trimmed()), 200);
    }

    // Without the hook nothing is killed (the hook is inert unless asked for).
    void unknownStepDoesNothing()
    {
        const QString id = connect();
        QVERIFY(!id.isEmpty());
        const Run run = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")}, "no_such_step");
        QVERIFY(!run.crashed);
        QCOMPARE(run.code, 0);
    }

    // A database file damaged on disk: `keyway` still runs, says what happened and where the backup is.
    void damagedDatabaseIsSetAside()
    {
        const QString dataDir = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyway");
        const QString database = dataDir + QStringLiteral("/keyway.sqlite");
        QVERIFY(QFile::exists(database));
        for (const char *side : {"-wal", "-shm"})
            QFile::remove(database + QLatin1String(side));
        {
            QFile f(database);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(f.seek(size / 2));
            f.write(QByteArray(int(size - size / 2), '\xA5'));
        }
        const Run list = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(
            list.err.contains(QLatin1String("damaged")) && list.err.contains(QLatin1String(".damaged-")), qPrintable(list.err));
        QVERIFY(QJsonDocument::fromJson(list.out).isArray());
        QCOMPARE(QDir(dataDir).entryList({QStringLiteral("keyway.sqlite.damaged-*")}, QDir::Files).size(), 1);
        // The next run is quiet again.
        const Run again = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(again.code, 0);
        QVERIFY2(!again.err.contains(QLatin1String("damaged")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestRefreshCrashSafety)
#include "TestRefreshCrashSafety.moc"
