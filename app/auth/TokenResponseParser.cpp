#include "auth/TokenResponseParser.h"

#include "auth/DpopSigner.h"
#include "auth/ProtocolError.h"
#include "auth/ResponseBody.h"
#include "common/JsonPath.h"
#include "common/Log.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace keyway {

namespace {

// RFC 6749 Appendix A: VSCHAR = %x20-7E.
bool isVisibleAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

void warn(QStringList *warnings, const QString &text)
{
    qCWarning(lcAuth).noquote() << "Token response:" << text;
    if (warnings)
        warnings->append(text);
}

QString memberNames(const QJsonObject &obj)
{
    QStringList names = obj.keys();
    if (names.size() > 20) {
        names = names.mid(0, 20);
        names << QStringLiteral("…");
    }
    return names.isEmpty() ? QStringLiteral("(none)") : ProtocolError::sanitize(names.join(QStringLiteral(", ")), 300);
}

// A point in time as providers write one: an ISO 8601 date-time with its offset ("2026-12-05T10:00:00Z",
// Square) or seconds since 1970 as a number or numeric string. Invalid for anything else, a time without an
// offset included (its zone would be a guess).
QDateTime absoluteTime(const QJsonValue &value)
{
    double seconds = std::nan("");
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool numeric = false;
        const double d = text.toDouble(&numeric);
        if (numeric) {
            seconds = d;
        } else {
            static const QRegularExpression offset(
                QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"), QRegularExpression::CaseInsensitiveOption);
            const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
            return parsed.isValid() && offset.match(text).hasMatch() ? parsed.toUTC() : QDateTime();
        }
    }
    // Range first: casting a double outside qint64's range is undefined behaviour. 1970..9999 is plenty.
    if (!std::isfinite(seconds) || seconds <= 0 || seconds >= 253402300800.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(seconds)), Qt::UTC);
}

} // namespace

