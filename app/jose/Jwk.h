#pragma once

// One JSON Web Key (RFC 7517) turned into an OpenSSL key: RSA (RFC 7518 §6.3), EC on P-256/P-384/P-521
// (RFC 7518 §6.2) and OKP Ed25519 (RFC 8037). Parsing is strict: unknown key types and curves, symmetric
// ("oct") keys, wrong member lengths, points off the curve and private parts that do not belong to the public
// part are all rejected with a reason. Also exports a key's public JWK and its RFC 7638 thumbprint.

#include "common/Result.h"
#include "jose/OpenSsl.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace keyway {

class Jwk
{
public:
    // RFC 7518 §3.3: RSA keys of 2048 bits or more. The upper bound keeps a hostile key set from making every
    // verification expensive.
    static constexpr int kMinRsaBits = 2048;
    static constexpr int kMaxRsaBits = 8192;

    Jwk() = default;
    Jwk(const Jwk &other);
    Jwk &operator=(const Jwk &other);
    Jwk(Jwk &&other) noexcept = default;
    Jwk &operator=(Jwk &&other) noexcept = default;
    ~Jwk() = default;

    // A private key is built when "d" is present. Error codes: "invalid_jwk", "unsupported_jwk".
    static Result<Jwk> fromJson(const QJsonObject &json);
    static Result<Jwk> fromJson(const QByteArray &json);
    // Wraps an OpenSSL key (shared, not copied). Fails for key types and sizes this class does not support.
    static Result<Jwk> fromKey(EVP_PKEY *key);

    bool isNull() const { return !m_key; }
    QString keyType() const { return m_keyType; } // "RSA", "EC", "OKP"
    QString curve() const { return m_curve; } // "P-256", "P-384", "P-521", "Ed25519"; empty for RSA
    QString keyId() const { return m_keyId; } // "kid"
    void setKeyId(const QString &keyId) { m_keyId = keyId; }
    QString algorithm() const { return m_algorithm; } // "alg", when the key names one
    void setAlgorithm(const QString &algorithm) { m_algorithm = algorithm; }
    QString use() const { return m_use; } // "use": "sig", "enc" or empty
    void setUse(const QString &use) { m_use = use; }
    QStringList keyOperations() const { return m_keyOperations; } // "key_ops"
    bool isPrivate() const { return m_private; }
    int bits() const;
    EVP_PKEY *key() const { return m_key.get(); }

    // A null Error when this key may verify a JWS signed with `algorithm`: "use" is absent or "sig", "key_ops" is
    // absent or holds "verify", "alg" is absent or equal, and the key type and curve fit the algorithm (RFC 7517
    // §4.2-4.4). Otherwise Jws::keyMismatch() with the reason as detail.
    Error checkUsableFor(const QString &algorithm) const;

    // The public members only (never d, p, q, ...), plus kid, alg and use when set.
    QJsonObject toPublicJson() const;
    // RFC 7638 JWK SHA-256 thumbprint, base64url.
    QString thumbprint() const;

    // The same for a bare OpenSSL key; empty results for unsupported key types.
    static QJsonObject publicJson(const EVP_PKEY *key);
    static QString thumbprint(const EVP_PKEY *key);

private:
    openssl::PkeyPtr m_key;
    QString m_keyType;
    QString m_curve;
    QString m_keyId;
    QString m_algorithm;
    QString m_use;
    QStringList m_keyOperations;
    bool m_private = false;
};

} // namespace keyway
