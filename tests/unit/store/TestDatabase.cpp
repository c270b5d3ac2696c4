#include "ResultChecks.h"
#include "TestSupport.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesFreshDatabase()
    {
        QTemporaryDir dir;
        Database db;
        Error error = db.open(dir.filePath(QStringLiteral("k.sqlite")));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database db;
            KEYWAY_VERIFY_NO_ERROR(db.open(path));
            ConnectionRepository repo(db);
            ConnectionRecord r;
            r.id = QStringLiteral("c1");
            r.integrationId = QStringLiteral("github");
            r.authMode = QStringLiteral("oauth2_authorization_code");
            Error error = repo.save(r);
            QVERIFY2(error.isNull(), qPrintable(error.toString()));
        }
        Database db;
        KEYWAY_VERIFY_NO_ERROR(db.open(path));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(ConnectionRepository(db).find(QStringLiteral("c1")).has_value());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        {
            Database db;
            KEYWAY_VERIFY_NO_ERROR(db.open(path));
            QSqlQuery(db.handle()).exec(QStringLiteral("PRAGMA user_version=999"));
        }
        Database db;
        Error error = db.open(path);
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("database_too_new"));
    }

    void garbageFileGivesClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database\n").repeated(100);
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16);
        QByteArray fakeHeader("SQLite format 3\0", 16);
        fakeHeader.append(QByteArray(4096, '\xAB'));
        QTest::newRow("corrupt pages") << fakeHeader;
    }
    void garbageFileGivesClearError()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Database db;
        Error error = db.open(path);
        QVERIFY(!error.isNull());
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!db.isOpen());
    }

    // Two Keyway processes share one database: two independent connections writing in turns, with WAL and a
    // busy timeout, lose nothing.
    void twoConnectionsInterleave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.sqlite"));
        Database a, b;
        KEYWAY_VERIFY_NO_ERROR(a.open(path));
        KEYWAY_VERIFY_NO_ERROR(b.open(path));
        ConnectionRepository ra(a), rb(b);
        for (int i = 0; i < 200; ++i) {
            ConnectionRecord r;
            r.id = QStringLiteral("c%1").arg(i);
            r.integrationId = QStringLiteral("x");
            r.authMode = QStringLiteral("api_key");
            KEYWAY_VERIFY_NO_ERROR((i % 2 ? ra : rb).save(r));
            ConnectionEvent e;
            e.connectionId = r.id;
            e.step = QStringLiteral("created");
            e.outcome = QStringLiteral("ok");
            KEYWAY_VERIFY_NO_ERROR((i % 2 ? rb : ra).addEvent(e));
        }
        QCOMPARE(ra.all().size(), 200);
        QCOMPARE(rb.all().size(), 200);
        QCOMPARE(rb.events(QStringLiteral("c7")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
