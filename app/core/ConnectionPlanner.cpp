#include "core/ConnectionPlanner.h"

#include "auth/ClientCertificate.h"

#include "auth/ServiceAccountKey.h"
#include "catalog/ScopeVocabulary.h"
#include "catalog/TemplateExpander.h"
#include "core/DpopSetup.h"
#include "core/FlowFactory.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionPlanner)
};

ProviderConfig::ClientAuth toClientAuth(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::ClientSecretBasic:
        return ProviderConfig::ClientAuth::Basic;
    case ClientAuthMethod::ClientSecretPost:
        return ProviderConfig::ClientAuth::Post;
    case ClientAuthMethod::None:
        return ProviderConfig::ClientAuth::None;
    case ClientAuthMethod::PrivateKeyJwt:
        return ProviderConfig::ClientAuth::PrivateKeyJwt;
    case ClientAuthMethod::TlsClientAuth:
        return ProviderConfig::ClientAuth::TlsClientAuth;
    case ClientAuthMethod::SelfSignedTlsClientAuth:
        return ProviderConfig::ClientAuth::SelfSignedTlsClientAuth;
    }
    return ProviderConfig::ClientAuth::Basic;
}

ProviderConfig::RequestFormat toRequestFormat(TokenRequestFormat format)
{
    switch (format) {
    case TokenRequestFormat::Form:
        return ProviderConfig::RequestFormat::Form;
    case TokenRequestFormat::Json:
        return ProviderConfig::RequestFormat::Json;
    }
    return ProviderConfig::RequestFormat::Form;
}

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap v;
    for (auto it = map.begin(); it != map.end(); ++it)
        v.insert(it.key(), it.value());
    return v;
}

void applyPlacement(ConnectionSettings &s, const CredentialPlacement &p)
{
    s.credentialIn = p.in == CredentialPlacement::In::Query ? QStringLiteral("query") : QStringLiteral("header");
    s.credentialName = p.name;
    s.credentialScheme = p.scheme;
    s.credentialParam = p.param;
}

// RFC 7523 §2.1: the signing key and the assertion's issuer come from a service account key file (its private
// key goes to the keychain; the file itself is not kept) or from a PEM key and an issuer entered by hand.
Error planJwtBearer(ConnectionPlan &plan, const ConnectRequest &request)
{
    ClientCredentials &key = plan.secrets.client;
    if (!request.serviceAccountJson.isEmpty()) {
        const Result<ServiceAccountKey> file = ServiceAccountKey::parse(request.serviceAccountJson);
        if (!file)
            return file.error();
        key.clientId = file.value().clientEmail;
        key.privateKeyPem = file.value().privateKeyPem;
        key.keyId = file.value().privateKeyId;
        key.clientSecret.clear();
        // The integration's token endpoint wins; the file's is used only where the integration has none.
        if (plan.oauth.tokenUrl.isEmpty() && !plan.oauth.needsDiscovery())
            plan.oauth.tokenUrl = file.value().tokenUri;
    } else if (key.privateKeyPem.isEmpty()) {
        return Error::make(QStringLiteral("missing_key_file"),
            Tr::tr("Choose the service account's JSON key file (or a private key and the issuer it is registered for)."));
    }
    if (key.clientId.isEmpty())
        return Error::make(QStringLiteral("missing_client_id"),
            Tr::tr("Enter the issuer of the assertions (the service account or client ID)."));
    plan.settings.clientId = key.clientId;
    const QString subject = request.subject.trimmed();
    if (!subject.isEmpty())
        plan.settings.variables.insert(QLatin1String(FlowFactory::kJwtSubjectSetting), subject);
    return {};
}

