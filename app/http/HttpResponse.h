#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QJsonDocument;
class QUrl;

namespace keyway {

// One response of a Keyway loopback server, and its wire form. Every response closes its connection and is never
// cached (RFC 6749 §5.1 asks no-store for anything carrying tokens; nothing served on loopback should be kept).
// Header names and values are checked when set: CR, LF and NUL are refused, so no caller can split a response.
class HttpResponse
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    explicit HttpResponse(int status = 200);

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }

    // Replace every field of that name (case-insensitive), or add one. False (and nothing set) when the name
    // is not a token or the value holds CR, LF, NUL or another control character.
    bool setHeader(const QByteArray &name, const QByteArray &value);
    bool addHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);
    QByteArray header(const QByteArray &name) const;
    const QList<Header> &headers() const { return m_headers; }

    const QByteArray &body() const { return m_body; }
    void setBody(const QByteArray &body, const QByteArray &contentType = {});

    // The bytes to send: status line, the fields set here, then Content-Length, Connection: close, Date (now,
    // unless one was set) and
    // Cache-Control: no-store (unless set), X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer (the
    // URLs served here carry codes and states). Content-Length and Connection are always Keyway's own.
    // headOnly (for HEAD) keeps Content-Length but leaves the body out.
    QByteArray serialize(bool headOnly = false) const;

    // text/html; charset=utf-8 with a Content-Security-Policy that allows no script, no images, nothing but the
    // page's own inline style, and no framing.
    static HttpResponse html(int status, const QString &html);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse text(int status, const QString &text);
    // 302 Found (or 301/303/307/308) to `location`, which must be a valid URL.
    static HttpResponse redirect(const QUrl &location, int status = 302);
    // A short text/plain answer for a status, e.g. the parser's 400 with its reason.
    static HttpResponse error(int status, const QString &reason = {});

    static QByteArray reasonPhrase(int status);
    // Escapes & < > " ' so any text can be placed in HTML content or a quoted attribute.
    static QString htmlEscape(const QString &text);

private:
    int m_status = 200;
    QList<Header> m_headers;
    QByteArray m_body;
};

} // namespace keyway
