#include "jose/ClientAssertion.h"

#include "jose/Jws.h"
#include "jose/Random.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace keyway {

namespace {

Error invalid(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_assertion"),
        QCoreApplication::translate("ClientAssertion", "Keyway could not build the signed request for the provider."), detail);
}

Result<QString> signClaims(QJsonObject claims, const PrivateKey &key, const ClientAssertion::Options &options)
{
    if (key.isNull())
        return invalid(QStringLiteral("no private key"));
    const int lifetime = options.lifetimeSeconds == 0 ? ClientAssertion::kDefaultLifetime : options.lifetimeSeconds;
    if (lifetime <= 0 || lifetime > ClientAssertion::kMaxLifetime)
        return invalid(QStringLiteral("lifetime %1 s is outside 1..%2 s").arg(lifetime).arg(ClientAssertion::kMaxLifetime));
    const qint64 issuedAt = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    claims.insert(QStringLiteral("iat"), issuedAt);
    claims.insert(QStringLiteral("exp"), issuedAt + lifetime);
    // RFC 7523 §3 item 7: a unique id per assertion lets the server refuse a replay; 32 random bytes.
    claims.insert(QStringLiteral("jti"), Random::token(32));

    QJsonObject header {{QStringLiteral("typ"), options.type.isEmpty() ? QStringLiteral("JWT") : options.type}};
    if (!options.keyId.isEmpty())
        header.insert(QStringLiteral("kid"), options.keyId);
    const QString algorithm = options.algorithm.isEmpty() ? key.defaultAlgorithm() : options.algorithm;
    return Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key.key(), algorithm);
}

} // namespace

Result<QString> ClientAssertion::clientAuthentication(
    const QString &clientId, const QString &audience, const PrivateKey &key, const Options &options)
{
    if (clientId.isEmpty())
        return invalid(QStringLiteral("no client_id"));
    if (audience.isEmpty())
        return invalid(QStringLiteral("no audience (token endpoint URL)"));
    // RFC 7523 §3 and OpenID Connect Core §9: iss and sub are the client_id, aud identifies the authorization
    // server (one string: draft-ietf-oauth-rfc7523bis wants the issuer as the sole audience value).
    const QJsonObject claims {
        {QStringLiteral("iss"), clientId}, {QStringLiteral("sub"), clientId}, {QStringLiteral("aud"), audience}};
    return signClaims(claims, key, options);
}

Result<QString> ClientAssertion::jwtBearerGrant(const Grant &grant, const PrivateKey &key, const Options &options)
{
    if (grant.issuer.isEmpty())
        return invalid(QStringLiteral("no issuer"));
    if (grant.audience.isEmpty())
        return invalid(QStringLiteral("no audience"));
    QJsonObject claims = grant.extraClaims;
    for (const char *registered : {"iss", "sub", "aud", "scope", "iat", "exp", "jti"})
        claims.remove(QLatin1String(registered));
    claims.insert(QStringLiteral("iss"), grant.issuer);
    if (!grant.subject.isEmpty())
        claims.insert(QStringLiteral("sub"), grant.subject);
    claims.insert(QStringLiteral("aud"), grant.audience);
    if (!grant.scope.isEmpty())
        claims.insert(QStringLiteral("scope"), grant.scope);
    return signClaims(claims, key, options);
}

} // namespace keyway
