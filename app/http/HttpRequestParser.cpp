#include "http/HttpRequestParser.h"

#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>

namespace keyway {

namespace {

constexpr int kMaxLeadingEmptyLines = 8;

// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
//                          / DIGIT / ALPHA
bool isTchar(uchar c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTchar(uchar(c)))
            return false;
    return true;
}

bool isHex(uchar c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 3986 §3.3: pchar = unreserved / pct-encoded / sub-delims / ":" / "@", plus "/" between segments.
bool isPathChar(uchar c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != 0 && std::strchr("-._~!$&'()*+,;=:@/%", c) != nullptr;
}

// The query is taken a little wider than RFC 3986 §3.4: browsers send some of "{}|^[]\"'`<>" unescaped in
// queries, and refusing a provider's redirect for that would strand the user. Still visible ASCII only, no "#".
bool isQueryChar(uchar c)
{
    return c >= 0x21 && c <= 0x7e && c != '#';
}

bool wellFormedEscapes(QByteArrayView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != '%')
            continue;
        if (i + 2 >= s.size())
            return false;
        if (!isHex(uchar(s[i + 1])) || !isHex(uchar(s[i + 2])))
            return false;
        i += 2;
    }
    return true;
}

// RFC 9110 §5.5: field-value characters are VCHAR, SP, HTAB and obs-text.
bool isFieldValueChar(uchar c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimOws(QByteArrayView s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isOws(s[begin]))
        ++begin;
    while (end > begin && isOws(s[end - 1]))
        --end;
    return s.sliced(begin, end - begin);
}

// RFC 3986 §3.2.2 host plus an optional port: reg-name, IPv4 or a bracketed IPv6 literal.
bool isHostValue(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char ch : s) {
        const uchar c = uchar(ch);
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::strchr("-._~!$&'()*+,;=:[]%", c) != nullptr;
        if (!ok || c == 0)
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser() = default;

HttpRequestParser::HttpRequestParser(const HttpRequestLimits &limits)
    : m_limits(limits)
{
}

HttpRequestParser::State HttpRequestParser::state() const
{
    switch (m_phase) {
    case Phase::Done:
        return State::Complete;
    case Phase::Failed:
        return State::Error;
    default:
        return State::NeedMore;
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    return request;
}

void HttpRequestParser::reset()
{
    const HttpRequestLimits limits = m_limits;
    *this = HttpRequestParser(limits);
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &reason)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    m_line.clear();
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        switch (m_phase) {
        case Phase::RequestLine:
        case Phase::Headers: {
            qsizetype consumed = 0;
            const State s = feedLines(data.sliced(pos), &consumed);
            if (s == State::Error)
                return s;
            pos += consumed;
            break;
        }
        case Phase::Body: {
            const qint64 missing = m_contentLength - m_request.body.size();
            const qsizetype take = qsizetype(qMin<qint64>(missing, data.size() - pos));
            m_request.body.append(data.data() + pos, take);
            pos += take;
            if (m_request.body.size() == m_contentLength)
                m_phase = Phase::Done;
            break;
        }
        case Phase::Done:
            return State::Complete; // one request per connection: whatever follows is ignored
        case Phase::Failed:
            return State::Error;
        }
    }
    return state();
}

// Collects bytes of the current line from `data` and handles the line once its LF arrives. Limits are checked
// on every chunk, so an endless line is refused as soon as it is too long, not when (if ever) it ends.
HttpRequestParser::State HttpRequestParser::feedLines(QByteArrayView data, qsizetype *consumed)
{
    const bool requestLine = m_phase == Phase::RequestLine;
    const qsizetype lineLimit = requestLine ? m_limits.maxRequestLine : m_limits.maxHeaderLine;
    const int tooLongStatus = requestLine ? 414 : 431;
    const void *hit = std::memchr(data.data(), '\n', size_t(data.size()));
    const qsizetype take = hit ? qsizetype(static_cast<const char *>(hit) - data.data()) + 1 : data.size();
    *consumed = take;

    const qsizetype before = m_line.size();
    const qsizetype total = before + take;
    // Unfinished, the line may hold its content and a CR; finished, its content, CR and LF.
    if (total > lineLimit + (hit ? 2 : 1))
        return fail(tooLongStatus,
            requestLine ? QStringLiteral("request line longer than %1 bytes").arg(lineLimit)
                        : QStringLiteral("header line longer than %1 bytes").arg(lineLimit));
    if (m_headBytes + total > m_limits.maxHead)
        return fail(431, QStringLiteral("request head larger than %1 bytes").arg(m_limits.maxHead));
    m_line.append(data.data(), take);

    // Refuse what is obviously not HTTP (a TLS handshake, binary noise) at its first byte instead of waiting for
    // a line end or the timeout: everything before the first SP of a request line is the method token.
    // The scan starts one byte back, so a CR that ended the previous chunk is judged with the byte after it: the
    // verdict never depends on how the bytes were split into reads (checked by tests/fuzz/FuzzHttpRequestParser).
    if (requestLine) {
        const qsizetype space = m_line.indexOf(' ');
        const qsizetype methodEnd = space < 0 ? m_line.size() : space;
        for (qsizetype i = qMax<qsizetype>(0, before - 1); i < methodEnd; ++i) {
            const char c = m_line.at(i);
            if (c == '\r' || c == '\n') {
                // CRLF: an empty line before the request line, or a line ending checked by takeLine(). A CR followed
                // by anything else is a bare CR, refused now rather than when (if ever) an LF arrives.
                if (c == '\r' && i + 1 < m_line.size() && m_line.at(i + 1) != '\n')
                    return fail(400, QStringLiteral("bare CR in request head"));
                break;
            }
            if (!isTchar(uchar(c)))
                return fail(400, QStringLiteral("invalid character in method"));
        }
    }

    if (!hit)
        return State::NeedMore;
    m_headBytes += m_line.size();
    const QByteArray line = std::exchange(m_line, QByteArray());
    if (!takeLine(line))
        return State::Error;
    return state();
}

