#include "auth/ResponseBody.h"

#include "common/Redactor.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace keyway {

namespace {

QByteArray stripBom(const QByteArray &body)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    return body.startsWith(bom) ? body.mid(bom.size()) : body;
}

QByteArray mediaType(const QByteArray &contentType)
{
    const int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower();
}

bool isJsonType(const QByteArray &type)
{
    return type == "application/json" || type.endsWith("+json") || type == "text/json";
}

// "name=" at the start, with the characters a form-encoded name can have.
bool looksLikeForm(const QByteArray &trimmed)
{
    int i = 0;
    for (; i < trimmed.size(); ++i) {
        const char c = trimmed.at(i);
        const bool nameChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
            || c == '.' || c == '~' || c == '%' || c == '+' || c == '[' || c == ']';
        if (!nameChar)
            break;
    }
    return i > 0 && i < trimmed.size() && trimmed.at(i) == '=';
}

QString decodeFormPart(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

ResponseBody::Kind ResponseBody::detect(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray trimmed = stripBom(body).trimmed();
    if (trimmed.isEmpty())
        return Kind::Empty;
    const char first = trimmed.at(0);
    if (first == '{' || first == '[')
        return Kind::Json;
    if (first == '<')
        return Kind::Html;
    if (looksLikeForm(trimmed))
        return Kind::Form;
    if (isJsonType(mediaType(contentType)))
        return Kind::Json; // will fail to parse, with a JSON error
    if (mediaType(contentType) == "text/html")
        return Kind::Html;
    return Kind::Unknown;
}

Result<QJsonObject> ResponseBody::toObject(
    int httpStatus, const QByteArray &contentType, const QByteArray &body, const QString &formatHint, const QString &what)
{
    const QString status = httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus) : QStringLiteral("no HTTP status");
    if (body.size() > kMaxBytes) {
        return Error::make(QStringLiteral("response_too_large"), tr("The provider's answer is too large to be %1.").arg(what),
            QStringLiteral("%1, more than %2 bytes").arg(status).arg(kMaxBytes), httpStatus);
    }
    const QByteArray type = mediaType(contentType);
    const QString typeText = type.isEmpty() ? QStringLiteral("no Content-Type") : QString::fromLatin1(type);
    Kind kind = detect(contentType, body);
    if (kind == Kind::Unknown && formatHint.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        kind = Kind::Json;

    switch (kind) {
    case Kind::Empty:
        return Error::make(QStringLiteral("empty_response"), tr("The provider sent an empty answer instead of %1.").arg(what),
            QStringLiteral("%1, %2").arg(status, typeText), httpStatus);
    case Kind::Html:
        return Error::make(QStringLiteral("html_response"), tr("The provider answered with a web page instead of %1.").arg(what),
            QStringLiteral("%1: %2").arg(status, Redactor::redact(htmlText(body))), httpStatus);
    case Kind::Form:
        return parseForm(stripBom(body).trimmed());
    case Kind::Unknown:
        return Error::make(QStringLiteral("invalid_response"), tr("The provider's answer could not be read as %1.").arg(what),
            QStringLiteral("%1, %2, neither JSON nor form data").arg(status, typeText), httpStatus);
    case Kind::Json:
        break;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stripBom(body), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::make(QStringLiteral("invalid_response"),
            tr("The provider's answer is not valid JSON, so it could not be read as %1.").arg(what),
            QStringLiteral("%1, %2, JSON error at offset %3: %4")
                .arg(status, typeText)
                .arg(parseError.offset)
                .arg(parseError.errorString()),
            httpStatus);
    }
    if (!doc.isObject()) {
        return Error::make(QStringLiteral("invalid_response"),
            tr("The provider's answer is JSON but not an object, so it could not be read as %1.").arg(what),
            QStringLiteral("%1, top-level JSON %2")
                .arg(status, doc.isArray() ? QStringLiteral("array") : QStringLiteral("value")),
            httpStatus);
    }
    return doc.object();
}

QJsonObject ResponseBody::parseForm(const QByteArray &body)
{
    QJsonObject out;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const QString name = decodeFormPart(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decodeFormPart(pair.mid(eq + 1));
        if (name.isEmpty() || out.contains(name))
            continue;
        out.insert(name, value);
    }
    return out;
}

QString ResponseBody::htmlText(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression blocks(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>?"));
    text.remove(blocks);
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

} // namespace keyway
