#pragma once

// Decides whether an OpenID Connect ID Token is genuine and meant for us (OpenID Connect Core §3.1.3.7, with
// §2 for the required claims and RFC 8725 for algorithm rules), and whether one returned by a refresh still
// describes the same sign-in (§12.2, validateRefreshed). Pure and synchronous: the caller supplies the
// provider's key set (see JwksCache::validateIdToken and validateRefreshedIdToken for fetching it) and the
// clock. Each failure has its own code so the caller can react: on unknown_key, refetch the JWKS once (the
// provider may have rotated keys).

#include "common/Error.h"
#include "jose/ClockLeeway.h"
#include "jose/Jwks.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace keyway {

class IdTokenValidator
{
public:
    enum class Failure {
        None,
        Malformed, // "malformed": not a JWS, or required claims missing / of the wrong type
        AlgNotAllowed, // "alg_not_allowed": none, HS*, unknown, or outside Expectations::allowedAlgorithms
        UnknownKey, // "unknown_key": no key in the JWKS has the token's kid (or fits its alg)
        BadSignature, // "bad_signature"
        WrongIssuer, // "wrong_issuer"
        WrongAudience, // "wrong_audience"
        WrongAzp, // "wrong_azp"
        Expired, // "expired": exp earlier than now - leeway
        IssuedInFuture, // "issued_in_future": iat (or nbf) later than now + leeway
        WrongNonce, // "wrong_nonce"
        AuthTooOld, // "auth_too_old": max_age was requested and auth_time is missing or too old
        KeysUnavailable, // "keys_unavailable": the JWKS could not be fetched (JwksCache::validateIdToken only)
        SubjectChanged, // "subject_changed": a refreshed token names another user than the sign-in's (§12.2)
        AuthTimeChanged, // "auth_time_changed": a refreshed token's auth_time is not the sign-in's (§12.2)
        IssuedLongAgo, // "issued_long_ago": iat earlier than now - leeway, too old for a token just issued
    };

    struct Expectations
    {
        QString issuer; // exact match with "iss" (the issuer from discovery / the integration file)
        // Placeholder -> claim for an issuer published as a template, e.g. {"tenantid": "tid"} for Microsoft's
        // "https://login.microsoftonline.com/{tenantid}/v2.0": "{tenantid}" is replaced by the token's "tid"
        // claim before the exact comparison. Only placeholders that appear in `issuer` are used.
        QMap<QString, QString> issuerClaims;
        QString clientId; // must be in "aud"; "azp" must equal it when present or when aud has several entries
        QString nonce; // required and compared when not empty (we sent one in the authorization request)
        // The one leeway (ClockLeeway), applied both ways to exp, iat and nbf.
        std::chrono::seconds maxClockSkew {ClockLeeway::kDefault};
        QDateTime now; // invalid: the current time
        // The provider's clock minus this computer's, measured from the Date header of the answer that brought
        // the token (ClockLeeway::offset); only explains a refusal for time, never changes the verdict.
        std::optional<std::chrono::seconds> providerClockOffset;
        std::optional<std::chrono::seconds> maxAge; // the max_age we requested, if any
        QStringList allowedAlgorithms; // empty: every algorithm Jws supports; can narrow it (e.g. {"RS256"})
    };

    struct Validation
    {
        Failure failure = Failure::None;
        Error error; // code, user message and technical detail; null on success
        QJsonObject header; // decoded header (also on most failures, for diagnostics)
        QJsonObject claims; // the verified claims; empty unless ok()
        QString keyId; // kid of the key that verified the signature
        bool ok() const { return failure == Failure::None; }
    };

    static Validation validate(const QString &idToken, const Jwks &jwks, const Expectations &expectations);

    // OpenID Connect Core §12.2: an ID token that came with a refresh answer must describe the sign-in of
    // `original` (the one validated at sign-in and kept since). `refreshed` passes validate() with `expectations`
    // (signature with the same algorithm allow-list, iss, aud, azp, exp, iat; Expectations::nonce and maxAge are
    // not used), then: iss and sub equal to the original's; nonce absent, or the original's; auth_time absent, or
    // the original's; azp present only when the original had one. `original` is decoded, not verified again (it
    // was at sign-in, and it has usually expired since); one that cannot be decoded fails as Malformed.
    static Validation validateRefreshed(
        const QString &original, const QString &refreshed, const Jwks &jwks, const Expectations &expectations);

    // The machine code for a failure ("bad_signature", ...); empty for Failure::None.
    static QString code(Failure failure);
};

} // namespace keyway
