#include "sandbox/SandboxForm.h"

#include <QSet>
#include <QStringDecoder>

namespace keyway {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

Error invalid(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_request"), detail, detail);
}

} // namespace

// '+' is a space (HTML forms), then every %XX is decoded exactly once; the bytes must be UTF-8.
bool SandboxForm::decodeComponent(const QByteArray &encoded, QString *out)
{
    QByteArray part = encoded;
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (part.at(i) == '%' && (i + 2 >= part.size() || !isHex(part.at(i + 1)) || !isHex(part.at(i + 2))))
            return false;
    }
    part.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    for (const QChar c : text) {
        if (c.unicode() == 0)
            return false;
    }
    *out = text;
    return true;
}

Result<SandboxForm> SandboxForm::parse(const QByteArray &encoded)
{
    SandboxForm form;
    if (encoded.isEmpty())
        return form;
    const QList<QByteArray> pairs = encoded.split('&');
    if (pairs.size() > kMaxParameters)
        return invalid(QStringLiteral("more than %1 parameters").arg(kMaxParameters));
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue; // "a=1&&b=2": browsers never send it, but it means nothing either
        const qsizetype eq = pair.indexOf('=');
        QString name;
        QString value;
        if (!decodeComponent(eq < 0 ? pair : pair.left(eq), &name)
            || !decodeComponent(eq < 0 ? QByteArray() : pair.mid(eq + 1), &value))
            return invalid(QStringLiteral("a parameter is not correctly percent-encoded UTF-8"));
        if (name.isEmpty())
            return invalid(QStringLiteral("a parameter has no name"));
        if (name.size() > 128 || value.size() > kMaxValueLength)
            return invalid(
                QStringLiteral("the parameter %1 is longer than %2 characters").arg(name.left(40)).arg(kMaxValueLength));
        form.m_items.append({name, value});
    }
    return form;
}

bool SandboxForm::has(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString SandboxForm::value(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second.isNull() ? QStringLiteral("") : item.second;
    }
    return {};
}

QStringList SandboxForm::values(const QString &name) const
{
    QStringList out;
    for (const auto &item : m_items) {
        if (item.first == name)
            out << item.second;
    }
    return out;
}

QString SandboxForm::repeated(const QStringList &mayRepeat) const
{
    QSet<QString> seen;
    for (const auto &item : m_items) {
        if (mayRepeat.contains(item.first))
            continue;
        if (seen.contains(item.first))
            return item.first;
        seen.insert(item.first);
    }
    return {};
}

} // namespace keyway
