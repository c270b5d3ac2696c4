#pragma once

// A JSON Web Key Set (RFC 7517 §5) as published at a provider's jwks_uri. One broken or unsupported key does not
// spoil the set: it is skipped and reported, and the usable keys remain. Finds the keys that may verify a given
// token by "kid" and "alg" (with kty/crv/use/key_ops checked by Jwk::checkUsableFor).

#include "common/Result.h"
#include "jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace keyway {

class Jwks
{
public:
    // More keys than this is not a key set any provider publishes; the rest are skipped.
    static constexpr int kMaxKeys = 100;

    // Fails ("invalid_jwks") only when the document itself is unusable: not JSON, not an object, no "keys" array.
    static Result<Jwks> parse(const QByteArray &json);
    static Result<Jwks> fromJson(const QJsonObject &json);

    void addKey(const Jwk &key) { m_keys.append(key); }
    QList<Jwk> keys() const { return m_keys; }
    // One line per skipped key: its position, its kid when it has one, and why it was skipped.
    QStringList skipped() const { return m_skipped; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    int size() const { return int(m_keys.size()); }

    bool containsKeyId(const QString &keyId) const;
    // Keys that may verify a JWS with this header: when `keyId` is not empty only keys with that kid, and always
    // only keys usable for `algorithm`.
    QList<Jwk> candidates(const QString &keyId, const QString &algorithm) const;

    // {"keys":[...]} with public members only.
    QJsonObject toPublicJson() const;

private:
    QList<Jwk> m_keys;
    QStringList m_skipped;
};

} // namespace keyway
