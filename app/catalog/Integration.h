#pragma once

// The in-memory form of one integration file (resources/integrations/<id>.json). Plain data, filled by
// IntegrationLoader, expanded by TemplateExpander, completed by Discovery. Field names follow the file
// format; defaults are the format's defaults, so a field left out of a file has the documented meaning.

#include "catalog/AuthMode.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyway {

// How a provider matches a loopback redirect URI (oauth.redirect.loopback).
enum class LoopbackRedirect {
    AnyPort, // any_port: the port is ignored (RFC 8252 §7.3); Keyway listens on an ephemeral port
    Exact, // exact: compared character for character, port included; Keyway listens on redirect.port
    None, // none: no http loopback redirect is accepted (see OAuthSettings::redirectAlternative)
};

// How the token request's parameters are encoded (oauth.token_request.format). RFC 6749 §4.1.3 and Appendix B
// require application/x-www-form-urlencoded; a few providers accept only a JSON object.
enum class TokenRequestFormat { Form, Json };

// RFC 6749 §2.3, OpenID Connect Core §9.
enum class ClientAuthMethod { ClientSecretBasic, ClientSecretPost, None, PrivateKeyJwt, TlsClientAuth, SelfSignedTlsClientAuth };

// RFC 6749 §2.1: the client types a provider lets a desktop app register (oauth.client_types).
enum class ClientType {
    Public, // no secret; the code is protected by PKCE (RFC 7636, RFC 8252 §8.1)
    Confidential, // a secret or key that the provider issues
};

// One documentation page the facts of an integration file come from ("sources").
struct SourceRef
{
    QString url; // https, the provider's own page or the standard it follows
    QString about; // which facts it gave
};

// Where a credential goes on an API request.
struct CredentialPlacement
{
    enum class In { Header, Query };
    In in = In::Header;
    QString name = QStringLiteral("Authorization"); // header name, or query parameter name
    QString scheme = QStringLiteral("Bearer"); // header value prefix; empty puts the raw credential
    // RFC 9110 §11.2: the auth-param that carries the credential after the scheme, for providers that want
    // "Token token=KEY" rather than "Token KEY" (api_key.param / api.auth.param); empty: the credential itself.
    QString param;
};

// A value the user enters before connecting, used as {{name}} in URLs and parameters.
struct TemplateVariable
{
    QString name;
    QString label;
    QString pattern; // anchored regular expression every value must match
    QString example;
    QString description;
    QString defaultValue; // used when the user enters nothing ("default" in the file)
    bool optional = false; // an empty optional variable drops the URL or parameter that uses it
};

// Dot-separated paths into the token endpoint's response (RFC 6749 §5.1 names by default).
struct TokenResponsePaths
{
    enum class Format { Json, Form };
    Format format = Format::Json;
    QString accessToken = QStringLiteral("access_token");
    QString refreshToken = QStringLiteral("refresh_token");
    QString expiresIn = QStringLiteral("expires_in");
    QString refreshTokenExpiresIn; // empty: the provider does not say
    // Absolute expiry times (ISO 8601 or seconds since 1970) where a provider sends them instead of expires_in
    // (Square's expires_at, refresh_token_expires_at); empty: not sent.
    QString expiresAt;
    QString refreshTokenExpiresAt;
    QString idToken = QStringLiteral("id_token");
    QString scope = QStringLiteral("scope");
    QString tokenType = QStringLiteral("token_type");
};

