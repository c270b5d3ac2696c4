// The keychain going away, coming back, and being locked while Keyway runs. The test runs its own D-Bus
// session bus and its own gnome-keyring-daemon (so killing the daemon touches no other test), with no service
// activation on that bus, so a killed daemon really is absent. It checks, through the real Secret Service and
// through ConnectionService:
//  - absent: every operation fails at once with a clear "keychain_unavailable" error that says what to start;
//    a connection is kept (status "error", not "needs re-authorization": the grant is fine), and a connect that
//    cannot store its secret leaves no connection behind and writes the secret nowhere else;
//  - back: the same process, without a restart, reads its secrets again and refreshes as before;
//  - locked: an operation fails with an error that says the keychain is locked - never "no secret stored",
//    which would make the connection look lost - and works again once the keychain is unlocked.
#include "ConnectAndWait.h"
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "auth/TokenSet.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "store/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestKeychainMidSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;
    test::PeerProcess m_peer;
    std::shared_ptr<CoreContext> m_core;
    QString m_connection;
    const QByteArray m_canary = "mid-session-api-key-canary-4e8b2a61c0";

    bool secretsOnBus()
    {
        QDBusConnectionInterface *iface = QDBusConnection::sessionBus().interface();
        return iface && iface->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
    }

    // gnome-keyring-daemon in the foreground on the private bus, unlocking (or creating) its login keyring.
    QString startKeyring()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        m_keyring.setProcessEnvironment(env);
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000))
            return QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        m_keyring.write("mid-session-test");
        m_keyring.closeWriteChannel();
        if (!QTest::qWaitFor([this] { return secretsOnBus(); }, 20000))
            return QStringLiteral("gnome-keyring-daemon did not claim org.freedesktop.secrets");
        return {};
    }

    void killKeyring()
    {
        m_keyring.kill(); // SIGKILL: gone without a goodbye, like a crash
        m_keyring.waitForFinished(5000);
        QTRY_VERIFY_WITH_TIMEOUT(!secretsOnBus(), 10000);
    }

    bool setLocked(bool locked)
    {
        QDBusInterface service(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
        const QList<QDBusObjectPath> collections {QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))};
        const QDBusMessage reply
            = service.call(locked ? QStringLiteral("Lock") : QStringLiteral("Unlock"), QVariant::fromValue(collections));
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    QPair<QByteArray, Error> token(bool forceRefresh = false)
    {
        QPair<QByteArray, Error> result;
        bool done = false;
        m_core->service().accessToken(m_connection, forceRefresh, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            const Error e = answer ? Error() : answer.error();
            result = {t, e};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            result.second = Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer in 60 s"));
        return result;
    }

    Error refresh()
    {
        Error result;
        bool done = false;
        m_core->service().refresh(m_connection, this, [&](const Error &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            return Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer in 60 s"));
        return result;
    }

    Result<QString> connect(const ConnectRequest &request) { return test::connectAndWait(m_core->service(), request, 60000); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QFile::setPermissions(
            m_dir.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QFAIL("dbus-daemon and gnome-keyring-daemon are needed (packaging/deps.sh installs them)");

        // A session bus of our own, without service activation: a killed daemon stays gone.
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile conf(config);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                  "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        conf.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--config-file=") + config, QStringLiteral("--print-address=1"), QStringLiteral("--nofork")});
        QVERIFY(m_bus.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_busAddress.isEmpty());
        // Before anything in this process touches D-Bus (Qt's and libsecret's connections read it lazily).
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
        const QString keyringError = startKeyring();
        QVERIFY2(keyringError.isEmpty(), qPrintable(keyringError));

        test::resetTestHome();
        const QString peerError = m_peer.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(peerError.isEmpty(), qPrintable(peerError));
        CoreContext::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("keyway.sqlite"));
        options.keychainService = QStringLiteral("keyway-midsession-test");
        options.secretBackend = QStringLiteral("keychain");
        auto core = CoreContext::open(options);
        QVERIFY2(core, qPrintable(core.error().toString()));
        m_core = core.value();
        ConnectionService::Settings settings = m_core->service().settings();
        settings.autoRefresh = false;
        m_core->service().setSettings(settings);

        // A renewable connection: client credentials at the local OpenID Provider.
        ConnectRequest request;
        request.issuer = m_peer.issuer();
        request.authMode = QStringLiteral("oauth2_client_credentials");
        request.clientId = QStringLiteral("keyway-basic");
        request.clientSecret = "basic-secret";
        request.scopes = {QStringLiteral("api:read")};
        const Result<QString> connected = connect(request);
        KEYWAY_VERIFY_RESULT(connected);
        m_connection = connected.value();
        QVERIFY(!token().first.isEmpty());
    }

    void cleanupTestCase()
    {
        m_core.reset();
        m_peer.stop();
        m_keyring.kill();
        m_keyring.waitForFinished(5000);
        m_bus.kill();
        m_bus.waitForFinished(5000);
    }

    void absentKeychainGivesClearErrors()
    {
        const QByteArray before = token().first;
        QVERIFY(!before.isEmpty());
        killKeyring();

        QElapsedTimer timer;
        timer.start();
        const auto [value, error] = token();
        QVERIFY(value.isEmpty());
        QCOMPARE(error.code, QStringLiteral("keychain_unavailable"));
        QVERIFY2(error.message.contains(QLatin1String("Secret Service")), qPrintable(error.toString()));
        QVERIFY2(timer.elapsed() < 30000, "an absent keychain must not hang the caller");

        // A refresh cannot read the credentials: the connection is kept and marked as a temporary problem (Warning).
        const Error refreshError = refresh();
        QCOMPARE(refreshError.code, QStringLiteral("keychain_unavailable"));
        const auto record = m_core->service().connection(m_connection);
        QVERIFY(record);
        QCOMPARE(record->status, ConnectionStatus::Warning);
        QVERIFY2(record->statusDetail.contains(QLatin1String("Secret Service")), qPrintable(record->statusDetail));
    }

    // While the keychain is gone, the background refresh retries with a pause, instead of spinning on a keychain
    // that answers "no" at once (without the pause: over 150 attempts, each writing the database, in 3 s).
    void absentKeychainIsNotHammered()
    {
        ConnectionService::Settings settings = m_core->service().settings();
        const ConnectionService::Settings before = settings;
        settings.autoRefresh = true;
        settings.refreshLeadSeconds = 24 * 3600; // every token is due for a refresh right now
        QSignalSpy changes(&m_core->service(), &ConnectionService::connectionChanged);
        m_core->service().setSettings(settings);
        QTest::qWait(3000);
        m_core->service().setSettings(before);
        QVERIFY2(changes.count() <= 5, qPrintable(QStringLiteral("%1 refresh attempts in 3 s").arg(changes.count())));
        QCOMPARE(m_core->service().connection(m_connection)->status, ConnectionStatus::Warning);
    }

    void connectWithoutKeychainStoresNothing()
    {
        const int before = m_core->service().connections().size();
        ConnectRequest request;
        request.integrationId = QStringLiteral("anthropic");
        request.authMode = QStringLiteral("api_key");
        request.apiKey = m_canary;
        const Result<QString> refused = connect(request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("keychain_unavailable"));
        QCOMPARE(m_core->service().connections().size(), before);
        QStringList roots = test::writableRoots();
        roots << m_dir.path();
        QCOMPARE(test::filesContaining(m_canary, roots), QStringList());
    }

    void keychainBackWorksWithoutRestart()
    {
        const QString error = startKeyring();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto [value, tokenError] = token();
        QVERIFY2(tokenError.isNull(), qPrintable(tokenError.toString()));
        QVERIFY(!value.isEmpty());
        QCOMPARE(refresh().toString(), QString());
        QCOMPARE(m_core->service().connection(m_connection)->status, ConnectionStatus::Connected);
        QVERIFY(!token().first.isEmpty());
    }

    void lockedKeychainSaysLocked()
    {
        QVERIFY(setLocked(true));
        const auto [value, error] = token();
        QVERIFY(value.isEmpty());
        QVERIFY2(error.code != QLatin1String("not_found"), qPrintable(error.toString()));
        QVERIFY2(error.code == QLatin1String("keychain_denied") || error.code == QLatin1String("keychain_locked"),
            qPrintable(error.code + QStringLiteral(": ") + error.toString()));
        QVERIFY2(error.message.contains(QLatin1String("locked")), qPrintable(error.toString()));
        const Error refreshError = refresh();
        QVERIFY(!refreshError.isNull());
        QVERIFY(m_core->service().connection(m_connection)->status != ConnectionStatus::NeedsReauthorization);

        // Unlocked again (here by restarting the daemon with its password, as logging in does): works again.
        killKeyring();
        const QString restart = startKeyring();
        QVERIFY2(restart.isEmpty(), qPrintable(restart));
        const auto [again, againError] = token();
        QVERIFY2(againError.isNull(), qPrintable(againError.toString()));
        QVERIFY(!again.isEmpty());
    }

    // The keychain locks while a refresh is at a provider that rotates refresh tokens: the new tokens cannot be
    // saved. They must not be thrown away (the provider has already spent the old refresh token, so the next refresh
    // would present it and the provider would revoke the grant): Keyway keeps them in memory only, uses them, and
    // saves them as soon as the keychain is back.
    void lockedDuringARefreshKeepsTheNewTokens()
    {
        test::PeerProcess slow; // answers refreshes 1.5 s late: time to lock the keychain meanwhile
        const QString peerError
            = slow.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--refresh-delay-ms"), QStringLiteral("1500")});
        QVERIFY2(peerError.isEmpty(), qPrintable(peerError));
        ConnectRequest request;
        request.issuer = slow.issuer();
        request.clientId = QStringLiteral("keyway-native");
        request.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
        request.browserCommand = test::scriptedBrowserCommand();
        const Result<QString> connected = connect(request);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();

        QByteArray renewed;
        Error renewError;
        bool done = false;
        m_core->service().accessToken(id, true, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            const Error e = answer ? Error() : answer.error();
            renewed = t;
            renewError = e;
            done = true;
        });
        // Once the refresh request has left (its "Refreshing" event), lock the keychain: the answer comes 1.5 s later.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<ConnectionEvent> events = m_core->service().events(id);
                return !events.isEmpty() && events.last().step == QLatin1String("refresh")
                    && events.last().outcome == QLatin1String("info");
            },
            30000));
        QVERIFY(setLocked(true));
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY2(renewError.isNull(), qPrintable(renewError.toString()));
        QVERIFY(!renewed.isEmpty());
        QVERIFY(m_core->service().hasUnsavedTokens());
        QVERIFY(m_core->service().connection(id)->status != ConnectionStatus::NeedsReauthorization);
        // Used while held: the next call gets them without the (locked) keychain.
        QByteArray again;
        done = false;
        m_core->service().accessToken(id, false, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            again = t;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QCOMPARE(again, renewed);

        // Unlocked (here by restarting the daemon with its password, as logging in does): saved within seconds.
        killKeyring();
        const QString restart = startKeyring();
        QVERIFY2(restart.isEmpty(), qPrintable(restart));
        QVERIFY(QTest::qWaitFor([&] { return !m_core->service().hasUnsavedTokens(); }, 40000));
        QCOMPARE(m_core->service().connection(id)->status, ConnectionStatus::Connected);
        // The chain goes on: with the rotated refresh token lost, this refresh would present the spent one and fail
        // with invalid_grant.
        Error refreshError;
        done = false;
        m_core->service().refresh(id, this, [&](const Error &e) {
            refreshError = e;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY2(refreshError.isNull(), qPrintable(refreshError.toString()));
    }

    // The same from the command line, which must quit: `keyway token --refresh` says plainly that the grant is at risk,
    // waits for the keychain (KEYWAY_KEYCHAIN_WAIT_SECONDS), saves the tokens once it is unlocked, and only then exits.
    void commandLineWaitsForTheKeychain()
    {
        test::PeerProcess slow;
        const QString peerError
            = slow.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--refresh-delay-ms"), QStringLiteral("1500")});
        QVERIFY2(peerError.isEmpty(), qPrintable(peerError));
        const QList<QPair<QString, QString>> env {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()},
            {QStringLiteral("KEYWAY_KEYCHAIN_WAIT_SECONDS"), QStringLiteral("60")}};
        const test::KeywayRun connected = test::runKeyway(
            {QStringLiteral("connect"), QStringLiteral("--issuer"), slow.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--scope"), QStringLiteral("openid offline_access")},
            {}, env);
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        const QString id = QString::fromUtf8(connected.out).trimmed();

        QProcess cli;
        QProcessEnvironment processEnv = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : env)
            processEnv.insert(name, value);
        cli.setProcessEnvironment(processEnv);
        cli.start(QStringLiteral(KEYWAY_EXECUTABLE), {QStringLiteral("token"), id, QStringLiteral("--refresh")});
        cli.closeWriteChannel();
        // Once the command line's refresh request has left (its "Refreshing" event in the database), lock the keychain.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        db.setDatabaseName(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyway/keyway.sqlite"));
        QVERIFY(db.open());
        QVERIFY(QTest::qWaitFor(
            [&] {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT COUNT(*) FROM events WHERE connection_id = :id AND step = 'refresh' AND outcome = 'info'"));
                q.bindValue(QStringLiteral(":id"), id);
                return q.exec() && q.next() && q.value(0).toInt() > 0;
            },
            30000));
        QVERIFY(setLocked(true));
        QByteArray errors;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         errors += cli.readAllStandardError();
                         return errors.contains("Unlock it");
                     },
                     30000),
            errors.constData());
        QCOMPARE(cli.state(), QProcess::Running); // waiting, not gone with the new refresh token
        killKeyring();
        const QString restart = startKeyring();
        QVERIFY2(restart.isEmpty(), qPrintable(restart));
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        errors += cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, errors.constData());
        QVERIFY2(errors.contains("saved in the keychain"), errors.constData());
        QVERIFY(!cli.readAllStandardOutput().trimmed().isEmpty());
        // Nothing was lost: the next refresh presents the new refresh token, and the provider accepts it.
        const test::KeywayRun again = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--refresh")}, {}, env);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        db.close();
    }
};

QTEST_GUILESS_MAIN(TestKeychainMidSession)
#include "TestKeychainMidSession.moc"
