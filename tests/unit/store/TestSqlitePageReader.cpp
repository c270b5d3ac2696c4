// SqlitePageReader reads the rows of an SQLite file from its pages, without SQLite: every row SQLite itself reads
// from a sound file, values of every storage class, rows that spill onto overflow pages, the newest copy of a page
// from the write-ahead log, never the rows of freed pages, and rows behind a damaged header or a cut-off end.
// Hostile files end the read early, never in a crash or a loop (FuzzSqlitePages goes further).
#include "store/SqlitePageReader.h"

#include <QBuffer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <functional>

using namespace keyway;

namespace {

// A plain SQLite connection of its own, for writing test files exactly as SQLite does.
class Sqlite
{
public:
    explicit Sqlite(const QString &path, const QStringList &pragmas = {})
        : m_name(QStringLiteral("reader-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (db.open())
            for (const QString &pragma : pragmas)
                exec(pragma);
    }
    ~Sqlite()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        const bool ok = q.exec();
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    // rowid and every column of `table`, as SQLite reads them.
    QList<QVariantList> rows(const QString &table)
    {
        QList<QVariantList> list;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.exec(QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            list << row;
        }
        return list;
    }

private:
    QString m_name;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SqlitePageReader::Scan scanBytes(QByteArray database, QByteArray wal = {})
{
    QBuffer db(&database);
    db.open(QIODevice::ReadOnly);
    QBuffer log(&wal);
    log.open(QIODevice::ReadOnly);
    return SqlitePageReader::read(db, wal.isEmpty() ? nullptr : &log);
}

// The rows of the scan that have `columns` values, as rowid + values, in rowid order.
QList<QVariantList> rowsOf(const SqlitePageReader::Scan &scan, int columns)
{
    QMap<qint64, QVariantList> byRowid;
    for (const auto &row : scan.rows)
        if (row.values.size() == columns)
            byRowid.insert(row.rowid, QVariantList {row.rowid} + row.values);
    return byRowid.values();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

bool sameRows(const QList<QVariantList> &a, const QList<QVariantList> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).size() != b.at(i).size())
            return false;
        for (int j = 0; j < a.at(i).size(); ++j)
            if (!sameValue(a.at(i).at(j), b.at(i).at(j))) {
                qWarning() << "row" << i << "column" << j << a.at(i).at(j) << b.at(i).at(j);
                return false;
            }
    }
    return true;
}

} // namespace

class TestSqlitePageReader : public QObject
{
    Q_OBJECT

private:
    // A table of 7 columns holding every storage class, some rows long enough for overflow pages.
    static void fill(Sqlite &db, int rows)
    {
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b REAL, c TEXT, d BLOB, e, f TEXT, g INTEGER)")));
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < rows; ++i) {
            const qint64 big = (i % 2 ? -1 : 1) * (qint64(1) << (i % 63));
            const QString text = QStringLiteral("row %1 — ünïcødé ✓ ").arg(i).repeated(i % 7 == 0 ? 400 : 3);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {big, i * 1.25 - 7, text, QByteArray(i % 5 * 100, char(i)), i % 3 == 0 ? QVariant() : QVariant(i % 2), QString(),
                    i - 200}));
        }
        QVERIFY(db.exec(QStringLiteral("COMMIT")));
    }

