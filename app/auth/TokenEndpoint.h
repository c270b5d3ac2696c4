#pragma once

#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"
#include "auth/TokenExchangeRequest.h"
#include "auth/TokenSet.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

class ProtocolClient;

// Talks to a provider's token endpoint (RFC 6749 §3.2): one POST per grant, client authentication per the
// connection's settings (ClientAuthenticator), the answer read by TokenResponseParser. Adds
// ProviderConfig::tokenParams to every request (grant parameters win over them). Refuses insecure URLs before
// anything is sent (UrlPolicy). Every secret sent or received is registered with the Redactor.
//
// `done` is called exactly once, later, from the event loop, with the result and the HTTP status (0 when no HTTP
// answer arrived). With ProviderConfig::dpopAlgorithm set, every request carries a DPoP proof (RFC 9449 §5)
// signed with ClientCredentials::dpopKeyPem (DpopSigner). Error codes: the provider's OAuth code (invalid_grant, ...),
// "server_error" (5xx: retry later), "network_error" (no answer, timeout, TLS), "invalid_url"/"insecure_url",
// "missing_client_id", "missing_client_secret", "missing_private_key", "client_assertion_failed", "missing_dpop_key",
// "cancelled", and the parser's codes.
class TokenEndpoint : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenEndpoint)

public:
    using Params = QList<QPair<QString, QString>>;
    using Done = std::function<void(const Result<TokenSet> &result, int httpStatus)>;

    explicit TokenEndpoint(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenEndpoint() override;

    // 30 s unless set (tests use short ones).
    void setTransferTimeout(int milliseconds);
    int transferTimeout() const;

    // Any grant: `grantParams` must hold grant_type and the grant's parameters.
    void request(const ProviderConfig &config, const ClientCredentials &credentials, const Params &grantParams, Done done);

    // RFC 6749 §4.1.3 + RFC 7636 §4.5. An empty codeVerifier is left out (provider without PKCE).
    void exchangeCode(const ProviderConfig &config, const ClientCredentials &credentials, const QString &code,
        const QString &codeVerifier, const QString &redirectUri, Done done);
    // RFC 6749 §6, sent to config.refreshUrl when the provider has a separate one, else to the token endpoint.
    // Empty scopes = leave "scope" out (the originally granted scope).
    void refresh(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &refreshToken,
        const QStringList &scopes, Done done);
    // RFC 6749 §4.4; "audience" (Auth0 and others) when not empty; one RFC 8707 "resource" per entry.
    void clientCredentials(const ProviderConfig &config, const ClientCredentials &credentials, const QStringList &scopes,
        const QString &audience, const QStringList &resources, Done done);
    // RFC 7523 §2.1: the assertion is the grant.
    void jwtBearer(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &assertion,
        const QStringList &scopes, Done done);
    // RFC 8693 §2.1: `subjectToken` (an access token) for a token aimed at the request's audience / resources. The
    // answer's issued_token_type is TokenSet::issuedTokenType; its scope, when absent, is the requested one.
    void exchangeToken(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &subjectToken,
        const TokenExchangeRequest &exchange, Done done);
    // RFC 8628 §3.4. authorization_pending / slow_down come back as errors with those codes.
    void deviceToken(const ProviderConfig &config, const ClientCredentials &credentials, const QString &deviceCode, Done done);

    // RFC 9110 §10.2.3: how long the last answer (a 503 or 429) asked the client to wait before trying again,
    // in seconds; -1 when it said nothing usable. Read it in `done` to time a retry.
    int lastRetryAfterSeconds() const { return m_lastRetryAfter; }
    // Whether the last request certainly did not reach the provider, or was certainly not processed by it: not sent
    // (see ProtocolClient::Delivery), or answered 429 / 503 with a Retry-After (RFC 9110 §15.6.4, RFC 6585 §4: the
    // server says it did not handle the request). Anything else that failed may have been processed. A request
    // that must not be repeated once processed (a rotating refresh token) is retried only when this is true.
    bool lastRequestUnprocessed() const { return m_lastUnprocessed; }
    // A Retry-After value: delay-seconds, or an HTTP-date relative to `now`; -1 when neither.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must
    // also accept) as UTC; invalid when the value is none of them. A successful answer's Date header becomes
    // TokenSet::providerDate.
    static QDateTime parseHttpDate(const QByteArray &value);

    // Cancels every pending request; their callbacks get "cancelled".
    void abortAll();
    int pendingCount() const;

    static constexpr const char *kGrantAuthorizationCode = "authorization_code";
    static constexpr const char *kGrantRefreshToken = "refresh_token";
    static constexpr const char *kGrantClientCredentials = "client_credentials";
    static constexpr const char *kGrantJwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static constexpr const char *kGrantDeviceCode = "urn:ietf:params:oauth:grant-type:device_code";

private:
    // One POST of `form` to `url`; with DPoP (RFC 9449 §5) a fresh proof goes with it, and an answer asking for
    // the server's nonce (§8) leads to one more POST with a new proof, when `nonceRetried` is false.
    void post(const QUrl &url, const ProviderConfig &config, const ClientCredentials &credentials, const Params &form,
        const QString &grantType, Done done, bool nonceRetried);

    ProtocolClient *m_client;
    int m_lastRetryAfter = -1;
    bool m_lastUnprocessed = false;
};

} // namespace keyway
