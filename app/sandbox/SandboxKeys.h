#pragma once

// The Keyway Sandbox's id_token signing keys: RS256 key pairs generated with OpenSSL the first time the sandbox
// needs one and kept in its store (SandboxStore), so an id_token signed by one Keyway process verifies against
// the JWKS the next one publishes at /jwks. rotate() makes a new current key and keeps the previous one in the
// JWKS, as a provider rotating gracefully does, so tokens signed a moment ago still verify. signWithUnknownKey()
// signs with a throw-away key the JWKS never lists (a fault).

#include "common/Result.h"
#include "jose/PrivateKey.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace keyway {

class SandboxStore;

class SandboxKeys
{
public:
    explicit SandboxKeys(SandboxStore &store);

    // Generates the first key unless the store has one. Error codes of PrivateKey::generateRsa.
    Error ensureKey();
    // A new current key; the JWKS keeps the previous one (only one previous key).
    Error rotate();
    bool hasKey() const;
    QString currentKeyId() const;

    // {"keys": [...]} with the public halves, current key first.
    QJsonObject jwks() const;

    // A compact RS256 JWS of `claims` with typ "JWT" and the current key's kid.
    Result<QString> sign(const QJsonObject &claims) const;
    // The same with a freshly generated key whose kid is in no JWKS.
    Result<QString> signWithUnknownKey(const QJsonObject &claims) const;

private:
    // The parsed key for a stored PEM, parsed once per process.
    Result<PrivateKey> parsed(const QString &kid, const QByteArray &pem) const;
    static Result<QString> signWith(const PrivateKey &key, const QString &kid, const QJsonObject &claims);

    SandboxStore &m_store;
    mutable QHash<QString, PrivateKey> m_cache;
};

} // namespace keyway
