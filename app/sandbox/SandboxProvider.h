#pragma once

// The Keyway Sandbox's authorization server: OAuth 2.0 and OpenID Connect as HTTP requests in, HTTP responses
// out, synchronous and free of sockets (SandboxServer puts it on the network; tests can call handle() directly).
// Everything it knows is in its SandboxStore (a file that outlives the process, or memory), and each request
// is answered in one transaction of that store, so two processes working from one file never see half a
// rotation.
//
// Endpoints (all under the issuer, http://127.0.0.1:PORT):
//   /.well-known/openid-configuration, /.well-known/oauth-authorization-server   metadata (RFC 8414)
//   /authorize          GET (or POST) authorization request -> sign-in and consent page (RFC 6749 §4.1, PKCE)
//   /authorize/decision POST of the consent form; /authorize/abort the cancel link
//   /token              authorization_code, refresh_token (rotating), client_credentials, device_code
//   /revoke             RFC 7009      /introspect   RFC 7662      /userinfo   OpenID Connect Core §5.3
//   /device             RFC 8628 device authorization; /device/verify, /device/confirm, /device/approve pages
//   /jwks               the RS256 signing keys      /api/...      the demo API (SandboxApi)
// The token endpoint takes DPoP proofs from every client and binds the tokens it then issues (RFC 9449); the API and
// userinfo take such tokens only with a proof by the same key. Requests from SandboxServer's mutual-TLS listener
// carry the client's certificate (HttpRequest::peerCertificate): the client of the mutual-TLS personality
// authenticates with it (self_signed_tls_client_auth, RFC 8705 §2.2, against the certificates registered in the
// store), its access tokens are bound to it (cnf x5t#S256, §3.1), and the API and userinfo take them only over a
// connection with that certificate (§3).
//   /_sandbox/faults    GET the faults and settings (read-only: they are changed in the store)
//   /_sandbox/owner     GET ?challenge=C: HMAC-SHA256 of C under the store's owner secret (SandboxOwnerProof)
//
// Clients (SandboxPersonality): "keyway-sandbox", public (no secret); "keyway-sandbox-confidential" with the
// secret "sandbox-secret" (client_secret_basic or client_secret_post); then one client per personality, each with
// its own bundle of behaviours (exact redirect, nested or form-encoded token responses, one client authentication
// method, private_key_jwt, device slow_down, ...). Confidential clients alone may use client credentials. All must
// use PKCE S256 and, unless their personality registers one exact URI, a loopback redirect URI
// http://127.0.0.1:ANY/callback or http://[::1]:ANY/callback (RFC 8252 §7.3).
// Accounts: whatever name the user types on the consent page.

#include "common/Error.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "jose/DpopProof.h"
#include "jose/SelfSignedCertificate.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxKeys.h"
#include "sandbox/SandboxStore.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace keyway {

class SandboxForm;
class SandboxPersonality;

class SandboxProvider
{
public:
    using Fault = SandboxFaults::Fault;

    static QString publicClientId() { return QStringLiteral("keyway-sandbox"); }
    static QString confidentialClientId() { return QStringLiteral("keyway-sandbox-confidential"); }
    // A published demo secret, not a secret: it is in the catalogue entry's setup steps too.
    static QString confidentialClientSecret() { return QStringLiteral("sandbox-secret"); }
    static const QStringList &supportedScopes();

    // With a private in-memory store.
    SandboxProvider();
    ~SandboxProvider();
    Q_DISABLE_COPY_MOVE(SandboxProvider)

    // Works from the store at `path` from now on (empty: a fresh one in memory). Error code "sandbox_store".
    Error openStore(const QString &path);
    SandboxStore &store() { return *m_store; }

