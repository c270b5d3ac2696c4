#include "common/SensitiveFields.h"

#include "common/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace keyway::SensitiveFields {

namespace {

QJsonValue redactJson(const QJsonValue &value, const QStringList &extraNames)
{
    if (value.isObject()) {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = isSensitiveName(it.key(), extraNames) && !it.value().isNull() ? QJsonValue(placeholder())
                                                                                       : redactJson(it.value(), extraNames);
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactJson(item, extraNames));
        return out;
    }
    return value;
}

QString redactForm(const QString &body, const QStringList &extraNames)
{
    QStringList fields = body.split(QLatin1Char('&'));
    for (QString &field : fields) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        const QString name = QUrl::fromPercentEncoding(field.left(eq).toUtf8()).replace(QLatin1Char('+'), QLatin1Char(' '));
        if (eq > 0 && isSensitiveName(name, extraNames))
            field = field.left(eq + 1) + placeholder();
    }
    return fields.join(QLatin1Char('&'));
}

} // namespace

bool isSensitiveName(const QString &name, const QStringList &extraNames)
{
    static const QRegularExpression contains(
        QStringLiteral("key|token|secret|pass|auth|sig|session|cookie|credential"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression exact(QStringLiteral("^(pin|otp)$"), QRegularExpression::CaseInsensitiveOption);
    if (contains.match(name).hasMatch() || exact.match(name).hasMatch())
        return true;
    for (const QString &extra : extraNames)
        if (!extra.isEmpty() && name.compare(extra, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString redactUrl(const QString &url, const QStringList &extraNames)
{
    const qsizetype mark = url.indexOf(QLatin1Char('?'));
    if (mark < 0)
        return Redactor::redact(url);
    const qsizetype hash = url.indexOf(QLatin1Char('#'), mark);
    const QString query = url.mid(mark + 1, hash < 0 ? -1 : hash - mark - 1);
    const QString fragment = hash < 0 ? QString() : url.mid(hash);
    return Redactor::redact(url.left(mark + 1) + redactForm(query, extraNames) + fragment);
}

QString redactHeaderValue(const QString &name, const QString &value, const QStringList &extraNames)
{
    if (!isSensitiveName(name, extraNames))
        return Redactor::redact(name + QStringLiteral(": ") + value).mid(name.size() + 2);
    // RFC 9110 §11.6.2: credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]; the scheme says nothing secret.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*) +\\S"));
    const bool authorization = name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Proxy-Authorization"), Qt::CaseInsensitive) == 0;
    const QRegularExpressionMatch m = scheme.match(value);
    return authorization && m.hasMatch() ? m.captured(1) + QLatin1Char(' ') + placeholder() : placeholder();
}

QList<QPair<QString, QString>> redactHeaders(const QList<QPair<QString, QString>> &headers, const QStringList &extraNames)
{
    QList<QPair<QString, QString>> out;
    for (const auto &[name, value] : headers)
        out.append({name, redactHeaderValue(name, value, extraNames)});
    return out;
}

QString redactBody(const QString &body, const QStringList &extraNames)
{
    const QString trimmed = body.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue redacted
                = redactJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), extraNames);
            const QJsonDocument out
                = redacted.isObject() ? QJsonDocument(redacted.toObject()) : QJsonDocument(redacted.toArray());
            return Redactor::redact(QString::fromUtf8(
                out.toJson(body.contains(QLatin1Char('\n')) ? QJsonDocument::Indented : QJsonDocument::Compact)));
        }
    }
    // application/x-www-form-urlencoded: name=value pairs joined by '&', nothing unencoded in between.
    static const QRegularExpression form(QStringLiteral("^[^\\s=&]+=[^\\s&]*(&[^\\s=&]+=[^\\s&]*)*$"));
    if (form.match(trimmed).hasMatch())
        return Redactor::redact(redactForm(trimmed, extraNames));
    return Redactor::redact(body);
}

} // namespace keyway::SensitiveFields