// A private key (private_key_jwt, JWT bearer) is checked now, so a bad or encrypted PEM is reported before
// anything is sent, and kept in one form (unencrypted PKCS#8, for the keychain only). The signing algorithm
// follows the key unless the user chose one, which must then fit the key.
Error planPrivateKey(ClientCredentials &client, const ConnectRequest &request)
{
    const Result<PrivateKey> key = PrivateKey::fromPem(client.privateKeyPem);
    if (!key)
        return Error::make(
            key.error().code, Tr::tr("The private key cannot be used: %1").arg(key.error().message), key.error().detail);
    client.privateKeyPem = key.value().toPem();
    if (request.privateKeyAlg.isEmpty()) {
        if (!Jws::checkKey(key.value().key(), client.privateKeyAlg).isNull())
            client.privateKeyAlg = key.value().defaultAlgorithm();
    } else if (const Error mismatch = Jws::checkKey(key.value().key(), request.privateKeyAlg); !mismatch.isNull()) {
        return Error::make(QStringLiteral("key_algorithm_mismatch"),
            Tr::tr("This %1 key cannot sign %2 assertions; choose %3.")
                .arg(key.value().keyType(), request.privateKeyAlg, key.value().defaultAlgorithm()),
            mismatch.detail);
    }
    return {};
}

} // namespace

Result<RedirectTarget> ConnectionPlanner::redirectTarget(
    const Integration &integration, const OAuthSettings &o, const QString &redirectUri)
{
    if (!redirectUri.trimmed().isEmpty())
        return RedirectTarget::parse(redirectUri);
    RedirectTarget loopback;
    loopback.host = o.redirectHost.isEmpty() ? QStringLiteral("127.0.0.1") : o.redirectHost;
    loopback.path = o.redirectPath.isEmpty() ? QStringLiteral("/callback") : o.redirectPath;
    switch (o.redirectLoopback) {
    case LoopbackRedirect::AnyPort:
        // RFC 8252 §7.3: the provider accepts any port, so an ephemeral one never clashes with another program.
        loopback.port = 0;
        return loopback;
    case LoopbackRedirect::Exact:
        loopback.port = o.redirectPort;
        return loopback;
    case LoopbackRedirect::None:
        break;
    }
    if (o.redirectPrivateUseScheme)
        return RedirectTarget::privateUse();
    QString instead = o.redirectAlternative;
    if (instead.isEmpty())
        instead = integration.supports(AuthMode::DeviceCode)
            ? Tr::tr("Connect with the device code mode instead (keyway connect %1 --mode device_code).").arg(integration.id)
            : Tr::tr("Use another authentication mode of this integration if it has one.");
    return Error::make(QStringLiteral("no_desktop_redirect"),
        Tr::tr("%1 does not allow desktop redirects, so a browser sign-in could not come back to Keyway. %2")
            .arg(integration.name, instead),
        QStringLiteral("oauth.redirect.loopback is none and no private-use scheme is accepted"));
}

ProviderConfig ConnectionPlanner::providerConfig(const OAuthSettings &o)
{
    ProviderConfig c;
    c.issuer = o.issuer;
    c.issuerClaims = o.issuerClaims;
    c.authorizationUrl = o.authorizationUrl;
    c.tokenUrl = o.tokenUrl;
    c.revocationUrl = o.revocationUrl;
    c.introspectionUrl = o.introspectionUrl;
    c.userinfoUrl = o.userinfoUrl;
    c.deviceAuthorizationUrl = o.deviceAuthorizationUrl;
    c.jwksUrl = o.jwksUrl;
    c.scopes = o.scopes;
    c.scopeSeparator = o.scopeSeparator;
    c.scopeParam = o.scopeParam;
    c.clientIdParam = o.clientIdParam;
    c.tokenRequestFormat = toRequestFormat(o.tokenRequestFormat);
    c.pkce = o.pkce;
    c.openid = o.openid;
    c.issParameterSupported = o.issParameterSupported;
    c.pushAuthorization = o.par || o.requirePushedAuthorizationRequests;
    c.pushedAuthorizationUrl = o.pushedAuthorizationUrl;
    c.authorizationDetails = o.authorizationDetails;
    c.clientAuth = toClientAuth(o.clientAuth);
    c.assertionAudience = o.assertionAudience;
    c.assertionLifetimeSeconds = int(o.assertionLifetimeSeconds.value_or(0));
    c.authorizationParams = o.authorizationParams;
    c.tokenParams = o.tokenParams;
    c.accessTokenPath = o.tokenResponse.accessToken;
    c.refreshTokenPath = o.tokenResponse.refreshToken;
    c.expiresInPath = o.tokenResponse.expiresIn;
    c.expiresAtPath = o.tokenResponse.expiresAt;
    c.idTokenPath = o.tokenResponse.idToken;
    c.scopePath = o.tokenResponse.scope;
    c.tokenTypePath = o.tokenResponse.tokenType;
    c.responseFormat = o.tokenResponse.format == TokenResponsePaths::Format::Form ? QStringLiteral("form") : QString();
    c.responseValues = o.responseValues;
    c.refreshRotates = o.refreshRotates;
    c.refreshIdleLifetimeSeconds = o.refreshIdleLifetimeSeconds.value_or(0);
    c.refreshAbsoluteLifetimeSeconds = o.refreshAbsoluteLifetimeSeconds.value_or(0);
    c.refreshUseExtendsLifetime = o.refreshUseExtendsLifetime;
    c.accessTokenLifetimeSeconds = o.accessTokenLifetimeSeconds.value_or(0);
    c.redirectHost = o.redirectHost;
    c.redirectPort = o.redirectPort;
    c.redirectPath = o.redirectPath;
    c.allowInsecureHttp = o.allowInsecureHttp;
    return c;
}

