#pragma once

// Helpers shared by the jose unit tests: keys generated on the spot (never checked-in private keys) and
// hand-built compact tokens for input no honest signer would produce.

#include "jose/Base64Url.h"
#include "jose/Jwk.h"
#include "jose/OpenSsl.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace keyway::test {

inline openssl::PkeyPtr generateRsa(int bits = 2048)
{
    return openssl::PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

// `group` is OpenSSL's name: "P-256", "P-384", "P-521".
inline openssl::PkeyPtr generateEc(const char *group)
{
    return openssl::PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group));
}

inline openssl::PkeyPtr generateEd25519()
{
    return openssl::PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

// The public half of `key` as a Jwk that holds no private part, the way a JWKS would deliver it.
inline Jwk publicJwk(const EVP_PKEY *key, const QString &keyId = {})
{
    QJsonObject json = Jwk::publicJson(key);
    if (!keyId.isEmpty())
        json.insert(QStringLiteral("kid"), keyId);
    auto jwk = Jwk::fromJson(json);
    return jwk.ok() ? jwk.value() : Jwk();
}

inline QByteArray b64(const QByteArray &data)
{
    return Base64Url::encode(data);
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// header.payload.signature from raw parts.
inline QString compact(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return QString::fromLatin1(b64(header) + '.' + b64(payload) + '.' + b64(signature));
}

} // namespace keyway::test