    // Generates the first signing key (RSA, so it takes a moment) unless the store has one. handle() does it too
    // when needed.
    Error prepareKeys();
    // "http://127.0.0.1:PORT": every URL the sandbox hands out starts with it. Another issuer than the store's
    // forgets the stored grants and tokens (SandboxStore::setIssuer).
    void setIssuer(const QString &issuer);
    QString issuer() const { return m_issuer; }
    // "https://127.0.0.1:PORT" of SandboxServer's mutual-TLS listener, which serves the same endpoints; empty
    // without one. Discovery then names it in mtls_endpoint_aliases (RFC 8705 §5).
    void setMtlsIssuer(const QString &origin) { m_mtlsIssuer = origin; }
    QString mtlsIssuer() const { return m_mtlsIssuer; }
    // RFC 8705 §3.1: base64url(SHA-256(DER)), the x5t#S256 of a certificate; empty for a null one.
    static QString certificateThumbprint(const QSslCertificate &certificate);
    // RFC 8705 §2.2: a new self-signed client certificate (for TLS client authentication only) registered for
    // `clientId` beside its other keys, as a JWK with x5t#S256 and x5c (RFC 7517 §4.7, §4.9); the sandbox knows the
    // client by it from then on. What `keyway sandbox client-cert` writes and the Sandbox panel's Connect hands the
    // connect dialog. The caller keeps the private key: in memory, or in an owner-only file.
    Result<SelfSignedCertificate> registerClientCertificate(const QString &clientId);
    // Settings, kept in the store.
    void setAccessTokenLifetime(std::chrono::seconds lifetime); // default 3600 s
    std::chrono::seconds accessTokenLifetime() const;
    void setDeviceInterval(std::chrono::seconds interval); // default 5 s (RFC 8628 §3.2)
    std::chrono::seconds deviceInterval() const;
    // The refresh token lifetimes of the personalities that have them (SandboxPersonality::refreshIdleLifetime),
    // shortened for tests; zero restores each personality's own.
    void setRefreshLifetimes(std::chrono::milliseconds idle, std::chrono::milliseconds absolute);
    // Forgets every code, grant and token and the demo API's data (keys and faults stay).
    void reset();

    // One request, in one transaction of the store: the 500/503 faults for faultable requests, then the
    // endpoint's answer (with the clock-skew fault's Date header), then an entry in the request log.
    HttpResponse answer(const HttpRequest &request);
    // The endpoint's answer alone, also in one transaction.
    HttpResponse handle(const HttpRequest &request);
    // Whether the delay, 500 and 503 faults apply to this request: the token endpoint, userinfo and the demo
    // API, the calls Keyway makes in the background. Pages, metadata, keys and the control endpoint never fail.
    static bool isFaultable(const HttpRequest &request);

    // A fault's value in the store (see SandboxFaults).
    int faultValue(Fault fault) const;
    bool isFaultActive(Fault fault) const { return faultValue(fault) != 0; }
    // Stores a fault's value (clamped by SandboxFaults::clamp), or performs an action fault when `value` is not 0.
    Error setFault(Fault fault, int value);
    // True when a Count fault applies now (and uses one up).
    bool consumeFault(Fault fault);
    void clearFaults();
    // Called whenever this object changes a fault (another process's changes are seen in the store).
    void setFaultsChangedCallback(std::function<void()> callback) { m_faultsChanged = std::move(callback); }

    // {"issuer", "access_token_lifetime", "device_interval", "faults": [...]}: what GET /_sandbox/faults answers.
    QJsonObject status() const;
    QJsonObject discoveryDocument() const;
    SandboxKeys &keys() { return *m_keys; }

private:
    struct Client
    {
        QString id;
        bool confidential = false;
        const SandboxPersonality *personality = nullptr; // never null once authenticated
        // RFC 8705 §2.2 and §3: the TLS client certificate it authenticated with; its tokens are bound to it.
        QString certificateThumbprint;
    };
    using Params = QList<QPair<QString, QString>>;

