#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyway {

// The resolved OAuth settings of ONE connection: endpoints, scopes, client authentication method and how to
// read the token response. Templates ({{subdomain}}, {{instance_url}}) are already expanded. Holds nothing
// secret, so it is stored as the connection's settings in SQLite (toJson/fromJson). The JSON layout follows
// the "oauth" object of an integration file (snake_case, nested token_response/redirect/refresh_token), so an
// integration's oauth block with expanded templates reads directly with fromJson().
struct ProviderConfig
{
    // RFC 6749 §2.3, RFC 7523 §2.2 / OIDC Core §9, RFC 8705 §2: how the client proves who it is at the token endpoint.
    enum class ClientAuth { Basic, Post, None, PrivateKeyJwt, TlsClientAuth, SelfSignedTlsClientAuth };
    // How a token request's parameters are sent: RFC 6749 §4.1.3 / Appendix B form encoding, or (a provider's
    // quirk, declared by its integration file) the same names and values as one JSON object.
    enum class RequestFormat { Form, Json };

    QString issuer;
    // {placeholder} in a templated issuer -> the ID token claim that fills it (integration file's
    // oauth.issuer_claims, e.g. {"tenantid": "tid"}); see IdTokenValidator::Expectations::issuerClaims.
    QMap<QString, QString> issuerClaims;
    QString authorizationUrl;
    QString tokenUrl;
    QString revocationUrl; // RFC 7009
    QString introspectionUrl; // RFC 7662
    QString userinfoUrl; // OIDC Core §5.3 or any "who am I" URL
    QString deviceAuthorizationUrl; // RFC 8628
    QString jwksUrl;

    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" ");
    QString scopeParam = QStringLiteral("scope"); // the authorization request parameter carrying scopes (Slack: user_scope)
    // RFC 6749 §2.2's client_id under the provider's own name (TikTok: client_key), on the authorization request and
    // wherever ClientAuthenticator names the client (token, revocation, introspection, device authorization).
    QString clientIdParam = QStringLiteral("client_id");
    RequestFormat tokenRequestFormat = RequestFormat::Form; // the token endpoint's requests (TokenEndpoint)
    bool pkce = true; // RFC 7636, RFC 9700 §2.1.1
    bool openid = false; // OpenID Connect: validate the id_token
    bool issParameterSupported = false; // RFC 9207 authorization_response_iss_parameter_supported
    // RFC 9449: the JWS algorithm of the connection's DPoP proofs (ES256 unless the server lists others); empty when
    // the connection does not use DPoP. Set from the integration's oauth.dpop, discovery and `connect --dpop`.
    QString dpopAlgorithm;
    // RFC 9126: push the authorization request first and send the browser only client_id and request_uri. Set from
    // the integration's oauth.par, discovery's require_pushed_authorization_requests and `connect --par`.
    bool pushAuthorization = false;
    QString pushedAuthorizationUrl; // pushed_authorization_request_endpoint (RFC 9126 §5)
    // RFC 9396: the authorization_details sent on the authorization (or pushed) request, from the integration's
    // oauth.authorization_details or `connect --authorization-details FILE`; empty: none. Kept for a reconnect.
    QJsonArray authorizationDetails;

    ClientAuth clientAuth = ClientAuth::Basic; // RFC 6749 §2.3.1: servers MUST support Basic
    // JWT assertions Keyway signs (private_key_jwt, the jwt_bearer grant), as the integration declares them:
    // the aud (empty: ClientAuthenticator's / JwtBearerFlow's default) and the lifetime in seconds (0: 300).
    QString assertionAudience;
    int assertionLifetimeSeconds = 0;
    QMap<QString, QString> authorizationParams;
    QMap<QString, QString> tokenParams;

    // Dot paths into the token response (JSON or form), e.g. "authed_user.access_token".
    QString accessTokenPath = QStringLiteral("access_token");
    QString refreshTokenPath = QStringLiteral("refresh_token");
    QString expiresInPath = QStringLiteral("expires_in");
    // An absolute expiry (ISO 8601, or seconds since 1970) where a provider sends one instead of expires_in
    // (Square's expires_at); read only when expires_in gives no lifetime. Empty: none.
    QString expiresAtPath;
    QString idTokenPath = QStringLiteral("id_token");
    QString scopePath = QStringLiteral("scope");
    QString tokenTypePath = QStringLiteral("token_type");
    QString responseFormat; // "json" | "form" | "" (auto)
    QMap<QString, QString> responseValues; // name -> path of a NON-secret value to keep, e.g. instance_url
    // Whether each refresh returns a new refresh token and voids the old one: true, false, or unknown (nullopt,
    // e.g. a provider found by discovery). Unknown is treated as "may rotate" wherever resending matters.
    std::optional<bool> refreshRotates;
    // How long a rotated refresh token is still accepted (the provider's reuse grace period); -1 when unknown.
    int refreshReuseGraceSeconds = -1;
    // The provider's documented lifetimes (oauth.refresh_token.*_lifetime_seconds, oauth.access_token_lifetime_seconds;
    // 0: not documented, never guessed). A refresh token not used for refreshIdleLifetimeSeconds stops working (unless
    // refreshUseExtendsLifetime is false, counted from its issue); the grant ends refreshAbsoluteLifetimeSeconds after
    // the user granted it, used or not (RefreshTokenLifetime). The access token lives accessTokenLifetimeSeconds when
    // the token response says nothing (RFC 6749 §5.1: expires_in is only RECOMMENDED).
    qint64 refreshIdleLifetimeSeconds = 0;
    qint64 refreshAbsoluteLifetimeSeconds = 0;
    std::optional<bool> refreshUseExtendsLifetime;
    qint64 accessTokenLifetimeSeconds = 0;
    QString refreshUrl; // where the refresh_token grant goes when the provider has a separate endpoint

    // RFC 8252 §7.3: loopback IP literal, ephemeral port. A fixed port and "localhost" where the provider
    // compares the redirect URI exactly; see RedirectTarget, which reads and writes these four.
    QString redirectHost = QStringLiteral("127.0.0.1");
    int redirectPort = 0;
    QString redirectPath = QStringLiteral("/callback");
    QString redirectScheme; // empty: loopback http; else RFC 8252 §7.1's private-use scheme (io.keyway.app)

    // RFC 8705: the connection's TLS client certificate (PEM), presented to its token endpoint and API origins; its
    // private key is in the keychain (ClientCredentials::tlsKeyPem). Public, so kept here. Empty: none.
    QString clientCertificate;

    bool allowInsecureHttp = false; // plain http to non-loopback hosts (tests, local development only)

    QJsonObject toJson() const;
    // Missing members keep the defaults above; members of the wrong type are ignored.
    static ProviderConfig fromJson(const QJsonObject &json);

    // The names used by integration files and OAuth metadata (RFC 8414 token_endpoint_auth_methods_supported):
    // client_secret_basic, client_secret_post, none, private_key_jwt, tls_client_auth, self_signed_tls_client_auth.
    static QString clientAuthName(ClientAuth auth);
    // Also accepts the short forms "basic" and "post". An unknown name gives nothing.
    static std::optional<ClientAuth> clientAuthFromName(const QString &name);
    // "form" and "json", as in an integration file's oauth.token_request.format. Unknown names give Form.
    static QString requestFormatName(RequestFormat format);
    static RequestFormat requestFormatFromName(const QString &name);

    // The scopes joined with scopeSeparator, as sent in a "scope" parameter.
    QString joinedScopes(const QStringList &list) const;
    QString joinedScopes() const { return joinedScopes(scopes); }

    bool operator==(const ProviderConfig &other) const;
    bool operator!=(const ProviderConfig &other) const { return !(*this == other); }
};

} // namespace keyway
