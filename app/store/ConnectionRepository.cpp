#include "store/ConnectionRepository.h"

#include "common/Redactor.h"
#include "common/SensitiveFields.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace keyway {

namespace {

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() || v.toLongLong() == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant optionalMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

// SQLite stores a null QString as NULL; the schema wants '' for "no value".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error saveError(const QString &detail)
{
    return Error::make(QStringLiteral("database_error"),
        QCoreApplication::translate("ConnectionRepository", "Keyway could not save to its database."), detail);
}

Error exec(QSqlQuery &q)
{
    if (q.exec())
        return Error();
    return saveError(q.lastError().text());
}

ConnectionRecord recordFrom(const QSqlQuery &q)
{
    ConnectionRecord r;
    r.id = q.value(QStringLiteral("id")).toString();
    r.integrationId = q.value(QStringLiteral("integration_id")).toString();
    r.name = q.value(QStringLiteral("name")).toString();
    r.authMode = q.value(QStringLiteral("auth_mode")).toString();
    r.accountLabel = q.value(QStringLiteral("account_label")).toString();
    r.accountSubject = q.value(QStringLiteral("account_subject")).toString();
    r.requestedScopes = q.value(QStringLiteral("requested_scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.grantedScopes = q.value(QStringLiteral("granted_scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.status = statusFromString(q.value(QStringLiteral("status")).toString());
    r.statusDetail = q.value(QStringLiteral("status_detail")).toString();
    r.expiresAt = fromMs(q.value(QStringLiteral("expires_at")));
    r.settings = QJsonDocument::fromJson(q.value(QStringLiteral("settings")).toByteArray()).object();
    r.tokenFingerprint = q.value(QStringLiteral("token_fingerprint")).toString();
    r.createdAt = fromMs(q.value(QStringLiteral("created_at")));
    r.updatedAt = fromMs(q.value(QStringLiteral("updated_at")));
    r.refreshPendingSince = fromMs(q.value(QStringLiteral("refresh_pending_since")));
    r.refreshedAt = fromMs(q.value(QStringLiteral("refreshed_at")));
    r.refreshTokenIssuedAt = fromMs(q.value(QStringLiteral("refresh_token_issued_at")));
    r.refreshTokenUsedAt = fromMs(q.value(QStringLiteral("refresh_token_used_at")));
    r.grantIssuedAt = fromMs(q.value(QStringLiteral("grant_issued_at")));
    return r;
}

// The columns of a ConnectionSummary, in summaryFrom()'s order.
constexpr auto kSummaryColumns = "id, integration_id, name, account_label, status, status_detail, expires_at, updated_at";

// The queries over every connection. Each is answered from an index alone (schema 5: connections_list and
// connections_insecure_http), never by reading every row's settings text; TestConnectionRepository checks their plans.
QString summariesQuery()
{
    return QStringLiteral("SELECT %1 FROM connections ORDER BY created_at, id").arg(QLatin1String(kSummaryColumns));
}
const QString kIdsQuery = QStringLiteral("SELECT id FROM connections ORDER BY created_at, id");
const QString kLiveIdsQuery = QStringLiteral("SELECT id FROM connections WHERE status != :revoked ORDER BY created_at, id");
// Word for word the expression of the index connections_insecure_http, or SQLite would not use it.
const QString kInsecureHttpQuery = QStringLiteral(R"(SELECT * FROM connections WHERE (CASE WHEN json_valid(settings)
                THEN json_extract(settings, '$.provider.allow_insecure_http') END) = 1 ORDER BY created_at, id)");

ConnectionSummary summaryFrom(const QSqlQuery &q)
{
    ConnectionSummary s;
    s.id = q.value(0).toString();
    s.integrationId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.accountLabel = q.value(3).toString();
    s.status = statusFromString(q.value(4).toString());
    s.statusDetail = q.value(5).toString();
    s.expiresAt = fromMs(q.value(6));
    s.updatedAt = fromMs(q.value(7));
    return s;
}

} // namespace

ConnectionRepository::ConnectionRepository(Database &database)
    : m_db(database)
{
}

Error ConnectionRepository::save(const ConnectionRecord &r)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral(R"(INSERT INTO connections (id, integration_id, name, auth_mode, account_label, account_subject,
            requested_scopes, granted_scopes, status, status_detail, expires_at, settings, token_fingerprint, created_at, updated_at,
            refresh_pending_since, refreshed_at, refresh_token_issued_at, refresh_token_used_at, grant_issued_at)
        VALUES (:id, :integration, :name, :mode, :label, :subject, :requested, :granted, :status, :detail, :expires, :settings,
            :fingerprint, :created, :updated, :pending, :refreshed, :rtIssued, :rtUsed, :grantIssued)
        ON CONFLICT(id) DO UPDATE SET integration_id=excluded.integration_id, name=excluded.name, auth_mode=excluded.auth_mode,
            account_label=excluded.account_label, account_subject=excluded.account_subject,
            requested_scopes=excluded.requested_scopes, granted_scopes=excluded.granted_scopes, status=excluded.status,
            status_detail=excluded.status_detail, expires_at=excluded.expires_at, settings=excluded.settings,
            token_fingerprint=excluded.token_fingerprint, updated_at=excluded.updated_at)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.bindValue(QStringLiteral(":id"), text(r.id));
    q.bindValue(QStringLiteral(":integration"), text(r.integrationId));
    q.bindValue(QStringLiteral(":name"), text(r.name));
    q.bindValue(QStringLiteral(":mode"), text(r.authMode));
    q.bindValue(QStringLiteral(":label"), text(r.accountLabel));
    q.bindValue(QStringLiteral(":subject"), text(r.accountSubject));
    q.bindValue(QStringLiteral(":requested"), text(r.requestedScopes.join(QLatin1Char(' '))));
    q.bindValue(QStringLiteral(":granted"), text(r.grantedScopes.join(QLatin1Char(' '))));
    q.bindValue(QStringLiteral(":status"), statusToString(r.status));
    q.bindValue(QStringLiteral(":detail"), text(Redactor::redact(r.statusDetail)));
    q.bindValue(QStringLiteral(":expires"), r.expiresAt.isValid() ? QVariant(toMs(r.expiresAt)) : QVariant());
    q.bindValue(QStringLiteral(":settings"), QString::fromUtf8(QJsonDocument(r.settings).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":fingerprint"), text(r.tokenFingerprint));
    q.bindValue(QStringLiteral(":created"), toMs(r.createdAt.isValid() ? r.createdAt : now));
    q.bindValue(QStringLiteral(":updated"), toMs(now));
    q.bindValue(QStringLiteral(":pending"), optionalMs(r.refreshPendingSince));
    q.bindValue(QStringLiteral(":refreshed"), optionalMs(r.refreshedAt));
    q.bindValue(QStringLiteral(":rtIssued"), optionalMs(r.refreshTokenIssuedAt));
    q.bindValue(QStringLiteral(":rtUsed"), optionalMs(r.refreshTokenUsedAt));
    q.bindValue(QStringLiteral(":grantIssued"), optionalMs(r.grantIssuedAt));
    return exec(q);
}

