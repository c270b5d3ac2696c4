#pragma once

#include "auth/TokenSet.h"
#include "common/Error.h"
#include "common/Result.h"
#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace keyway {

class ConnectionLock;
class JwksCache;
class ConnectionRepository;
class SecretStore;
class TokenEndpoint;
struct ConnectionRecord;

// Gets a connection a new access token when it needs one, and never spends a refresh token twice — in this process
// or across every Keyway process of the user (the window, scripts calling `keyway token`, the keeper):
//  - one renewal per connection at a time: in-process callers share the one in flight; other processes wait for
//    the connection's ConnectionLock, held around "read the stored tokens -> decide -> renew -> store";
//  - after taking the lock the stored tokens are read again: when another process renewed meanwhile its result is
//    used (a forced refresh asked for before that renewal finished counts as done, see RefreshPolicy);
//  - the new tokens go to the keychain BEFORE the database and before anyone hears of them; when the keychain
//    cannot take them (locked), they are held in memory (never on disk), handed to the callers, and saved as soon
//    as the keychain is back, the lock kept meanwhile so no other process presents the spent refresh token;
//  - "a renewal is in flight" is written to the database before the request goes out and cleared once its outcome
//    is stored. Finding it set under the lock means the outcome of an earlier renewal is unknown (its process was
//    killed, or its answer was lost): the refresh token may be spent. Then the token is asked about first
//    (RFC 7662 introspection, when the provider has it), the still-valid access token is used while it lasts, and
//    the old refresh token is sent only when nothing else is left;
//  - a renewal that spends a single-use refresh token is retried automatically only when the request certainly did
//    not reach the provider or was certainly not processed (TokenEndpoint::lastRequestUnprocessed), so a rotated
//    token is never re-sent blindly (RFC 9700 §4.14.2: reuse revokes the grant); other renewals are retried on
//    network errors and 5xx with backoff (1 s, 3 s, or the answer's Retry-After up to kMaxRetryAfterSeconds);
//  - invalid_grant means the grant is gone: the connection needs re-authorization, no retry.
// How a mode renews is a Renewer: the refresh_token grant for authorization code and device code connections
// (which spends the refresh token when the provider rotates it), a new request for client credentials and JWT
// bearer (which spends nothing).
class RefreshCoordinator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshCoordinator)
public:
    using Done = std::function<void(const Result<StoredCredentials> &)>;
    using RenewDone = std::function<void(const Result<TokenSet> &, int httpStatus)>;
    using Renewer = std::function<void(
        TokenEndpoint &endpoint, const ConnectionSettings &settings, const StoredCredentials &credentials, RenewDone done)>;
    // Whether a renewal presents a credential the provider may accept only once.
    enum class Spends { Nothing, RefreshToken };

    // The longest Retry-After a refresh waits for before retrying (a user may be waiting on it).
    static constexpr int kMaxRetryAfterSeconds = 10;

    struct Request
    {
        bool force = false; // renew even when the token is not due (keyway token --refresh, an API 401)
        int leadSeconds = 120; // the configured refresh lead (RefreshPolicy)
        // The access token an API or a tool just refused (401, git's erase): a renewal is needed unless the stored
        // token already differs from it, even when another process renewed a moment ago (that renewal made it).
        QByteArray rejectedAccessToken;
    };

    RefreshCoordinator(
        QNetworkAccessManager *network, SecretStore &secrets, ConnectionRepository &repository, QObject *parent = nullptr);
    ~RefreshCoordinator() override;

    // Renews the connection's access token when the request is forced or the token is due; calls `done` with the
    // connection's stored credentials as they are afterwards (renewed or not), or an Error.
    void renew(const QString &connectionId, const Request &request, Done done);
    bool isRefreshing(const QString &connectionId) const { return m_operations.contains(connectionId); }
    // Stops a renewal that is waiting to retry (after a 503 or a network error): no request is in flight then, so
    // nothing can be lost; its callers get a "cancelled" error and the stored tokens stay as they are. A request
    // already sent is never abandoned (its answer may carry a rotated refresh token): false then, and when nothing
    // is being renewed.
    bool cancelRetry(const QString &connectionId);
    // Whether a connection's auth mode can renew its access token without the user.
    bool canRenew(AuthMode authMode) const { return m_renewers.contains(authMode); }
    void setRenewer(AuthMode authMode, Renewer renewer, Spends spends = Spends::Nothing);
    // Backoff delays in ms before the 2nd, 3rd... attempt (tests shorten them).
    void setRetryDelays(const QList<int> &delays) { m_retryDelays = delays; }
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    // The provider keys that refreshed id_tokens are checked against (RefreshedIdToken); without it, they are not.
    void setJwksCache(JwksCache *jwks) { m_jwks = jwks; }

    // Tokens renewed in this process that the keychain has not taken yet (it was locked): callers must use these
    // instead of what the keychain holds.
    bool hasUnsaved() const { return !m_unsaved.isEmpty(); }
    bool hasUnsaved(const QString &connectionId) const { return m_unsaved.contains(connectionId); }
    StoredCredentials unsaved(const QString &connectionId) const;

signals:
    void recorded(
        const QString &connectionId, const QString &step, const QString &outcome, int httpStatus, const QString &detail);
    void connectionUpdated(const QString &connectionId);
    void needsReauthorization(const QString &connectionId);
    // The keychain took tokens that were held in memory (or gave up on them when this object is destroyed).
    void unsavedChanged();

private:
    struct Operation;
    struct Unsaved;

    void start(const QString &connectionId);
    void onLocked(const std::shared_ptr<Operation> &op);
    void decide(const std::shared_ptr<Operation> &op);
    void resolveUncertain(const std::shared_ptr<Operation> &op);
    void send(const std::shared_ptr<Operation> &op);
    void onAnswer(const std::shared_ptr<Operation> &op, TokenEndpoint *endpoint, const Result<TokenSet> &result, int httpStatus);
    void store(const std::shared_ptr<Operation> &op, const StoredCredentials &updated, int httpStatus);
    void keepUnsaved(const std::shared_ptr<Operation> &op, const StoredCredentials &updated, const Error &writeError);
    void retrySave(const QString &connectionId);
    void commit(
        const QString &connectionId, const StoredCredentials &updated, const QDateTime &sentAt, bool rotated, int httpStatus);
    void finish(const std::shared_ptr<Operation> &op, const Result<StoredCredentials> &result);
    void markFailure(const QString &connectionId, const Error &error, bool grantRejected);
    bool spendsSingleUseToken(const ConnectionSettings &settings, const StoredCredentials &credentials) const;

    QNetworkAccessManager *m_network;
    SecretStore &m_secrets;
    ConnectionRepository &m_repository;
    QHash<QString, std::shared_ptr<Operation>> m_operations; // one per connection being worked on
    QHash<QString, std::shared_ptr<Unsaved>> m_unsaved;
    QMap<AuthMode, Renewer> m_renewers;
    QMap<AuthMode, Spends> m_spends;
    QHash<QString, QDateTime> m_ownRenewals; // refreshed_at of the last renewal this process made, per connection
    QList<int> m_retryDelays = {1000, 3000};
    int m_lockTimeoutMs;
    JwksCache *m_jwks = nullptr;
};

} // namespace keyway
