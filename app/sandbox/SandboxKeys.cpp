#include "sandbox/SandboxKeys.h"

#include "common/Log.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyway {

namespace {
constexpr int kRsaBits = 2048; // RFC 7518 §3.3: 2048 bits or more for RS256
} // namespace

Error SandboxKeys::ensureKey()
{
    return hasKey() ? Error() : rotate();
}

Error SandboxKeys::rotate()
{
    Result<PrivateKey> key = PrivateKey::generateRsa(kRsaBits);
    if (!key.ok())
        return key.error();
    if (hasKey()) {
        m_previous = m_current;
        m_previousKid = m_currentKid;
    }
    m_current = std::move(key).value();
    m_currentKid = m_current.thumbprint(); // RFC 7638: a kid that names the key itself
    qCInfo(lcSandbox) << "signing key" << m_currentKid << (m_previous.isNull() ? "generated" : "rotated in");
    return {};
}

QJsonObject SandboxKeys::jwks() const
{
    QJsonArray keys;
    if (hasKey())
        keys.append(m_current.publicJwk());
    if (!m_previous.isNull())
        keys.append(m_previous.publicJwk());
    return QJsonObject {{QStringLiteral("keys"), keys}};
}

Result<QString> SandboxKeys::sign(const QJsonObject &claims) const
{
    if (!hasKey())
        return Error::make(QStringLiteral("no_key"), QStringLiteral("The sandbox has no signing key yet."));
    return signWith(m_current, m_currentKid, claims);
}

Result<QString> SandboxKeys::signWithUnknownKey(const QJsonObject &claims) const
{
    const Result<PrivateKey> key = PrivateKey::generateRsa(kRsaBits);
    if (!key.ok())
        return key.error();
    return signWith(key.value(), key.value().thumbprint(), claims);
}

Result<QString> SandboxKeys::signWith(const PrivateKey &key, const QString &kid, const QJsonObject &claims)
{
    const QJsonObject header {{QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("kid"), kid}};
    return Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key.key(), QStringLiteral("RS256"));
}

} // namespace keyway
