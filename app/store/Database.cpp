#include "store/Database.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace keyway {

namespace {

// Each entry brings the schema from version i to i+1. Never edit a shipped migration: append a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        {
            QStringLiteral(R"(CREATE TABLE connections (
                id TEXT PRIMARY KEY,
                integration_id TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                auth_mode TEXT NOT NULL,
                account_label TEXT NOT NULL DEFAULT '',
                account_subject TEXT NOT NULL DEFAULT '',
                requested_scopes TEXT NOT NULL DEFAULT '',
                granted_scopes TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                status_detail TEXT NOT NULL DEFAULT '',
                expires_at INTEGER,
                settings TEXT NOT NULL DEFAULT '{}',
                token_fingerprint TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX connections_integration ON connections(integration_id)"),
            QStringLiteral(R"(CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                connection_id TEXT NOT NULL,
                at INTEGER NOT NULL,
                step TEXT NOT NULL,
                outcome TEXT NOT NULL,
                http_status INTEGER NOT NULL DEFAULT 0,
                detail TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX events_connection ON events(connection_id, at)"),
            QStringLiteral(R"(CREATE TABLE request_history (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                connection_id TEXT NOT NULL,
                at INTEGER NOT NULL,
                method TEXT NOT NULL,
                url TEXT NOT NULL,
                request_headers TEXT NOT NULL DEFAULT '[]',
                request_body TEXT NOT NULL DEFAULT '',
                status INTEGER NOT NULL DEFAULT 0,
                duration_ms INTEGER NOT NULL DEFAULT 0,
                response_size INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX history_connection ON request_history(connection_id, at)"),
        },
        {
            // Refresh bookkeeping, shared by every Keyway process (RefreshCoordinator): a refresh whose outcome is
            // not known yet (sent, not yet stored), when the last refresh was sent, and the refresh token's age and
            // last use (providers end idle or old grants).
            QStringLiteral("ALTER TABLE connections ADD COLUMN refresh_pending_since INTEGER"),
            QStringLiteral("ALTER TABLE connections ADD COLUMN refreshed_at INTEGER"),
            QStringLiteral("ALTER TABLE connections ADD COLUMN refresh_token_issued_at INTEGER"),
            QStringLiteral("ALTER TABLE connections ADD COLUMN refresh_token_used_at INTEGER"),
        },
        {
            // Issue 21: the connection the broker front-ends (token, exec, git-credential) use for an integration
            // when several are connected and the user named none. Not a secret: it lives here, not in the keychain.
            QStringLiteral(R"(CREATE TABLE integration_defaults (
                integration_id TEXT PRIMARY KEY,
                connection_id TEXT NOT NULL))"),
        },
        {
            // Issue 23: when the user granted access (sign-in or reconnect). A provider's absolute lifetime counts
            // from here; a rotation moves refresh_token_issued_at, never this. Rows from before: the refresh token's
            // issue time where it was never renewed (then it is the grant's), else the connection's creation, the
            // earliest the grant can be (a warning comes early rather than late).
            QStringLiteral("ALTER TABLE connections ADD COLUMN grant_issued_at INTEGER"),
            QStringLiteral(R"(UPDATE connections SET grant_issued_at = CASE WHEN refreshed_at IS NULL
                THEN refresh_token_issued_at ELSE created_at END WHERE refresh_token_issued_at IS NOT NULL)"),
        },
        {
            // Issue 18: a connection's settings text is most of its row, and the columns added since the first schema
            // lie after it, so every query over all connections read the whole table (10,000 rows: most of the
            // start-up). The lists (summaries, schedules, ids) are answered from this index alone, in their order.
            QStringLiteral(R"(CREATE INDEX IF NOT EXISTS connections_list ON connections(created_at, id, integration_id, name,
                account_label, status, status_detail, expires_at, updated_at, refreshed_at, auth_mode))"),
            // The few connections whose settings allow plain http, found without parsing every row's settings (the
            // expression is ConnectionRepository's, word for word; json_valid keeps a damaged text from failing).
            QStringLiteral(R"(CREATE INDEX IF NOT EXISTS connections_insecure_http ON connections((CASE WHEN json_valid(settings)
                THEN json_extract(settings, '$.provider.allow_insecure_http') END)))"),
            // What changed since the last look (another process's commits, every few seconds).
            QStringLiteral("CREATE INDEX IF NOT EXISTS connections_updated ON connections(updated_at)"),
        },
    };
    return list;
}

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes: the file itself is damaged, as opposed to
// locked, unreadable or full, which a retry or the user can fix without losing it.
bool isDamage(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error::make(isDamage(e) ? QStringLiteral("database_corrupt") : QStringLiteral("database_error"),
        QCoreApplication::translate("Database", "Keyway's database could not be used: %1.").arg(what), e.text());
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("keyway-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

Error Database::open(const QString &path)
{
    close();
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    // Another Keyway process may hold a write lock for a moment: wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlError(tr("cannot open %1").arg(path), db.lastError());
    // WAL: readers never block the writer, and a crash mid-transaction leaves the last commit intact.
    // Reading the answer also proves the file is a database at all.
    bool usable = path.isEmpty() || path == QLatin1String(":memory:");
    QSqlError walError;
    if (!usable) {
        QSqlQuery q(db);
        usable = q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        walError = q.lastError();
    }
    if (!usable) {
        db = QSqlDatabase();
        close();
        return sqlError(tr("%1 is not a usable SQLite database").arg(path), walError);
    }
    // A damaged page (a truncated file, a disk error, a half-copied backup) would otherwise surface later as odd
    // failures in the middle of a refresh; quick_check finds it now, in time proportional to the file's size.
    if (!path.isEmpty()) {
        QSqlQuery q(db);
        const bool checked = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
        const QString verdict = checked ? q.value(0).toString() : QString();
        if (verdict != QLatin1String("ok")) {
            Error damaged = sqlError(tr("%1 is damaged").arg(path), q.lastError());
            damaged.code = QStringLiteral("database_corrupt");
            if (!verdict.isEmpty())
                damaged.detail = verdict;
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return damaged;
        }
    }
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    db = QSqlDatabase();
    if (Error error = migrate(); !error.isNull()) {
        close();
        return error;
    }
    return Error();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(handle());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Error Database::migrate()
{
    QSqlDatabase db = handle();
    QSqlQuery q(db);
    // The version check and the migration share one write transaction, so two processes starting at once
    // cannot both run the same migration.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("cannot lock the database"), q.lastError());
    const int current = schemaVersion();
    if (current < 0 || current > latestSchemaVersion()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return current < 0 ? sqlError(tr("cannot read its version"), q.lastError())
                           : Error::make(QStringLiteral("database_too_new"),
                               tr("This database was written by a newer Keyway (schema %1). Update Keyway.").arg(current));
    }
    for (int v = current; v < latestSchemaVersion(); ++v) {
        for (const QString &statement : migrations().at(v)) {
            if (!q.exec(statement)) {
                const QSqlError e = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                return sqlError(tr("migration %1 failed").arg(v + 1), e);
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        qCInfo(lcStore) << "database migrated to schema" << v + 1;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return sqlError(tr("cannot commit the migration"), q.lastError());
    return Error();
}

} // namespace keyway
