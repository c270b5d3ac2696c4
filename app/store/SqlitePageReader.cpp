#include "store/SqlitePageReader.h"

#include <QHash>
#include <QIODevice>
#include <QSet>

#include <cstring>

namespace keyway {

namespace {

// §1.3: the header string every SQLite 3 database starts with.
constexpr char kMagic[] = "SQLite format 3"; // and its terminating NUL: 16 bytes
constexpr int kHeaderBytes = 100;
constexpr quint8 kTableLeaf = 0x0d; // §1.6: a table b-tree leaf page
constexpr quint32 kWalMagicLe = 0x377f0682; // §4.1: checksums in little- or big-endian words
constexpr quint32 kWalMagicBe = 0x377f0683;
constexpr int kWalHeaderBytes = 32;
constexpr int kWalFrameHeaderBytes = 24;

enum class TextEncoding { Utf8, Utf16Le, Utf16Be };

quint32 be16(const uchar *p)
{
    return (quint32(p[0]) << 8) | p[1];
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

const uchar *bytes(const QByteArray &a)
{
    return reinterpret_cast<const uchar *>(a.constData());
}

// §1.6 varint: 1 to 9 bytes, big-endian, seven bits a byte while the high bit is set, all eight in the ninth.
// Returns the bytes read, 0 when it would run past `available`.
int readVarint(const uchar *p, qsizetype available, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        if (i >= available)
            return 0;
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *value = v;
            return i + 1;
        }
    }
    if (available < 9)
        return 0;
    *value = (v << 8) | p[8];
    return 9;
}

// §1.3: a power of two from 512 to 65536, the latter written as 1.
int pageSizeFrom(quint32 raw)
{
    const quint32 size = raw == 1 ? 65536 : raw;
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0 ? int(size) : 0;
}

struct Format
{
    int pageSize = 0;
    int usable = 0; // §1.3: the page size less the reserved bytes at the end of each page
    TextEncoding encoding = TextEncoding::Utf8;
};

// The pages of the file as SQLite would see them: a committed frame of the write-ahead log replaces the page in the
// main file. A page at the truncated end of the file is shorter than the page size; an absent one is empty.
class Pages
{
public:
    Pages(QIODevice &database, QIODevice *wal, int pageSize, quint32 maxPages)
        : m_database(database)
        , m_wal(wal)
        , m_pageSize(pageSize)
    {
        const qint64 size = database.size();
        m_count = quint32(qMin<qint64>(maxPages, (size + pageSize - 1) / pageSize));
        if (wal)
            indexWal(maxPages);
    }

    quint32 count() const { return m_count; }

    QByteArray page(quint32 number) const
    {
        if (number == 0 || number > m_count)
            return {};
        if (const auto frame = m_frames.constFind(number); frame != m_frames.cend())
            return readAt(*m_wal, frame.value(), m_pageSize);
        return readAt(m_database, qint64(number - 1) * m_pageSize, m_pageSize);
    }

private:
    static QByteArray readAt(QIODevice &device, qint64 offset, qint64 length)
    {
        if (!device.seek(offset))
            return {};
        return device.read(length);
    }

    // §4.1: frames whose salts match the header's belong to the log's current generation; those up to the last
    // commit frame are committed. Checksums are not verified: a frame that is torn parses as a damaged page.
    void indexWal(quint32 maxPages)
    {
        const QByteArray header = readAt(*m_wal, 0, kWalHeaderBytes);
        if (header.size() < kWalHeaderBytes)
            return;
        const quint32 magic = be32(bytes(header));
        if ((magic != kWalMagicLe && magic != kWalMagicBe) || pageSizeFrom(be32(bytes(header) + 8)) != m_pageSize)
            return;
        const QByteArray salts = header.mid(16, 8);
        const qint64 frameBytes = kWalFrameHeaderBytes + qint64(m_pageSize);
        QHash<quint32, qint64> pending;
        for (qint64 offset = kWalHeaderBytes; offset + frameBytes <= m_wal->size(); offset += frameBytes) {
            const QByteArray frame = readAt(*m_wal, offset, kWalFrameHeaderBytes);
            if (frame.size() < kWalFrameHeaderBytes || frame.mid(8, 8) != salts)
                break;
            const quint32 number = be32(bytes(frame));
            if (number == 0 || number > maxPages)
                break;
            pending.insert(number, offset + kWalFrameHeaderBytes);
            if (be32(bytes(frame) + 4) != 0) { // a commit frame
                for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
                    m_frames.insert(it.key(), it.value());
                    m_count = qMax(m_count, it.key());
                }
                pending.clear();
            }
        }
    }

