#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace keyway {

struct ConnectionSettings;
struct StoredCredentials;

// What a token is bound to, and whether that is this connection's own key: the confirmation claim (RFC 7800 "cnf")
// of a JWT access token (RFC 9068 §2.2) or of the introspection answer (RFC 7662), holding either
//  - "jkt", the RFC 7638 thumbprint of the DPoP key the token is bound to (RFC 9449 §6.1, §6.2), compared with the
//    thumbprint of the connection's DPoP key (its private key is in the keychain, ClientCredentials::dpopKeyPem);
//  - "x5t#S256", the SHA-256 thumbprint of the client certificate (RFC 8705 §3.1, §3.2), compared with the
//    connection's certificate (ProviderConfig::clientCertificate).
// Thumbprints are public; only they are kept, never the key.
struct TokenBinding
{
    enum class Kind { None, Dpop, Certificate };
    enum class Match { NotBound, ThisDevice, OtherKey };

    // The connection's own thumbprints (empty: it has no such key).
    struct Keys
    {
        QString dpopThumbprint;
        QString certificateThumbprint;
    };

    Kind kind = Kind::None;
    Match match = Match::NotBound;
    QString thumbprint; // the token's cnf value

    static Keys keysOf(const StoredCredentials &credentials, const ConnectionSettings &settings);
    // From a JWT's claims or an introspection answer.
    static TokenBinding fromClaims(const QJsonObject &claims, const Keys &keys);
    // From the token itself when it is a JWT (decoded, not verified: only compared). Nothing for an opaque or
    // encrypted token, whose binding only introspection tells.
    static std::optional<TokenBinding> ofToken(const QByteArray &token, const Keys &keys);
};

} // namespace keyway
