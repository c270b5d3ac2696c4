#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

namespace keyway {

// One HTTP/1.x request as HttpRequestParser produced it. Plain data: the parser has already checked every field
// (RFC 9112), so a handler can trust the shapes here and only has to judge the meaning.
struct HttpRequest
{
    using Header = QPair<QByteArray, QByteArray>;

    QByteArray method; // case-sensitive token as sent ("GET", "POST", ...)
    QByteArray target; // the raw origin-form request-target ("/callback?code=a%2Fb")
    QString path; // target's path, percent-decoded once, valid UTF-8, no NUL/CTL, no dot-segments
    QByteArray rawQuery; // target's query as sent, without '?' (empty when there is none)
    // The query as application/x-www-form-urlencoded (RFC 6749 Appendix B: '+' means space). Values come out
    // percent-decoded exactly once only when asked with QUrl::FullyDecoded: use queryValue() or pass it yourself.
    QUrlQuery query;
    QList<Header> headers; // in arrival order, names as sent, values without surrounding whitespace
    QByteArray body;
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    // Set by LoopbackServer, not the parser: whether the request came over TLS, and the certificate the client
    // presented in that handshake (null without one). RFC 8705 §2 and §3 judge a client and its tokens by it.
    bool overTls = false;
    QSslCertificate peerCertificate;

    // Case-insensitive header lookup (RFC 9110 §5.1). header() gives the first value or an empty array.
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;

    // The first value of a query parameter, fully decoded; a null QString when absent.
    QString queryValue(const QString &key) const;
    int queryValueCount(const QString &key) const;
};

} // namespace keyway
