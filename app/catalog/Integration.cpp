#include "catalog/Integration.h"

#include "catalog/TemplateExpander.h"
#include "http/LoopbackHost.h"

#include <QCoreApplication>
#include <QUrl>

namespace keyway {

namespace {
struct ModeName
{
    AuthMode mode;
    const char *name;
};
constexpr ModeName kModes[] = {
    {AuthMode::AuthorizationCode, "oauth2_authorization_code"},
    {AuthMode::ClientCredentials, "oauth2_client_credentials"},
    {AuthMode::JwtBearer, "jwt_bearer"},
    {AuthMode::DeviceCode, "device_code"},
    {AuthMode::ApiKey, "api_key"},
    {AuthMode::Basic, "basic"},
    {AuthMode::BearerToken, "bearer_token"},
};

struct ClientAuthName
{
    ClientAuthMethod method;
    const char *name;
};
constexpr ClientAuthName kClientAuth[] = {
    {ClientAuthMethod::ClientSecretBasic, "client_secret_basic"}, {ClientAuthMethod::ClientSecretPost, "client_secret_post"},
    {ClientAuthMethod::None, "none"}, {ClientAuthMethod::PrivateKeyJwt, "private_key_jwt"},
    {ClientAuthMethod::TlsClientAuth, "tls_client_auth"}, // RFC 8705 §2.1
    {ClientAuthMethod::SelfSignedTlsClientAuth, "self_signed_tls_client_auth"}, // RFC 8705 §2.2
};

struct ClientTypeName
{
    ClientType type;
    const char *name;
};
constexpr ClientTypeName kClientTypes[] = {
    {ClientType::Public, "public"},
    {ClientType::Confidential, "confidential"},
};
} // namespace

const TemplateVariable *Integration::variable(const QString &name) const
{
    for (const TemplateVariable &v : variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

bool Integration::usesOAuth() const
{
    return supports(AuthMode::AuthorizationCode) || supports(AuthMode::ClientCredentials) || supports(AuthMode::JwtBearer)
        || supports(AuthMode::DeviceCode);
}

QStringList Integration::insecureHttpHosts() const
{
    QStringList hosts;
    for (const QString *url : {&oauth.authorizationUrl, &oauth.tokenUrl, &oauth.refreshUrl, &oauth.revocationUrl,
             &oauth.introspectionUrl, &oauth.userinfoUrl, &oauth.deviceAuthorizationUrl, &oauth.jwksUrl, &oauth.issuer,
             &oauth.discoveryUrl, &api.baseUrl, &api.whoamiUrl}) {
        if (!url->startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            continue;
        const QString host = QUrl(*url).host();
        if (!host.isEmpty() && !isLoopbackHost(host) && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

QString Integration::insecureHttpWarning() const
{
    if (!insecureHttpAllowed)
        return {};
    const QStringList hosts = insecureHttpHosts();
    const QString where = hosts.isEmpty() ? QCoreApplication::translate("keyway::Integration", "hosts other than this computer")
                                          : hosts.join(QStringLiteral(", "));
    return QCoreApplication::translate("keyway::Integration", "%1 allows plain http to %2: tokens cross the network unencrypted")
        .arg(name.isEmpty() ? id : name, where);
}

QString Integration::toString(AuthMode mode)
{
    for (const ModeName &m : kModes) {
        if (m.mode == mode)
            return QString::fromLatin1(m.name);
    }
    return {};
}

std::optional<AuthMode> Integration::authModeFromString(const QString &text)
{
    for (const ModeName &m : kModes) {
        if (text == QLatin1String(m.name))
            return m.mode;
    }
    return std::nullopt;
}

QString Integration::toString(ClientAuthMethod method)
{
    for (const ClientAuthName &c : kClientAuth) {
        if (c.method == method)
            return QString::fromLatin1(c.name);
    }
    return {};
}

std::optional<ClientAuthMethod> Integration::clientAuthFromString(const QString &text)
{
    for (const ClientAuthName &c : kClientAuth) {
        if (text == QLatin1String(c.name))
            return c.method;
    }
    return std::nullopt;
}

QString Integration::toString(LoopbackRedirect matching)
{
    switch (matching) {
    case LoopbackRedirect::AnyPort:
        return QStringLiteral("any_port");
    case LoopbackRedirect::Exact:
        return QStringLiteral("exact");
    case LoopbackRedirect::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<LoopbackRedirect> Integration::loopbackRedirectFromString(const QString &text)
{
    for (LoopbackRedirect m : {LoopbackRedirect::AnyPort, LoopbackRedirect::Exact, LoopbackRedirect::None}) {
        if (text == toString(m))
            return m;
    }
    return std::nullopt;
}

QString Integration::toString(ClientType type)
{
    for (const ClientTypeName &c : kClientTypes) {
        if (c.type == type)
            return QString::fromLatin1(c.name);
    }
    return {};
}

std::optional<ClientType> Integration::clientTypeFromString(const QString &text)
{
    for (const ClientTypeName &c : kClientTypes) {
        if (text == QLatin1String(c.name))
            return c.type;
    }
    return std::nullopt;
}

const QStringList &Integration::reservedAuthorizationParams()
{
    static const QStringList names {QStringLiteral("response_type"), QStringLiteral("client_id"), QStringLiteral("redirect_uri"),
        QStringLiteral("state"), QStringLiteral("nonce"), QStringLiteral("code_challenge"),
        QStringLiteral("code_challenge_method"), QStringLiteral("request"), QStringLiteral("request_uri")};
    return names;
}

const QStringList &Integration::reservedTokenParams()
{
    static const QStringList names {QStringLiteral("grant_type"), QStringLiteral("code"), QStringLiteral("redirect_uri"),
        QStringLiteral("code_verifier"), QStringLiteral("client_id"), QStringLiteral("client_secret"),
        QStringLiteral("client_assertion"), QStringLiteral("client_assertion_type"), QStringLiteral("refresh_token"),
        QStringLiteral("device_code"), QStringLiteral("assertion")};
    return names;
}

QString Integration::reservedParamReason(const QString &name, bool authorizationRequest)
{
    const QStringList &reserved = authorizationRequest ? reservedAuthorizationParams() : reservedTokenParams();
    for (const QString &r : reserved)
        if (name.compare(r, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate(
                "keyway::Integration", "\"%1\" is a protocol parameter Keyway sets itself; it cannot be overridden")
                .arg(name.left(80));
    return {};
}

QStringList Integration::changesFrom(const Integration &before) const
{
    QStringList changes;
    const auto compare = [&changes](const char *field, const QString &was, const QString &now) {
        if (was != now)
            changes << QStringLiteral("%1: %2 → %3")
                           .arg(QLatin1String(field), was.isEmpty() ? QStringLiteral("(none)") : was,
                               now.isEmpty() ? QStringLiteral("(none)") : now);
    };
    compare("oauth.authorization_url", before.oauth.authorizationUrl, oauth.authorizationUrl);
    compare("oauth.token_url", before.oauth.tokenUrl, oauth.tokenUrl);
    compare("oauth.revocation_url", before.oauth.revocationUrl, oauth.revocationUrl);
    compare("oauth.introspection_url", before.oauth.introspectionUrl, oauth.introspectionUrl);
    compare("oauth.userinfo_url", before.oauth.userinfoUrl, oauth.userinfoUrl);
    compare("oauth.device_authorization_url", before.oauth.deviceAuthorizationUrl, oauth.deviceAuthorizationUrl);
    compare("oauth.jwks_url", before.oauth.jwksUrl, oauth.jwksUrl);
    compare("oauth.issuer", before.oauth.issuer, oauth.issuer);
    compare("oauth.discovery_url", before.oauth.discoveryUrl, oauth.discoveryUrl);
    compare("api.base_url", before.api.baseUrl, api.baseUrl);
    compare("api.origins", before.api.origins.join(QLatin1Char(' ')), api.origins.join(QLatin1Char(' ')));
    compare("api.whoami.url", before.api.whoamiUrl, api.whoamiUrl);
    if (before.allowInsecureHttp() != allowInsecureHttp())
        changes << QStringLiteral("allow_insecure_http: %1 → %2")
                       .arg(before.allowInsecureHttp() ? QStringLiteral("true") : QStringLiteral("false"),
                           allowInsecureHttp() ? QStringLiteral("true") : QStringLiteral("false"));
    if (before.oauth.pkce != oauth.pkce)
        changes << QStringLiteral("oauth.pkce: %1 → %2")
                       .arg(before.oauth.pkce ? QStringLiteral("true") : QStringLiteral("false"),
                           oauth.pkce ? QStringLiteral("true") : QStringLiteral("false"));
    return changes;
}

QString Integration::pkceOffWarning() const
{
    return QCoreApplication::translate("keyway::Integration",
        "PKCE is off for %1: an authorization code intercepted on its way to Keyway could be "
        "redeemed by whoever took it (RFC 9700 §2.1.1)")
        .arg(name);
}

const QStringList &Integration::knownCategories()
{
    static const QStringList categories = {
        QStringLiteral("crm"),
        QStringLiteral("accounting"),
        QStringLiteral("hr"),
        QStringLiteral("ticketing"),
        QStringLiteral("messaging"),
        QStringLiteral("calendar-email"),
        QStringLiteral("file-storage"),
        QStringLiteral("developer-tools"),
        QStringLiteral("marketing"),
        QStringLiteral("payments"),
        QStringLiteral("identity"),
        QStringLiteral("productivity"),
        QStringLiteral("commerce"),
        QStringLiteral("analytics"),
        QStringLiteral("cloud"),
        QStringLiteral("social-ads"),
        QStringLiteral("generic"),
        QStringLiteral("sandbox"),
    };
    return categories;
}

} // namespace keyway