Result<ConnectionPlan> ConnectionPlanner::plan(
    const Integration &integration, const ConnectRequest &request, const ScopeVocabulary &vocabulary)
{
    ConnectionPlan plan;
    plan.integration = integration;

    // The auth mode: the one asked for, or the integration's first.
    if (integration.authModes.isEmpty())
        return Error::make(
            QStringLiteral("no_auth_mode"), Tr::tr("This integration declares no way to authenticate."), integration.id);
    if (request.authMode.isEmpty()) {
        plan.mode = integration.authModes.first();
    } else {
        const auto mode = Integration::authModeFromString(request.authMode);
        if (!mode || !integration.supports(*mode))
            return Error::make(QStringLiteral("unsupported_auth_mode"),
                Tr::tr("%1 does not support the authentication mode \"%2\".").arg(integration.name, request.authMode));
        plan.mode = *mode;
    }
    plan.settings.authMode = plan.mode;
    plan.settings.embeddedProvider = integration.embeddedProvider;
    // The integration's explicit "allow_insecure_http" governs every URL of the connection: the flows' endpoints
    // and the API calls of the request console (ApiClient checks settings.provider), whatever the auth mode.
    plan.settings.provider.allowInsecureHttp = integration.allowInsecureHttp();

    // Template variables, validated against their patterns.
    const TemplateExpander expander(integration);
    const auto values = expander.resolveValues(toVariantMap(request.variables));
    if (!values)
        return values.error();
    for (auto it = values.value().begin(); it != values.value().end(); ++it)
        plan.settings.variables.insert(it.key(), QJsonValue::fromVariant(it.value()));

    // API settings that need no token response now; completeApi() finishes them after the flow.
    plan.settings.apiHeaders = integration.api.headers;
    plan.settings.accountField = integration.api.accountField;
    applyPlacement(plan.settings, integration.api.auth);

    plan.secrets.client.clientId = request.clientId.trimmed();
    // RFC 6749 §2.1: a public client the provider publishes for everyone (no secret, PKCE) stands in when the
    // user names no client of their own.
    if (plan.secrets.client.clientId.isEmpty() && request.clientSecret.isEmpty() && request.privateKeyPem.isEmpty()
        && (plan.mode == AuthMode::AuthorizationCode || plan.mode == AuthMode::DeviceCode))
        plan.secrets.client.clientId = integration.oauth.publicClientId;
    plan.secrets.client.clientSecret = request.clientSecret;
    plan.secrets.client.privateKeyPem = request.privateKeyPem;
    if (!request.privateKeyAlg.isEmpty())
        plan.secrets.client.privateKeyAlg = request.privateKeyAlg;
    plan.secrets.client.keyId = request.keyId;
    plan.settings.clientId = plan.secrets.client.clientId;

    switch (plan.mode) {
    case AuthMode::ApiKey:
        if (request.apiKey.isEmpty())
            return Error::make(QStringLiteral("missing_api_key"), Tr::tr("Enter the API key."));
        plan.secrets.apiKey = request.apiKey;
        applyPlacement(plan.settings, integration.apiKey.placement);
        return plan;
    case AuthMode::Basic:
        if (request.username.isEmpty())
            return Error::make(QStringLiteral("missing_username"),
                Tr::tr("Enter the %1.")
                    .arg(integration.basic.usernameLabel.isEmpty() ? Tr::tr("username") : integration.basic.usernameLabel));
        if (request.password.isEmpty() && !integration.basic.passwordOptional)
            return Error::make(QStringLiteral("missing_password"),
                Tr::tr("Enter the %1.")
                    .arg(integration.basic.passwordLabel.isEmpty() ? Tr::tr("password") : integration.basic.passwordLabel));
        plan.secrets.username = request.username.toUtf8();
        plan.secrets.password = request.password;
        plan.settings.credentialIn = QStringLiteral("header");
        plan.settings.credentialName = QStringLiteral("Authorization");
        plan.settings.credentialScheme = QStringLiteral("Basic");
        return plan;
    case AuthMode::BearerToken:
        if (request.bearerToken.isEmpty())
            return Error::make(QStringLiteral("missing_token"), Tr::tr("Paste the access token."));
        plan.secrets.tokens.accessToken = request.bearerToken;
        plan.secrets.tokens.tokenType = QStringLiteral("Bearer");
        return plan;
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::DeviceCode:
        break;
    }

    if (!integration.hasOAuth)
        return Error::make(QStringLiteral("no_oauth"), Tr::tr("This integration has no OAuth settings."), integration.id);
    auto oauth = expander.expandOAuth(integration.oauth, values.value());
    if (!oauth)
        return oauth.error();
    plan.oauth = oauth.value();
    plan.oauth.allowInsecureHttp = integration.allowInsecureHttp();
    // Issue 15.7: options and form fields add parameters; they never replace the ones the protocol's checks rest on.
    for (const auto &[params, authorizationRequest] :
        {std::pair {&request.extraAuthorizationParams, true}, std::pair {&request.extraTokenParams, false}})
        for (auto it = params->begin(); it != params->end(); ++it)
            if (const QString reason = Integration::reservedParamReason(it.key(), authorizationRequest); !reason.isEmpty())
                return Error::make(QStringLiteral("reserved_parameter"), reason + QLatin1Char('.'), it.key());
    for (auto it = request.extraAuthorizationParams.begin(); it != request.extraAuthorizationParams.end(); ++it)
        plan.oauth.authorizationParams.insert(it.key(), it.value());
    for (auto it = request.extraTokenParams.begin(); it != request.extraTokenParams.end(); ++it)
        plan.oauth.tokenParams.insert(it.key(), it.value());
    if (request.pkce >= 0)
        plan.oauth.pkce = request.pkce == 1;
    if (request.dpop >= 0)
        plan.oauth.dpop = request.dpop == 1;
    if (request.par >= 0)
        plan.oauth.par = request.par == 1;
    if (!request.authorizationDetails.isEmpty())
        plan.oauth.authorizationDetails = request.authorizationDetails; // RFC 9396: the user's, instead of the file's

    // Scopes: the integration's defaults, or the user's mix of unified and raw scopes.
    if (request.scopes.isEmpty()) {
        plan.requestedScopes = plan.mode == AuthMode::ClientCredentials && plan.oauth.clientCredentialsScopes
            ? *plan.oauth.clientCredentialsScopes
            : plan.oauth.scopes;
    } else {
        const ScopeResolution resolution = vocabulary.resolve(integration, request.scopes);
        const auto expanded = expander.expandScopes(resolution.providerScopes, values.value());
        if (!expanded)
            return expanded.error();
        plan.requestedScopes = expanded.value();
        plan.scopeWarnings = resolution.unsupported;
    }
    plan.oauth.scopes = plan.requestedScopes;
    if (plan.mode == AuthMode::ClientCredentials)
        for (auto it = plan.oauth.clientCredentialsTokenParams.begin(); it != plan.oauth.clientCredentialsTokenParams.end(); ++it)
            plan.oauth.tokenParams.insert(it.key(), it.value());

    if (plan.mode == AuthMode::JwtBearer) {
        const Error error = planJwtBearer(plan, request);
        if (!error.isNull())
            return error;
    }
    if (!plan.secrets.client.privateKeyPem.isEmpty()) {
        const Error error = planPrivateKey(plan.secrets.client, request);
        if (!error.isNull())
            return error;
    }

    if (!request.clientAuthMethod.isEmpty()) {
        const auto method = Integration::clientAuthFromString(request.clientAuthMethod);
        if (!method)
            return Error::make(QStringLiteral("bad_client_auth"),
                Tr::tr("Unknown client authentication method \"%1\".").arg(request.clientAuthMethod));
        plan.oauth.clientAuth = *method;
    }
    // RFC 8705: a TLS client certificate, checked against its key before anything is sent or stored.
    // A PKCS#12 file (RFC 7292) is opened here with its password, once; its certificate and key go on as PEM.
    QString certificatePem;
    if (!request.clientPkcs12.isEmpty()) {
        if (!request.clientCertificatePem.isEmpty() || !request.clientKeyPem.isEmpty())
            return Error::make(QStringLiteral("bad_client_certificate"),
                Tr::tr("Give the client certificate either as PEM files or as a PKCS#12 file, not both."));
        const Result<ClientCertificate> certificate
            = ClientCertificate::fromPkcs12(request.clientPkcs12, request.clientPkcs12Password);
        if (!certificate)
            return certificate.error();
        certificatePem = QString::fromLatin1(certificate.value().certificatePem());
        plan.secrets.client.tlsKeyPem = certificate.value().keyPem();
    } else if (!request.clientCertificatePem.isEmpty() || !request.clientKeyPem.isEmpty()) {
        const Result<ClientCertificate> certificate
            = ClientCertificate::fromPem(request.clientCertificatePem, request.clientKeyPem);
        if (!certificate)
            return certificate.error();
        certificatePem = QString::fromLatin1(certificate.value().certificatePem());
        plan.secrets.client.tlsKeyPem = certificate.value().keyPem();
    }
    const bool usesCertificate = plan.oauth.clientAuth == ClientAuthMethod::TlsClientAuth
        || plan.oauth.clientAuth == ClientAuthMethod::SelfSignedTlsClientAuth;
    if (usesCertificate && certificatePem.isEmpty())
        return Error::make(QStringLiteral("missing_client_certificate"),
            Tr::tr("%1 authenticates this client with a TLS client certificate (%2): give the certificate and its key.")
                .arg(integration.name, Integration::toString(plan.oauth.clientAuth)));
    // A provider that wants the certificate on the TLS connection besides the client's secret (ADP): without it the
    // handshake fails, which says less than this.
    if (plan.oauth.clientCertificateRequired && certificatePem.isEmpty())
        return Error::make(QStringLiteral("missing_client_certificate"),
            Tr::tr("%1 accepts only connections that present the TLS client certificate it issued: give the certificate "
                   "and its key.")
                .arg(integration.name));
    // A client without a secret or key is a public client (RFC 6749 §2.1): it authenticates with its id
    // alone and relies on PKCE.
    const bool hasSecret = !plan.secrets.client.clientSecret.isEmpty();
    const bool hasKey = !plan.secrets.client.privateKeyPem.isEmpty();
    if (hasKey)
        plan.oauth.clientAuth = ClientAuthMethod::PrivateKeyJwt;
    else if (!hasSecret && plan.oauth.clientAuth != ClientAuthMethod::PrivateKeyJwt && !usesCertificate)
        plan.oauth.clientAuth = ClientAuthMethod::None;
    if (plan.mode != AuthMode::JwtBearer && plan.secrets.client.clientId.isEmpty())
        return Error::make(QStringLiteral("missing_client_id"),
            Tr::tr("Enter the client ID of the app you registered with %1.").arg(integration.name));
    if (plan.mode == AuthMode::ClientCredentials && plan.oauth.clientAuth == ClientAuthMethod::None)
        return Error::make(QStringLiteral("missing_client_secret"),
            Tr::tr("The client credentials grant needs a client secret or a private key."));
    if (plan.mode != AuthMode::JwtBearer && plan.oauth.clientAuth == ClientAuthMethod::PrivateKeyJwt && !hasKey)
        return Error::make(QStringLiteral("missing_private_key"),
            Tr::tr("%1 authenticates this client with a private key (private_key_jwt): import the key or generate one.")
                .arg(integration.name));

    if (plan.mode == AuthMode::AuthorizationCode) {
        const Result<RedirectTarget> redirect = redirectTarget(integration, plan.oauth, request.redirectUri);
        if (!redirect)
            return redirect.error();
        plan.redirect = redirect.value();
        plan.settings.redirectUri = request.redirectUri.trimmed();
    }

    plan.settings.assertionAudience = plan.oauth.assertionAudience;
    plan.settings.issuer = plan.oauth.issuer;
    plan.settings.provider = providerConfig(plan.oauth);
    plan.settings.provider.clientCertificate = certificatePem;
    plan.redirect.applyTo(plan.settings.provider);
    if (const Error error = DpopSetup::apply(plan); !error.isNull())
        return error;
    return plan;
}

