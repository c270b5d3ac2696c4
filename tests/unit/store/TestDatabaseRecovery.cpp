// A damaged SQLite file (garbage, a truncated copy, a bad block in the middle) never stops Keyway from starting
// and never crashes it: DatabaseRecovery sets the file aside as a backup, starts a new database and recovers every
// connection record whose row is still in the file, even where SQLite itself gives up (a file cut short, a lost
// b-tree page): their secrets are keyed by id in the keychain, so they work at once. What is recovered is exactly
// what was written, never a row made up from damaged bytes. A database that is not damaged but only unusable
// (written by a newer Keyway) is left exactly as it is. (CoreContext's use of it: TestRefreshCrashSafety.)
#include "ResultChecks.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"
#include "store/DatabaseRecovery.h"

#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

namespace {

// What a recovery gave: the records in the new database, the notice, how many backups lie beside it.
struct Outcome
{
    bool recovered = false; // false: the file opened as it was
    QList<ConnectionRecord> records;
    QString notice;
    Error error;
};

Outcome openOrRecover(const QString &path)
{
    Outcome outcome;
    Database db;
    outcome.error = db.open(path);
    if (!outcome.error.isNull()) {
        if (outcome.error.code != QLatin1String("database_corrupt"))
            return outcome;
        const auto report = DatabaseRecovery::recover(path, db);
        if (!report) {
            outcome.error = report.error();
            return outcome;
        }
        outcome.error = Error();
        outcome.recovered = true;
        outcome.notice = DatabaseRecovery::describe(report.value());
    }
    outcome.records = ConnectionRepository(db).all();
    return outcome;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QStringList backups(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("keyway.sqlite.damaged-*")}, QDir::Files);
}

ConnectionRecord sampleRecord(int i, int settingsBytes)
{
    ConnectionRecord r;
    r.id = QStringLiteral("conn-%1").arg(i, 3, 10, QLatin1Char('0'));
    r.integrationId = i % 2 ? QStringLiteral("github") : QStringLiteral("openid-connect");
    r.name = QStringLiteral("Connection %1 — ✓").arg(i);
    r.authMode = QStringLiteral("oauth2_authorization_code");
    r.accountLabel = QStringLiteral("user%1@example.com").arg(i);
    r.requestedScopes = QStringList {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
    r.grantedScopes = r.requestedScopes;
    r.status = i % 3 ? ConnectionStatus::Connected : ConnectionStatus::Expiring;
    r.expiresAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + i, Qt::UTC);
    r.settings = QJsonObject {{QStringLiteral("client_id"), QStringLiteral("client-%1").arg(i)},
        {QStringLiteral("notes"), QString(settingsBytes, QLatin1Char('a' + i % 26))}};
    r.tokenFingerprint = QStringLiteral("fp%1").arg(i);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000, Qt::UTC);
    return r;
}

bool sameRecord(const ConnectionRecord &a, const ConnectionRecord &b)
{
    return a.id == b.id && a.integrationId == b.integrationId && a.name == b.name && a.authMode == b.authMode
        && a.accountLabel == b.accountLabel && a.requestedScopes == b.requestedScopes && a.grantedScopes == b.grantedScopes
        && a.status == b.status && a.expiresAt == b.expiresAt && a.settings == b.settings
        && a.tokenFingerprint == b.tokenFingerprint && a.createdAt == b.createdAt;
}

// A database as Keyway leaves it: `connections` records, then `events` events so later pages hold only events,
// everything checkpointed into the main file (so damaging the file damages the data). Returns the records, and
// for each page that holds connection rows, how many it holds (SQLite's own dbstat, on the sound file).
struct Made
{
    QList<ConnectionRecord> records;
    QMap<int, int> connectionRowsByPage;
    int pages = 0;
};

Made makeDatabase(const QString &path, int connections, int events, int settingsBytes)
{
    Made made;
    Database db;
    if (!db.open(path).isNull())
        qFatal("cannot create %s", qPrintable(path));
    ConnectionRepository repo(db);
    for (int i = 0; i < connections; ++i) {
        made.records << sampleRecord(i, settingsBytes);
        repo.save(made.records.last());
    }
    QSqlQuery(db.handle()).exec(QStringLiteral("BEGIN"));
    for (int i = 0; i < events; ++i) {
        ConnectionEvent e;
        e.connectionId = QStringLiteral("conn-000");
        e.step = QStringLiteral("refresh");
        e.outcome = QStringLiteral("ok");
        e.detail = QStringLiteral("event %1 ").arg(i).repeated(8);
        repo.addEvent(e);
    }
    QSqlQuery(db.handle()).exec(QStringLiteral("COMMIT"));
    QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QSqlQuery stat(db.handle());
    stat.exec(QStringLiteral("SELECT pageno, pagetype, ncell FROM dbstat WHERE name = 'connections'"));
    while (stat.next()) {
        if (stat.value(1).toString() == QLatin1String("overflow"))
            qFatal("the test rows must fit on their pages");
        if (stat.value(1).toString() == QLatin1String("leaf"))
            made.connectionRowsByPage.insert(stat.value(0).toInt(), stat.value(2).toInt());
    }
    QSqlQuery count(db.handle());
    count.exec(QStringLiteral("PRAGMA page_count"));
    count.next();
    made.pages = count.value(0).toInt();
    return made;
}

} // namespace