Result<TokenSet> TokenResponseParser::parse(int httpStatus, const QByteArray &contentType, const QByteArray &body,
    const ProviderConfig &config, const QDateTime &now, QStringList *warnings)
{
    const QString what = tr("a token response");
    const bool success = httpStatus >= 200 && httpStatus < 300;
    const QString status = httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus) : QStringLiteral("no HTTP status");

    Result<QJsonObject> read = ResponseBody::toObject(httpStatus, contentType, body, config.responseFormat, what);
    if (!read.ok()) {
        Error e = read.error();
        if (httpStatus >= 500) {
            // Keep "server_error" so callers retry, whatever the 5xx body looked like.
            e.code = QStringLiteral("server_error");
            if (ResponseBody::detect(contentType, body) != ResponseBody::Kind::Html)
                e.message = ProtocolError::messageForCode(e.code);
        } else if (!success && e.code == QLatin1String("empty_response")) {
            return ProtocolError::fromHttpStatus(httpStatus, what);
        }
        return e;
    }
    const QJsonObject obj = read.value();

    // RFC 6749 §5.2 - and providers that send errors with HTTP 200.
    if (ProtocolError::isErrorObject(obj))
        return ProtocolError::fromObject(obj, httpStatus);
    if (!success)
        return ProtocolError::fromHttpStatus(httpStatus, what);

    auto invalid = [&](const QString &message, const QString &detail) {
        return Error::make(QStringLiteral("invalid_token_response"), message, status + QStringLiteral(", ") + detail, httpStatus);
    };

    TokenSet tokens;
    tokens.obtainedAt = now.toUTC();

    // access_token: REQUIRED (RFC 6749 §5.1)
    const QJsonValue access = JsonPath::value(obj, config.accessTokenPath);
    if (access.isUndefined() || access.isNull()) {
        return invalid(tr("The provider's answer did not contain an access token."),
            QStringLiteral("no \"%1\"; members: %2").arg(config.accessTokenPath, memberNames(obj)));
    }
    if (!access.isString()) {
        return invalid(tr("The provider's answer contained an access token Keyway cannot use."),
            QStringLiteral("\"%1\" is not a string").arg(config.accessTokenPath));
    }
    if (access.toString().isEmpty()) {
        return invalid(tr("The provider's answer contained an empty access token."),
            QStringLiteral("\"%1\" is empty").arg(config.accessTokenPath));
    }
    if (!isVisibleAscii(access.toString())) {
        return invalid(tr("The provider's answer contained an access token Keyway cannot use."),
            QStringLiteral("\"%1\" has characters outside visible ASCII").arg(config.accessTokenPath));
    }
    tokens.accessToken = access.toString().toUtf8();

    // refresh_token: OPTIONAL
    const QJsonValue refresh = JsonPath::value(obj, config.refreshTokenPath);
    if (refresh.isString() && !refresh.toString().isEmpty()) {
        if (!isVisibleAscii(refresh.toString())) {
            return invalid(tr("The provider's answer contained a refresh token Keyway cannot use."),
                QStringLiteral("\"%1\" has characters outside visible ASCII").arg(config.refreshTokenPath));
        }
        tokens.refreshToken = refresh.toString().toUtf8();
    } else if (!refresh.isUndefined() && !refresh.isNull() && !refresh.isString()) {
        warn(warnings, QStringLiteral("\"%1\" is not a string; ignored").arg(config.refreshTokenPath));
    }

    // id_token: OIDC Core §3.1.3.3 (validated elsewhere)
    const QJsonValue id = JsonPath::value(obj, config.idTokenPath);
    if (id.isString())
        tokens.idToken = id.toString().toUtf8();
    else if (!id.isUndefined() && !id.isNull())
        warn(warnings, QStringLiteral("\"%1\" is not a string; ignored").arg(config.idTokenPath));

    // token_type: REQUIRED by RFC 6749 §5.1, case-insensitive (§7.1); RFC 6750 defines Bearer.
    const QJsonValue type = JsonPath::value(obj, config.tokenTypePath);
    if (type.isString()) {
        const QString t = type.toString().trimmed();
        if (t.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0) {
            tokens.tokenType = QStringLiteral("Bearer");
        } else if (DpopSigner::isDpopTokenType(t)) {
            tokens.tokenType = DpopSigner::scheme(); // RFC 9449 §5: bound to the DPoP key, sent with a proof (§7.1)
        } else {
            tokens.tokenType = ProtocolError::sanitize(t, 40);
            warn(warnings, QStringLiteral("token_type \"%1\" is not Bearer; kept as sent").arg(tokens.tokenType));
        }
    } else if (!type.isUndefined() && !type.isNull()) {
        warn(warnings, QStringLiteral("\"%1\" is not a string; ignored").arg(config.tokenTypePath));
    }

    // expires_in: RECOMMENDED, seconds
    const QJsonValue expires = JsonPath::value(obj, config.expiresInPath);
    if (!expires.isUndefined() && !expires.isNull()) {
        double seconds = std::nan("");
        if (expires.isDouble()) {
            seconds = expires.toDouble();
        } else if (expires.isString()) {
            bool ok = false;
            const double d = expires.toString().trimmed().toDouble(&ok);
            if (ok)
                seconds = d;
        }
        if (!std::isfinite(seconds)) {
            warn(warnings, QStringLiteral("\"%1\" is not a number; expiry unknown").arg(config.expiresInPath));
        } else if (seconds <= 0) {
            warn(warnings, QStringLiteral("\"%1\" is %2; expiry unknown").arg(config.expiresInPath).arg(seconds));
        } else if (seconds > double(kMaxLifetimeSeconds)) {
            warn(warnings, QStringLiteral("\"%1\" is more than 10 years; expiry unknown").arg(config.expiresInPath));
        } else {
            tokens.expiresAt = tokens.obtainedAt.addSecs(static_cast<qint64>(std::floor(seconds)));
        }
    }

    // An absolute expiry (Square's expires_at), read only when expires_in gave no lifetime: a relative lifetime
    // does not depend on the provider's clock agreeing with this computer's.
    if (!tokens.expiresAt.isValid() && !config.expiresAtPath.isEmpty()) {
        const QJsonValue at = JsonPath::value(obj, config.expiresAtPath);
        if (!at.isUndefined() && !at.isNull()) {
            const QDateTime when = absoluteTime(at);
            if (!when.isValid())
                warn(warnings, QStringLiteral("\"%1\" is not a time; expiry unknown").arg(config.expiresAtPath));
            else if (when <= tokens.obtainedAt)
                warn(warnings, QStringLiteral("\"%1\" is already past; expiry unknown").arg(config.expiresAtPath));
            else if (tokens.obtainedAt.secsTo(when) > kMaxLifetimeSeconds)
                warn(warnings, QStringLiteral("\"%1\" is more than 10 years away; expiry unknown").arg(config.expiresAtPath));
            else
                tokens.expiresAt = when;
        }
    }

    // RFC 6749 §5.1: expires_in is only RECOMMENDED; where the provider documents how long its tokens live, that is
    // the expiry when the response says nothing.
    if (!tokens.expiresAt.isValid() && config.accessTokenLifetimeSeconds > 0
        && config.accessTokenLifetimeSeconds <= kMaxLifetimeSeconds)
        tokens.expiresAt = tokens.obtainedAt.addSecs(config.accessTokenLifetimeSeconds);

    // scope: RFC 6749 §3.3 space-delimited; some providers use commas or arrays.
    const QJsonValue scope = JsonPath::value(obj, config.scopePath);
    QStringList granted;
    if (scope.isString()) {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        granted = scope.toString().split(separators, Qt::SkipEmptyParts);
        tokens.scopeReturned = true;
    } else if (scope.isArray()) {
        for (const QJsonValue &s : scope.toArray()) {
            if (s.isString() && !s.toString().trimmed().isEmpty())
                granted << s.toString().trimmed();
        }
        tokens.scopeReturned = true;
    } else if (!scope.isUndefined() && !scope.isNull()) {
        warn(warnings, QStringLiteral("\"%1\" is neither text nor a list; ignored").arg(config.scopePath));
    }
    if (tokens.scopeReturned) {
        granted.removeDuplicates();
        tokens.grantedScopes = granted;
    } else {
        tokens.grantedScopes = config.scopes; // RFC 6749 §5.1: omitted = as requested
    }

    // RFC 8693 §2.2.1: the type of the token a token exchange issued.
    const QJsonValue issued = obj.value(QLatin1String("issued_token_type"));
    if (issued.isString())
        tokens.issuedTokenType = ProtocolError::sanitize(issued.toString().trimmed(), 200);
    else if (!issued.isUndefined() && !issued.isNull())
        warn(warnings, QStringLiteral("\"issued_token_type\" is not a string; ignored"));

    // RFC 9396 §7: the authorization details granted, an array of objects each with a "type" (§2).
    const QJsonValue details = obj.value(QLatin1String("authorization_details"));
    if (details.isArray()) {
        for (const QJsonValue &detail : details.toArray()) {
            if (detail.isObject() && detail.toObject().value(QLatin1String("type")).isString())
                tokens.authorizationDetails.append(detail);
            else
                warn(warnings, QStringLiteral("an authorization_details entry is not an object with a type; ignored"));
        }
    } else if (!details.isUndefined() && !details.isNull()) {
        warn(warnings, QStringLiteral("\"authorization_details\" is not an array; ignored"));
    }

    // Non-secret values the integration asks to keep (e.g. Salesforce instance_url).
    for (auto it = config.responseValues.cbegin(); it != config.responseValues.cend(); ++it) {
        const QJsonValue v = JsonPath::value(obj, it.value());
        const QString text = JsonPath::scalarText(v);
        if (text.isEmpty()) {
            warn(warnings, QStringLiteral("response value \"%1\" (\"%2\") missing or not text").arg(it.key(), it.value()));
            continue;
        }
        tokens.responseValues.insert(it.key(), text);
    }
    return tokens;
}

} // namespace keyway
