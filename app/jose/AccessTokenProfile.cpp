#include "jose/AccessTokenProfile.h"

#include "jose/Jwt.h"

namespace keyway {

AccessTokenProfile AccessTokenProfile::of(const QJsonObject &header, const QJsonObject &claims)
{
    AccessTokenProfile profile;
    // RFC 9068 §2.1: "at+jwt"; §4: the "application/" prefix may be there too, compared case-insensitively
    // (RFC 7515 §4.1.9).
    const QString typ = header.value(QLatin1String("typ")).toString().toLower();
    profile.typed = typ == QLatin1String("at+jwt") || typ == QLatin1String("application/at+jwt");
    const std::pair<const char *, QString> known[] = {
        {"iss", tr("Issuer")},
        {"sub", tr("Subject")},
        {"aud", tr("Audience")},
        {"client_id", tr("Client")},
        {"scope", tr("Scopes")},
        {"jti", tr("Token ID")},
        {"exp", tr("Expires")},
        {"iat", tr("Issued")},
        {"auth_time", tr("Signed in")},
        {"acr", tr("Authentication context")},
    };
    for (const auto &[name, label] : known) {
        const QJsonValue value = claims.value(QLatin1String(name));
        if (!value.isUndefined())
            profile.claims.append({QLatin1String(name), label, value});
    }
    return profile;
}

std::optional<AccessTokenProfile> AccessTokenProfile::ofToken(const QByteArray &token)
{
    const Result<Jwt> jwt = Jwt::decode(QString::fromLatin1(token));
    if (!jwt)
        return std::nullopt;
    return of(jwt.value().header(), jwt.value().claims());
}

} // namespace keyway
