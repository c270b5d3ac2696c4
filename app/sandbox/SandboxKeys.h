#pragma once

// The Keyway Sandbox's id_token signing keys: RS256 key pairs generated with OpenSSL when the sandbox starts
// (never stored anywhere), the JWKS it publishes at /jwks, and signing. rotate() makes a new current key and
// keeps the previous one in the JWKS, as a provider rotating gracefully does, so tokens signed a moment ago
// still verify. signWithUnknownKey() signs with a throw-away key the JWKS never lists (a fault).

#include "common/Result.h"
#include "jose/PrivateKey.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyway {

class SandboxKeys
{
public:
    // Generates the first key unless there is one. Error codes of PrivateKey::generateRsa.
    Error ensureKey();
    // A new current key; the JWKS keeps the previous one (only one previous key).
    Error rotate();
    bool hasKey() const { return !m_current.isNull(); }
    QString currentKeyId() const { return m_currentKid; }

    // {"keys": [...]} with the public halves, current key first.
    QJsonObject jwks() const;

    // A compact RS256 JWS of `claims` with typ "JWT" and the current key's kid.
    Result<QString> sign(const QJsonObject &claims) const;
    // The same with a freshly generated key whose kid is in no JWKS.
    Result<QString> signWithUnknownKey(const QJsonObject &claims) const;

private:
    static Result<QString> signWith(const PrivateKey &key, const QString &kid, const QJsonObject &claims);

    PrivateKey m_current;
    QString m_currentKid;
    PrivateKey m_previous;
    QString m_previousKid;
};

} // namespace keyway