struct OAuthSettings
{
    QString authorizationUrl;
    QString tokenUrl;
    QString revocationUrl; // RFC 7009
    QString introspectionUrl; // RFC 7662
    QString userinfoUrl; // OpenID Connect Core §5.3
    QString deviceAuthorizationUrl; // RFC 8628 §3.1
    QString jwksUrl; // RFC 7517
    QString issuer;
    // {placeholder} in the issuer -> the ID token claim that fills it, e.g. {"tenantid": "tid"} (oauth.issuer_claims).
    QMap<QString, QString> issuerClaims;
    QString discoveryUrl; // OpenID Connect Discovery / RFC 8414 metadata document

    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" "); // RFC 6749 §3.3 says space; some providers use ","
    QString scopeParam = QStringLiteral("scope"); // Slack user tokens: "user_scope"
    // The parameter that names the client on the authorization request and at the token endpoint (RFC 6749
    // §2.2 "client_id"); TikTok's Login Kit calls it "client_key" (oauth.client_id_param).
    QString clientIdParam = QStringLiteral("client_id");
    TokenRequestFormat tokenRequestFormat = TokenRequestFormat::Form; // oauth.token_request.format
    bool pkce = true;
    // RFC 9449: sender-constrain the tokens with a per-connection DPoP key (the file's oauth.dpop, `connect --dpop`).
    bool dpop = false;
    // RFC 9126: push the authorization request (the file's oauth.par, `connect --par`, or the server requires it).
    bool par = false;
    QString pushedAuthorizationUrl; // oauth.par_url, or discovery's pushed_authorization_request_endpoint
    // RFC 9396: oauth.authorization_details, sent on the authorization (or pushed) request; empty: none.
    QJsonArray authorizationDetails;
    QString registrationUrl; // RFC 8414 §2 registration_endpoint, from discovery only (RFC 7591 §3)
    QString publicClientId; // a client the provider publishes for everyone (no secret): the default client id
    // RFC 7591: the client Keyway registered itself at the provider when the integration was added
    // (oauth.registered_client; `keyway integrations add --register`). A public one is also the publicClientId; a
    // confidential one's secret and the RFC 7592 registration access token are in the keychain
    // (ClientRegistrar::secretKey), never in the file.
    struct RegisteredClient
    {
        QString clientId;
        QString configurationUrl; // RFC 7592 registration_client_uri; empty: the registration cannot be deleted
        bool confidential = false; // a client secret is kept in the keychain
    };
    std::optional<RegisteredClient> registeredClient;
    ClientAuthMethod clientAuth = ClientAuthMethod::ClientSecretBasic; // RFC 6749 §2.3.1: servers MUST support Basic
    // oauth.client_certificate_required: the provider takes only TLS connections with a client certificate it
    // issued, while the client authenticates by clientAuth (a secret; ADP). tls_client_auth implies it.
    bool clientCertificateRequired = false;
    QString assertionAudience; // aud of jwt_bearer / private_key_jwt assertions; empty: Keyway's default
    std::optional<qint64> assertionLifetimeSeconds; // how long those assertions may live; empty: Keyway's default
    QMap<QString, QString> authorizationParams;
    QMap<QString, QString> tokenParams;

    // Differences for the client credentials mode.
    std::optional<QStringList> clientCredentialsScopes;
    QMap<QString, QString> clientCredentialsTokenParams;

    TokenResponsePaths tokenResponse;
    QMap<QString, QString> responseValues; // template name -> path in the token response

    std::optional<bool> refreshRotates; // every refresh returns a new refresh token and voids the old one (unset: not documented)
    bool refreshExpires = false; // refresh tokens have a limited lifetime
    // oauth.refresh_token: the documented lifetimes (issue 23). Absent facts stay empty: not documented, never guessed.
    std::optional<bool> refreshReuseDetection; // RFC 9700 §4.14.2: replaying a rotated token ends the grant
    std::optional<qint64> refreshReuseGraceSeconds; // a rotated token still works this long (0: not at all)
    std::optional<qint64> refreshIdleLifetimeSeconds; // unused this long, a refresh token stops working
    std::optional<qint64> refreshAbsoluteLifetimeSeconds; // this long after issue the grant ends, used or not
    std::optional<bool> refreshUseExtendsLifetime; // a refresh starts the idle lifetime again
    std::optional<qint64> accessTokenLifetimeSeconds; // used when a token response has no expires_in
    QString refreshUrl; // a separate endpoint for the refresh_token grant; empty: tokenUrl

    // oauth.client_types; empty when the file does not say.
    QList<ClientType> clientTypes;

    // RFC 8252 §7.3: loopback IP literal, ephemeral port.
    QString redirectHost = QStringLiteral("127.0.0.1");
    quint16 redirectPort = 0;
    QString redirectPath = QStringLiteral("/callback");
    // Absent from the file: exact when a fixed port is given, else any_port.
    LoopbackRedirect redirectLoopback = LoopbackRedirect::AnyPort;
    bool redirectPrivateUseScheme = false; // RFC 8252 §7.1 redirects (io.keyway.app:/...) are accepted
    QString redirectAlternative; // loopback none: what works instead, one sentence for the user

    bool openid = false;

    // A copy of the integration's top-level "allow_insecure_http", so Discovery and ConnectionPlanner, which
    // see only these settings, apply the same rule to every URL they read.
    bool allowInsecureHttp = false;

    // Filled by Discovery from the provider's metadata; empty when not discovered.
    QStringList scopesSupported;
    QStringList grantTypesSupported;
    QStringList codeChallengeMethodsSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    // RFC 8705 §5: mtls_endpoint_aliases, metadata name ("token_endpoint", ...) -> the URL a client using mutual TLS
    // sends to instead. Only https URLs (or what allowInsecureHttp allows) are kept.
    QMap<QString, QString> mtlsEndpointAliases;
    // RFC 9207 §3: authorization_response_iss_parameter_supported. When true, a response without iss is refused
    // (§2.4), as an attacker's mix-up would strip it.
    bool issParameterSupported = false;
    // RFC 9449 §5.1: dpop_signing_alg_values_supported; what a DPoP proof may be signed with. Empty: not said.
    QStringList dpopSigningAlgValuesSupported;
    // RFC 9126 §5: require_pushed_authorization_requests; the server refuses an authorization request not pushed.
    bool requirePushedAuthorizationRequests = false;

    // True when endpoints have to come from discovery (an issuer or discovery URL but no token URL).
    // The metadata (RFC 8414, OpenID Connect Discovery) is read when something Keyway needs is not written
    // down: the token URL, or for OpenID Connect the issuer and the key set the ID token is checked against.
    bool needsDiscovery() const
    {
        const bool missing = tokenUrl.isEmpty() || (openid && (issuer.isEmpty() || jwksUrl.isEmpty()));
        return missing && (!issuer.isEmpty() || !discoveryUrl.isEmpty());
    }
};

