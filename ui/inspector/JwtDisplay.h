#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace keyway {

// Shows a compact JWS (RFC 7519 §7.2) for display only: header and claims as jose/Jwt decodes them, never
// trusted, never verified (the core verifies id_tokens when it receives them). What Jwt does not decode is
// said to be an encrypted JWT, a malformed one, or an opaque token.
struct JwtDisplay
{
    bool isJwt = false;
    QJsonObject header;
    QJsonObject claims;
    QString error; // why it is not a JWT, for the inspector's note

    static JwtDisplay decode(const QByteArray &token);

    // RFC 7519 §4.1.4-6, OIDC Core §2: NumericDate claims shown as times.
    static bool isTimeClaim(const QString &name);
    // "1700000000 (14 Nov 2023 22:13:20 UTC, in 5 min)"; other values as compact JSON or plain text.
    static QString valueText(const QString &name, const QJsonValue &value, const QDateTime &now);
};

} // namespace keyway
