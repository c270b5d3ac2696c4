#pragma once

#include "auth/TokenSet.h"
#include "common/Error.h"
#include "common/Result.h"
#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"

#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

class ConnectionRepository;
class SecretStore;
class TokenEndpoint;

// Gets a connection a new access token, one way or another, and never twice at once:
//  - single-flight: concurrent callers for one connection share the request in flight, so a rotating refresh
//    token is never sent twice (RFC 9700 §4.14.2 treats a reused one as theft and revokes the grant);
//  - the new credentials are written to the keychain BEFORE the database is updated and before any caller
//    hears of them: after a crash at any point either the old or the new token set is intact, and a rotated
//    refresh token is never lost once it has been used;
//  - invalid_grant means the grant is gone: the connection needs re-authorization (no retry);
//  - network errors and 5xx are retried with backoff (1 s, 3 s, or longer when the answer's Retry-After asks
//    for up to kMaxRetryAfterSeconds; longer than that is not retried now), then reported with the connection kept.
// How a mode renews is a Renewer: the refresh_token grant for authorization code and device code
// connections, a new client_credentials request for client credentials; other modes register theirs.
class RefreshCoordinator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshCoordinator)
public:
    using Done = std::function<void(const Result<TokenSet> &)>;
    using RenewDone = std::function<void(const Result<TokenSet> &, int httpStatus)>;
    using Renewer = std::function<void(TokenEndpoint &endpoint, const ConnectionSettings &settings,
                                       const StoredCredentials &credentials, RenewDone done)>;

    // The longest Retry-After a refresh waits for before retrying (a user may be waiting on it).
    static constexpr int kMaxRetryAfterSeconds = 10;

    RefreshCoordinator(QNetworkAccessManager *network, SecretStore &secrets, ConnectionRepository &repository,
                       QObject *parent = nullptr);

    void refresh(const QString &connectionId, Done done);
    bool isRefreshing(const QString &connectionId) const { return m_inFlight.contains(connectionId); }
    // Whether a connection's auth mode can renew its access token without the user.
    bool canRenew(const QString &authMode) const { return m_renewers.contains(authMode); }
    void setRenewer(const QString &authMode, Renewer renewer) { m_renewers.insert(authMode, std::move(renewer)); }
    // Backoff delays in ms before the 2nd, 3rd... attempt (tests shorten them).
    void setRetryDelays(const QList<int> &delays) { m_retryDelays = delays; }

signals:
    void recorded(const QString &connectionId, const QString &step, const QString &outcome, int httpStatus, const QString &detail);
    void connectionUpdated(const QString &connectionId);
    void needsReauthorization(const QString &connectionId);

private:
    void attempt(const QString &connectionId, int attemptNumber);
    void finish(const QString &connectionId, const Result<TokenSet> &result);
    void markFailure(const QString &connectionId, const Error &error, bool grantRejected);

    QNetworkAccessManager *m_network;
    SecretStore &m_secrets;
    ConnectionRepository &m_repository;
    QHash<QString, QList<Done>> m_inFlight;
    QHash<QString, Renewer> m_renewers;
    QList<int> m_retryDelays = {1000, 3000};
};

} // namespace keyway
