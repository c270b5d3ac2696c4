#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyway {

// The states a connection can be in. Transitions are decided in one place (core/ConnectionState).
enum class ConnectionStatus {
    Pending, // being connected, no usable credential yet
    Connected, // credential present and believed valid
    Expiring, // access token expires soon and cannot be refreshed right now
    NeedsReauthorization, // the provider rejected the grant (invalid_grant): the user must connect again
    Revoked, // disconnected / revoked
    Error, // something failed that only the user can fix (the provider refuses the client, a setting)
    Warning, // a temporary failure (network, 5xx, keychain): kept, retried, cleared by the next success
};

QString statusToString(ConnectionStatus status);
ConnectionStatus statusFromString(const QString &text);

// What SQLite knows about a connection: everything but its secrets, which live in the keychain under
// "connection/<id>".
struct ConnectionRecord
{
    QString id;
    QString integrationId;
    QString name;
    QString authMode;
    QString accountLabel; // who is connected, as shown to the user (email, login, name)
    QString accountSubject; // stable id at the provider (OIDC sub) when known
    QStringList requestedScopes;
    QStringList grantedScopes;
    ConnectionStatus status = ConnectionStatus::Pending;
    QString statusDetail;
    QDateTime expiresAt; // access token expiry; invalid when unknown or never
    QJsonObject settings; // non-secret configuration: client id, endpoints, variables, response values
    QString tokenFingerprint; // Redactor::fingerprint of the current access token
    QDateTime createdAt;
    QDateTime updatedAt;

    // Refresh bookkeeping. Written only through ConnectionRepository's refresh methods by the process holding the
    // connection's lock (ConnectionLock); save() leaves these columns alone so a stale copy never undoes them.
    QDateTime refreshPendingSince; // a refresh was sent and its outcome is not stored yet (invalid: none)
    QDateTime refreshedAt; // when the renewal that produced the current tokens was sent (invalid: none since sign-in)
    QDateTime refreshTokenIssuedAt; // when the current refresh token was issued (first connect or a rotation)
    QDateTime refreshTokenUsedAt; // when the refresh token was last presented successfully
    // When the user granted access (sign-in or reconnect) and a refresh token came with it; a rotation leaves it.
    // A provider's absolute lifetime (oauth.refresh_token.absolute_lifetime_seconds) counts from here.
    QDateTime grantIssuedAt;
};

// The part of a record that says what the connection is (integration, mode, name, account, scopes, settings), not how
// it is doing. It is kept with the connection's secrets in the keychain (StoredCredentials::record), so the connection
// can be rebuilt when the database is lost (KeychainRecovery). A record holds no secret, so neither does the copy.
QJsonObject recordCopy(const ConnectionRecord &record);
// A record rebuilt from such a copy: Pending, no expiry, no fingerprint (the caller fills them in from the secrets);
// nullopt when the copy lacks the integration or the mode.
std::optional<ConnectionRecord> recordFromCopy(const QString &id, const QJsonObject &copy);

struct ConnectionEvent
{
    qint64 id = 0;
    QString connectionId;
    QDateTime at;
    QString step; // "authorize_url", "browser_opened", "callback", "token_exchange", "refresh", "revoke", ...
    QString outcome; // "ok", "error", "info"
    int httpStatus = 0;
    QString detail; // always redacted before it is stored
};

struct HistoryEntry
{
    qint64 id = 0;
    QString connectionId;
    QDateTime at;
    QString method;
    QString url; // redacted
    QList<QPair<QString, QString>> requestHeaders; // redacted
    QString requestBody; // redacted
    int status = 0; // 0: no answer; -1: cancelled by the user
    qint64 durationUs = 0; // stored as fractional milliseconds: a loopback answer takes less than 1 ms
    qint64 responseSize = 0;
};

} // namespace keyway
