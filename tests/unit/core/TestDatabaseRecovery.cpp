// A damaged SQLite file (garbage, a truncated copy, a bad block in the middle) never stops Keyway from starting
// and never crashes it: CoreContext sets the file aside as a backup, starts a new database, recovers every
// connection record it can still read (their secrets are keyed by id in the keychain, so they work at once) and
// says so in plain words. A database that is not damaged but only unusable (written by a newer Keyway) is left
// exactly as it is.
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"
#include "store/MemorySecretStore.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

private:
    // A database with `connections` records and enough events after them that the last pages hold only events.
    static void makeDatabase(const QString &path, int connections, int events)
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
        ConnectionRepository repo(db);
        for (int i = 0; i < connections; ++i) {
            ConnectionRecord r;
            r.id = QStringLiteral("conn-%1").arg(i);
            r.integrationId = QStringLiteral("github");
            r.name = QStringLiteral("GitHub %1").arg(i);
            r.authMode = QStringLiteral("oauth2_authorization_code");
            r.status = ConnectionStatus::Connected;
            QVERIFY(repo.save(r, nullptr));
        }
        QSqlQuery(db.handle()).exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < events; ++i) {
            ConnectionEvent e;
            e.connectionId = QStringLiteral("conn-0");
            e.step = QStringLiteral("refresh");
            e.outcome = QStringLiteral("ok");
            e.detail = QStringLiteral("event %1 ").arg(i).repeated(8);
            QVERIFY(repo.addEvent(e, nullptr));
        }
        QSqlQuery(db.handle()).exec(QStringLiteral("COMMIT"));
        // Everything into the main file, so damaging the file damages the data.
        QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    static Result<std::shared_ptr<CoreContext>> openCore(const QString &path)
    {
        CoreContext::Options options;
        options.databasePath = path;
        options.secrets = std::make_shared<MemorySecretStore>();
        return CoreContext::open(options);
    }

    static QStringList backups(const QString &dir)
    {
        return QDir(dir).entryList({QStringLiteral("keyway.sqlite.damaged-*")}, QDir::Files);
    }

private slots:
    void garbageIsSetAsideAndANewDatabaseStarts_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database\n").repeated(300);
        QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16);
        QByteArray pages("SQLite format 3\0", 16);
        pages.append(QByteArray(8192, '\xAB'));
        QTest::newRow("header and garbage pages") << pages;
        QTest::newRow("zeros") << QByteArray(16384, '\0');
    }
    void garbageIsSetAsideAndANewDatabaseStarts()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        writeFile(path, content);

        const auto core = openCore(path);
        QVERIFY2(core, qPrintable(core.error().toString()));
        QCOMPARE(core.value()->service().connections().size(), 0);
        QCOMPARE(core.value()->notices().size(), 1);
        const QString notice = core.value()->notices().first();
        QVERIFY2(notice.contains(QLatin1String("damaged")) && notice.contains(QLatin1String("keyway.sqlite.damaged-")), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String("connect your integrations again")), qPrintable(notice));

        // The damaged bytes are kept, untouched, as the backup.
        const QStringList kept = backups(dir.path());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(dir.filePath(kept.first())).left(content.size()), content);
        // The new database is fully usable, and opens again without any notice.
        QCOMPARE(core.value()->database().schemaVersion(), Database::latestSchemaVersion());
        const auto again = openCore(dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(again);
    }

    void damagedPagesKeepTheReadableConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        makeDatabase(path, 5, 3000);
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 64 * 1024);
        // A bad block near the end, where only events live.
        for (qsizetype i = bytes.size() - 20000; i < bytes.size() - 4000; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xff));
        writeFile(path, bytes);

        Database probe;
        Error error;
        QVERIFY(!probe.open(path, &error));
        QCOMPARE(error.code, QStringLiteral("database_corrupt"));

        const auto core = openCore(path);
        QVERIFY2(core, qPrintable(core.error().toString()));
        const QList<ConnectionRecord> recovered = core.value()->service().connections();
        QCOMPARE(recovered.size(), 5);
        QCOMPARE(recovered.first().id, QStringLiteral("conn-0"));
        QCOMPARE(recovered.first().name, QStringLiteral("GitHub 0"));
        QCOMPARE(recovered.first().status, ConnectionStatus::Connected);
        QVERIFY2(core.value()->notices().value(0).contains(QLatin1String("5 connection")), qPrintable(core.value()->notices().value(0)));
        QCOMPARE(backups(dir.path()).size(), 1);
    }

    void truncatedCopyNeverCrashes_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("90%") << 0.9;
        QTest::newRow("half") << 0.5;
        QTest::newRow("first page") << 0.0;
    }
    void truncatedCopyNeverCrashes()
    {
        QFETCH(double, keep);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        makeDatabase(path, 3, 2000);
        const QByteArray bytes = readFile(path);
        writeFile(path, keep == 0.0 ? bytes.left(4096) : bytes.left(qsizetype(bytes.size() * keep)));

        const auto core = openCore(path);
        QVERIFY2(core, qPrintable(core.error().toString()));
        QCOMPARE(core.value()->notices().size(), 1);
        QVERIFY(core.value()->service().connections().size() <= 3);
        QCOMPARE(backups(dir.path()).size(), 1);
    }

    // WAL frames of the damaged file must never be applied to the new database (that would damage it in turn).
    void staleWalNeverReachesTheNewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        writeFile(path, QByteArray("garbage").repeated(1000));
        writeFile(path + QStringLiteral("-wal"), QByteArray("wal bytes").repeated(100));
        const auto core = openCore(path);
        QVERIFY2(core, qPrintable(core.error().toString()));
        QVERIFY(!readFile(path + QStringLiteral("-wal")).contains("wal bytes"));
        QCOMPARE(core.value()->database().schemaVersion(), Database::latestSchemaVersion());
        ConnectionRecord r;
        r.id = QStringLiteral("after-recovery");
        r.integrationId = QStringLiteral("github");
        r.authMode = QStringLiteral("api_key");
        QVERIFY(ConnectionRepository(core.value()->database()).save(r, nullptr));
        Database probe;
        Error error;
        QVERIFY2(probe.open(dir.filePath(QStringLiteral("keyway.sqlite")), &error), qPrintable(error.toString()));
    }

    void newerDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        makeDatabase(path, 1, 0);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA user_version=999"));
        }
        const QByteArray before = readFile(path);
        const auto core = openCore(path);
        QVERIFY(!core);
        QCOMPARE(core.error().code, QStringLiteral("database_too_new"));
        QVERIFY(backups(dir.path()).isEmpty());
        QCOMPARE(readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "TestDatabaseRecovery.moc"