private slots:
    void readsEveryRowSqliteReads_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("512") << 512;
        QTest::newRow("4096") << 4096;
        QTest::newRow("65536") << 65536;
    }
    void readsEveryRowSqliteReads()
    {
        QFETCH(int, pageSize);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QList<QVariantList> expected;
        {
            Sqlite db(path, {QStringLiteral("PRAGMA page_size=%1").arg(pageSize)});
            fill(db, 120);
            expected = db.rows(QStringLiteral("t"));
        }
        const SqlitePageReader::Scan scan = scanBytes(readFile(path));
        QVERIFY(scan.headerValid);
        QCOMPARE(scan.pageSize, pageSize);
        QVERIFY(sameRows(rowsOf(scan, 7), expected));
        // The schema table's rows are table rows too (type, name, tbl_name, rootpage, sql).
        QCOMPARE(rowsOf(scan, 5).size(), 1);
    }

    void aCutOffFileKeepsTheRowsOnItsRemainingPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QList<QVariantList> expected;
        {
            Sqlite db(path);
            fill(db, 300);
            expected = db.rows(QStringLiteral("t"));
        }
        const QByteArray whole = readFile(path);
        int previous = -1;
        // Every cut, also in the middle of a page: never more rows than there are, never a row SQLite did not write,
        // and the more of the file is left, the more rows come back.
        for (qsizetype keep = 0; keep < whole.size(); keep += 1531) {
            const QList<QVariantList> rows = rowsOf(scanBytes(whole.left(keep)), 7);
            for (const QVariantList &row : rows)
                QVERIFY(sameRows({row}, {expected.value(row.at(0).toInt() - 1)}));
            QVERIFY2(int(rows.size()) >= previous, qPrintable(QStringLiteral("%1 rows at %2 bytes").arg(rows.size()).arg(keep)));
            previous = int(rows.size());
        }
        QVERIFY(previous > 0 && previous < int(expected.size()));
        QVERIFY(sameRows(rowsOf(scanBytes(whole), 7), expected));
    }

    void aDamagedHeaderIsReadWithTheLikelyPageSize_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1024") << 1024;
        QTest::newRow("4096") << 4096;
        QTest::newRow("16384") << 16384;
    }
    void aDamagedHeaderIsReadWithTheLikelyPageSize()
    {
        QFETCH(int, pageSize);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QList<QVariantList> expected;
        {
            Sqlite db(path, {QStringLiteral("PRAGMA page_size=%1").arg(pageSize)});
            fill(db, 60);
            expected = db.rows(QStringLiteral("t"));
        }
        QByteArray bytes = readFile(path);
        bytes.replace(0, 100, QByteArray(100, '\xee'));
        const SqlitePageReader::Scan scan = scanBytes(bytes);
        QVERIFY(!scan.headerValid);
        QCOMPARE(scan.pageSize, pageSize);
        QVERIFY(sameRows(rowsOf(scan, 7), expected));
    }

    // Deleted rows stay in freed pages (with secure_delete off); reading them back would undo a deletion.
    void freedPagesAreNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        QList<QVariantList> expected;
        {
            Sqlite db(path, {QStringLiteral("PRAGMA secure_delete=OFF"), QStringLiteral("PRAGMA auto_vacuum=NONE")});
            fill(db, 300);
            QVERIFY(db.exec(QStringLiteral("DELETE FROM t WHERE rowid > 20")));
            expected = db.rows(QStringLiteral("t"));
        }
        const QByteArray bytes = readFile(path);
        QVERIFY2(bytes.contains("row 250 "), "the deleted rows are still in the file, on freed pages");
        QVERIFY(quint32(bytes.mid(36, 4).toHex().toUInt(nullptr, 16)) > 0); // §1.3: freelist page count
        QVERIFY(sameRows(rowsOf(scanBytes(bytes), 7), expected));
    }

    // While a database is open, its newest pages are in the log: they replace the main file's older copies.
    void theLogsCommittedFramesReplaceTheirPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Sqlite db(path, {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA wal_autocheckpoint=0")});
        fill(db, 40);
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(db.exec(QStringLiteral("UPDATE t SET f = 'changed in the log' WHERE rowid = 3")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (rowid, f) VALUES (1000, 'only in the log')")));
        const QList<QVariantList> expected = db.rows(QStringLiteral("t"));
        const QByteArray main = readFile(path);
        const QByteArray wal = readFile(path + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());
        QVERIFY(sameRows(rowsOf(scanBytes(main, wal), 7), expected));
        // Without the log: the state of the last checkpoint.
        QCOMPARE(rowsOf(scanBytes(main), 7).size(), expected.size() - 1);
        // Frames of an older generation of the log (other salts) are not used.
        QByteArray stale = wal;
        stale[16] = char(stale[16] ^ 0x55);
        QCOMPARE(rowsOf(scanBytes(main, stale), 7).size(), expected.size() - 1);
    }

    void hostileFilesEndTheReadEarly_data()
    {
        QTest::addColumn<QByteArray>("file");
        QByteArray header("SQLite format 3\0", 16);
        header.append(QByteArray::fromHex("0200")); // 512-byte pages
        header.append(QByteArray(100 - header.size(), '\0'));
        auto page1 = [&](const QByteArray &btree) {
            QByteArray p = header + btree;
            p.append(QByteArray(512 - p.size(), '\0'));
            return p;
        };
        // A leaf with one cell at the end of the page: payload size, rowid, then `tail`.
        auto leafWith = [](const QByteArray &cell) {
            QByteArray p(512, '\0');
            p[0] = 0x0d;
            p[4] = 1;
            const int at = 512 - int(cell.size());
            p[8] = char(at >> 8);
            p[9] = char(at & 0xff);
            p.replace(at, cell.size(), cell);
            return p;
        };
        const QByteArray emptyLeaf = page1(QByteArray::fromHex("0d000000000200"
                                                               "00"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << header;
        QTest::newRow("cells beyond the page") << page1(QByteArray::fromHex("0d0000ffff000000"));
        QTest::newRow("cell pointers past the end") << emptyLeaf + leafWith(QByteArray::fromHex("ffff"));
        QTest::newRow("payload of 2^63 bytes") << emptyLeaf + leafWith(QByteArray::fromHex("ffffffffffffffffff01"));
        QTest::newRow("varint runs off the page") << emptyLeaf + leafWith(QByteArray::fromHex("8080808080"));
        // Overflow onto itself, forever, if nothing stopped it: a 100,000-byte payload whose chain loops on page 2.
        // (§1.6 keeps 432 of those bytes on a 512-byte page.)
        QByteArray looping
            = leafWith(QByteArray::fromHex("86 8d 20 01") + QByteArray(432, 'x') + QByteArray::fromHex("00000002"));
        QTest::newRow("overflow chain loops") << emptyLeaf + looping;
        QTest::newRow("record header longer than the payload") << emptyLeaf + leafWith(QByteArray::fromHex("04 01 7f 01 01 01"));
        QTest::newRow("reserved serial type") << emptyLeaf + leafWith(QByteArray::fromHex("03 01 02 0a 00"));
        QTest::newRow("text longer than the payload") << emptyLeaf + leafWith(QByteArray::fromHex("04 01 02 7f 41 41"));
        QByteArray badSize = header;
        badSize[16] = 0x03; // 768: not a power of two
        QTest::newRow("page size not a power of two") << badSize + QByteArray(4000, '\x0d');
        QByteArray hugeFreelist = page1(QByteArray::fromHex("0d00000000020000"));
        hugeFreelist[32] = 0x7f;
        hugeFreelist[35] = 0x02;
        QTest::newRow("freelist trunk out of range") << hugeFreelist + leafWith(QByteArray::fromHex("0301020109"));
    }
    void hostileFilesEndTheReadEarly()
    {
        QFETCH(QByteArray, file);
        QElapsedTimer timer;
        timer.start();
        const SqlitePageReader::Scan scan = scanBytes(file);
        QVERIFY(timer.elapsed() < 2000);
        for (const auto &row : scan.rows)
            QVERIFY(row.page >= 1 && row.page <= scan.pageCount);
    }

    // The smallest well-formed row, to show the hand-made pages above are read when they are right.
    void aHandMadeLeafIsRead()
    {
        QByteArray header("SQLite format 3\0", 16);
        header.append(QByteArray::fromHex("0200"));
        header.append(QByteArray(100 - header.size(), '\0'));
        QByteArray page1 = header + QByteArray::fromHex("0d00000000020000");
        page1.append(QByteArray(512 - page1.size(), '\0'));
        QByteArray leaf(512, '\0');
        leaf[0] = 0x0d;
        leaf[4] = 1;
        const QByteArray cell = QByteArray::fromHex("06 2a 03 01 11 07 68 69"); // rowid 42: (7, 'hi')
        leaf[8] = char((512 - cell.size()) >> 8);
        leaf[9] = char((512 - cell.size()) & 0xff);
        leaf.replace(512 - cell.size(), cell.size(), cell);
        const SqlitePageReader::Scan scan = scanBytes(page1 + leaf);
        QCOMPARE(scan.rows.size(), 1);
        QCOMPARE(scan.rows.first().page, 2u);
        QCOMPARE(scan.rows.first().rowid, 42);
        QCOMPARE(scan.rows.first().values, (QVariantList {qlonglong(7), QStringLiteral("hi")}));
    }
};

QTEST_GUILESS_MAIN(TestSqlitePageReader)
#include "TestSqlitePageReader.moc"
