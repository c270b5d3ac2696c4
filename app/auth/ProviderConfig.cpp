#include "auth/ProviderConfig.h"

#include "common/JsonPath.h"

#include <QJsonArray>
#include <QJsonValue>

namespace keyway {

namespace {

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, QString> mapFromJson(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject obj = value.toObject();
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (it.value().isString() || it.value().isBool() || it.value().isDouble())
            // Integration files hold strings; numbers and booleans are accepted as their text so "prompt": 1 is not lost.
            out.insert(it.key(), JsonPath::scalarText(it.value()));
    }
    return out;
}

void readString(const QJsonObject &obj, const char *key, QString *target)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isString())
        *target = v.toString();
}

void readBool(const QJsonObject &obj, const char *key, bool *target)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isBool())
        *target = v.toBool();
}

// A documented lifetime in whole seconds, 1 s to 10 years as the integration schema allows; anything else is 0 (unknown).
qint64 documentedLifetime(const QJsonValue &v)
{
    constexpr double kTenYears = 315360000;
    if (!v.isDouble())
        return 0;
    const double seconds = v.toDouble();
    return seconds >= 1 && seconds <= kTenYears && seconds == double(qint64(seconds)) ? qint64(seconds) : 0;
}

} // namespace

QString ProviderConfig::clientAuthName(ClientAuth auth)
{
    switch (auth) {
    case ClientAuth::Basic:
        return QStringLiteral("client_secret_basic");
    case ClientAuth::Post:
        return QStringLiteral("client_secret_post");
    case ClientAuth::None:
        return QStringLiteral("none");
    case ClientAuth::PrivateKeyJwt:
        return QStringLiteral("private_key_jwt");
    case ClientAuth::TlsClientAuth:
        return QStringLiteral("tls_client_auth");
    case ClientAuth::SelfSignedTlsClientAuth:
        return QStringLiteral("self_signed_tls_client_auth");
    }
    return QStringLiteral("client_secret_basic");
}

std::optional<ProviderConfig::ClientAuth> ProviderConfig::clientAuthFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("client_secret_basic") || n == QLatin1String("basic"))
        return ClientAuth::Basic;
    if (n == QLatin1String("client_secret_post") || n == QLatin1String("post"))
        return ClientAuth::Post;
    if (n == QLatin1String("none"))
        return ClientAuth::None;
    if (n == QLatin1String("private_key_jwt"))
        return ClientAuth::PrivateKeyJwt;
    if (n == QLatin1String("tls_client_auth"))
        return ClientAuth::TlsClientAuth;
    if (n == QLatin1String("self_signed_tls_client_auth"))
        return ClientAuth::SelfSignedTlsClientAuth;
    return std::nullopt;
}