bool HttpRequestParser::takeLine(QByteArrayView line)
{
    // RFC 9112 §2.2: CRLF ends a line. Bare LF and bare CR are refused (see the class comment).
    if (line.size() < 2 || line[line.size() - 2] != '\r') {
        fail(400, QStringLiteral("line not terminated by CRLF"));
        return false;
    }
    const QByteArrayView content = line.chopped(2);
    if (content.contains('\r')) {
        fail(400, QStringLiteral("bare CR in request head"));
        return false;
    }
    if (content.contains('\0')) {
        fail(400, QStringLiteral("NUL byte in request head"));
        return false;
    }

    if (m_phase == Phase::RequestLine) {
        if (content.isEmpty()) {
            if (++m_emptyLinesSkipped > kMaxLeadingEmptyLines) {
                fail(400, QStringLiteral("too many empty lines before the request line"));
                return false;
            }
            return true;
        }
        if (!parseRequestLine(content))
            return false;
        m_phase = Phase::Headers;
        return true;
    }

    if (content.isEmpty())
        return finishHead();
    return parseFieldLine(content);
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // RFC 9112 §3: request-line = method SP request-target SP HTTP-version
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || sp2 == sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0 || sp2 == line.size() - 1) {
        fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);

    if (!isToken(method)) {
        fail(400, QStringLiteral("invalid method"));
        return false;
    }
    // RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive.
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || !std::isdigit(uchar(version[5]))
        || !std::isdigit(uchar(version[7]))) {
        fail(400, QStringLiteral("malformed HTTP version"));
        return false;
    }
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1')) {
        fail(505, QStringLiteral("HTTP version %1 not supported").arg(QString::fromLatin1(version)));
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.minorVersion = version[7] - '0';
    return parseTarget(target);
}

bool HttpRequestParser::parseTarget(QByteArrayView target)
{
    if (target == "*") {
        fail(400, QStringLiteral("asterisk-form request target not supported"));
        return false;
    }
    if (!target.startsWith('/')) {
        // absolute-form and authority-form are for proxies; these servers are origin servers on loopback.
        fail(400, QStringLiteral("request target is not in origin-form"));
        return false;
    }
    const qsizetype qmark = target.indexOf('?');
    const QByteArrayView rawPath = qmark < 0 ? target : target.first(qmark);
    const QByteArrayView rawQuery = qmark < 0 ? QByteArrayView() : target.sliced(qmark + 1);

    for (char c : rawPath)
        if (!isPathChar(uchar(c))) {
            fail(400, QStringLiteral("invalid character in request path"));
            return false;
        }
    for (char c : rawQuery)
        if (!isQueryChar(uchar(c))) {
            fail(400, QStringLiteral("invalid character in query"));
            return false;
        }
    if (!wellFormedEscapes(rawPath) || !wellFormedEscapes(rawQuery)) {
        fail(400, QStringLiteral("malformed percent-encoding"));
        return false;
    }
    // An encoded "/" would make the decoded path ambiguous ("/a%2Fb" vs "/a/b").
    if (rawPath.indexOf("%2F") >= 0 || rawPath.indexOf("%2f") >= 0) {
        fail(400, QStringLiteral("encoded slash in request path"));
        return false;
    }
    const QByteArray decoded = QByteArray::fromPercentEncoding(rawPath.toByteArray());
    for (char c : decoded)
        if (uchar(c) < 0x20 || uchar(c) == 0x7f) {
            fail(400, QStringLiteral("control character in request path"));
            return false;
        }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString path = utf8(decoded);
    if (utf8.hasError()) {
        fail(400, QStringLiteral("request path is not valid UTF-8"));
        return false;
    }
    for (const QStringView segment : QStringView(path).split(QLatin1Char('/')))
        if (segment == QLatin1String(".") || segment == QLatin1String("..")) {
            fail(400, QStringLiteral("dot-segment in request path"));
            return false;
        }

    m_request.target = target.toByteArray();
    m_request.path = path;
    m_request.rawQuery = rawQuery.toByteArray();
    // RFC 6749 Appendix B / HTML forms: '+' in a query means space. Turned into %20 so QUrlQuery decodes it once
    // together with every other escape (a literal plus arrives as %2B and stays a plus).
    QByteArray query = m_request.rawQuery;
    query.replace('+', "%20");
    m_request.query.setQuery(QString::fromLatin1(query));
    return true;
}