    QIODevice &m_database;
    QIODevice *m_wal;
    int m_pageSize;
    quint32 m_count = 0;
    QHash<quint32, qint64> m_frames;
};

// §1.5: the trunk pages of the freelist and the leaves they list. Bounded by the page count; a damaged chain
// simply ends the walk.
QSet<quint32> freelistPages(const Pages &pages, const QByteArray &header, int usable)
{
    QSet<quint32> free;
    quint32 trunk = be32(bytes(header) + 32);
    const quint32 maxLeaves = quint32(usable / 4 - 2);
    for (quint32 hops = 0; trunk != 0 && trunk <= pages.count() && hops < pages.count() && !free.contains(trunk); ++hops) {
        free.insert(trunk);
        const QByteArray page = pages.page(trunk);
        if (page.size() < 8)
            break;
        const quint32 leaves = be32(bytes(page) + 4);
        if (leaves > maxLeaves || 8 + qsizetype(leaves) * 4 > page.size())
            break;
        for (quint32 i = 0; i < leaves; ++i)
            free.insert(be32(bytes(page) + 8 + i * 4));
        trunk = be32(bytes(page));
    }
    return free;
}

QString decodeText(const QByteArray &raw, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QString::fromUtf8(raw);
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16Be: {
        QString text;
        text.reserve(raw.size() / 2);
        const uchar *p = bytes(raw);
        for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
            text.append(
                QChar(encoding == TextEncoding::Utf16Le ? char16_t(p[i] | (p[i + 1] << 8)) : char16_t((p[i] << 8) | p[i + 1])));
        return text;
    }
    }
    return {};
}

// §2.1: a header (its own size, then one serial type a column) and the values in that order. The record must
// use exactly the payload: anything else is not a record.
bool decodeRecord(const QByteArray &payload, TextEncoding encoding, int maxColumns, QVariantList *values)
{
    const uchar *p = bytes(payload);
    const qsizetype size = payload.size();
    quint64 headerSize = 0;
    qsizetype pos = readVarint(p, size, &headerSize);
    if (pos == 0 || headerSize < quint64(pos) || headerSize > quint64(size))
        return false;
    QList<quint64> types;
    while (pos < qsizetype(headerSize)) {
        quint64 type = 0;
        const int n = readVarint(p + pos, qsizetype(headerSize) - pos, &type);
        if (n == 0 || types.size() >= maxColumns)
            return false;
        types.append(type);
        pos += n;
    }
    qsizetype body = qsizetype(headerSize);
    for (const quint64 type : types) {
        static const int intBytes[] = {0, 1, 2, 3, 4, 6, 8};
        if (type == 0) {
            values->append(QVariant());
        } else if (type <= 6) {
            const int n = intBytes[type];
            if (body + n > size)
                return false;
            quint64 v = (p[body] & 0x80) ? ~quint64(0) : 0; // sign-extended big-endian two's complement
            for (int i = 0; i < n; ++i)
                v = (v << 8) | p[body + i];
            values->append(QVariant(qlonglong(v)));
            body += n;
        } else if (type == 7) {
            if (body + 8 > size)
                return false;
            quint64 bits = 0;
            for (int i = 0; i < 8; ++i)
                bits = (bits << 8) | p[body + i];
            double real = 0;
            std::memcpy(&real, &bits, sizeof real);
            values->append(QVariant(real));
            body += 8;
        } else if (type == 8 || type == 9) {
            values->append(QVariant(qlonglong(type - 8)));
        } else if (type >= 12) {
            const quint64 length = (type - 12) / 2;
            if (length > quint64(size - body))
                return false;
            const QByteArray raw = payload.mid(body, qsizetype(length));
            if (type % 2 == 0)
                values->append(QVariant(raw));
            else
                values->append(QVariant(decodeText(raw, encoding)));
            body += qsizetype(length);
        } else {
            return false; // 10 and 11 are reserved
        }
    }
    return body == size;
}