Error ConnectionRepository::rename(const QString &id, const QString &name)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE connections SET name = :name, updated_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":name"), text(name));
    q.bindValue(QStringLiteral(":now"), toMs(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q);
}

bool ConnectionRepository::nameTaken(const QString &name, const QString &exceptId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT 1 FROM connections WHERE lower(name) = lower(:name) AND id != :id LIMIT 1"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":id"), text(exceptId));
    return q.exec() && q.next();
}

Error ConnectionRepository::setRefreshPending(const QString &id, const QDateTime &since)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE connections SET refresh_pending_since = :since WHERE id = :id"));
    q.bindValue(QStringLiteral(":since"), optionalMs(since));
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q);
}

Error ConnectionRepository::recordRefresh(const QString &id, const RefreshOutcome &o)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral(R"(UPDATE connections SET expires_at = :expires, token_fingerprint = :fingerprint,
            granted_scopes = CASE WHEN :setScopes THEN :scopes ELSE granted_scopes END, status = :status, status_detail = '',
            refresh_pending_since = NULL, refreshed_at = :sent,
            refresh_token_issued_at = CASE WHEN :rotated THEN :sent ELSE refresh_token_issued_at END,
            refresh_token_used_at = CASE WHEN :used THEN :sent ELSE refresh_token_used_at END,
            updated_at = :now WHERE id = :id)"));
    q.bindValue(QStringLiteral(":expires"), optionalMs(o.expiresAt));
    q.bindValue(QStringLiteral(":fingerprint"), text(o.tokenFingerprint));
    q.bindValue(QStringLiteral(":setScopes"), o.grantedScopes.has_value() ? 1 : 0);
    q.bindValue(QStringLiteral(":scopes"), text(o.grantedScopes.value_or(QStringList()).join(QLatin1Char(' '))));
    q.bindValue(QStringLiteral(":status"), statusToString(o.status));
    q.bindValue(QStringLiteral(":sent"), toMs(o.sentAt));
    q.bindValue(QStringLiteral(":rotated"), o.refreshTokenRotated ? 1 : 0);
    q.bindValue(QStringLiteral(":used"), o.refreshTokenUsed ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), toMs(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q);
}

