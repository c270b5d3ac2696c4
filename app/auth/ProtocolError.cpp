#include "auth/ProtocolError.h"

#include "common/Redactor.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace keyway {

namespace {

// RFC 6749 §5.2: error = 1*NQSCHAR. Anything else is not a code we can branch on.
QString normalisedCode(const QString &raw)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:\\-]{1,64}$"));
    const QString code = raw.trimmed();
    return valid.match(code).hasMatch() ? code : QStringLiteral("provider_error");
}

} // namespace

QString ProtocolError::sanitize(const QString &text, int maxChars)
{
    QString out;
    out.reserve(qMin(int(text.size()), maxChars + 1));
    for (const QChar c : text) {
        if (out.size() >= maxChars + 1)
            break;
        out.append(c.category() == QChar::Other_Control ? QLatin1Char(' ') : c);
    }
    out = out.simplified();
    if (out.size() > maxChars)
        out = out.left(maxChars) + QStringLiteral("…");
    return Redactor::redact(out);
}

bool ProtocolError::isErrorObject(const QJsonObject &object)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString() || error.isObject())
        return true;
    const QJsonValue ok = object.value(QLatin1String("ok"));
    return ok.isBool() && !ok.toBool();
}

Error ProtocolError::fromObject(const QJsonObject &object, int httpStatus)
{
    QString code;
    QString description;
    QString uri;
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isString()) {
        code = error.toString();
        description = object.value(QLatin1String("error_description")).toString();
        uri = object.value(QLatin1String("error_uri")).toString();
    } else if (error.isObject()) {
        // Not RFC 6749, but common in APIs: {"error": {"code": "...", "message": "..."}}.
        const QJsonObject e = error.toObject();
        code = e.value(QLatin1String("code")).isString() ? e.value(QLatin1String("code")).toString()
                                                         : e.value(QLatin1String("type")).toString();
        description = e.value(QLatin1String("message")).toString();
        if (description.isEmpty())
            description = e.value(QLatin1String("description")).toString();
    }
    if (description.isEmpty())
        description = object.value(QLatin1String("message")).toString();
    code = code.isEmpty() ? QStringLiteral("provider_error") : normalisedCode(code);

    QStringList parts;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    QString what = code;
    if (!description.isEmpty())
        what += QStringLiteral(": ") + sanitize(description);
    parts << what;
    if (!uri.isEmpty())
        parts << QStringLiteral("see ") + sanitize(uri, 200);
    // A 5xx is always "server_error" so callers have one code to retry on; the provider's own code (often
    // temporarily_unavailable) stays in the detail.
    if (httpStatus >= 500) {
        const QString message
            = messageForCode(code == QLatin1String("temporarily_unavailable") ? code : QStringLiteral("server_error"));
        return Error::make(QStringLiteral("server_error"), message, parts.join(QStringLiteral(", ")), httpStatus);
    }
    return Error::make(code, messageForCode(code), parts.join(QStringLiteral(", ")), httpStatus);
}

Error ProtocolError::fromHttpStatus(int httpStatus, const QString &what)
{
    const QString detail = httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus) : QStringLiteral("no HTTP status");
    if (httpStatus >= 500)
        return Error::make(QStringLiteral("server_error"), messageForCode(QStringLiteral("server_error")), detail, httpStatus);
    if (httpStatus >= 300 && httpStatus < 400) {
        return Error::make(QStringLiteral("unexpected_redirect"),
            tr("The provider redirected the request instead of answering with %1. Check the endpoint address.").arg(what), detail,
            httpStatus);
    }
    if (httpStatus == 401) {
        return Error::make(QStringLiteral("http_error"),
            tr("The provider refused the request: the credentials were not accepted."), detail, httpStatus);
    }
    return Error::make(QStringLiteral("http_error"),
        tr("The provider refused the request instead of answering with %1.").arg(what), detail, httpStatus);
}

QMap<QString, QString> ProtocolError::challengeParams(const QByteArray &header)
{
    QMap<QString, QString> params;
    static const QRegularExpression param(
        QStringLiteral("([A-Za-z0-9_\\-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s,\"]+))"));
    const QString text = QString::fromLatin1(header.left(8 * 1024));
    auto it = param.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).toLower();
        QString value = m.capturedStart(2) >= 0 ? m.captured(2) : m.captured(3);
        static const QRegularExpression escape(QStringLiteral("\\\\(.)"));
        value.replace(escape, QStringLiteral("\\1"));
        if (!params.contains(name))
            params.insert(name, value);
    }
    return params;
}

Error ProtocolError::fromWwwAuthenticate(const QByteArray &header, int httpStatus)
{
    const QMap<QString, QString> params = challengeParams(header);
    QString code = params.value(QStringLiteral("error"));
    if (code.isEmpty()) {
        // RFC 6750 §3.1: a request without (or with an unusable) token gets a challenge without error code.
        code = httpStatus == 403 ? QStringLiteral("insufficient_scope") : QStringLiteral("invalid_token");
    }
    code = normalisedCode(code);
    QStringList parts;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    QString what = code;
    const QString description = params.value(QStringLiteral("error_description"));
    if (!description.isEmpty())
        what += QStringLiteral(": ") + sanitize(description);
    parts << what;
    if (params.contains(QStringLiteral("scope")))
        parts << QStringLiteral("scope needed: ") + sanitize(params.value(QStringLiteral("scope")), 200);
    return Error::make(code, messageForCode(code), parts.join(QStringLiteral(", ")), httpStatus);
}

QString ProtocolError::messageForCode(const QString &code)
{
    // RFC 6749 §5.2
    if (code == QLatin1String("invalid_request"))
        return tr("The provider rejected the request as malformed. Check the connection's settings.");
    if (code == QLatin1String("invalid_client"))
        return tr("The client id or secret was rejected.");
    if (code == QLatin1String("invalid_grant"))
        return tr("The authorization is no longer valid: connect again.");
    if (code == QLatin1String("unauthorized_client"))
        return tr("This client is not allowed to use this kind of authorization at the provider.");
    if (code == QLatin1String("unsupported_grant_type"))
        return tr("The provider does not support this kind of authorization.");
    if (code == QLatin1String("invalid_scope"))
        return tr("The provider rejected the requested permissions (scopes).");
    // RFC 6749 §4.1.2.1 codes some token endpoints use too
    if (code == QLatin1String("access_denied"))
        return tr("The request was denied.");
    if (code == QLatin1String("server_error"))
        return tr("The provider had a problem answering. Try again later.");
    if (code == QLatin1String("temporarily_unavailable"))
        return tr("The provider is temporarily unavailable. Try again later.");
    // RFC 6750 §3.1
    if (code == QLatin1String("invalid_token"))
        return tr("The access token was rejected: it may have expired or been revoked.");
    if (code == QLatin1String("insufficient_scope"))
        return tr("The access token does not have the permissions (scopes) this request needs.");
    // RFC 7009 §2.2.1
    if (code == QLatin1String("unsupported_token_type"))
        return tr("The provider cannot revoke this kind of token.");
    // RFC 8628 §3.5
    if (code == QLatin1String("authorization_pending"))
        return tr("Waiting for the request to be approved on the other device.");
    if (code == QLatin1String("slow_down"))
        return tr("The provider asked to check less often.");
    if (code == QLatin1String("expired_token"))
        return tr("The code expired before it was approved: start again.");
    // RFC 8707 §2
    if (code == QLatin1String("invalid_target"))
        return tr("The provider rejected the requested resource or audience.");
    return tr("The provider refused the request (%1).").arg(code);
}

} // namespace keyway