QString ProviderConfig::requestFormatName(RequestFormat format)
{
    switch (format) {
    case RequestFormat::Form:
        return QStringLiteral("form");
    case RequestFormat::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("form");
}

ProviderConfig::RequestFormat ProviderConfig::requestFormatFromName(const QString &name)
{
    return name == QLatin1String("json") ? RequestFormat::Json : RequestFormat::Form;
}

QString ProviderConfig::joinedScopes(const QStringList &list) const
{
    return list.join(scopeSeparator.isEmpty() ? QStringLiteral(" ") : scopeSeparator);
}

QJsonObject ProviderConfig::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("issuer"), issuer);
    if (!issuerClaims.isEmpty())
        json.insert(QStringLiteral("issuer_claims"), mapToJson(issuerClaims));
    json.insert(QStringLiteral("authorization_url"), authorizationUrl);
    json.insert(QStringLiteral("token_url"), tokenUrl);
    json.insert(QStringLiteral("revocation_url"), revocationUrl);
    json.insert(QStringLiteral("introspection_url"), introspectionUrl);
    json.insert(QStringLiteral("userinfo_url"), userinfoUrl);
    json.insert(QStringLiteral("device_authorization_url"), deviceAuthorizationUrl);
    json.insert(QStringLiteral("jwks_url"), jwksUrl);
    json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    json.insert(QStringLiteral("scope_separator"), scopeSeparator);
    json.insert(QStringLiteral("scope_param"), scopeParam);
    json.insert(QStringLiteral("client_id_param"), clientIdParam);
    json.insert(QStringLiteral("token_request"), QJsonObject {{QStringLiteral("format"), requestFormatName(tokenRequestFormat)}});
    json.insert(QStringLiteral("pkce"), pkce);
    json.insert(QStringLiteral("openid"), openid);
    json.insert(QStringLiteral("iss_parameter_supported"), issParameterSupported);
    if (!dpopAlgorithm.isEmpty())
        json.insert(QStringLiteral("dpop_alg"), dpopAlgorithm);
    if (pushAuthorization)
        json.insert(QStringLiteral("par"), true);
    if (!pushedAuthorizationUrl.isEmpty())
        json.insert(QStringLiteral("par_url"), pushedAuthorizationUrl);
    if (!authorizationDetails.isEmpty())
        json.insert(QStringLiteral("authorization_details"), authorizationDetails);
    json.insert(QStringLiteral("client_auth"), clientAuthName(clientAuth));
    if (!clientCertificate.isEmpty())
        json.insert(QStringLiteral("client_certificate"), clientCertificate);
    if (!assertionAudience.isEmpty())
        json.insert(QStringLiteral("assertion_audience"), assertionAudience);
    if (assertionLifetimeSeconds > 0)
        json.insert(QStringLiteral("assertion_lifetime_seconds"), assertionLifetimeSeconds);
    json.insert(QStringLiteral("authorization_params"), mapToJson(authorizationParams));
    json.insert(QStringLiteral("token_params"), mapToJson(tokenParams));

    QJsonObject response;
    response.insert(QStringLiteral("format"), responseFormat);
    response.insert(QStringLiteral("access_token"), accessTokenPath);
    response.insert(QStringLiteral("refresh_token"), refreshTokenPath);
    response.insert(QStringLiteral("expires_in"), expiresInPath);
    if (!expiresAtPath.isEmpty())
        response.insert(QStringLiteral("expires_at"), expiresAtPath);
    response.insert(QStringLiteral("id_token"), idTokenPath);
    response.insert(QStringLiteral("scope"), scopePath);
    response.insert(QStringLiteral("token_type"), tokenTypePath);
    json.insert(QStringLiteral("token_response"), response);
    json.insert(QStringLiteral("response_values"), mapToJson(responseValues));

    // "rotation" rather than the catalogue's "rotates": settings stored before it always said "rotates": false,
    // which meant "not known", so only the new key is believed when it says the token stays.
    QJsonObject refresh;
    if (refreshRotates)
        refresh.insert(QStringLiteral("rotation"), *refreshRotates ? QStringLiteral("rotates") : QStringLiteral("stays"));
    if (refreshReuseGraceSeconds >= 0)
        refresh.insert(QStringLiteral("reuse_grace_seconds"), refreshReuseGraceSeconds);
    if (refreshIdleLifetimeSeconds > 0)
        refresh.insert(QStringLiteral("idle_lifetime_seconds"), refreshIdleLifetimeSeconds);
    if (refreshAbsoluteLifetimeSeconds > 0)
        refresh.insert(QStringLiteral("absolute_lifetime_seconds"), refreshAbsoluteLifetimeSeconds);
    if (refreshUseExtendsLifetime)
        refresh.insert(QStringLiteral("use_extends_lifetime"), *refreshUseExtendsLifetime);
    json.insert(QStringLiteral("refresh_token"), refresh);
    if (accessTokenLifetimeSeconds > 0)
        json.insert(QStringLiteral("access_token_lifetime_seconds"), accessTokenLifetimeSeconds);
    if (!refreshUrl.isEmpty())
        json.insert(QStringLiteral("refresh_url"), refreshUrl);
    QJsonObject redirect {
        {QStringLiteral("host"), redirectHost}, {QStringLiteral("port"), redirectPort}, {QStringLiteral("path"), redirectPath}};
    if (!redirectScheme.isEmpty())
        redirect.insert(QStringLiteral("scheme"), redirectScheme);
    json.insert(QStringLiteral("redirect"), redirect);
    json.insert(QStringLiteral("allow_insecure_http"), allowInsecureHttp);
    return json;
}