void ConnectionPlanner::applyDiscovered(ConnectionPlan &plan, const OAuthSettings &discovered)
{
    const QStringList scopes = plan.oauth.scopes;
    const ClientAuthMethod clientAuth = plan.oauth.clientAuth;
    const bool dpop = plan.oauth.dpop;
    const bool par = plan.oauth.par;
    plan.oauth = discovered;
    plan.oauth.par = par;
    plan.oauth.scopes = scopes;
    plan.oauth.clientAuth = clientAuth;
    plan.oauth.dpop = dpop; // the integration's or the user's choice; discovery only says which algorithms
    plan.oauth.allowInsecureHttp = plan.integration.allowInsecureHttp();
    const QString certificate = plan.settings.provider.clientCertificate;
    if (!certificate.isEmpty()) {
        // RFC 8705 §5: a client using mutual TLS sends to the aliases the metadata gives for it.
        const QMap<QString, QString> &alias = discovered.mtlsEndpointAliases;
        plan.oauth.tokenUrl = alias.value(QStringLiteral("token_endpoint"), plan.oauth.tokenUrl);
        plan.oauth.revocationUrl = alias.value(QStringLiteral("revocation_endpoint"), plan.oauth.revocationUrl);
        plan.oauth.introspectionUrl = alias.value(QStringLiteral("introspection_endpoint"), plan.oauth.introspectionUrl);
        plan.oauth.userinfoUrl = alias.value(QStringLiteral("userinfo_endpoint"), plan.oauth.userinfoUrl);
        plan.oauth.deviceAuthorizationUrl
            = alias.value(QStringLiteral("device_authorization_endpoint"), plan.oauth.deviceAuthorizationUrl);
        // RFC 9126 §2.1: the pushed request authenticates the client as the token request does.
        plan.oauth.pushedAuthorizationUrl
            = alias.value(QStringLiteral("pushed_authorization_request_endpoint"), plan.oauth.pushedAuthorizationUrl);
    }
    plan.settings.issuer = discovered.issuer;
    plan.settings.provider = providerConfig(plan.oauth);
    plan.settings.provider.clientCertificate = certificate;
    plan.redirect.applyTo(plan.settings.provider);
}

