#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace keyway {

// RFC 9068, the JWT profile for OAuth 2.0 access tokens: the claims a resource server reads from a JWT access
// token (§2.2 iss, exp, aud, sub, client_id, iat, jti; §2.2.1 auth_time, acr; §2.2.3 scope), in that order and
// named in words for the token inspector, and whether the token says it follows the profile (§2.1: header typ
// "at+jwt"). Decoded for display only, never trusted.
class AccessTokenProfile
{
    Q_DECLARE_TR_FUNCTIONS(AccessTokenProfile)

public:
    struct Claim
    {
        QString name; // "iss"
        QString label; // "Issuer"
        QJsonValue value;
    };

    bool typed = false; // typ at+jwt (or application/at+jwt)
    QList<Claim> claims; // the profile's claims the token has

    static AccessTokenProfile of(const QJsonObject &header, const QJsonObject &claims);
    // The token decoded (Jwt::decode); nothing for an opaque or encrypted token.
    static std::optional<AccessTokenProfile> ofToken(const QByteArray &token);
};

} // namespace keyway