class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

private:
    // Every recovered record is one that was written, unchanged.
    static void checkAllGenuine(const QList<ConnectionRecord> &recovered, const QList<ConnectionRecord> &written)
    {
        for (const ConnectionRecord &r : recovered) {
            const auto original
                = std::find_if(written.cbegin(), written.cend(), [&](const ConnectionRecord &w) { return w.id == r.id; });
            QVERIFY2(original != written.cend(), qPrintable(r.id));
            QVERIFY2(sameRecord(r, *original), qPrintable(r.id));
        }
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

        const Outcome outcome = openOrRecover(path);
        QVERIFY2(outcome.recovered, qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.records.size(), 0);
        QVERIFY2(
            outcome.notice.contains(QLatin1String("damaged")) && outcome.notice.contains(QLatin1String("keyway.sqlite.damaged-")),
            qPrintable(outcome.notice));
        QVERIFY2(outcome.notice.contains(QLatin1String("connect your integrations again")), qPrintable(outcome.notice));

        // The damaged bytes are kept, untouched, as the backup.
        const QStringList kept = backups(dir.path());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(dir.filePath(kept.first())).left(content.size()), content);
        // The new database is fully usable, and opens again as it is.
        Database again;
        KEYWAY_VERIFY_NO_ERROR(again.open(path));
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    }

    void damagedPagesKeepTheReadableConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        const Made made = makeDatabase(path, 5, 3000, 50);
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 64 * 1024);
        // A bad block near the end, where only events live.
        for (qsizetype i = bytes.size() - 20000; i < bytes.size() - 4000; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xff));
        writeFile(path, bytes);

        const Outcome outcome = openOrRecover(path);
        QVERIFY(outcome.recovered);
        QCOMPARE(outcome.records.size(), 5);
        checkAllGenuine(outcome.records, made.records);
        QVERIFY2(outcome.notice.contains(QLatin1String("5 connection")), qPrintable(outcome.notice));
        QCOMPARE(backups(dir.path()).size(), 1);
    }

    // The integrations' default connections (issue 21) come back with the connections they name.
    void defaultConnectionsComeBackWithTheirConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        const Made made = makeDatabase(path, 5, 3000, 50);
        {
            Database db;
            KEYWAY_VERIFY_NO_ERROR(db.open(path));
            ConnectionRepository repo(db);
            KEYWAY_VERIFY_NO_ERROR(repo.setDefaultConnection(made.records.at(2).integrationId, made.records.at(2).id));
            QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QByteArray bytes = readFile(path);
        for (qsizetype i = bytes.size() - 20000; i < bytes.size() - 4000; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xff));
        writeFile(path, bytes);

        const Outcome outcome = openOrRecover(path);
        QVERIFY(outcome.recovered);
        QCOMPARE(outcome.records.size(), 5);
        Database db;
        KEYWAY_VERIFY_NO_ERROR(db.open(path));
        const QHash<QString, QString> defaults = ConnectionRepository(db).defaultConnections();
        QCOMPARE(defaults, (QHash<QString, QString> {{made.records.at(2).integrationId, made.records.at(2).id}}));
    }

    // The file cut after every possible page: every connection whose row is on a page that is left comes back, as
    // it was written (issue 26: before, none did, at any size).
    void truncatedAtEveryPageCountRecoversEveryRowLeft_data()
    {
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("settingsBytes");
        QTest::newRow("3 connections on one page of 11") << 3 << 60 << 50;
        QTest::newRow("60 connections on several leaf pages") << 60 << 400 << 300;
    }
    void truncatedAtEveryPageCountRecoversEveryRowLeft()
    {
        QFETCH(int, connections);
        QFETCH(int, events);
        QFETCH(int, settingsBytes);
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
        const Made made = makeDatabase(pristine, connections, events, settingsBytes);
        QVERIFY(made.pages >= 11);
        if (connections > 3)
            QVERIFY(made.connectionRowsByPage.size() > 2);
        const QByteArray bytes = readFile(pristine);
        const qsizetype pageSize = bytes.size() / made.pages;

        for (int pages = 1; pages < made.pages; ++pages) {
            QTemporaryDir run;
            const QString path = run.filePath(QStringLiteral("keyway.sqlite"));
            writeFile(path, bytes.left(pages * pageSize));
            int expected = 0;
            for (auto it = made.connectionRowsByPage.cbegin(); it != made.connectionRowsByPage.cend(); ++it)
                expected += it.key() <= pages ? it.value() : 0;

            const Outcome outcome = openOrRecover(path);
            QVERIFY2(outcome.error.isNull(), qPrintable(outcome.error.toString()));
            QVERIFY2(outcome.records.size() == expected,
                qPrintable(QStringLiteral("cut to %1 of %2 pages: %3 of the %4 connections left in the file recovered")
                               .arg(pages)
                               .arg(made.pages)
                               .arg(outcome.records.size())
                               .arg(expected)));
            checkAllGenuine(outcome.records, made.records);
            if (outcome.recovered)
                QCOMPARE(backups(run.path()).size(), 1);
        }
    }

    // Random pages overwritten (random bytes or zeros), the first page too: whatever SQLite still manages, every
    // connection on a page left intact comes back, and nothing comes back that was not written.
    void randomPageCorruptionRecoversEveryIntactRow()
    {
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
        const Made made = makeDatabase(pristine, 60, 400, 300);
        const QByteArray bytes = readFile(pristine);
        const qsizetype pageSize = bytes.size() / made.pages;
        QRandomGenerator random(26);
        for (int round = 0; round < 40; ++round) {
            QByteArray damaged = bytes;
            QSet<int> hit;
            const int count = 1 + int(random.bounded(3));
            while (hit.size() < count)
                hit.insert(1 + int(random.bounded(made.pages)));
            const bool zeros = random.bounded(2) == 0;
            for (const int page : hit)
                for (qsizetype i = (page - 1) * pageSize; i < page * pageSize; ++i)
                    damaged[i] = zeros ? '\0' : char(random.bounded(256));
            int intact = 0;
            for (auto it = made.connectionRowsByPage.cbegin(); it != made.connectionRowsByPage.cend(); ++it)
                intact += hit.contains(it.key()) ? 0 : it.value();

            QStringList hitPages;
            for (const int page : hit)
                hitPages << QString::number(page);
            QTemporaryDir run;
            const QString path = run.filePath(QStringLiteral("keyway.sqlite"));
            writeFile(path, damaged);
            const Outcome outcome = openOrRecover(path);
            QVERIFY2(outcome.error.isNull(), qPrintable(outcome.error.toString()));
            QVERIFY2(outcome.records.size() >= intact,
                qPrintable(QStringLiteral("round %1, pages %2 %3: %4 recovered, %5 on intact pages")
                               .arg(round)
                               .arg(hitPages.join(QLatin1Char(',')))
                               .arg(zeros ? QStringLiteral("zeroed") : QStringLiteral("scrambled"))
                               .arg(outcome.records.size())
                               .arg(intact)));
            checkAllGenuine(outcome.records, made.records);
        }
    }

    // WAL frames of the damaged file must never be applied to the new database (that would damage it in turn).
    void staleWalNeverReachesTheNewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        writeFile(path, QByteArray("garbage").repeated(1000));
        writeFile(path + QStringLiteral("-wal"), QByteArray("wal bytes").repeated(100));
        const Outcome outcome = openOrRecover(path);
        QVERIFY(outcome.recovered);
        QVERIFY(!readFile(path + QStringLiteral("-wal")).contains("wal bytes"));
        Database db;
        Error error = db.open(path);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        ConnectionRecord r;
        r.id = QStringLiteral("after-recovery");
        r.integrationId = QStringLiteral("github");
        r.authMode = QStringLiteral("api_key");
        KEYWAY_VERIFY_NO_ERROR(ConnectionRepository(db).save(r));
    }

    void newerDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyway.sqlite"));
        makeDatabase(path, 1, 0, 10);
        {
            Database db;
            KEYWAY_VERIFY_NO_ERROR(db.open(path));
            QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA user_version=999"));
        }
        const QByteArray before = readFile(path);
        const Outcome outcome = openOrRecover(path);
        QVERIFY(!outcome.recovered);
        QCOMPARE(outcome.error.code, QStringLiteral("database_too_new"));
        QVERIFY(backups(dir.path()).isEmpty());
        QCOMPARE(readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "TestDatabaseRecovery.moc"
