#pragma once

#include <QList>
#include <QVariant>

class QIODevice;

namespace keyway {

// Reads table rows straight from the pages of an SQLite database file, without SQLite, to recover what a damaged
// file still holds. SQLite reads a table by walking its b-tree from the root and stops at the first page it cannot
// trust, so a truncated copy or one lost interior page hides every row behind it; this reads every page that
// parses, as SQLite's own recovery does. It follows the documented file format
// (https://www.sqlite.org/fileformat.html): the 100-byte header (§1.3), table b-tree leaf pages (§1.6, flag 0x0d),
// cell payloads with their overflow chains (§1.6, §1.7) and the record format (§2.1). Freelist pages (§1.5) are
// skipped, so a freed page never brings deleted rows back, and the committed frames of a write-ahead log (§4.1,
// same salts as its header, up to the last commit frame) stand in for the pages they hold. Which table a row
// belongs to is not decided here (a lost schema or interior page must not lose the row): the caller recognises
// its rows by their shape.
//
// The file is untrusted input (FuzzSqlitePages): every offset, length and page number is checked against the bytes
// actually there, a record's payload and column count are capped, and the overflow pages followed in one read are
// bounded by the file's page count, so time and memory stay linear in the size of the file.
class SqlitePageReader
{
public:
    struct Row
    {
        quint32 page = 0; // the leaf page it was read from (1-based)
        qint64 rowid = 0;
        QVariantList values; // NULL: a null QVariant; integer: qlonglong; real: double; text: QString; blob: QByteArray
    };
    struct Scan
    {
        int pageSize = 0; // from the header (or the log's), else the guess that read the most rows
        bool headerValid = false;
        quint32 pageCount = 0;
        QList<Row> rows;
    };
    struct Limits
    {
        qint64 maxPayloadBytes = 1 << 20; // a longer row is skipped
        quint32 maxPages = 1u << 20; // pages beyond are not read (4 GiB of 4 KiB pages)
        int maxColumns = 2000; // SQLITE_MAX_COLUMN's default
    };

    // Reads `database` (and the log `wal`, which may be null) from their start; both must be open for reading and
    // seekable.
    static Scan read(QIODevice &database, QIODevice *wal, const Limits &limits);
    static Scan read(QIODevice &database, QIODevice *wal = nullptr);
};

} // namespace keyway
