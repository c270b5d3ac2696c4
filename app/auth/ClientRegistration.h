#pragma once

// Registers Keyway as a client at a provider's registration endpoint (RFC 7591 dynamic client registration) and
// deletes that registration again (RFC 7592 client configuration endpoint):
//  - metadata(): the client metadata Keyway sends (§2): a native application (OpenID Connect Dynamic Client
//    Registration §2 application_type) with its loopback redirect URI, the authorization code and refresh token
//    grants, response type "code", and token_endpoint_auth_method "none" (a public client protected by PKCE,
//    RFC 8252 §8.4) unless the server lists only client secret methods; and dpop_bound_access_tokens true for an
//    integration that binds its tokens to a DPoP key (RFC 9449 §5.2), so the server issues it only bound tokens;
//  - registerClient(): POSTs it as JSON (§3.1), with the initial access token as a Bearer token when the server
//    needs one (§3); the answer (§3.2.1) gives client_id and maybe client_secret, client_secret_expires_at,
//    registration_access_token and registration_client_uri (RFC 7592 §3);
//  - deleteClient(): DELETE at registration_client_uri with the registration access token (RFC 7592 §2.3).
// A refusal (§3.2.2 invalid_redirect_uri, invalid_client_metadata, ...; a 401 for the initial access token) is one
// Error in plain words with the server's words in the detail. Answers are untrusted: not JSON, no client_id, too
// large (ResponseBody::kMaxBytes) or a registration_client_uri on another origin are refused. Every URL passes
// UrlPolicy first, so credentials go over https (plain http to loopback hosts only, or with the integration's
// explicit allow_insecure_http).
#include "common/Error.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

class ProtocolClient;

// What the server registered (RFC 7591 §3.2.1). The secrets are kept only in the keychain.
struct RegisteredClient
{
    QString clientId;
    QByteArray clientSecret; // empty for a public client
    qint64 clientSecretExpiresAt = 0; // seconds since the epoch; 0: the secret does not expire
    QString tokenEndpointAuthMethod; // as the server registered it
    QByteArray registrationAccessToken; // RFC 7592 §3; empty when the server offers no management
    QString registrationClientUri; // RFC 7592 §3; empty with the token above

    bool manageable() const { return !registrationAccessToken.isEmpty() && !registrationClientUri.isEmpty(); }
};

class ClientRegistration : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientRegistration)

public:
    using Registered = std::function<void(const Result<RegisteredClient> &client)>;
    using Done = std::function<void(const Error &error)>;

    explicit ClientRegistration(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ClientRegistration() override;

    // The client metadata for `redirectUri` (what the user would otherwise register by hand) given the server's
    // token_endpoint_auth_methods_supported (empty: not said, RFC 8414 §2's default client_secret_basic applies,
    // and "none" is tried). `dpop`: the integration's oauth.dpop. Error "registration_unsupported" when the server
    // lists no method Keyway can use.
    static Result<QJsonObject> metadata(const QString &redirectUri, const QStringList &authMethodsSupported, bool dpop = false);
    // The server's answer to a registration request, judged (pure; safe on any input). `endpoint` is the
    // registration endpoint the request went to: registration_client_uri must share its origin.
    static Result<RegisteredClient> parseResponse(int httpStatus, const QByteArray &contentType, const QByteArray &body,
        const QByteArray &wwwAuthenticate, const QString &endpoint, bool allowInsecureHttp);

    // `done` runs exactly once, later.
    void registerClient(const QString &endpoint, const QJsonObject &metadata, const QByteArray &initialAccessToken,
        bool allowInsecureHttp, Registered done);
    // RFC 7592 §2.3: 204 (or any 2xx) is success; 401/403/404 mean the registration is already gone or no longer
    // ours, which is reported too (the caller goes on removing its side).
    void deleteClient(
        const QString &registrationClientUri, const QByteArray &registrationAccessToken, bool allowInsecureHttp, Done done);

    void abortAll();

private:
    ProtocolClient *m_client;
};

} // namespace keyway
