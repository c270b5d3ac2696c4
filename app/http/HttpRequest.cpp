#include "http/HttpRequest.h"

namespace keyway {

namespace {
bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.size() == b.size() && QByteArrayView(a).compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const Header &h : headers)
        if (sameName(h.first, name))
            return h.second;
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const Header &h : headers)
        if (sameName(h.first, name))
            values << h.second;
    return values;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const Header &h : headers)
        if (sameName(h.first, name))
            return true;
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    if (!query.hasQueryItem(key))
        return {};
    const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
    return value.isNull() ? QStringLiteral("") : value; // present but empty stays distinguishable from absent
}

int HttpRequest::queryValueCount(const QString &key) const
{
    return int(query.allQueryItemValues(key).size());
}

} // namespace keyway
