#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace keyway {

// Bounds for one request. Every limit is inclusive: a request line of exactly maxRequestLine bytes (without its
// CRLF) passes, one byte more is refused.
struct HttpRequestLimits
{
    qsizetype maxRequestLine = 8 * 1024; // -> 414 URI Too Long
    qsizetype maxHeaderLine = 8 * 1024; // one field line without CRLF -> 431
    int maxHeaders = 100; // -> 431
    qsizetype maxHead = 32 * 1024; // request line + fields + every CRLF + the empty line -> 431
    qint64 maxBody = 1024 * 1024; // Content-Length above it -> 413
};

// An incremental, strict and bounded HTTP/1.1 request parser (RFC 9112) for Keyway's loopback servers. Bytes are
// fed as they arrive, in chunks of any size; memory never grows beyond the limits. No sockets here, so it can be
// fuzzed directly (feed() is the fuzz entry point).
//
// What it accepts, and why it refuses the rest (all refusals are final; the connection should be closed):
//  - Lines end with CRLF. A bare LF or a bare CR is refused with 400: RFC 9112 §2.2 only *allows* a recipient to
//    accept a bare LF, and accepting it is how request-smuggling differentials start.
//  - Up to 8 empty lines before the request line are skipped (RFC 9112 §2.2 "SHOULD ignore at least one").
//  - request-line = method SP request-target SP HTTP-version, single spaces. method is a token (RFC 9110 §9);
//    request-target must be origin-form ("/path?query"): absolute-form, authority-form and "*" get 400 — these
//    servers are never proxies. "#" is never allowed; percent escapes must be well formed.
//  - The path is percent-decoded once and must be valid UTF-8 without NUL or control characters, without
//    "." / ".." segments and without an encoded "/" (so the decoded path is unambiguous).
//  - HTTP/1.0 and HTTP/1.1 only; another well-formed version gets 505, a malformed one 400.
//  - Field lines: token name directly followed by ':' (whitespace before the colon -> 400, RFC 9112 §5.1),
//    no obs-fold (-> 400, RFC 9112 §5.2), values of VCHAR/SP/HTAB/obs-text only (NUL or CTL -> 400).
//  - HTTP/1.1 needs exactly one Host field; more than one is refused in any version (RFC 9112 §3.2).
//  - A body only through Content-Length (repeated or listed values must all be equal, RFC 9110 §8.6);
//    Transfer-Encoding gets 501 (RFC 9112 §6.1); a length above maxBody gets 413.
//  - "Expect: 100-continue" is reported through expectsContinue(); any other expectation gets 417.
// Bytes after a complete request are ignored (one request per connection).
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    HttpRequestParser();
    explicit HttpRequestParser(const HttpRequestLimits &limits);

    // Consume the next bytes of the stream. Returns the state after them.
    State feed(QByteArrayView data);

    State state() const;
    // The request line is in and valid (fields may still be arriving).
    bool hasRequestLine() const { return m_phase == Phase::Headers || isHeadComplete(); }
    // The request line and all fields are in (the body may still be arriving).
    bool isHeadComplete() const { return m_phase == Phase::Body || m_phase == Phase::Done; }
    bool expectsContinue() const { return m_expectContinue; }
    // Valid once state() is Complete (partially filled before).
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();

    // On Error: the status to answer with (400, 413, 414, 417, 431, 501 or 505) and a short technical reason.
    int errorStatus() const { return m_errorStatus; }
    QString errorReason() const { return m_errorReason; }

    const HttpRequestLimits &limits() const { return m_limits; }
    void reset();

private:
    enum class Phase { RequestLine, Headers, Body, Done, Failed };

    State fail(int status, const QString &reason);
    State feedLines(QByteArrayView data, qsizetype *consumed);
    bool takeLine(QByteArrayView line);
    bool parseRequestLine(QByteArrayView line);
    bool parseTarget(QByteArrayView target);
    bool parseFieldLine(QByteArrayView line);
    bool finishHead();

    HttpRequestLimits m_limits;
    Phase m_phase = Phase::RequestLine;
    QByteArray m_line; // the current line so far, terminator included once found
    qsizetype m_headBytes = 0; // bytes of completed head lines
    int m_emptyLinesSkipped = 0;
    qint64 m_contentLength = 0;
    bool m_expectContinue = false;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorReason;
};

} // namespace keyway