Error ConnectionRepository::recordAuthorized(const QString &id, const QDateTime &at, bool hasRefreshToken)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral(R"(UPDATE connections SET refresh_pending_since = NULL, refreshed_at = NULL,
            refresh_token_issued_at = :issued, refresh_token_used_at = NULL, grant_issued_at = :issued WHERE id = :id)"));
    q.bindValue(QStringLiteral(":issued"), hasRefreshToken ? QVariant(toMs(at)) : QVariant());
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q);
}

int ConnectionRepository::dataVersion() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

std::optional<ConnectionRecord> ConnectionRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT * FROM connections WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<ConnectionRecord> ConnectionRepository::all() const
{
    QList<ConnectionRecord> list;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM connections ORDER BY created_at, id")))
        return list;
    while (q.next())
        list.append(recordFrom(q));
    return list;
}

QList<ConnectionSummary> ConnectionRepository::summaries() const
{
    QList<ConnectionSummary> list;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (!q.exec(summariesQuery()))
        return list;
    while (q.next())
        list.append(summaryFrom(q));
    return list;
}

std::optional<ConnectionSummary> ConnectionRepository::summary(const QString &id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM connections WHERE id = :id").arg(QLatin1String(kSummaryColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return summaryFrom(q);
}

QStringList ConnectionRepository::liveIds() const
{
    QStringList list;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(kLiveIdsQuery);
    q.bindValue(QStringLiteral(":revoked"), statusToString(ConnectionStatus::Revoked));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

bool ConnectionRepository::hasLive() const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM connections WHERE status != :revoked LIMIT 1"));
    q.bindValue(QStringLiteral(":revoked"), statusToString(ConnectionStatus::Revoked));
    return q.exec() && q.next();
}

QList<ConnectionRecord> ConnectionRepository::allowingInsecureHttp() const
{
    QList<ConnectionRecord> list;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    // The index connections_insecure_http holds the one flag (ProviderConfig's "allow_insecure_http") of every
    // connection: no settings text is parsed here.
    if (!q.exec(kInsecureHttpQuery))
        return list;
    while (q.next())
        list.append(recordFrom(q));
    return list;
}

QStringList ConnectionRepository::ids() const
{
    QStringList list;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (!q.exec(kIdsQuery))
        return list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

QList<ConnectionRecord> ConnectionRepository::changedSince(const QDateTime &since) const
{
    QList<ConnectionRecord> list;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM connections WHERE updated_at >= :since ORDER BY created_at, id"));
    q.bindValue(QStringLiteral(":since"), toMs(since));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(recordFrom(q));
    return list;
}

Error ConnectionRepository::remove(const QString &id)
{
    QSqlDatabase db = m_db.handle();
    if (!db.transaction())
        return saveError(db.lastError().text());
    for (const char *table : {"events", "request_history", "integration_defaults"}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE connection_id = :id").arg(QLatin1String(table)));
        q.bindValue(QStringLiteral(":id"), id);
        if (Error error = exec(q); !error.isNull()) {
            db.rollback();
            return error;
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM connections WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Error error = exec(q); !error.isNull()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return saveError(db.lastError().text());
    return Error();
}

Error ConnectionRepository::addEvent(const ConnectionEvent &e)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO events (connection_id, at, step, outcome, http_status, detail) "
                             "VALUES (:c, :at, :step, :outcome, :status, :detail)"));
    q.bindValue(QStringLiteral(":c"), text(e.connectionId));
    q.bindValue(QStringLiteral(":at"), toMs(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":step"), text(e.step));
    q.bindValue(QStringLiteral(":outcome"), text(e.outcome));
    q.bindValue(QStringLiteral(":status"), e.httpStatus);
    q.bindValue(QStringLiteral(":detail"), text(Redactor::redact(e.detail)));
    return exec(q);
}

QList<ConnectionEvent> ConnectionRepository::events(const QString &connectionId, int limit) const
{
    QList<ConnectionEvent> list;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT * FROM (SELECT * FROM events WHERE connection_id = :c ORDER BY at DESC, id DESC LIMIT :n) "
                             "ORDER BY at, id"));
    q.bindValue(QStringLiteral(":c"), connectionId);
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        ConnectionEvent e;
        e.id = q.value(QStringLiteral("id")).toLongLong();
        e.connectionId = q.value(QStringLiteral("connection_id")).toString();
        e.at = fromMs(q.value(QStringLiteral("at")));
        e.step = q.value(QStringLiteral("step")).toString();
        e.outcome = q.value(QStringLiteral("outcome")).toString();
        e.httpStatus = q.value(QStringLiteral("http_status")).toInt();
        e.detail = q.value(QStringLiteral("detail")).toString();
        list.append(e);
    }
    return list;
}

