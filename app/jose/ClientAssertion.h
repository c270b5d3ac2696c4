#pragma once

// Signed JWTs a client presents to a token endpoint (RFC 7523):
//  - clientAuthentication(): the client_assertion for private_key_jwt (RFC 7523 §2.2 and §3, OpenID Connect
//    Core §9): iss = sub = client_id, aud = the authorization server as the caller names it (ClientAuthenticator
//    decides: its issuer identifier by default, draft-ietf-oauth-rfc7523bis), jti, iat, exp.
//  - jwtBearerGrant(): the assertion of grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer (RFC 7523 §2.1)
//    used by service accounts: iss, optional sub (the user to act as), aud, optional "scope" claim (Google wants
//    the scopes there), jti, iat, exp.
// Both kinds get a fresh jti of 256 random bits, so that a server can refuse a replayed assertion (RFC 7523 §3
// item 7; RFC 7519 §4.1.7: collisions must be negligible), and live kDefaultLifetime, 5 minutes, unless the caller
// passes what the provider documents (ProviderConfig::assertionLifetimeSeconds): a short life bounds how long a
// captured assertion is worth anything, and 5 minutes still covers a provider's clock a little ahead or behind.

#include "common/Result.h"
#include "jose/PrivateKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace keyway {

class ClientAssertion
{
public:
    static constexpr int kDefaultLifetime = 300; // seconds
    static constexpr int kMaxLifetime = 3600; // seconds; Google and others refuse longer

    struct Options
    {
        QString keyId; // "kid" header, when the provider registered the key under one (often thumbprint())
        QString algorithm; // empty: the key's default (RS256, ES256, ..., EdDSA)
        QDateTime now; // empty: the current time (injectable for tests)
        int lifetimeSeconds = 0; // 0: kDefaultLifetime; at most kMaxLifetime
        QString type; // "typ" header; empty: "JWT"
    };

    struct Grant
    {
        QString issuer; // "iss": the service account / client id
        QString subject; // "sub": optional, the user to impersonate
        QString audience; // "aud": the token endpoint (or the value the provider documents)
        QString scope; // "scope" claim, space separated; optional
        QJsonObject extraClaims; // provider-specific claims; cannot override the registered ones above
    };

    // client_assertion_type for RFC 7523 §2.2.
    static QString assertionType() { return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"); }
    // grant_type for RFC 7523 §2.1.
    static QString grantType() { return QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"); }

    // Error codes: "invalid_assertion" (missing values, bad lifetime) and those of Jws::sign.
    static Result<QString> clientAuthentication(
        const QString &clientId, const QString &audience, const PrivateKey &key, const Options &options);
    static Result<QString> clientAuthentication(const QString &clientId, const QString &audience, const PrivateKey &key)
    {
        return clientAuthentication(clientId, audience, key, Options());
    }
    static Result<QString> jwtBearerGrant(const Grant &grant, const PrivateKey &key, const Options &options);
    static Result<QString> jwtBearerGrant(const Grant &grant, const PrivateKey &key)
    {
        return jwtBearerGrant(grant, key, Options());
    }
};

} // namespace keyway
