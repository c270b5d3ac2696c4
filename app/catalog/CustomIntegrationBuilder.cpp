#include "catalog/CustomIntegrationBuilder.h"

#include "catalog/Catalog.h"
#include "catalog/Discovery.h"
#include "common/Log.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace keyway {

namespace {

constexpr const char *kOidcDiscoveryDocs = "https://openid.net/specs/openid-connect-discovery-1_0.html";
constexpr const char *kRfc8414Docs = "https://www.rfc-editor.org/rfc/rfc8414";
constexpr const char *kRfc6749Docs = "https://www.rfc-editor.org/rfc/rfc6749";

void putString(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject placementJson(const CredentialPlacement &p)
{
    QJsonObject o {
        {QStringLiteral("in"), p.in == CredentialPlacement::In::Query ? QStringLiteral("query") : QStringLiteral("header")},
        {QStringLiteral("name"), p.name}};
    if (p.in == CredentialPlacement::In::Header)
        o.insert(QStringLiteral("scheme"), p.scheme);
    return o;
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re.match(id).hasMatch();
}

} // namespace

CustomIntegrationBuilder::CustomIntegrationBuilder(Catalog &catalog, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_network(network)
{
}

CustomIntegrationBuilder::~CustomIntegrationBuilder() = default;

void CustomIntegrationBuilder::abort()
{
    if (m_discovery) {
        m_discovery->abort();
        m_discovery->deleteLater();
        m_discovery.clear();
    }
}

void CustomIntegrationBuilder::discoverFromIssuer(const QString &issuer, const QString &id, const QString &name)
{
    createFromIssuer(issuer, id, name, false);
    m_save = false;
}

void CustomIntegrationBuilder::createFromIssuer(const QString &issuer, const QString &id, const QString &name, bool replace)
{
    abort();
    m_save = true;
    m_id = id.trimmed();
    m_name = name.trimmed();
    m_replace = replace;
    if (!validId(m_id)) {
        const Error error = Error::make(QStringLiteral("invalid_id"),
            tr("\"%1\" cannot be an integration id: use lower case letters, digits and '-'.").arg(m_id.left(80)));
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    // OpenID Connect Discovery first; an issuer without it may still publish RFC 8414 metadata.
    discover(new Discovery(m_network, this), issuer.trimmed(), true);
}

void CustomIntegrationBuilder::discover(Discovery *discovery, const QString &issuer, bool openid)
{
    m_discovery = discovery;
    connect(discovery, &Discovery::finished, this, [this, discovery, issuer, openid](const OAuthSettings &settings) {
        discovery->deleteLater();
        m_discovery.clear();
        qCInfo(lcCatalog) << "custom integration" << m_id << "from" << issuer << (openid ? "(OpenID Connect)" : "(RFC 8414)");
        QJsonObject document = documentFromMetadata(settings, m_id, m_name, openid);
        QJsonObject oauth = document.value(QStringLiteral("oauth")).toObject();
        if (!m_redirect.isEmpty())
            oauth.insert(QStringLiteral("redirect"), m_redirect);
        if (m_dpop)
            oauth.insert(QStringLiteral("dpop"), true);
        document.insert(QStringLiteral("oauth"), oauth);
        if (!m_save)
            return Q_EMIT discovered(settings, document);
        const Result<Integration> saved = m_catalog.saveCustom(document, m_replace);
        if (!saved.ok())
            Q_EMIT failed(saved.error());
        else
            Q_EMIT created(saved.value());
    });
    connect(discovery, &Discovery::failed, this, [this, discovery, issuer, openid](const Error &error) {
        discovery->deleteLater();
        m_discovery.clear();
        if (openid && error.code == QLatin1String("discovery_failed") && error.httpStatus == 404)
            return discover(new Discovery(m_network, this), issuer, false);
        Q_EMIT failed(error);
    });
    OAuthSettings base;
    base.allowInsecureHttp = m_allowInsecureHttp;
    discovery->start(issuer, openid ? Discovery::Kind::OpenIdConnect : Discovery::Kind::OAuthAuthorizationServer, base);
}

QJsonObject CustomIntegrationBuilder::documentFromMetadata(
    const OAuthSettings &d, const QString &id, const QString &name, bool openid)
{
    QJsonObject oauth;
    putString(oauth, "issuer", d.issuer);
    putString(oauth, "authorization_url", d.authorizationUrl);
    putString(oauth, "token_url", d.tokenUrl);
    putString(oauth, "revocation_url", d.revocationUrl);
    putString(oauth, "introspection_url", d.introspectionUrl);
    putString(oauth, "userinfo_url", d.userinfoUrl);
    putString(oauth, "device_authorization_url", d.deviceAuthorizationUrl);
    putString(oauth, "jwks_url", d.jwksUrl);

    // Scopes the provider says it supports (all of them when it does not say): OpenID Connect's standard ones.
    const auto supported
        = [&d](const QString &scope) { return d.scopesSupported.isEmpty() || d.scopesSupported.contains(scope); };
    QStringList scopes;
    QJsonObject unified;
    if (openid) {
        for (const char *scope : {"openid", "profile", "email"}) {
            if (supported(QLatin1String(scope)))
                scopes << QLatin1String(scope);
        }
        const std::pair<const char *, const char *> vocabulary[] = {{"openid", "openid"}, {"user_profile_read", "profile"},
            {"user_email_read", "email"}, {"offline_access", "offline_access"}};
        // The permissions a user can ask for: scopes_supported need not list every supported scope (OpenID
        // Connect Discovery §3), so the standard ones stay available; the default request above is the cautious one.
        for (const auto &[unifiedId, scope] : vocabulary)
            unified.insert(QLatin1String(unifiedId), QJsonArray {QLatin1String(scope)});
        oauth.insert(QStringLiteral("openid"), true);
    }
    if (!scopes.isEmpty())
        oauth.insert(QStringLiteral("scopes"), toArray(scopes));
    // RFC 7636 §4.3 / RFC 8414 §2: PKCE stays on unless the server lists methods without S256.
    if (!d.codeChallengeMethodsSupported.isEmpty() && !d.codeChallengeMethodsSupported.contains(QStringLiteral("S256")))
        oauth.insert(QStringLiteral("pkce"), false);
    // RFC 8414 §2: client_secret_basic unless the server lists methods without it.
    const QStringList methods = d.tokenEndpointAuthMethodsSupported;
    if (!methods.isEmpty() && !methods.contains(QStringLiteral("client_secret_basic"))) {
        for (const char *method : {"client_secret_post", "private_key_jwt", "none"}) {
            if (methods.contains(QLatin1String(method))) {
                oauth.insert(QStringLiteral("client_auth"), QLatin1String(method));
                break;
            }
        }
    }

    QJsonArray modes;
    const QStringList grants = d.grantTypesSupported;
    if (!d.authorizationUrl.isEmpty() && (grants.isEmpty() || grants.contains(QStringLiteral("authorization_code"))))
        modes.append(Integration::toString(AuthMode::AuthorizationCode));
    if (grants.contains(QStringLiteral("client_credentials")))
        modes.append(Integration::toString(AuthMode::ClientCredentials));
    if (!d.deviceAuthorizationUrl.isEmpty()
        && (grants.isEmpty() || grants.contains(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"))))
        modes.append(Integration::toString(AuthMode::DeviceCode));

    const QString host = QUrl(d.issuer).host();
    QJsonObject doc {{QStringLiteral("id"), id}, {QStringLiteral("name"), (name.isEmpty() ? host : name).left(80)},
        {QStringLiteral("category"), QStringLiteral("generic")},
        {QStringLiteral("description"), tr("Added from the issuer %1.").arg(d.issuer).left(300)},
        {QStringLiteral("icon"), openid ? QStringLiteral("openid-connect.svg") : QStringLiteral("oauth2.svg")},
        {QStringLiteral("docs"), QLatin1String(openid ? kOidcDiscoveryDocs : kRfc8414Docs)},
        {QStringLiteral("auth_modes"), modes}, {QStringLiteral("oauth"), oauth}};
    if (d.allowInsecureHttp)
        doc.insert(QStringLiteral("allow_insecure_http"), true);
    if (!unified.isEmpty())
        doc.insert(QStringLiteral("unified_scopes"), unified);
    doc.insert(QStringLiteral("setup"),
        QJsonObject {{QStringLiteral("steps"),
                         QJsonArray {tr("Register a client with the provider, using {{redirect_uri}} as the redirect URI."),
                             tr("Enter its client ID (and client secret for a confidential client) when connecting.")}},
            {QStringLiteral("notes"), tr("Endpoints read from %1's metadata when this integration was added.").arg(d.issuer)}});
    return doc;
}

QJsonObject CustomIntegrationBuilder::documentFromForm(const CustomIntegrationForm &f)
{
    QJsonArray modes;
    bool oauthMode = false;
    for (AuthMode mode : f.authModes) {
        modes.append(Integration::toString(mode));
        oauthMode = oauthMode || mode == AuthMode::AuthorizationCode || mode == AuthMode::ClientCredentials
            || mode == AuthMode::JwtBearer || mode == AuthMode::DeviceCode;
    }
    QString docs = f.docs.trimmed();
    if (docs.isEmpty()) {
        if (oauthMode)
            docs = QLatin1String(kRfc6749Docs);
        else if (f.authModes.contains(AuthMode::Basic))
            docs = QStringLiteral("https://www.rfc-editor.org/rfc/rfc7617");
        else
            docs = QStringLiteral("https://www.rfc-editor.org/rfc/rfc6750");
    }
    QJsonObject doc {{QStringLiteral("id"), f.id.trimmed()}, {QStringLiteral("name"), f.name.trimmed()},
        {QStringLiteral("category"), f.category},
        {QStringLiteral("description"), f.description.trimmed().isEmpty() ? tr("Added by hand.") : f.description.trimmed()},
        {QStringLiteral("icon"), f.icon.isEmpty() ? QStringLiteral("oauth2.svg") : f.icon}, {QStringLiteral("docs"), docs},
        {QStringLiteral("auth_modes"), modes}};
    if (f.allowInsecureHttp)
        doc.insert(QStringLiteral("allow_insecure_http"), true);

    if (oauthMode) {
        QJsonObject oauth;
        putString(oauth, "issuer", f.issuer.trimmed());
        putString(oauth, "authorization_url", f.authorizationUrl.trimmed());
        putString(oauth, "token_url", f.tokenUrl.trimmed());
        putString(oauth, "revocation_url", f.revocationUrl.trimmed());
        putString(oauth, "introspection_url", f.introspectionUrl.trimmed());
        putString(oauth, "userinfo_url", f.userinfoUrl.trimmed());
        putString(oauth, "device_authorization_url", f.deviceAuthorizationUrl.trimmed());
        putString(oauth, "jwks_url", f.jwksUrl.trimmed());
        QStringList scopes;
        for (const QString &s : f.scopes) {
            if (!s.trimmed().isEmpty() && !scopes.contains(s.trimmed()))
                scopes << s.trimmed();
        }
        if (!scopes.isEmpty())
            oauth.insert(QStringLiteral("scopes"), toArray(scopes));
        if (f.scopeSeparator != QLatin1String(" "))
            oauth.insert(QStringLiteral("scope_separator"), f.scopeSeparator);
        if (!f.pkce)
            oauth.insert(QStringLiteral("pkce"), false);
        if (f.clientAuth)
            oauth.insert(QStringLiteral("client_auth"), Integration::toString(*f.clientAuth));
        if (f.openid)
            oauth.insert(QStringLiteral("openid"), true);
        doc.insert(QStringLiteral("oauth"), oauth);
    }
    if (f.authModes.contains(AuthMode::ApiKey)) {
        QJsonObject apiKey = placementJson(f.apiKeyPlacement.value_or(CredentialPlacement {}));
        apiKey.insert(QStringLiteral("label"), f.apiKeyLabel.trimmed().isEmpty() ? tr("API key") : f.apiKeyLabel.trimmed());
        doc.insert(QStringLiteral("api_key"), apiKey);
    }
    if (f.authModes.contains(AuthMode::Basic)) {
        QJsonObject basic;
        putString(basic, "username_label", f.usernameLabel.trimmed());
        putString(basic, "password_label", f.passwordLabel.trimmed());
        doc.insert(QStringLiteral("basic"), basic);
    }
    QJsonObject api;
    putString(api, "base_url", f.apiBaseUrl.trimmed());
    if (!f.whoamiUrl.trimmed().isEmpty()) {
        QJsonObject whoami {{QStringLiteral("url"), f.whoamiUrl.trimmed()}};
        putString(whoami, "account_field", f.accountField.trimmed());
        api.insert(QStringLiteral("whoami"), whoami);
    }
    if (!api.isEmpty())
        doc.insert(QStringLiteral("api"), api);
    return doc;
}

Result<Integration> CustomIntegrationBuilder::createManual(const CustomIntegrationForm &form, bool replace)
{
    return m_catalog.saveCustom(documentFromForm(form), replace);
}

} // namespace keyway
