#pragma once

// A JSON Web Signature in compact serialization (RFC 7515 §7.1): parse, verify and sign with asymmetric keys.
// Verification supports RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA (Ed25519). It refuses, always:
// "none" (an unsigned token), HS256/384/512 (an HMAC checked with a public key's bytes as the secret is the
// classic algorithm-confusion forgery, RFC 8725 §2.1 and §3.1), any "crit" header (RFC 7515 §4.1.11: we
// understand no extension), and any key whose type or curve does not match the header's "alg".

#include "common/Result.h"
#include "jose/OpenSsl.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace keyway {

class Jwk;

class Jws
{
public:
    // Tokens larger than this are refused before any decoding (a defence against memory and CPU abuse).
    static constexpr int kMaxCompactSize = 64 * 1024;

    // Error code "malformed" for every parse failure.
    static Result<Jws> parse(const QByteArray &compact, int maxSize = kMaxCompactSize);
    static Result<Jws> parse(const QString &compact, int maxSize = kMaxCompactSize);

    QJsonObject header() const { return m_header; }
    QString algorithm() const;
    QString keyId() const;
    QByteArray payload() const { return m_payload; }
    QByteArray signature() const { return m_signature; }
    // ASCII(BASE64URL(header) || '.' || BASE64URL(payload)) exactly as received (RFC 7515 §5.2 step 8).
    QByteArray signingInput() const { return m_signingInput; }

    // A null Error when the signature verifies. Error codes: "alg_not_allowed" (none, HS*, unknown),
    // "key_mismatch" (key type/curve/size does not fit the alg, or the JWK's use/key_ops/alg forbid it),
    // "bad_signature".
    [[nodiscard]] Error verify(EVP_PKEY *key) const;
    [[nodiscard]] Error verify(const Jwk &key) const;

    // Builds a compact JWS; "alg" in `header` is set to `algorithm`. Any supported algorithm works; RS256, PS256,
    // ES256 and EdDSA are the ones Keyway uses. Error codes: "alg_not_allowed", "key_mismatch", "signing_failed".
    static Result<QString> sign(const QJsonObject &header, const QByteArray &payload, EVP_PKEY *key, const QString &algorithm);

    // The asymmetric algorithms above, in a stable order.
    static QStringList supportedAlgorithms();
    static bool isSupportedAlgorithm(const QString &algorithm);
    // A null Error when `key` has the type, curve and size `algorithm` needs (RFC 7518 §3.3-3.5, RFC 8037 §3.1);
    // otherwise keyMismatch() with the reason as detail.
    static Error checkKey(const EVP_PKEY *key, const QString &algorithm);
    // The "key_mismatch" Error verify() and sign() return, `detail` saying why the key does not fit.
    static Error keyMismatch(const QString &detail);
    // The algorithm Keyway signs with for a key: RS256, ES256/ES384/ES512 by curve, or EdDSA.
    static QString defaultAlgorithm(const EVP_PKEY *key);

private:
    QJsonObject m_header;
    QByteArray m_payload;
    QByteArray m_signature;
    QByteArray m_signingInput;
};

} // namespace keyway