    // Endpoints.
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse authorizeDecision(const HttpRequest &request);
    HttpResponse authorizeAbort(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    // `dpopJkt`: the key the request's DPoP proof was signed with (RFC 9449 §5), empty without a proof.
    HttpResponse tokenAuthorizationCode(const SandboxForm &form, const Client &client, const QString &dpopJkt);
    HttpResponse tokenRefresh(const SandboxForm &form, const Client &client, const QString &dpopJkt);
    // Why a refresh token of a personality whose tokens die (SandboxPersonality::refreshIdleLifetime) is refused:
    // unused too long, or its grant past its absolute lifetime. Empty: it still works.
    QString lapsedRefreshToken(const SandboxStore::RefreshToken &refresh, const SandboxStore::Grant &grant, const Client &client);
    HttpResponse tokenClientCredentials(const SandboxForm &form, const Client &client, const QString &dpopJkt);
    HttpResponse tokenDeviceCode(const SandboxForm &form, const Client &client, const QString &dpopJkt);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse introspect(const HttpRequest &request);
    HttpResponse userinfo(const HttpRequest &request);
    HttpResponse deviceAuthorization(const HttpRequest &request);
    HttpResponse deviceVerify(const HttpRequest &request);
    HttpResponse deviceConfirm(const HttpRequest &request);
    HttpResponse deviceApprove(const HttpRequest &request);
    HttpResponse api(const HttpRequest &request);
    HttpResponse control(const HttpRequest &request);

    HttpResponse route(const HttpRequest &request);
    HttpResponse routeToEndpoint(const HttpRequest &request);
    HttpResponse owner(const HttpRequest &request);
    HttpResponse jwks(const HttpRequest &request);

    // Helpers.
    // Parses a POSTed form: Content-Type, encoding and repeated parameters. On failure `failure` is the answer.
    std::optional<SandboxForm> postedForm(const HttpRequest &request, HttpResponse *failure, bool oauthErrors) const;
    // RFC 6749 §2.3: Basic or body credentials; `failure` is the 400/401 answer when authentication fails.
    std::optional<Client> authenticateClient(const HttpRequest &request, const SandboxForm &form, HttpResponse *failure) const;
    // RFC 7523 §2.2 and §3: private_key_jwt, checked with the keys registered for the client (SandboxStore).
    std::optional<Client> assertionClient(const SandboxForm &form, HttpResponse *failure) const;
    // RFC 8705 §2.2: self_signed_tls_client_auth, the TLS client certificate matched against those registered.
    std::optional<Client> certificateClient(const HttpRequest &request, const QString &id, HttpResponse *failure) const;
    // The access token of an API or userinfo request, or the 400/401 answer in `failure`: RFC 6750 §2.1 for a
    // Bearer token; RFC 9449 §7 for a DPoP-bound one, which comes only with the DPoP scheme and a proof signed by the
    // key it is bound to (and the nonce, for a personality that demands one).
    std::optional<SandboxStore::AccessToken> accessTokenOf(const HttpRequest &request, HttpResponse *failure);
    // RFC 9449 §4.3 on a token request: the thumbprint of the proof's key, empty when the request has no DPoP header
    // and its client does not require one; std::nullopt with the 400 answer in `failure` when the proof is refused,
    // missing for a client that must send one, or lacks the nonce its client is asked for.
    std::optional<QString> tokenRequestProof(const HttpRequest &request, const Client &client, HttpResponse *failure);
    // The RFC 9449 §4.3 checks a proof alone allows, then the nonce when `demandsNonce`, then a jti not seen before
    // (§11.1). `accessToken`: the token a request to a resource carries (ath). Error codes "invalid_dpop_proof" and
    // "use_dpop_nonce".
    Result<DpopProof::Verified> verifyProof(const HttpRequest &request, const QByteArray &accessToken, bool demandsNonce);
    // RFC 9449 §8 and §9: the nonce the sandbox hands out now (one per five minutes, derived from the store's owner
    // secret, so every process serving the store agrees), and whether a proof's nonce is that one or the last.
    QString dpopNonce(qint64 window);
    bool isCurrentDpopNonce(const QString &nonce);
    // The response carrying new tokens (RFC 6749 §5.1), with an id_token when "openid" was granted to a user.
    // Bound to the DPoP key `dpopJkt` (token_type DPoP, RFC 9449 §5) when one is given, and to the client's TLS
    // certificate when it authenticated with one (RFC 8705 §3).
    HttpResponse issueTokens(const QString &grantId, const QStringList &scopes, bool firstIdToken, const QString &dpopJkt,
        const QString &boundCertificate = {});
    // A redirect to the client's redirect URI with `params` plus state and iss (RFC 9207).
    HttpResponse redirectToClient(const QString &redirectUri, Params params, bool hasState, const QString &state, int status);
    std::optional<HttpResponse> tokenResponseFault();
    HttpResponse consentPage(
        const SandboxStore::Pending &pending, const QString &action, const QString &login, const QString &error, int status);
    // The granted scopes from a consent form: a subset of `requested`, "openid" always when requested.
    static std::optional<QStringList> grantedScopes(const SandboxForm &form, const QStringList &requested);
    // The fewer-scopes fault: only the identity scopes of what consent granted.
    QStringList narrowedByFault(const QStringList &granted);
    QJsonObject userClaims(const QString &account, const QStringList &scopes) const;
    QString url(const char *path) const { return m_issuer + QLatin1String(path); }
    // Seconds since the epoch on the sandbox's own clock: this computer's, plus the clock-skew fault.
    qint64 providerNow() const;

    QString m_issuer = QStringLiteral("http://127.0.0.1:47231");
    QString m_mtlsIssuer;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxKeys> m_keys;
    std::unique_ptr<SandboxApi> m_api;
    std::function<void()> m_faultsChanged;
};

} // namespace keyway
