#include "core/StoredCredentials.h"

#include "common/Redactor.h"

#include <QJsonDocument>

namespace keyway {

QByteArray StoredCredentials::toBytes() const
{
    QJsonObject json {{QStringLiteral("v"), 1}, {QStringLiteral("tokens"), tokens.toSecretJson()},
        {QStringLiteral("client"), client.toSecretJson()}};
    if (!apiKey.isEmpty())
        json.insert(QStringLiteral("api_key"), QString::fromUtf8(apiKey));
    if (!username.isEmpty())
        json.insert(QStringLiteral("username"), QString::fromUtf8(username));
    if (!password.isEmpty())
        json.insert(QStringLiteral("password"), QString::fromUtf8(password));
    if (!record.isEmpty())
        json.insert(QStringLiteral("record"), record);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<StoredCredentials> StoredCredentials::fromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || doc.object().value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    StoredCredentials c;
    const QJsonObject json = doc.object();
    c.tokens = TokenSet::fromSecretJson(json.value(QStringLiteral("tokens")).toObject());
    c.client = ClientCredentials::fromSecretJson(json.value(QStringLiteral("client")).toObject());
    c.apiKey = json.value(QStringLiteral("api_key")).toString().toUtf8();
    c.username = json.value(QStringLiteral("username")).toString().toUtf8();
    c.password = json.value(QStringLiteral("password")).toString().toUtf8();
    c.record = json.value(QStringLiteral("record")).toObject();
    return c;
}

void StoredCredentials::registerSecrets() const
{
    for (const QByteArray &s : {tokens.accessToken, tokens.refreshToken, tokens.idToken, client.clientSecret,
             client.privateKeyPem, client.tlsKeyPem, client.dpopKeyPem, apiKey, username, password})
        if (!s.isEmpty())
            Redactor::registerSecret(s);
}

} // namespace keyway
