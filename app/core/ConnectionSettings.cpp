#include "core/ConnectionSettings.h"

#include "catalog/Integration.h"

#include <QJsonArray>

namespace keyway {

namespace {
QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
QMap<QString, QString> mapFromJson(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}
QStringList listFromJson(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list << item.toString();
    return list;
}
} // namespace

QJsonObject ConnectionSettings::toJson() const
{
    QJsonObject json {{QStringLiteral("auth_mode"), Integration::toString(authMode)},
        {QStringLiteral("provider"), provider.toJson()}, {QStringLiteral("client_id"), clientId},
        {QStringLiteral("assertion_audience"), assertionAudience},
        {QStringLiteral("client_credentials_scopes"), QJsonArray::fromStringList(clientCredentialsScopes)},
        {QStringLiteral("api_base_url"), apiBaseUrl}, {QStringLiteral("credential_in"), credentialIn},
        {QStringLiteral("credential_name"), credentialName}, {QStringLiteral("credential_scheme"), credentialScheme},
        {QStringLiteral("credential_param"), credentialParam}, {QStringLiteral("api_headers"), mapToJson(apiHeaders)},
        {QStringLiteral("api_origins"), QJsonArray::fromStringList(apiOrigins)},
        {QStringLiteral("allowed_origins"), QJsonArray::fromStringList(allowedOrigins)},
        {QStringLiteral("whoami_url"), whoamiUrl}, {QStringLiteral("account_field"), accountField},
        {QStringLiteral("variables"), variables}, {QStringLiteral("issuer"), issuer},
        {QStringLiteral("embedded_provider"), embeddedProvider}, {QStringLiteral("redirect_uri"), redirectUri}};
    // Only on a derived connection: the others' settings stay as they were.
    if (!derivedFrom.isEmpty())
        json.insert(QStringLiteral("derived_from"), derivedFrom);
    return json;
}

ConnectionSettings ConnectionSettings::fromJson(const QJsonObject &j)
{
    ConnectionSettings s;
    s.authMode = Integration::authModeFromString(j.value(QStringLiteral("auth_mode")).toString()).value_or(AuthMode::BearerToken);
    s.provider = ProviderConfig::fromJson(j.value(QStringLiteral("provider")).toObject());
    s.clientId = j.value(QStringLiteral("client_id")).toString();
    s.assertionAudience = j.value(QStringLiteral("assertion_audience")).toString();
    s.clientCredentialsScopes = listFromJson(j.value(QStringLiteral("client_credentials_scopes")));
    s.apiBaseUrl = j.value(QStringLiteral("api_base_url")).toString();
    s.credentialIn = j.value(QStringLiteral("credential_in")).toString(QStringLiteral("header"));
    s.credentialName = j.value(QStringLiteral("credential_name")).toString(QStringLiteral("Authorization"));
    s.credentialScheme = j.value(QStringLiteral("credential_scheme")).toString(QStringLiteral("Bearer"));
    s.credentialParam = j.value(QStringLiteral("credential_param")).toString();
    s.apiHeaders = mapFromJson(j.value(QStringLiteral("api_headers")).toObject());
    s.apiOrigins = listFromJson(j.value(QStringLiteral("api_origins")));
    s.allowedOrigins = listFromJson(j.value(QStringLiteral("allowed_origins")));
    s.whoamiUrl = j.value(QStringLiteral("whoami_url")).toString();
    s.accountField = j.value(QStringLiteral("account_field")).toString();
    s.variables = j.value(QStringLiteral("variables")).toObject();
    s.issuer = j.value(QStringLiteral("issuer")).toString();
    s.embeddedProvider = j.value(QStringLiteral("embedded_provider")).toString();
    s.redirectUri = j.value(QStringLiteral("redirect_uri")).toString();
    s.derivedFrom = j.value(QStringLiteral("derived_from")).toString();
    return s;
}

} // namespace keyway