struct ApiKeySettings
{
    CredentialPlacement placement;
    QString label;
};

struct BasicSettings
{
    QString usernameLabel;
    QString passwordLabel;
    bool passwordOptional = false;
};

// What the integration's tokens open over git's HTTPS transport (gitcredentials(7)): the hosts a forge serves its
// repositories from, and the user name it expects beside an OAuth access token used as the password. `git credential`
// answers for these hosts too (GitCredential::answersFor); an empty username means the connection's own account.
struct GitSettings
{
    QStringList hosts; // lower-case host names (with ":port" when not the default)
    QString username;
};

struct ApiSettings
{
    QString baseUrl;
    // Other origins (scheme://host[:port], may hold {{templates}}) the credential may go to besides baseUrl's.
    QStringList origins;
    CredentialPlacement auth;
    QMap<QString, QString> headers;
    QString samplePath; // a harmless GET under baseUrl: the request console's first request
    QString whoamiUrl;
    QString whoamiMethod = QStringLiteral("GET");
    QString accountField; // path into the whoami response naming the account
};

struct SetupInfo
{
    QString consoleUrl;
    QStringList steps;
    QString notes;
};

struct Integration
{
    QString id;
    QString name;
    QString category;
    QString description;
    QString icon; // file name in resources/icons/integrations/
    QString docs;
    QStringList aliases; // other names people search for ("Jira" for Atlassian)
    // Shown in the window's integration list without being searched for. The Keyway Sandbox's personalities are
    // not: they appear when their category is chosen or their name is typed (the Sandbox panel lists them too).
    bool listed = true;
    QList<SourceRef> sources; // where the facts come from; required of built-in files
    QDate checked; // when they were last checked against the sources; invalid when not given
    QStringList unsourced; // facts the documentation did not give, one sentence each
    QStringList docsElsewhere; // URL prefixes of the provider's own documentation on other domains (a GitHub org)
    QList<AuthMode> authModes;
    QList<TemplateVariable> variables;

