#include "auth/ClientCredentials.h"

namespace keyway {

QJsonObject ClientCredentials::toSecretJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("client_id"), clientId);
    if (!clientSecret.isEmpty())
        json.insert(QStringLiteral("client_secret"), QString::fromUtf8(clientSecret));
    if (!privateKeyPem.isEmpty())
        json.insert(QStringLiteral("private_key_pem"), QString::fromUtf8(privateKeyPem));
    json.insert(QStringLiteral("private_key_alg"), privateKeyAlg);
    if (!keyId.isEmpty())
        json.insert(QStringLiteral("key_id"), keyId);
    if (!tlsKeyPem.isEmpty())
        json.insert(QStringLiteral("tls_key_pem"), QString::fromUtf8(tlsKeyPem));
    if (!tokenOrigin.isEmpty())
        json.insert(QStringLiteral("token_origin"), tokenOrigin);
    if (!dpopKeyPem.isEmpty())
        json.insert(QStringLiteral("dpop_key_pem"), QString::fromUtf8(dpopKeyPem));
    return json;
}

ClientCredentials ClientCredentials::fromSecretJson(const QJsonObject &json)
{
    ClientCredentials c;
    c.clientId = json.value(QLatin1String("client_id")).toString();
    c.clientSecret = json.value(QLatin1String("client_secret")).toString().toUtf8();
    c.privateKeyPem = json.value(QLatin1String("private_key_pem")).toString().toUtf8();
    const QString alg = json.value(QLatin1String("private_key_alg")).toString();
    if (!alg.isEmpty())
        c.privateKeyAlg = alg;
    c.keyId = json.value(QLatin1String("key_id")).toString();
    c.tlsKeyPem = json.value(QLatin1String("tls_key_pem")).toString().toUtf8();
    c.tokenOrigin = json.value(QLatin1String("token_origin")).toString();
    c.dpopKeyPem = json.value(QLatin1String("dpop_key_pem")).toString().toUtf8();
    return c;
}

} // namespace keyway