bool HttpRequestParser::parseFieldLine(QByteArrayView line)
{
    // RFC 9112 §5.2: obs-fold (a line starting with whitespace) is refused; so is whitespace after the start line.
    if (isOws(line[0])) {
        fail(400, QStringLiteral("obsolete line folding"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        fail(400, QStringLiteral("header line without colon"));
        return false;
    }
    const QByteArrayView name = line.first(colon);
    // RFC 9112 §5.1: "No whitespace is allowed between the field name and colon ... MUST respond with 400".
    if (!name.isEmpty() && isOws(name[name.size() - 1])) {
        fail(400, QStringLiteral("whitespace before colon in header line"));
        return false;
    }
    if (!isToken(name)) {
        fail(400, QStringLiteral("invalid header name"));
        return false;
    }
    const QByteArrayView value = trimOws(line.sliced(colon + 1));
    for (char c : value)
        if (!isFieldValueChar(uchar(c))) {
            fail(400, QStringLiteral("control character in header value"));
            return false;
        }
    if (m_request.headers.size() >= m_limits.maxHeaders) {
        fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaders));
        return false;
    }
    m_request.headers.append({name.toByteArray(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::finishHead()
{
    // RFC 9112 §3.2: a 1.1 request without Host, or any request with more than one, or an invalid one -> 400.
    const QList<QByteArray> hosts = m_request.headerValues("Host");
    if (hosts.size() > 1) {
        fail(400, QStringLiteral("more than one Host header"));
        return false;
    }
    if (hosts.isEmpty() && m_request.minorVersion == 1) {
        fail(400, QStringLiteral("HTTP/1.1 request without Host header"));
        return false;
    }
    if (!hosts.isEmpty() && !isHostValue(hosts.first())) {
        fail(400, QStringLiteral("invalid Host header"));
        return false;
    }

    // RFC 9112 §6.1: a transfer coding the server does not understand -> 501. Chunked bodies are not needed by
    // any of Keyway's loopback peers, and not parsing them removes a whole class of smuggling bugs.
    if (m_request.hasHeader("Transfer-Encoding")) {
        fail(501, QStringLiteral("Transfer-Encoding not supported"));
        return false;
    }

    // RFC 9110 §8.6: Content-Length = 1*DIGIT; a list or repetition of one same value may be taken as that value.
    bool haveLength = false;
    bool huge = false;
    qint64 length = 0;
    for (const QByteArray &field : m_request.headerValues("Content-Length")) {
        for (const QByteArray &item : field.split(',')) {
            const QByteArrayView digits = trimOws(item);
            if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                fail(400, QStringLiteral("invalid Content-Length"));
                return false;
            }
            QByteArrayView significant = digits;
            while (significant.size() > 1 && significant[0] == '0')
                significant = significant.sliced(1);
            const bool itemHuge = significant.size() > 15; // far above any limit, and no overflow below it
            const qint64 value = itemHuge ? 0 : significant.toByteArray().toLongLong();
            if (haveLength && (itemHuge != huge || value != length)) {
                fail(400, QStringLiteral("conflicting Content-Length values"));
                return false;
            }
            haveLength = true;
            huge = itemHuge;
            length = value;
        }
    }
    if (huge || length > m_limits.maxBody) {
        fail(413, QStringLiteral("request body larger than %1 bytes").arg(m_limits.maxBody));
        return false;
    }

    // RFC 9110 §10.1.1: 100-continue is the only expectation defined; anything else -> 417.
    const QList<QByteArray> expectations = m_request.headerValues("Expect");
    for (const QByteArray &expect : expectations) {
        if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
            fail(417, QStringLiteral("unsupported expectation"));
            return false;
        }
        m_expectContinue = length > 0 && m_request.minorVersion == 1; // §10.1.1: ignore it from HTTP/1.0
    }

    m_contentLength = length;
    m_phase = length > 0 ? Phase::Body : Phase::Done;
    return true;
}

} // namespace keyway