    bool hasOAuth = false;
    OAuthSettings oauth;
    bool hasApiKey = false;
    ApiKeySettings apiKey;
    bool hasBasic = false;
    BasicSettings basic;
    ApiSettings api;
    GitSettings git; // empty hosts: the integration says nothing about git
    QMap<QString, QStringList> unifiedScopes; // unified scope id -> provider scopes
    SetupInfo setup;
    // "embedded_provider": a provider built into Keyway ("sandbox") that the core starts before connecting or
    // using such a connection. Empty for every real provider.
    QString embeddedProvider;
    // "allow_insecure_http": the user explicitly allowed plain http to non-loopback hosts for this integration
    // (a local test server behind a proxy, a lab). Never set by a built-in file. RFC 6749 §3.1/§3.2 and RFC 9700
    // require TLS, so every place that shows the integration warns about it.
    bool insecureHttpAllowed = false;

    QString source; // ":/integrations/x.json" or the custom file's path
    bool builtin = false;
    bool overridesBuiltin = false; // a custom file with the id of a built-in one
    QJsonObject document; // the file as read, for export

    bool supports(AuthMode mode) const { return authModes.contains(mode); }
    const TemplateVariable *variable(const QString &name) const;
    bool usesOAuth() const; // any of the OAuth-based modes
    bool allowInsecureHttp() const { return insecureHttpAllowed; }
    // The non-loopback hosts this integration reaches over plain http (for warnings); empty when none is known.
    QStringList insecureHttpHosts() const;
    // "<name> allows plain http to <hosts>: tokens cross the network unencrypted"; empty when not allowed.
    // The command line prints it after "Warning: " whenever such an integration is added or connected.
    QString insecureHttpWarning() const;

    static QString toString(AuthMode mode);
    static std::optional<AuthMode> authModeFromString(const QString &text);
    static QString toString(ClientAuthMethod method);
    static QString toString(LoopbackRedirect matching);
    static std::optional<LoopbackRedirect> loopbackRedirectFromString(const QString &text);
    static std::optional<ClientAuthMethod> clientAuthFromString(const QString &text);
    static QString toString(ClientType type);
    static std::optional<ClientType> clientTypeFromString(const QString &text);
    static const QStringList &knownCategories();

    // The protocol parameters Keyway sets itself, which no integration file, --auth-param / --token-param or form
    // field may set or replace: in the authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3, OpenID Connect Core
    // §3.1.2.1; "request" and "request_uri" of RFC 9101 / RFC 9126 would carry their own copies) and in the token
    // request (RFC 6749 §4.1.3, §6, RFC 7523 §2.1, RFC 8628 §3.4). Replacing one would defeat the check it is
    // there for: the redirect URI, state, nonce or PKCE challenge Keyway verifies.
    static const QStringList &reservedAuthorizationParams();
    static const QStringList &reservedTokenParams();
    // Where this integration sends the user, tokens and secrets differently from `before` (another version of the
    // same integration): one "field: old → new" line per changed endpoint, host list or insecure-http opt-in.
    // Shown whenever a file replaces a built-in integration (issue 15.3).
    QStringList changesFrom(const Integration &before) const;
    // Why `name` may not be given as a parameter of that request, or empty when it may.
    static QString reservedParamReason(const QString &name, bool authorizationRequest);
    // "PKCE is off for <name>: ..." (RFC 9700 §2.1.1). The command line and the connect dialog show it every time
    // a sign-in runs without PKCE, whether the integration file or the user turned it off.
    QString pkceOffWarning() const;
};

} // namespace keyway
