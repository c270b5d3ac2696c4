#pragma once

// A private signing key Keyway holds for private_key_jwt client authentication (RFC 7523 §2.2, OpenID Connect
// Core §9) and for service-account JWT bearer grants (RFC 7523 §2.1). Imports PEM (PKCS#8 or the traditional
// RSA/EC forms), generates RSA-2048 / EC P-256 key pairs, exports the private key as unencrypted PKCS#8 PEM
// (for the keychain, never for a file) and the public half as a JWK whose kid is its RFC 7638 thumbprint.
// Passphrase-protected PEM is refused with a message saying how to export the key without one: Keyway keeps
// the key in the system keychain, which already protects it.

#include "common/Result.h"
#include "jose/OpenSsl.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace keyway {

class PrivateKey
{
public:
    // A PEM private key is a few kilobytes; anything much larger is not one.
    static constexpr int kMaxPemSize = 64 * 1024;

    PrivateKey() = default;
    PrivateKey(const PrivateKey &other);
    PrivateKey &operator=(const PrivateKey &other);
    PrivateKey(PrivateKey &&other) noexcept = default;
    PrivateKey &operator=(PrivateKey &&other) noexcept = default;
    ~PrivateKey() = default;

    // Error codes: "encrypted_key", "public_key_only", "invalid_key", "unsupported_key".
    static Result<PrivateKey> fromPem(const QByteArray &pem);
    // Wraps an existing OpenSSL key that holds a private part (shared, not copied).
    static Result<PrivateKey> fromKey(EVP_PKEY *key);
    static Result<PrivateKey> generateRsa(int bits = 2048);
    // `curve`: "P-256" (default), "P-384" or "P-521".
    static Result<PrivateKey> generateEc(const QString &curve = QStringLiteral("P-256"));
    static Result<PrivateKey> generateEd25519();

    bool isNull() const { return !m_key; }
    EVP_PKEY *key() const { return m_key.get(); }
    QString keyType() const; // "RSA", "EC", "OKP"
    QString curve() const; // "P-256", ..., "Ed25519"; empty for RSA
    int bits() const;
    // RS256 for RSA, ES256/ES384/ES512 by curve, EdDSA for Ed25519.
    QString defaultAlgorithm() const;

    // Unencrypted PKCS#8 ("BEGIN PRIVATE KEY"). This is the secret itself: store it only in the keychain.
    QByteArray toPem() const;
    // SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY"), for providers that take a PEM public key.
    QByteArray publicPem() const;
    // RFC 7638 thumbprint of the public key.
    QString thumbprint() const;
    // The public JWK to register with a provider: kid = thumbprint, alg = `algorithm` (default: defaultAlgorithm()),
    // use = "sig". Register it with the algorithm the assertions will be signed with.
    QJsonObject publicJwk(const QString &algorithm = QString()) const;

private:
    openssl::PkeyPtr m_key;
};

} // namespace keyway
