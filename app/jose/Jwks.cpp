#include "jose/Jwks.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyway {

namespace {

Error invalid(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_jwks"),
        QCoreApplication::translate("Jwks", "The provider's key set (JWKS) could not be read."), detail);
}

} // namespace

Result<Jwks> Jwks::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(QStringLiteral("the document is not a JSON object"));
    return fromJson(document.object());
}

Result<Jwks> Jwks::fromJson(const QJsonObject &json)
{
    const QJsonValue keys = json.value(QLatin1String("keys"));
    if (!keys.isArray())
        return invalid(QStringLiteral("the member \"keys\" is missing or not an array (RFC 7517 §5.1)"));
    Jwks jwks;
    const QJsonArray array = keys.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (i >= kMaxKeys) {
            jwks.m_skipped << QStringLiteral("keys after the first %1 were ignored").arg(kMaxKeys);
            break;
        }
        const QString keyId = entry.toObject().value(QLatin1String("kid")).toString();
        const QString label
            = keyId.isEmpty() ? QStringLiteral("key %1").arg(i) : QStringLiteral("key %1 (kid \"%2\")").arg(i).arg(keyId);
        if (!entry.isObject()) {
            jwks.m_skipped << QStringLiteral("%1: not a JSON object").arg(label);
            continue;
        }
        // RFC 7517 §5: implementations SHOULD ignore JWKs with unknown "kty" values or missing required members.
        const auto jwk = Jwk::fromJson(entry.toObject());
        if (!jwk) {
            jwks.m_skipped << QStringLiteral("%1: %2").arg(label, jwk.error().detail);
            continue;
        }
        jwks.m_keys.append(jwk.value());
    }
    for (const QString &line : std::as_const(jwks.m_skipped))
        qCInfo(lcJose) << "JWKS: skipped" << line;
    return jwks;
}

bool Jwks::containsKeyId(const QString &keyId) const
{
    for (const Jwk &key : m_keys) {
        if (key.keyId() == keyId)
            return true;
    }
    return false;
}

QList<Jwk> Jwks::candidates(const QString &keyId, const QString &algorithm) const
{
    QList<Jwk> found;
    for (const Jwk &key : m_keys) {
        if (!keyId.isEmpty() && key.keyId() != keyId)
            continue;
        if (key.checkUsableFor(algorithm).isNull())
            found.append(key);
    }
    return found;
}

QJsonObject Jwks::toPublicJson() const
{
    QJsonArray keys;
    for (const Jwk &key : m_keys)
        keys.append(key.toPublicJson());
    return {{QStringLiteral("keys"), keys}};
}

} // namespace keyway