class LeafReader
{
public:
    LeafReader(const Pages &pages, const Format &format, const QSet<quint32> &free, const SqlitePageReader::Limits &limits)
        : m_pages(pages)
        , m_format(format)
        , m_free(free)
        , m_limits(limits)
        ,
        // A sound file uses each overflow page in one chain; twice the page count leaves room for damage.
        m_overflowBudget(qint64(pages.count()) * 2 + 16)
    {
    }

    QList<SqlitePageReader::Row> readAll()
    {
        QList<SqlitePageReader::Row> rows;
        for (quint32 number = 1; number <= m_pages.count(); ++number)
            if (!m_free.contains(number))
                readLeaf(number, &rows);
        return rows;
    }

private:
    // §1.6: the page header (8 bytes on a leaf, after the file header on page 1), the cell pointer array, cells.
    void readLeaf(quint32 number, QList<SqlitePageReader::Row> *rows)
    {
        const QByteArray page = m_pages.page(number);
        const qsizetype start = number == 1 ? kHeaderBytes : 0;
        const qsizetype end = qMin<qsizetype>(page.size(), m_format.usable);
        if (end < start + 8 || quint8(page.at(start)) != kTableLeaf)
            return;
        const uchar *p = bytes(page);
        const quint32 cells = be16(p + start + 3);
        const qsizetype pointersEnd = start + 8 + qsizetype(cells) * 2;
        if (pointersEnd > end)
            return;
        QSet<quint32> seen;
        for (quint32 i = 0; i < cells; ++i) {
            const quint32 offset = be16(p + start + 8 + i * 2);
            if (offset < quint32(pointersEnd) || offset >= quint32(end) || seen.contains(offset))
                continue;
            seen.insert(offset);
            SqlitePageReader::Row row;
            row.page = number;
            if (readCell(page, offset, end, &row))
                rows->append(row);
        }
    }

    // A table leaf cell: payload size, rowid, the payload's first part and, when it does not fit, the number of its
    // first overflow page (§1.6's formulas for how much stays on the page).
    bool readCell(const QByteArray &page, qsizetype offset, qsizetype end, SqlitePageReader::Row *row)
    {
        const uchar *p = bytes(page);
        quint64 payloadSize = 0;
        quint64 rowid = 0;
        int n = readVarint(p + offset, end - offset, &payloadSize);
        if (n == 0 || payloadSize > quint64(m_limits.maxPayloadBytes))
            return false;
        offset += n;
        n = readVarint(p + offset, end - offset, &rowid);
        if (n == 0)
            return false;
        offset += n;
        row->rowid = qint64(rowid);
        const qint64 u = m_format.usable;
        const qint64 x = u - 35;
        qint64 local = qint64(payloadSize);
        if (local > x) {
            const qint64 m = ((u - 12) * 32 / 255) - 23;
            const qint64 k = m + ((qint64(payloadSize) - m) % (u - 4));
            local = k <= x ? k : m;
        }
        const bool overflows = local < qint64(payloadSize);
        if (offset + local + (overflows ? 4 : 0) > end)
            return false;
        QByteArray payload = page.mid(offset, local);
        if (overflows && !readOverflow(be32(p + offset + local), qint64(payloadSize) - local, &payload))
            return false;
        return decodeRecord(payload, m_format.encoding, m_limits.maxColumns, &row->values);
    }

