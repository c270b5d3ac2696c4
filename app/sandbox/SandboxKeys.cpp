#include "sandbox/SandboxKeys.h"

#include "common/Log.h"
#include "jose/Jws.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyway {

namespace {
constexpr int kRsaBits = 2048; // RFC 7518 §3.3: 2048 bits or more for RS256
} // namespace

SandboxKeys::SandboxKeys(SandboxStore &store)
    : m_store(store)
{
}

bool SandboxKeys::hasKey() const
{
    return !m_store.signingKeys().isEmpty();
}

QString SandboxKeys::currentKeyId() const
{
    const QList<SandboxStore::SigningKey> keys = m_store.signingKeys();
    return keys.isEmpty() ? QString() : keys.first().kid;
}

Error SandboxKeys::ensureKey()
{
    if (hasKey())
        return {};
    // Generated outside any transaction (it takes a moment); of two processes doing this at once, the first to
    // store its key wins and the other's is dropped.
    Result<PrivateKey> key = PrivateKey::generateRsa(kRsaBits);
    if (!key.ok())
        return key.error();
    m_store.transaction([&] {
        if (!m_store.signingKeys().isEmpty())
            return;
        const QString kid = key.value().thumbprint(); // RFC 7638: a kid that names the key itself
        m_store.addSigningKey({kid, key.value().toPem(), SandboxStore::nowMs()});
        qCInfo(lcSandbox) << "signing key" << kid << "generated";
    });
    return {};
}

Error SandboxKeys::rotate()
{
    Result<PrivateKey> key = PrivateKey::generateRsa(kRsaBits);
    if (!key.ok())
        return key.error();
    const QString kid = key.value().thumbprint();
    qint64 createdAt = SandboxStore::nowMs();
    m_store.transaction([&] {
        // Newer than whatever is there, even within the same millisecond.
        const QList<SandboxStore::SigningKey> keys = m_store.signingKeys();
        if (!keys.isEmpty() && keys.first().createdAt >= createdAt)
            createdAt = keys.first().createdAt + 1;
        m_store.addSigningKey({kid, key.value().toPem(), createdAt});
    });
    m_cache.insert(kid, std::move(key).value());
    qCInfo(lcSandbox) << "signing key" << kid << "rotated in";
    return {};
}

Result<PrivateKey> SandboxKeys::parsed(const QString &kid, const QByteArray &pem) const
{
    const auto it = m_cache.constFind(kid);
    if (it != m_cache.cend())
        return *it;
    Result<PrivateKey> key = PrivateKey::fromPem(pem);
    if (key.ok())
        m_cache.insert(kid, key.value());
    return key;
}

QJsonObject SandboxKeys::jwks() const
{
    QJsonArray keys;
    for (const SandboxStore::SigningKey &stored : m_store.signingKeys()) {
        const Result<PrivateKey> key = parsed(stored.kid, stored.pem);
        if (key.ok())
            keys.append(key.value().publicJwk());
    }
    return QJsonObject {{QStringLiteral("keys"), keys}};
}

Result<QString> SandboxKeys::sign(const QJsonObject &claims) const
{
    const QList<SandboxStore::SigningKey> keys = m_store.signingKeys();
    if (keys.isEmpty())
        return Error::make(
            QStringLiteral("no_key"), QCoreApplication::translate("SandboxKeys", "The sandbox has no signing key yet."));
    const Result<PrivateKey> key = parsed(keys.first().kid, keys.first().pem);
    if (!key.ok())
        return key.error();
    return signWith(key.value(), keys.first().kid, claims);
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
