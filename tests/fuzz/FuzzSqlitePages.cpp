// libFuzzer target: SqlitePageReader, which reads a damaged database file (and its write-ahead log) page by page to
// recover connections. The file is whatever was left on disk, so it is untrusted input: any bytes must end the read
// in bounded time and memory, and what it returns must be consistent. The first byte chooses whether the input is
// one file or a database and a log: then the next two bytes give the database's length in units of 16 bytes.
#include "store/SqlitePageReader.h"

#include "FuzzSupport.h"

#include <QBuffer>

using namespace keyway;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Input input(data, size);
    const bool withLog = input.byte() & 1;
    const qsizetype databaseBytes = withLog ? ((qsizetype(input.byte()) << 8) | input.byte()) * 16 : -1;
    QByteArray rest = input.rest();
    QByteArray database = databaseBytes < 0 ? rest : rest.left(databaseBytes);
    QByteArray log = databaseBytes < 0 ? QByteArray() : rest.mid(qMin(databaseBytes, rest.size()));
    QBuffer db(&database);
    db.open(QIODevice::ReadOnly);
    QBuffer wal(&log);
    wal.open(QIODevice::ReadOnly);

    SqlitePageReader::Limits limits;
    limits.maxPayloadBytes = 1 << 16;
    const SqlitePageReader::Scan scan = SqlitePageReader::read(db, withLog ? &wal : nullptr, limits);
    KEYWAY_FUZZ_ASSERT(scan.pageSize >= 512 && scan.pageSize <= 65536 && (scan.pageSize & (scan.pageSize - 1)) == 0);
    for (const SqlitePageReader::Row &row : scan.rows) {
        KEYWAY_FUZZ_ASSERT(row.page >= 1 && row.page <= scan.pageCount);
        KEYWAY_FUZZ_ASSERT(row.values.size() <= limits.maxColumns);
        qint64 bytes = 0;
        for (const QVariant &value : row.values)
            bytes += value.typeId() == QMetaType::QString ? value.toString().size()
                : value.typeId() == QMetaType::QByteArray ? value.toByteArray().size()
                                                          : 0;
        KEYWAY_FUZZ_ASSERT(bytes <= limits.maxPayloadBytes);
    }
    return 0;
}
