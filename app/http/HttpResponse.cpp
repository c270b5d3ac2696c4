#include "http/HttpResponse.h"

#include "common/Log.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <cstring>

namespace keyway {

namespace {

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char ch : s) {
        const uchar c = uchar(ch);
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
        if (!ok)
            return false;
    }
    return true;
}

bool isSafeValue(const QByteArray &s)
{
    for (char ch : s) {
        const uchar c = uchar(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// RFC 9110 §5.6.7: IMF-fixdate, always in English and GMT.
QByteArray httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

bool bodyForbidden(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

} // namespace

HttpResponse::HttpResponse(int status)
    : m_status(status)
{
}

bool HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    if (!isToken(name) || !isSafeValue(value)) {
        qCWarning(lcHttp) << "refused an unsafe response header" << name;
        return false;
    }
    removeHeader(name);
    m_headers.append({name, value});
    return true;
}

bool HttpResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    if (!isToken(name) || !isSafeValue(value)) {
        qCWarning(lcHttp) << "refused an unsafe response header" << name;
        return false;
    }
    m_headers.append({name, value});
    return true;
}

void HttpResponse::removeHeader(const QByteArray &name)
{
    m_headers.removeIf([&](const Header &h) { return sameName(h.first, name); });
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const Header &h : m_headers)
        if (sameName(h.first, name))
            return h.second;
    return {};
}

void HttpResponse::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
}

QByteArray HttpResponse::serialize(bool headOnly) const
{
    const int status = (m_status >= 100 && m_status <= 999) ? m_status : 500;
    QByteArray out;
    out.reserve(256 + m_body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";

    bool haveCacheControl = false;
    bool haveNosniff = false;
    bool haveReferrer = false;
    for (const Header &h : m_headers) {
        if (sameName(h.first, "Content-Length") || sameName(h.first, "Connection") || sameName(h.first, "Date")
            || sameName(h.first, "Transfer-Encoding"))
            continue;
        haveCacheControl |= sameName(h.first, "Cache-Control");
        haveNosniff |= sameName(h.first, "X-Content-Type-Options");
        haveReferrer |= sameName(h.first, "Referrer-Policy");
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!haveCacheControl)
        out += "Cache-Control: no-store\r\n";
    if (!haveNosniff)
        out += "X-Content-Type-Options: nosniff\r\n";
    if (!haveReferrer)
        out += "Referrer-Policy: no-referrer\r\n";
    // A Date set on purpose (the sandbox's clock-skew fault) is sent as it is; otherwise now.
    const QByteArray date = header("Date");
    out += "Date: " + (date.isEmpty() ? httpDate() : date) + "\r\n";
    const bool noBody = bodyForbidden(status);
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    if (!headOnly && !noBody)
        out += m_body;
    return out;
}

HttpResponse HttpResponse::html(int status, const QString &html)
{
    HttpResponse r(status);
    r.setBody(html.toUtf8(), "text/html; charset=utf-8");
    r.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    HttpResponse r(status);
    r.setBody(document.toJson(QJsonDocument::Compact), "application/json");
    return r;
}

HttpResponse HttpResponse::text(int status, const QString &text)
{
    HttpResponse r(status);
    r.setBody(text.toUtf8(), "text/plain; charset=utf-8");
    return r;
}

HttpResponse HttpResponse::redirect(const QUrl &location, int status)
{
    const bool redirectStatus = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!location.isValid() || !redirectStatus) {
        qCWarning(lcHttp) << "refused to build a redirect: invalid location or status" << status;
        return error(500, QStringLiteral("invalid redirect"));
    }
    HttpResponse r(status);
    // FullyEncoded: no raw CR/LF or spaces can reach the header; toEncoded() percent-encodes them.
    r.setHeader("Location", location.toEncoded(QUrl::FullyEncoded));
    r.setBody(QByteArrayLiteral("Redirecting.\n"), "text/plain; charset=utf-8");
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &reason)
{
    QString body = QString::number(status) + QLatin1Char(' ') + QString::fromLatin1(reasonPhrase(status));
    if (!reason.isEmpty())
        body += QStringLiteral(": ") + reason;
    body += QLatin1Char('\n');
    return text(status, body);
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        break;
    }
    if (status >= 200 && status < 300)
        return "OK";
    if (status >= 300 && status < 400)
        return "Redirect";
    if (status >= 400 && status < 500)
        return "Client Error";
    return "Server Error";
}

QString HttpResponse::htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace keyway
