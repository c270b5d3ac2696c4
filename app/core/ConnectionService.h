#pragma once

#include "auth/TokenExchangeRequest.h"
#include "auth/TokenSet.h"
#include "common/ContextCallback.h"
#include "common/Error.h"
#include "common/Result.h"
#include "core/ApiCall.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectRequest.h"
#include "core/OutgoingRequest.h"
#include "core/PresentedCredential.h"
#include "core/StoredCredentials.h"
#include "jose/ClockLeeway.h"
#include "store/ConnectionRecord.h"
#include "store/ConnectionSummary.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace keyway {

class Catalog;
class ConnectionIndex;
class ConnectionRepository;
class Database;
class SecretStore;
class RefreshCoordinator;

// The one façade the window and the command line use: list, connect, refresh, token, request, disconnect.
// It owns the flows, records every step as an event, keeps secrets in the SecretStore and everything else
// in SQLite, and drives each connection's state (see ConnectionStatus) from one place.
class ConnectionService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionService)
public:
    struct Settings
    {
        int refreshLeadSeconds = 120; // refresh this long before expiry
        int clockSkewSeconds = ClockLeeway::kDefaultSeconds; // the one leeway for id_token exp/iat/nbf, both ways
        bool autoRefresh = false; // renew ahead of time and watch other processes (the window turns it on)
        QString browserCommand; // empty: KEYWAY_BROWSER, then the system browser
        int callbackTimeoutSeconds = 300;
    };

    ConnectionService(Database &database, SecretStore &secrets, Catalog &catalog, QObject *parent = nullptr);
    ~ConnectionService() override;

    Catalog &catalog() const { return m_catalog; }
    QNetworkAccessManager *network() const { return m_network; }
    Settings settings() const { return m_settings; }
    void setSettings(const Settings &settings);

    // Every connection with all it stores but its secrets. Thousands of them take real time to read and parse:
    // a list reads summaries() instead.
    QList<ConnectionRecord> connections() const;
    // Every connection as a list shows it (ConnectionSummary): one query of only those columns.
    QList<ConnectionSummary> summaries() const;
    std::optional<ConnectionSummary> summary(const QString &id) const;
    // Whether any connection is not revoked.
    bool hasLiveConnections() const;
    std::optional<ConnectionRecord> connection(const QString &id) const;
    // Accepts a full id or a unique prefix of one, or a connection's unique name.
    Result<ConnectionRecord> resolve(const QString &idOrName) const;
    // For the broker front-ends (token, exec, git-credential): also by account or integration id, the
    // integration's default deciding among several (ConnectionChooser).
    Result<ConnectionRecord> choose(const QString &reference) const;
    // Integration id → the id of its default connection, only those that still name a connection of it.
    QHash<QString, QString> defaultConnections() const;
    // Makes the connection its integration's default (emits connectionChanged for it and the one before).
    Error setDefaultConnection(const QString &connectionId);
    QList<ConnectionEvent> events(const QString &id) const;
    QList<HistoryEntry> history(const QString &id) const;
    // When each connection last sent an API request through Keyway (console, `keyway request`): one query for all.
    QHash<QString, QDateTime> lastRequests() const;
    // A null Error once renamed; codes "not_found", "name_taken", "database_error".
    Error rename(const QString &id, const QString &name);
    // Takes in a record rebuilt from elsewhere (KeychainRecovery: the keychain still held its secrets when the
    // database had lost it): saves it, notes `detail` in its timeline, schedules its refresh, emits
    // connectionAdded(). A null Error once adopted; code "exists" when the database already has that id.
    Error adopt(const ConnectionRecord &record, const QString &detail);
    // The fingerprint shown for a connection's current credential (access token, else API key or password).
    static QString fingerprint(const StoredCredentials &credentials);
    // Which connections have secrets in the keychain (kept up to date by connect, disconnect and remove).
    ConnectionIndex &secretIndex() const;
    // The store every secret goes to (the keychain, or the opt-in vault), for the core's other services
    // (ClientRegistrar keeps a registration's secrets there).
    SecretStore &secretStore() const { return m_secrets; }

    // Starts connecting; the attempt reports progress and ends with succeeded(id) or failed(error).
    ConnectAttempt *connectIntegration(const ConnectRequest &request);

    // Every asynchronous call below takes `context`, the object its answer is for: the answer is dropped when
    // that object is destroyed first (boundTo, common/ContextCallback.h). Answers are a Result, or an Error
    // (null on success) for calls that only succeed or fail.
    using TokenCallback = std::function<void(const Result<QByteArray> &accessToken)>;
    using DoneCallback = std::function<void(const Error &error)>;
    using CredentialsCallback = std::function<void(const Result<StoredCredentials> &credentials)>;

    // A valid access token: refreshed first when expired, about to expire, or forceRefresh is set.
    void accessToken(const QString &id, bool forceRefresh, QObject *context, TokenCallback done);
    // The same credential with what another program needs to use it (type, expiry, scopes, API base URL), for
    // keyway token --format, exec and git-credential.
    using PresentCallback = std::function<void(const Result<PresentedCredential> &credential)>;
    void present(const QString &id, bool forceRefresh, QObject *context, PresentCallback done);
    // The same with a fresh single-use DPoP proof for `request` (its method and URL, relative ones against the API
    // base) in dpopProof (RFC 9449 §4.2, with ath §4.3 and the origin's last nonce this process saw, §8, §9), built
    // exactly as an API request's own (ApiClient::build), for `keyway token --dpop-proof`. The credential goes only to
    // the connection's own origins, so neither does a proof. Codes: present()'s, OutgoingRequest::build's
    // ("foreign_origin", "bad_url", ...), DpopSigner::proof's, and "not_dpop_bound" when the token needs no proof.
    // `serverNonce`: the DPoP-Nonce the resource server gave the tool that asks (§9), put in this proof (and kept
    // for the origin in this process); code "bad_dpop_nonce" when it is not one (§8.1).
    void presentWithProof(const QString &id, bool forceRefresh, const ApiRequest &request, QObject *context, PresentCallback done,
        const QString &serverNonce = QString());
    // Renews the access token now. rejectedAccessToken: the token a server just refused, so a renewal another
    // process made a moment ago is taken only when it produced a different token (RefreshCoordinator::Request).
    void refresh(const QString &id, QObject *context, DoneCallback done, const QByteArray &rejectedAccessToken = {});
    // Stops a renewal that waits to retry (RefreshCoordinator::cancelRetry); its callers hear "cancelled". False
    // when a request is in flight: that one always completes and its answer is stored.
    bool cancelRefreshRetry(const QString &id);
    // Revokes at the provider when it has a revocation endpoint, then deletes the secrets. The record stays, as
    // Revoked, so its timeline can still be read and exported; remove() forgets it. The secrets are deleted even
    // when revocation fails; done() then reports that failure.
    void disconnect(const QString &id, QObject *context, DoneCallback done);
    // Forgets a revoked or failed (Error) connection: deletes whatever secret is left in the keychain, then the
    // record with its events and history, and emits connectionRemoved(). A live connection must be
    // disconnected first (code "still_connected"), so nothing is forgotten without being revoked; one being
    // refreshed right now answers "busy".
    void remove(const QString &id, QObject *context, DoneCallback done);
    static bool canRemove(ConnectionStatus status)
    {
        return status == ConnectionStatus::Revoked || status == ConnectionStatus::Error;
    }
    // The connection's secrets, for the token inspector (which masks them until revealed).
    void credentials(const QString &id, QObject *context, CredentialsCallback done);
    // Checks a JWT's signature (RFC 7515 §5.2) against the provider's key set (RFC 7517, the connection's
    // jwks_uri), refetching the keys once when no key fits the token's kid. done() gets the kid of the key that
    // verified it, or an Error: "no_jwks", "keys_unavailable", "unknown_key", "alg_not_allowed", "bad_signature",
    // "malformed". Only the signature is judged, not expiry or audience: this is for the token inspector.
    using SignatureCallback = std::function<void(const Result<QString> &keyId)>;
    void verifySignature(const QString &id, const QByteArray &token, QObject *context, SignatureCallback done);
    // RFC 7662 introspection of the access (or refresh) token, when the integration has an endpoint.
    void introspect(
        const QString &id, bool refreshToken, QObject *context, std::function<void(const Result<QJsonObject> &)> done);
    // RFC 8693 token exchange: the connection's access token (renewed first when due) is the subject token, sent to
    // its token endpoint with the connection's own client authentication (and DPoP proof, certificate) for a token
    // aimed at `exchange`'s audience / resources. The issued token is handed to `done` and never stored: the
    // connection keeps its own. Recorded in the timeline ("exchange"). Codes: "no_target", "not_exchangeable", the
    // provider's (invalid_target, invalid_scope, unsupported_grant_type, ...) and those of a token request.
    using ExchangeCallback = std::function<void(const Result<TokenSet> &issued)>;
    void exchangeToken(const QString &id, const TokenExchangeRequest &exchange, QObject *context, ExchangeCallback done);
    // RFC 8693: keeps what exchangeToken issued as a new connection of its own (DerivedConnection: the token sent as
    // it is, to the API base `apiBase` or else the resource's or audience's URL, never renewed), named `name`. The
    // token goes to the keychain like every connection's; both timelines say so ("derived", "exchange_saved"); emits
    // connectionAdded. done() gets the new connection's id. Codes: checkDerived's, DerivedConnection::make's
    // ("bound_token", "not_an_access_token", ...) and the keychain's or database's; nothing is kept on an error.
    using SavedCallback = std::function<void(const Result<QString> &connectionId)>;
    void saveExchanged(const QString &parentId, const TokenExchangeRequest &exchange, const TokenSet &issued, const QString &name,
        const QString &apiBase, QObject *context, SavedCallback done);
    // What saveExchanged checks before the token is known, so a front end can refuse before exchanging: the parent
    // exists ("not_found"), the name is given ("empty_name") and no other connection has it ("name_taken"), the API
    // base is usable or the exchange names one ("bad_api_base", "no_api_base"). A null Error when all hold.
    Error checkDerived(
        const QString &parentId, const TokenExchangeRequest &exchange, const QString &name, const QString &apiBase) const;
    // Sends a request with the connection's credential; on 401 refreshes once and retries once.
    ApiCall *send(const QString &id, const ApiRequest &request);
    // The request send() would put on the wire, built by the same OutgoingRequest::build, for "Copy as cURL".
    // With withSecret the connection's current credential is read (a due token renewed first, as send() would);
    // without it a placeholder stands in for the credential and no secret is read.
    void outgoingRequest(const QString &id, const ApiRequest &request, bool withSecret, QObject *context,
        std::function<void(const Result<OutgoingRequest> &)> done);
    // Tokens renewed by this process that the keychain has not taken yet (it is locked): they are held in memory
    // and saved as soon as it can. A process about to quit waits for them (see Cli) or they may be lost.
    bool hasUnsavedTokens() const;
    // How often the window looks whether another Keyway process changed a connection (PRAGMA data_version).
    static constexpr int kWatchIntervalMs = 2000;
    // Whether a live connection still works, as the window checks at start-up: its tokens are in the keychain
    // (if the keychain answers that it holds none: CredentialsLost, it needs re-authorization) and, when it has a
    // userinfo or "who am I" URL, the provider still accepts them (ApiClient: 401 → refresh once → retry, so a
    // grant the provider forgot ends as invalid_grant: needs re-authorization). A success clears a temporary
    // problem; no answer at all is one. Recorded in the timeline ("check"), not in the request history.
    void check(const QString &id, QObject *context, DoneCallback done);
    // The origin (RFC 6454) a request URL goes to, relative ones resolved against the API base, and whether it
    // is one of the connection's own (CredentialOrigins), where its credential may go without asking.
    QString originOf(const QString &id, const QUrl &url) const;
    bool isOwnOrigin(const QString &id, const QUrl &url) const;
    // Adds an origin to the connection's settings: its credential then goes there without asking.
    // A null Error once allowed (or already allowed); codes "bad_origin", "database_error".
    Error allowOrigin(const QString &id, const QString &origin);
    // A support bundle: the connection, its events and history, decoded token claims, Keyway's version, Qt's,
    // the platform and the secret store; never a secret. Without personal data, the account, subject and
    // personal claims are left out (DiagnosticBundle).
    using DiagnosticsCallback = std::function<void(const Result<QJsonDocument> &bundle)>;
    void diagnostics(const QString &id, QObject *context, DiagnosticsCallback done);
    void diagnostics(const QString &id, bool includePersonalData, QObject *context, DiagnosticsCallback done);

signals:
    void connectionAdded(const QString &id);
    void connectionChanged(const QString &id);
    void connectionRemoved(const QString &id);
    void eventRecorded(const QString &id);
    // An API request of this connection went into the request history (last use).
    void requestRecorded(const QString &id);
    void needsReauthorization(const QString &id);
    void unsavedTokensChanged();

private:
    friend class ConnectionServicePrivate;
    void withdrawStaleInsecureHttp(ConnectionRecord &record);
    void disconnectHoldingLock(const QString &id, DoneCallback done);
    void removeHoldingLock(const QString &id, DoneCallback done);
    Database &m_database;
    SecretStore &m_secrets;
    Catalog &m_catalog;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<ConnectionRepository> m_repository;
    std::unique_ptr<class ConnectionServicePrivate> d;
    Settings m_settings;
};

} // namespace keyway