ProviderConfig ProviderConfig::fromJson(const QJsonObject &json)
{
    ProviderConfig c;
    readString(json, "issuer", &c.issuer);
    c.issuerClaims = mapFromJson(json.value(QLatin1String("issuer_claims")));
    readString(json, "authorization_url", &c.authorizationUrl);
    readString(json, "token_url", &c.tokenUrl);
    readString(json, "revocation_url", &c.revocationUrl);
    readString(json, "introspection_url", &c.introspectionUrl);
    readString(json, "userinfo_url", &c.userinfoUrl);
    readString(json, "device_authorization_url", &c.deviceAuthorizationUrl);
    readString(json, "jwks_url", &c.jwksUrl);
    readString(json, "scope_separator", &c.scopeSeparator);
    if (c.scopeSeparator.isEmpty())
        c.scopeSeparator = QStringLiteral(" ");
    readString(json, "scope_param", &c.scopeParam);
    if (c.scopeParam.isEmpty())
        c.scopeParam = QStringLiteral("scope");
    readString(json, "client_id_param", &c.clientIdParam);
    if (c.clientIdParam.isEmpty())
        c.clientIdParam = QStringLiteral("client_id");
    QString requestFormat;
    readString(json.value(QLatin1String("token_request")).toObject(), "format", &requestFormat);
    c.tokenRequestFormat = requestFormatFromName(requestFormat);

    const QJsonValue scopes = json.value(QLatin1String("scopes"));
    if (scopes.isArray()) {
        for (const QJsonValue &s : scopes.toArray()) {
            if (s.isString() && !s.toString().isEmpty())
                c.scopes << s.toString();
        }
    } else if (scopes.isString()) {
        c.scopes = scopes.toString().split(c.scopeSeparator, Qt::SkipEmptyParts);
    }

    readBool(json, "pkce", &c.pkce);
    readBool(json, "openid", &c.openid);
    readBool(json, "iss_parameter_supported", &c.issParameterSupported);
    readString(json, "dpop_alg", &c.dpopAlgorithm);
    readBool(json, "par", &c.pushAuthorization);
    readString(json, "par_url", &c.pushedAuthorizationUrl);
    if (json.value(QLatin1String("authorization_details")).isArray())
        c.authorizationDetails = json.value(QLatin1String("authorization_details")).toArray();
    readBool(json, "allow_insecure_http", &c.allowInsecureHttp);
    readString(json, "assertion_audience", &c.assertionAudience);
    readString(json, "client_certificate", &c.clientCertificate);
    const int lifetime = json.value(QLatin1String("assertion_lifetime_seconds")).toInt(0);
    if (lifetime > 0 && lifetime <= 3600)
        c.assertionLifetimeSeconds = lifetime;

    const QJsonValue auth = json.value(QLatin1String("client_auth"));
    if (auth.isString())
        c.clientAuth = clientAuthFromName(auth.toString()).value_or(ClientAuth::Basic);

    c.authorizationParams = mapFromJson(json.value(QLatin1String("authorization_params")));
    c.tokenParams = mapFromJson(json.value(QLatin1String("token_params")));
    c.responseValues = mapFromJson(json.value(QLatin1String("response_values")));

    const QJsonObject response = json.value(QLatin1String("token_response")).toObject();
    readString(response, "format", &c.responseFormat);
    readString(response, "access_token", &c.accessTokenPath);
    readString(response, "refresh_token", &c.refreshTokenPath);
    readString(response, "expires_in", &c.expiresInPath);
    readString(response, "expires_at", &c.expiresAtPath);
    readString(response, "id_token", &c.idTokenPath);
    readString(response, "scope", &c.scopePath);
    readString(response, "token_type", &c.tokenTypePath);

    const QJsonObject refresh = json.value(QLatin1String("refresh_token")).toObject();
    const QString rotation = refresh.value(QLatin1String("rotation")).toString();
    if (rotation == QLatin1String("rotates") || refresh.value(QLatin1String("rotates")).toBool(false))
        c.refreshRotates = true;
    else if (rotation == QLatin1String("stays"))
        c.refreshRotates = false;
    const QJsonValue grace = refresh.value(QLatin1String("reuse_grace_seconds"));
    if (grace.isDouble() && grace.toDouble() >= 0 && grace.toDouble() <= 365.0 * 24 * 3600)
        c.refreshReuseGraceSeconds = grace.toInt();
    c.refreshIdleLifetimeSeconds = documentedLifetime(refresh.value(QLatin1String("idle_lifetime_seconds")));
    c.refreshAbsoluteLifetimeSeconds = documentedLifetime(refresh.value(QLatin1String("absolute_lifetime_seconds")));
    if (const QJsonValue extends = refresh.value(QLatin1String("use_extends_lifetime")); extends.isBool())
        c.refreshUseExtendsLifetime = extends.toBool();
    c.accessTokenLifetimeSeconds = documentedLifetime(json.value(QLatin1String("access_token_lifetime_seconds")));
    readString(json, "refresh_url", &c.refreshUrl);

    const QJsonObject redirect = json.value(QLatin1String("redirect")).toObject();
    readString(redirect, "host", &c.redirectHost);
    readString(redirect, "path", &c.redirectPath);
    readString(redirect, "scheme", &c.redirectScheme);
    const QJsonValue port = redirect.value(QLatin1String("port"));
    if (port.isDouble()) {
        const int p = port.toInt(-1);
        if (p >= 0 && p <= 65535)
            c.redirectPort = p;
    }
    return c;
}