Error ConnectionPlanner::completeApi(ConnectionPlan &plan, const QJsonObject &responseValues)
{
    const TemplateExpander expander(plan.integration);
    QVariantMap values = plan.settings.variables.toVariantMap();
    for (auto it = responseValues.begin(); it != responseValues.end(); ++it)
        values.insert(it.key(), it.value().toVariant());
    const auto api = expander.expandApi(plan.integration.api, values);
    if (!api) {
        // The API base is a convenience for the console; a connection is usable without it.
        return api.error();
    }
    plan.settings.apiBaseUrl = api.value().baseUrl;
    plan.settings.whoamiUrl = api.value().whoamiUrl;
    plan.settings.apiHeaders = api.value().headers;
    plan.settings.apiOrigins = api.value().origins;
    return {};
}

QStringList ConnectionPlanner::grantedScopes(const QStringList &requested, const TokenSet &tokens)
{
    QStringList granted = tokens.scopeReturned ? tokens.grantedScopes : requested;
    const QString offline = QStringLiteral("offline_access");
    if (requested.contains(offline) && !granted.contains(offline) && !tokens.refreshToken.isEmpty())
        granted << offline;
    return granted;
}

QStringList ConnectionPlanner::defaultScopes(const Integration &integration, AuthMode mode)
{
    if (mode == AuthMode::ClientCredentials && integration.oauth.clientCredentialsScopes)
        return *integration.oauth.clientCredentialsScopes;
    return integration.oauth.scopes;
}