    // §1.7: each overflow page starts with the number of the next (0 on the last), then usable size - 4 bytes of
    // payload. Every byte of the row must be there, or the row is not read at all.
    bool readOverflow(quint32 next, qint64 remaining, QByteArray *payload)
    {
        const qint64 perPage = m_format.usable - 4;
        while (remaining > 0) {
            if (next == 0 || next > m_pages.count() || m_overflowBudget <= 0)
                return false;
            --m_overflowBudget;
            const QByteArray page = m_pages.page(next);
            const qint64 take = qMin(remaining, perPage);
            if (page.size() < 4 + take)
                return false;
            payload->append(page.constData() + 4, qsizetype(take));
            remaining -= take;
            next = be32(bytes(page));
        }
        return true;
    }

    const Pages &m_pages;
    const Format &m_format;
    const QSet<quint32> &m_free;
    const SqlitePageReader::Limits &m_limits;
    qint64 m_overflowBudget;
};

SqlitePageReader::Scan scanWith(QIODevice &database, QIODevice *wal, const Format &format, const QByteArray &mainHeader,
    const SqlitePageReader::Limits &limits)
{
    const Pages pages(database, wal, format.pageSize, limits.maxPages);
    SqlitePageReader::Scan scan;
    scan.pageSize = format.pageSize;
    scan.pageCount = pages.count();
    QSet<quint32> free;
    if (!mainHeader.isEmpty()) {
        // The freelist as of the newest page 1 (the log may hold a newer one than the main file).
        const QByteArray first = pages.page(1);
        const bool newer = first.size() >= kHeaderBytes && std::memcmp(first.constData(), kMagic, 16) == 0;
        free = freelistPages(pages, newer ? first : mainHeader, format.usable);
    }
    scan.rows = LeafReader(pages, format, free, limits).readAll();
    return scan;
}

} // namespace

SqlitePageReader::Scan SqlitePageReader::read(QIODevice &database, QIODevice *wal)
{
    return read(database, wal, Limits());
}

SqlitePageReader::Scan SqlitePageReader::read(QIODevice &database, QIODevice *wal, const Limits &limits)
{
    database.seek(0);
    const QByteArray header = database.read(kHeaderBytes);
    Format format;
    bool headerValid = header.size() == kHeaderBytes && std::memcmp(header.constData(), kMagic, 16) == 0;
    if (headerValid) {
        format.pageSize = pageSizeFrom(be16(bytes(header) + 16));
        format.usable = format.pageSize - quint8(header.at(20));
        const quint32 encoding = be32(bytes(header) + 56);
        format.encoding = encoding == 2 ? TextEncoding::Utf16Le : encoding == 3 ? TextEncoding::Utf16Be : TextEncoding::Utf8;
        // §1.3.4: the usable size is at least 480 bytes.
        headerValid = format.pageSize != 0 && format.usable >= 480;
    }
    if (headerValid) {
        Scan scan = scanWith(database, wal, format, header, limits);
        scan.headerValid = true;
        return scan;
    }
    // The header is damaged: the log's header names the page size; failing that, each possible size is tried and
    // the one that reads the most rows wins (4096, SQLite's default, first).
    QList<int> sizes;
    if (wal && wal->seek(0)) {
        const QByteArray walHeader = wal->read(kWalHeaderBytes);
        if (walHeader.size() == kWalHeaderBytes)
            if (const int size = pageSizeFrom(be32(bytes(walHeader) + 8)))
                sizes << size;
    }
    if (sizes.isEmpty())
        sizes = {4096, 512, 1024, 2048, 8192, 16384, 32768, 65536};
    Scan best;
    for (const int size : sizes) {
        Format guess;
        guess.pageSize = size;
        guess.usable = size;
        Scan scan = scanWith(database, wal, guess, QByteArray(), limits);
        if (best.pageSize == 0 || scan.rows.size() > best.rows.size())
            best = std::move(scan);
    }
    return best;
}

} // namespace keyway