Error ConnectionRepository::addHistory(const HistoryEntry &h)
{
    QJsonArray headers;
    // Issue 15.2: whoever records a request, nothing credential-like is stored (SensitiveFields' rules).
    for (const auto &[name, value] : h.requestHeaders)
        headers.append(QJsonArray {name, SensitiveFields::redactHeaderValue(name, value)});
    QSqlQuery q(m_db.handle());
    q.prepare(
        QStringLiteral("INSERT INTO request_history (connection_id, at, method, url, request_headers, request_body, status, "
                       "duration_ms, response_size) VALUES (:c, :at, :m, :u, :h, :b, :s, :d, :z)"));
    q.bindValue(QStringLiteral(":c"), text(h.connectionId));
    q.bindValue(QStringLiteral(":at"), toMs(h.at.isValid() ? h.at : QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":m"), text(h.method));
    q.bindValue(QStringLiteral(":u"), text(SensitiveFields::redactUrl(h.url)));
    q.bindValue(QStringLiteral(":h"), QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":b"), text(SensitiveFields::redactBody(h.requestBody)));
    q.bindValue(QStringLiteral(":s"), h.status);
    q.bindValue(QStringLiteral(":d"), double(h.durationUs) / 1000.0); // REAL in the column: SQLite keeps fractions
    q.bindValue(QStringLiteral(":z"), h.responseSize);
    return exec(q);
}

QList<HistoryEntry> ConnectionRepository::history(const QString &connectionId, int limit) const
{
    QList<HistoryEntry> list;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT * FROM request_history WHERE connection_id = :c ORDER BY at DESC, id DESC LIMIT :n"));
    q.bindValue(QStringLiteral(":c"), connectionId);
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        HistoryEntry h;
        h.id = q.value(QStringLiteral("id")).toLongLong();
        h.connectionId = q.value(QStringLiteral("connection_id")).toString();
        h.at = fromMs(q.value(QStringLiteral("at")));
        h.method = q.value(QStringLiteral("method")).toString();
        h.url = q.value(QStringLiteral("url")).toString();
        const QJsonArray headers = QJsonDocument::fromJson(q.value(QStringLiteral("request_headers")).toByteArray()).array();
        for (const QJsonValue &pair : headers)
            h.requestHeaders.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
        h.requestBody = q.value(QStringLiteral("request_body")).toString();
        h.status = q.value(QStringLiteral("status")).toInt();
        h.durationUs = qRound64(q.value(QStringLiteral("duration_ms")).toDouble() * 1000.0);
        h.responseSize = q.value(QStringLiteral("response_size")).toLongLong();
        list.append(h);
    }
    return list;
}

Error ConnectionRepository::setDefaultConnection(const QString &integrationId, const QString &connectionId)
{
    QSqlQuery q(m_db.handle());
    if (connectionId.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM integration_defaults WHERE integration_id = :integration"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO integration_defaults (integration_id, connection_id) VALUES (:integration, :id) "
                                 "ON CONFLICT(integration_id) DO UPDATE SET connection_id = excluded.connection_id"));
        q.bindValue(QStringLiteral(":id"), connectionId);
    }
    q.bindValue(QStringLiteral(":integration"), integrationId);
    return exec(q);
}

QHash<QString, QString> ConnectionRepository::defaultConnections() const
{
    QHash<QString, QString> defaults;
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT integration_id, connection_id FROM integration_defaults")))
        return defaults;
    while (q.next())
        defaults.insert(q.value(0).toString(), q.value(1).toString());
    return defaults;
}

QStringList ConnectionRepository::queriesOverEveryConnection()
{
    return {summariesQuery(), kIdsQuery, kLiveIdsQuery, kInsecureHttpQuery};
}

QHash<QString, QDateTime> ConnectionRepository::lastRequests() const
{
    QHash<QString, QDateTime> last;
    QSqlQuery q(m_db.handle());
    // history_connection (connection_id, at) answers this from the index alone.
    if (!q.exec(QStringLiteral("SELECT connection_id, MAX(at) FROM request_history GROUP BY connection_id")))
        return last;
    while (q.next())
        last.insert(q.value(0).toString(), fromMs(q.value(1)));
    return last;
}

} // namespace keyway