ScopeForm ConnectionPlanner::scopeForm(
    const Integration &integration, const ScopeVocabulary &vocabulary, const QStringList &current)
{
    ScopeForm form;
    QStringList covered;
    for (const QString &id : vocabulary.supportedBy(integration)) {
        ScopeForm::Option option;
        option.id = id;
        option.description = vocabulary.description(id);
        option.providerScopes = integration.unifiedScopes.value(id);
        option.checked = !option.providerScopes.isEmpty();
        for (const QString &scope : std::as_const(option.providerScopes))
            option.checked = option.checked && current.contains(scope);
        if (option.checked)
            covered << option.providerScopes;
        form.options << option;
    }
    for (const QString &scope : current)
        if (!covered.contains(scope) && !form.extra.contains(scope))
            form.extra << scope;
    return form;
}

ScopeResolution ConnectionPlanner::requestedScopes(
    const Integration &integration, AuthMode mode, const ScopeVocabulary &vocabulary, const QStringList &chosen)
{
    // As plan() does: nothing named means the integration's defaults.
    if (chosen.isEmpty()) {
        ScopeResolution defaults;
        defaults.providerScopes = defaultScopes(integration, mode);
        return defaults;
    }
    return vocabulary.resolve(integration, chosen);
}

ClientPlan ConnectionPlanner::clientPlan(const Integration &integration, AuthMode mode, const QString &typedClientId,
    bool hasSecret, bool hasKey, std::optional<ClientAuthMethod> choice)
{
    ClientPlan c;
    const QString typed = typedClientId.trimmed();
    const OAuthSettings &o = integration.oauth;
    switch (mode) {
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
    case AuthMode::JwtBearer:
        // No client authentication of the OAuth kind to choose (the JWT bearer grant signs its own assertion).
        c.clientId = typed;
        return c;
    case AuthMode::AuthorizationCode:
    case AuthMode::DeviceCode:
    case AuthMode::ClientCredentials:
        break;
    }
    // RFC 6749 §2.1: the published public client stands in for browser and device sign-ins when the user names no
    // client of their own; it never does the client credentials grant, which needs a confidential client.
    const bool publicFits = mode == AuthMode::AuthorizationCode || mode == AuthMode::DeviceCode;
    c.publicClient
        = publicFits && !o.publicClientId.isEmpty() && !hasSecret && !hasKey && (typed.isEmpty() || typed == o.publicClientId);
    c.clientId = c.publicClient ? o.publicClientId : typed;
    if (c.publicClient) {
        c.method = ClientAuthMethod::None;
        return c;
    }
    // A confidential client doing the code or client credentials grant may authenticate in several ways (RFC 6749
    // §2.3, OpenID Connect Core §9); the device flow and a provider's public-only client have nothing to choose.
    c.offersChoice
        = (mode == AuthMode::AuthorizationCode || mode == AuthMode::ClientCredentials) && o.clientAuth != ClientAuthMethod::None;
    ClientAuthMethod chosen = c.offersChoice ? choice.value_or(o.clientAuth) : o.clientAuth;
    if (mode == AuthMode::ClientCredentials && chosen == ClientAuthMethod::None)
        chosen = ClientAuthMethod::ClientSecretBasic; // RFC 6749 §4.4.2: the client always authenticates
    c.asksKey = chosen == ClientAuthMethod::PrivateKeyJwt;
    c.asksSecret = chosen == ClientAuthMethod::ClientSecretBasic || chosen == ClientAuthMethod::ClientSecretPost;
    c.needsSecret = c.asksSecret && mode == AuthMode::ClientCredentials;
    c.asksCertificate = chosen == ClientAuthMethod::TlsClientAuth || chosen == ClientAuthMethod::SelfSignedTlsClientAuth;
    // As plan(): a key means private_key_jwt; a certificate method needs no secret; no secret (and no key) means a
    // public client with its id alone.
    if (hasKey)
        c.method = ClientAuthMethod::PrivateKeyJwt;
    else if (c.asksCertificate)
        c.method = chosen;
    else if (!hasSecret && chosen != ClientAuthMethod::PrivateKeyJwt)
        c.method = ClientAuthMethod::None;
    else
        c.method = chosen;
    return c;
}

