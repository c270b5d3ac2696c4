#pragma once

#include "common/Error.h"
#include "store/ConnectionRecord.h"
#include "store/ConnectionSummary.h"

#include <QHash>
#include <QList>
#include <optional>

namespace keyway {

class Database;

// Reads and writes connections, their event log and request history in SQLite. Holds no secrets: event
// details and history are passed through Redactor before they are stored.
// Each writer returns a null Error on success, else "database_error".
class ConnectionRepository
{
    Q_DISABLE_COPY_MOVE(ConnectionRepository)
public:
    explicit ConnectionRepository(Database &database);

    // Insert or update by id. The refresh bookkeeping columns are written on insert only (see ConnectionRecord).
    Error save(const ConnectionRecord &record);
    std::optional<ConnectionRecord> find(const QString &id) const;
    Error rename(const QString &id, const QString &name);
    // Whether a connection other than `exceptId` is named `name` (case-insensitively).
    bool nameTaken(const QString &name, const QString &exceptId) const;

    // Refresh bookkeeping (the caller holds the connection's ConnectionLock).
    // A refresh is about to be sent (`since` valid), or its outcome is settled (invalid `since`).
    Error setRefreshPending(const QString &id, const QDateTime &since);
    struct RefreshOutcome
    {
        QDateTime sentAt;
        QDateTime expiresAt;
        QString tokenFingerprint;
        std::optional<QStringList> grantedScopes; // set when the answer named them
        ConnectionStatus status = ConnectionStatus::Connected;
        bool refreshTokenUsed = false; // the refresh_token grant was used
        bool refreshTokenRotated = false; // a new refresh token came back
    };
    // A refresh succeeded and its tokens are in the keychain: one UPDATE, which also clears the pending mark.
    Error recordRefresh(const QString &id, const RefreshOutcome &outcome);
    // A connection was (re)authorized at `at`: a new grant, nothing pending, not renewed yet.
    Error recordAuthorized(const QString &id, const QDateTime &at, bool hasRefreshToken);
    // The last time any process changed the database (PRAGMA data_version): different values mean another
    // connection to the file committed since.
    int dataVersion() const;
    QList<ConnectionRecord> all() const;
    // Every connection as lists show it, in all()'s order: one query of only the summary's columns.
    QList<ConnectionSummary> summaries() const;
    std::optional<ConnectionSummary> summary(const QString &id) const;
    // The connections that are not revoked (they may still have secrets in the keychain).
    QStringList liveIds() const;
    // Whether any connection is not revoked: one row looked at, not all of them sorted (issue 27).
    bool hasLive() const;
    // The connections whose settings allow plain http beyond loopback (few or none): their whole records.
    QList<ConnectionRecord> allowingInsecureHttp() const;
    QStringList ids() const;
    // The connections whose record changed at or after `since` (all when `since` is invalid).
    QList<ConnectionRecord> changedSince(const QDateTime &since) const;
    Error remove(const QString &id); // the connection with its events and history

    Error addEvent(const ConnectionEvent &event);
    QList<ConnectionEvent> events(const QString &connectionId, int limit = 1000) const;

    Error addHistory(const HistoryEntry &entry);
    QList<HistoryEntry> history(const QString &connectionId, int limit = 200) const;
    // The connection the user chose as an integration's default (integration id → connection id); an empty
    // connection id clears it. Removing a connection clears its defaults.
    Error setDefaultConnection(const QString &integrationId, const QString &connectionId);
    QHash<QString, QString> defaultConnections() const;
    // When each connection last sent an API request (its newest history entry), for every connection in one query.
    QHash<QString, QDateTime> lastRequests() const;

    // The SQL of summaries(), ids(), liveIds() and allowingInsecureHttp(): each is answered from an
    // index alone, without reading every row's settings text (TestConnectionRepository checks their query plans).
    static QStringList queriesOverEveryConnection();

private:
    Database &m_db;
};

} // namespace keyway
