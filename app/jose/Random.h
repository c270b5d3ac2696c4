#pragma once

// Cryptographically strong random bytes from OpenSSL's DRBG, for OAuth state, OIDC nonce, PKCE verifiers and
// JWT ids. There is no fallback: if OpenSSL cannot produce randomness the process stops (qFatal) rather than
// hand out a guessable value.

#include <QByteArray>
#include <QString>

namespace keyway {

class Random
{
public:
    // `count` random bytes; empty for count <= 0.
    static QByteArray bytes(int count);
    // `byteCount` random bytes as unpadded base64url: 32 bytes give 43 characters (256 bits).
    static QString token(int byteCount = 32);
};

} // namespace keyway