ReconnectPlan ConnectionPlanner::reconnectPlan(const ConnectionRecord &record)
{
    ReconnectPlan p;
    const ConnectionSettings stored = ConnectionSettings::fromJson(record.settings);
    // Disconnecting deletes every secret of the connection: nothing is left to keep then.
    const std::optional<AuthMode> mode = Integration::authModeFromString(record.authMode);
    if (record.status != ConnectionStatus::Revoked)
        p.authMode = mode;
    p.clientId = stored.clientId;
    p.redirectUri = stored.redirectUri;
    p.variables = stored.variables;
    p.username = record.settings.value(QLatin1String("username")).toString();
    p.scopes = record.grantedScopes.isEmpty() ? record.requestedScopes : record.grantedScopes;
    p.dpop = !stored.provider.dpopAlgorithm.isEmpty();
    p.par = stored.provider.pushAuthorization;
    if (record.status != ConnectionStatus::Revoked && !stored.provider.clientCertificate.isEmpty()) {
        const QSslCertificate kept(stored.provider.clientCertificate.toUtf8(), QSsl::Pem);
        p.keptCertificate = kept.subjectDisplayName();
        if (p.keptCertificate.isEmpty()) // no common name: its RFC 8705 thumbprint names it
            p.keptCertificate = QString::fromLatin1(ClientCertificate::thumbprint(kept));
    }
    if (mode == AuthMode::AuthorizationCode || mode == AuthMode::ClientCredentials) {
        switch (stored.provider.clientAuth) {
        case ProviderConfig::ClientAuth::Basic:
            p.clientAuth = ClientAuthMethod::ClientSecretBasic;
            break;
        case ProviderConfig::ClientAuth::Post:
            p.clientAuth = ClientAuthMethod::ClientSecretPost;
            break;
        case ProviderConfig::ClientAuth::None:
            p.clientAuth = ClientAuthMethod::None;
            break;
        case ProviderConfig::ClientAuth::PrivateKeyJwt:
            p.clientAuth = ClientAuthMethod::PrivateKeyJwt;
            break;
        case ProviderConfig::ClientAuth::TlsClientAuth:
            p.clientAuth = ClientAuthMethod::TlsClientAuth;
            break;
        case ProviderConfig::ClientAuth::SelfSignedTlsClientAuth:
            p.clientAuth = ClientAuthMethod::SelfSignedTlsClientAuth;
            break;
        }
    }
    p.storedClientSecret = stored.provider.clientAuth == ProviderConfig::ClientAuth::Basic
        || stored.provider.clientAuth == ProviderConfig::ClientAuth::Post;
    p.storedPrivateKey = mode == AuthMode::JwtBearer || stored.provider.clientAuth == ProviderConfig::ClientAuth::PrivateKeyJwt;
    return p;
}

