#pragma once

// A JWT (RFC 7519) read without checking its signature: header and claims for the token inspector and for
// logging which provider issued what. Nothing decoded here may be trusted; IdTokenValidator is the class that
// decides whether a token is genuine. Also converts NumericDate claims (RFC 7519 §2) to QDateTime.

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace keyway {

class Jwt
{
public:
    // A pasted token may be larger than what Keyway verifies, but not unbounded.
    static constexpr int kMaxSize = 256 * 1024;

    // Accepts surrounding whitespace, line breaks inside, quotes and a "Bearer " prefix (see clean()).
    // Error codes: "not_a_jwt", "encrypted_jwt" (a five-part JWE, whose claims cannot be read without the key).
    static Result<Jwt> decode(const QString &token);

    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }
    QByteArray signature() const { return m_signature; }
    QString algorithm() const { return m_header.value(QLatin1String("alg")).toString(); }
    QString keyId() const { return m_header.value(QLatin1String("kid")).toString(); }
    // alg "none" or no signature at all: anyone could have written it.
    bool isUnsigned() const;

    // A NumericDate claim (seconds since the epoch, fractions allowed) as UTC; invalid when the claim is absent,
    // not a number, negative or beyond the year 9999.
    static QDateTime numericDate(const QJsonObject &claims, const QString &name);
    static QDateTime fromNumericDate(const QJsonValue &value);
    static qint64 toNumericDate(const QDateTime &time) { return time.toSecsSinceEpoch(); }

    // Cheap check for "is this pasted text a JWT?": three base64url parts, a JSON object header with "alg" and
    // a JSON object payload.
    static bool looksLikeJwt(const QString &text);
    // Removes what copy and paste adds around a token: whitespace and line breaks, surrounding quotes, "Bearer ".
    static QString clean(const QString &text);

private:
    QJsonObject m_header;
    QJsonObject m_claims;
    QByteArray m_signature;
};

} // namespace keyway
