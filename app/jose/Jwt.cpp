#include "jose/Jwt.h"

#include "jose/Base64Url.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace keyway {

namespace {

Error notJwt(const QString &detail)
{
    return Error::make(QStringLiteral("not_a_jwt"), QCoreApplication::translate("Jwt", "This text is not a JWT."), detail);
}

// One base64url JSON object part of a JWT; `part` names it in the "not_a_jwt" detail.
Result<QJsonObject> decodeObject(const QByteArray &data, const char *part)
{
    const auto bytes = Base64Url::decode(data);
    if (!bytes)
        return notJwt(QStringLiteral("%1: %2").arg(QLatin1String(part), bytes.error().detail));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notJwt(QStringLiteral("%1: not a JSON object").arg(QLatin1String(part)));
    return document.object();
}

} // namespace

QString Jwt::clean(const QString &text)
{
    QString token = text.trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    if (token.size() >= 2
        && ((token.startsWith(QLatin1Char('"')) && token.endsWith(QLatin1Char('"')))
            || (token.startsWith(QLatin1Char('\'')) && token.endsWith(QLatin1Char('\'')))))
        token = token.mid(1, token.size() - 2);
    QString compact;
    compact.reserve(token.size());
    for (const QChar c : std::as_const(token)) {
        if (!c.isSpace())
            compact.append(c);
    }
    return compact;
}

Result<Jwt> Jwt::decode(const QString &token)
{
    if (token.size() > kMaxSize)
        return notJwt(QStringLiteral("the text is %1 characters; the limit is %2").arg(token.size()).arg(kMaxSize));
    const QString cleaned = clean(token);
    if (cleaned.isEmpty())
        return notJwt(QStringLiteral("the text is empty"));
    for (const QChar c : cleaned) {
        if (c.unicode() > 0x7F)
            return notJwt(
                QStringLiteral("the text contains the non-ASCII character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    const QList<QByteArray> parts = cleaned.toLatin1().split('.');
    if (parts.size() == 5)
        return Error::make(QStringLiteral("encrypted_jwt"),
            QCoreApplication::translate("Jwt", "This token is encrypted (JWE); its contents cannot be shown."),
            QStringLiteral("five parts (RFC 7516 §7.1)"));
    if (parts.size() != 3)
        return notJwt(QStringLiteral("a JWT has 3 parts separated by '.', this text has %1").arg(parts.size()));

    Jwt jwt;
    const Result<QJsonObject> header = decodeObject(parts.at(0), "header");
    if (!header)
        return header.error();
    jwt.m_header = header.value();
    const Result<QJsonObject> claims = decodeObject(parts.at(1), "claims");
    if (!claims)
        return claims.error();
    jwt.m_claims = claims.value();
    const auto signature = Base64Url::decode(parts.at(2));
    if (!signature)
        return notJwt(QStringLiteral("signature: %1").arg(signature.error().detail));
    jwt.m_signature = signature.value();
    return jwt;
}

bool Jwt::isUnsigned() const
{
    return m_signature.isEmpty() || algorithm().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

QDateTime Jwt::numericDate(const QJsonObject &claims, const QString &name)
{
    return fromNumericDate(claims.value(name));
}

QDateTime Jwt::fromNumericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    // 253402300799 = 9999-12-31T23:59:59Z.
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), Qt::UTC);
}

bool Jwt::looksLikeJwt(const QString &text)
{
    const auto jwt = decode(text);
    return jwt.ok() && jwt.value().header().value(QLatin1String("alg")).isString();
}

} // namespace keyway