bool ProviderConfig::operator==(const ProviderConfig &o) const
{
    return issuer == o.issuer && issuerClaims == o.issuerClaims && authorizationUrl == o.authorizationUrl
        && tokenUrl == o.tokenUrl && revocationUrl == o.revocationUrl && introspectionUrl == o.introspectionUrl
        && userinfoUrl == o.userinfoUrl && deviceAuthorizationUrl == o.deviceAuthorizationUrl && jwksUrl == o.jwksUrl
        && scopes == o.scopes && scopeSeparator == o.scopeSeparator && scopeParam == o.scopeParam
        && clientIdParam == o.clientIdParam && tokenRequestFormat == o.tokenRequestFormat && pkce == o.pkce && openid == o.openid
        && issParameterSupported == o.issParameterSupported && dpopAlgorithm == o.dpopAlgorithm
        && pushAuthorization == o.pushAuthorization && pushedAuthorizationUrl == o.pushedAuthorizationUrl
        && authorizationDetails == o.authorizationDetails && clientAuth == o.clientAuth
        && clientCertificate == o.clientCertificate && assertionAudience == o.assertionAudience
        && assertionLifetimeSeconds == o.assertionLifetimeSeconds && authorizationParams == o.authorizationParams
        && tokenParams == o.tokenParams && accessTokenPath == o.accessTokenPath && refreshTokenPath == o.refreshTokenPath
        && expiresInPath == o.expiresInPath && expiresAtPath == o.expiresAtPath && idTokenPath == o.idTokenPath
        && scopePath == o.scopePath && tokenTypePath == o.tokenTypePath && responseFormat == o.responseFormat
        && responseValues == o.responseValues && refreshRotates == o.refreshRotates
        && refreshReuseGraceSeconds == o.refreshReuseGraceSeconds && refreshIdleLifetimeSeconds == o.refreshIdleLifetimeSeconds
        && refreshAbsoluteLifetimeSeconds == o.refreshAbsoluteLifetimeSeconds
        && refreshUseExtendsLifetime == o.refreshUseExtendsLifetime && accessTokenLifetimeSeconds == o.accessTokenLifetimeSeconds
        && refreshUrl == o.refreshUrl && redirectHost == o.redirectHost && redirectPort == o.redirectPort
        && redirectPath == o.redirectPath && redirectScheme == o.redirectScheme && allowInsecureHttp == o.allowInsecureHttp;
}

} // namespace keyway
