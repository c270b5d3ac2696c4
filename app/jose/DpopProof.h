#pragma once

// A DPoP proof (RFC 9449 §4): a JWT the client signs with its per-connection key for one HTTP request, so that a
// token bound to that key is worth nothing to whoever copies it without the key.
//  - header (§4.2): typ "dpop+jwt", alg, and jwk = the public key alone (never a private member);
//  - claims (§4.2): jti (unique per proof: 256 random bits, so a server can refuse a replay, §11.1), htm (the
//    request's method), htu (its URI without query and fragment), iat, and when given nonce (§8, §9: the value
//    the server last sent in DPoP-Nonce) and ath (§4.2, §7.1: base64url of SHA-256 of the access token the
//    request carries, on requests to a resource server).
// A proof is single-use: a new one is made for every request, and a retried request gets a new one too.
// verify() is the server's side (RFC 9449 §4.3), used by the Keyway Sandbox: every check a proof alone allows; the
// server adds what needs its memory (a jti seen before, its own nonce, the key a token is bound to).

#include "common/Result.h"
#include "jose/PrivateKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace keyway {

class DpopProof
{
public:
    struct Request
    {
        QByteArray method; // "htm": the HTTP method, as sent ("POST")
        QUrl url; // the request's URL; "htu" is it without query and fragment
        QString nonce; // "nonce": the server's last DPoP-Nonce; empty: none
        QByteArray accessToken; // "ath" is its hash; empty: no ath (token endpoint requests)
        QDateTime now; // "iat"; invalid: the current time (injectable for tests)
    };

    // What a server expects of a proof for the request it received (RFC 9449 §4.3).
    struct Expected
    {
        QByteArray method; // the request's method: htm must equal it (check 8)
        QUrl url; // the request's URI: htu must match it without query and fragment (check 9)
        QByteArray accessToken; // on a request to a resource: ath must be its hash (check 12); empty: no ath expected
        qint64 now = 0; // seconds since the epoch on the server's clock
        qint64 maxAgeSeconds = 300; // check 11: iat no older than this...
        qint64 leewaySeconds = 60; // ...and no further ahead than this
    };
    // A proof that passed: what the server still judges with its own memory.
    struct Verified
    {
        QString jti; // refuse one seen before within the iat window (§11.1)
        QString jkt; // the RFC 7638 thumbprint of the proof's key: a bound token's cnf.jkt (§6.1)
        QString nonce; // the nonce claim, empty when none (§8, §9)
        qint64 issuedAt = 0;
    };

    // The typ header of a proof (RFC 9449 §4.2).
    static QString type() { return QStringLiteral("dpop+jwt"); }
    // The JWS algorithm Keyway signs proofs with unless the server lists others (RFC 9449 §5.1).
    static QString defaultAlgorithm() { return QStringLiteral("ES256"); }

    // Error codes: "invalid_dpop_request" (no key, no method, a URL that is not absolute http(s)) and those of
    // Jws::sign ("alg_not_allowed", "key_mismatch", "signing_failed").
    static Result<QString> create(const PrivateKey &key, const QString &algorithm, const Request &request);

    // RFC 9449 §4.3 checks 2 to 9, 11 and 12 on one DPoP header's value: a well-formed JWT with typ dpop+jwt, an
    // asymmetric alg (Jws refuses none and HMAC), a public jwk that verifies the signature, jti/htm/htu/iat present,
    // htm and htu matching the request, iat inside the window and, when expected, ath. Error code
    // "invalid_dpop_proof", the detail saying which check failed.
    static Result<Verified> verify(const QByteArray &proof, const Expected &expected);
    // RFC 9449 §4.2: htu is the target URI without query and fragment parts.
    static QString htu(const QUrl &url);
    // RFC 9449 §4.2: ath = base64url(SHA-256(ASCII(access token))).
    static QString accessTokenHash(const QByteArray &accessToken);
};

} // namespace keyway
