#pragma once

// Proof Key for Code Exchange (RFC 7636): the code verifier a public client keeps, and the S256 challenge it
// sends with the authorization request. Only S256 is offered: RFC 7636 §4.2 makes it mandatory to implement
// and RFC 9700 §2.1.1 says clients should use it.

#include <QString>

namespace keyway {

class Pkce
{
public:
    // RFC 7636 §4.1: 32 random octets, base64url-encoded into a 43-character verifier.
    static QString generateVerifier();
    // RFC 7636 §4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
    static bool isValidVerifier(const QString &verifier);
    // RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))). Empty when `verifier` is not valid.
    static QString challengeS256(const QString &verifier);
    // The code_challenge_method parameter value: "S256".
    static QString method() { return QStringLiteral("S256"); }
};

} // namespace keyway