bool ReconnectPlan::keeps(
    Secret secret, AuthMode mode, const QString &typedClientId, const QString &typedUsername, ClientAuthMethod method) const
{
    // As ConnectionService completes a reconnect from the keychain: the same mode, and the same client id (or user).
    if (authMode != mode)
        return false;
    const QString id = typedClientId.trimmed();
    switch (mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::DeviceCode:
        if (id.isEmpty() || id != clientId)
            return false;
        if (secret == Secret::PrivateKey)
            return storedPrivateKey && method == ClientAuthMethod::PrivateKeyJwt;
        if (secret == Secret::ClientSecret)
            return storedClientSecret
                && (method == ClientAuthMethod::ClientSecretBasic || method == ClientAuthMethod::ClientSecretPost);
        return false;
    case AuthMode::JwtBearer:
        return secret == Secret::PrivateKey && storedPrivateKey && (id.isEmpty() || id == clientId);
    case AuthMode::ApiKey:
        return secret == Secret::ApiKey;
    case AuthMode::Basic:
        // An empty user name keeps the stored account and its password; another user needs its own password.
        return secret == Secret::Username || (secret == Secret::Password && typedUsername.trimmed().isEmpty());
    case AuthMode::BearerToken:
        return false;
    }
    return false;
}

} // namespace keyway
