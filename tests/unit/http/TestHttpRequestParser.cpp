#include "http/HttpRequestParser.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace keyway;
using State = HttpRequestParser::State;

namespace {

enum class Feeding { Whole, ByteByByte, RandomChunks };

// Feed `raw` the way a socket might deliver it. Stops early once the parser has decided.
State feedAs(HttpRequestParser &parser, const QByteArray &raw, Feeding feeding, quint32 seed = 1)
{
    State state = State::NeedMore;
    switch (feeding) {
    case Feeding::Whole:
        return parser.feed(raw);
    case Feeding::ByteByByte:
        for (qsizetype i = 0; i < raw.size() && state == State::NeedMore; ++i)
            state = parser.feed(QByteArrayView(raw.constData() + i, 1));
        return raw.isEmpty() ? parser.state() : state;
    case Feeding::RandomChunks: {
        QRandomGenerator rng(seed);
        qsizetype pos = 0;
        while (pos < raw.size() && state == State::NeedMore) {
            const qsizetype n = qMin<qsizetype>(raw.size() - pos, 1 + rng.bounded(700));
            state = parser.feed(QByteArrayView(raw.constData() + pos, n));
            pos += n;
        }
        return raw.isEmpty() ? parser.state() : state;
    }
    }
    return state;
}

// A literal with embedded NUL bytes, all of it.
template <size_t N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

const Feeding kFeedings[] = {Feeding::Whole, Feeding::ByteByByte, Feeding::RandomChunks};

const char *feedingName(Feeding f)
{
    switch (f) {
    case Feeding::Whole:
        return "whole";
    case Feeding::ByteByByte:
        return "byte-by-byte";
    case Feeding::RandomChunks:
        return "random chunks";
    }
    return "?";
}

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n" + extraHeaders + "\r\n";
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void goodRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("simple GET") << get("/") << QByteArray("GET") << "/" << QByteArray();
        QTest::newRow("callback") << get("/callback?code=abc&state=xyz") << QByteArray("GET") << "/callback" << QByteArray();
        QTest::newRow("HTTP/1.0 without Host")
            << QByteArray("GET /x HTTP/1.0\r\n\r\n") << QByteArray("GET") << "/x" << QByteArray();
        QTest::newRow("HTTP/1.0 with Host") << QByteArray("HEAD /x HTTP/1.0\r\nHost: localhost\r\n\r\n") << QByteArray("HEAD")
                                            << "/x" << QByteArray();
        QTest::newRow("leading empty line") << "\r\n" + get("/a") << QByteArray("GET") << "/a" << QByteArray();
        QTest::newRow("8 leading empty lines")
            << QByteArray("\r\n").repeated(8) + get("/a") << QByteArray("GET") << "/a" << QByteArray();
        QTest::newRow("encoded space in path") << get("/a%20b") << QByteArray("GET") << "/a b" << QByteArray();
        QTest::newRow("UTF-8 path") << get("/caf%C3%A9") << QByteArray("GET") << QStringLiteral("/caf\u00e9") << QByteArray();
        QTest::newRow("double slash") << get("//x//y/") << QByteArray("GET") << "//x//y/" << QByteArray();
        QTest::newRow("dots inside segment") << get("/a..b/.c/d.") << QByteArray("GET") << "/a..b/.c/d." << QByteArray();
        QTest::newRow("sub-delims in path") << get("/a:b@c!$&'()*+,;=") << QByteArray("GET")
                                            << "/a:b@c!$&'()*+,;=" << QByteArray();
        QTest::newRow("browser-raw query chars") << get("/cb?x={a}|b^c[d]`\"'") << QByteArray("GET") << "/cb" << QByteArray();
        QTest::newRow("empty query") << get("/cb?") << QByteArray("GET") << "/cb" << QByteArray();
        QTest::newRow("question mark in query") << get("/cb?a=b?c") << QByteArray("GET") << "/cb" << QByteArray();
        QTest::newRow("extension method") << QByteArray("PURGE / HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("PURGE") << "/"
                                          << QByteArray();
        QTest::newRow("POST with body") << QByteArray(
            "POST /token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 29\r\n\r\ngrant_type=client_credentials")
                                        << QByteArray("POST") << "/token" << QByteArray("grant_type=client_credentials");
        QTest::newRow("Content-Length list of one value")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\nabc") << QByteArray("POST") << "/"
            << QByteArray("abc");
        QTest::newRow("Content-Length repeated")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\ncontent-length: 003\r\n\r\nabc")
            << QByteArray("POST") << "/" << QByteArray("abc");
        QTest::newRow("Content-Length zero")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") << QByteArray("POST") << "/" << QByteArray();
        QTest::newRow("body with NUL and CRLF") << bytes("PUT /r HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\na\0\r\nb\n")
                                                << QByteArray("PUT") << "/r" << bytes("a\0\r\nb\n");
        QTest::newRow("bytes after the request ignored")
            << get("/") + bytes("GARBAGE\0\r\n") << QByteArray("GET") << "/" << QByteArray();
        QTest::newRow("header whitespace trimmed") << get("/", "X-A: \t v \t\r\n") << QByteArray("GET") << "/" << QByteArray();
        QTest::newRow("empty header value") << get("/", "X-Empty:\r\n") << QByteArray("GET") << "/" << QByteArray();
        QTest::newRow("obs-text in value") << get("/", "X-Latin: caf\xc3\xa9\x80\xff\r\n") << QByteArray("GET") << "/"
                                           << QByteArray();
        QTest::newRow("IPv6 Host") << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:4242\r\n\r\n") << QByteArray("GET") << "/"
                                   << QByteArray();
    }

    void goodRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        for (Feeding feeding : kFeedings) {
            HttpRequestParser parser;
            const State state = feedAs(parser, raw, feeding);
            QVERIFY2(state == State::Complete,
                qPrintable(QStringLiteral("%1: %2 %3")
                               .arg(QLatin1String(feedingName(feeding)))
                               .arg(parser.errorStatus())
                               .arg(parser.errorReason())));
            QCOMPARE(parser.state(), State::Complete);
            QCOMPARE(parser.request().method, method);
            QCOMPARE(parser.request().path, path);
            QCOMPARE(parser.request().body, body);
        }
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");

        // Line endings (RFC 9112 §2.2)
        QTest::newRow("bare LF everywhere") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("bare LF after headers") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\n") << 400;
        QTest::newRow("bare CR in request line") << QByteArray("GET /\r HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("bare CR in header") << get("/", "X-A: a\rb\r\n") << 400;
        QTest::newRow("9 leading empty lines") << QByteArray("\r\n").repeated(9) + get("/") << 400;
        // Request line (RFC 9112 §3)
        QTest::newRow("empty method") << QByteArray(" / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("method with paren") << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("method with tab") << QByteArray("GET\t/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("method with NUL") << bytes("GE\0T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("TLS client hello") << QByteArray::fromHex("1603010200010001fc0303") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 \r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("missing version") << QByteArray("GET /\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("HTTP/0.9 style") << QByteArray("GET\r\n\r\n") << 400;
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("asterisk-form") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("absolute-form") << QByteArray("GET http://127.0.0.1/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("authority-form") << QByteArray("CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("short version") << QByteArray("GET / HTTP/1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("version letters") << QByteArray("GET / HTTP/a.b\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\n\r\n") << 505;
        // Target
        QTest::newRow("fragment") << get("/cb#x") << 400;
        QTest::newRow("fragment in query") << get("/cb?a=1#x") << 400;
        QTest::newRow("bad escape") << get("/a%zz") << 400;
        QTest::newRow("truncated escape") << get("/a%2") << 400;
        QTest::newRow("trailing percent") << get("/a%") << 400;
        QTest::newRow("bad escape in query") << get("/cb?code=%g1") << 400;
        QTest::newRow("encoded NUL") << get("/a%00b") << 400;
        QTest::newRow("encoded CR") << get("/a%0Db") << 400;
        QTest::newRow("encoded slash") << get("/a%2Fb") << 400;
        QTest::newRow("encoded slash lower") << get("/a%2fb") << 400;
        QTest::newRow("dot-dot") << get("/a/../b") << 400;
        QTest::newRow("dot") << get("/./b") << 400;
        QTest::newRow("trailing dot-dot") << get("/a/..") << 400;
        QTest::newRow("encoded dot-dot") << get("/a/%2e%2E/b") << 400;
        QTest::newRow("invalid UTF-8") << get("/%FF") << 400;
        QTest::newRow("overlong UTF-8") << get("/%C0%AF") << 400;
        QTest::newRow("raw non-ASCII in path") << get("/caf\xc3\xa9") << 400;
        QTest::newRow("raw non-ASCII in query") << get("/cb?x=\xc3\xa9") << 400;
        QTest::newRow("DEL in query") << get("/cb?x=\x7f") << 400;
        QTest::newRow("backslash in path") << get("/a\\b") << 400;
        // Fields (RFC 9112 §5)
        QTest::newRow("obs-fold") << get("/", "X-A: a\r\n b\r\n") << 400;
        QTest::newRow("tab fold") << get("/", "X-A: a\r\n\tb\r\n") << 400;
        QTest::newRow("space before first header") << QByteArray("GET / HTTP/1.1\r\n Host: x\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("tab before colon") << QByteArray("GET / HTTP/1.1\r\nHost\t: x\r\n\r\n") << 400;
        QTest::newRow("no colon") << get("/", "NoColon\r\n") << 400;
        QTest::newRow("empty name") << get("/", ": value\r\n") << 400;
        QTest::newRow("bad name char") << get("/", "X(A): v\r\n") << 400;
        QTest::newRow("NUL in value") << get("/", bytes("X-A: a\0b\r\n")) << 400;
        QTest::newRow("control char in value") << get("/",
            "X-A: a\x01"
            "b\r\n") << 400;
        QTest::newRow("DEL in value") << get("/", "X-A: a\x7f\r\n") << 400;
        QTest::newRow("vertical tab edge") << get("/",
            "X-A: \x0b"
            "a\r\n") << 400;
        // Host (RFC 9112 §3.2)
        QTest::newRow("1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Host") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("two Host in 1.0") << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nhost: a\r\n\r\n") << 400;
        QTest::newRow("empty Host") << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n") << 400;
        QTest::newRow("Host with space") << QByteArray("GET / HTTP/1.1\r\nHost: a b\r\n\r\n") << 400;
        QTest::newRow("Host with slash") << QByteArray("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n") << 400;
        // Body framing (RFC 9112 §6, RFC 9110 §8.6)
        QTest::newRow("Transfer-Encoding chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 501;
        QTest::newRow("TE and CL") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << 501;
        QTest::newRow("CL conflicting headers")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") << 400;
        QTest::newRow("CL conflicting list")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 4\r\n\r\nabcd") << 400;
        QTest::newRow("CL huge vs small") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                          << 400;
        QTest::newRow("CL empty") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n") << 400;
        QTest::newRow("CL empty list item") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3,\r\n\r\nabc") << 400;
        QTest::newRow("CL negative") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("CL plus") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\nabc") << 400;
        QTest::newRow("CL hex") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x3\r\n\r\nabc") << 400;
        QTest::newRow("CL inner space") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1 2\r\n\r\n") << 400;
        QTest::newRow("CL over 1 MiB") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n") << 413;
        QTest::newRow("CL 20 digits") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                      << 413;
        QTest::newRow("CL beyond int64") << QByteArray(
            "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 184467440737095516160\r\n\r\n")
                                         << 413;
        QTest::newRow("Expect other") << get("/", "Expect: 200-ok\r\n") << 417;
    }

    void badRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        for (Feeding feeding : kFeedings) {
            HttpRequestParser parser;
            const State state = feedAs(parser, raw, feeding);
            QVERIFY2(state == State::Error, feedingName(feeding));
            QCOMPARE(parser.errorStatus(), status);
            QVERIFY(!parser.errorReason().isEmpty());
            // An error is final.
            QCOMPARE(parser.feed(get("/")), State::Error);
            QCOMPARE(parser.errorStatus(), status);
        }
    }

    void queryDecodedExactlyOnce()
    {
        HttpRequestParser parser;
        QCOMPARE(
            parser.feed(get("/cb?code=a%2Bb%25c%2541&state=x+y&error_description=%3Cscript%3E&empty=&flag")), State::Complete);
        const HttpRequest &r = parser.request();
        QCOMPARE(r.queryValue(QStringLiteral("code")), QStringLiteral("a+b%c%41")); // %2541 -> "%41", not "A"
        QCOMPARE(r.queryValue(QStringLiteral("state")), QStringLiteral("x y")); // form encoding: + is space
        QCOMPARE(r.queryValue(QStringLiteral("error_description")), QStringLiteral("<script>"));
        QCOMPARE(r.queryValue(QStringLiteral("empty")), QStringLiteral(""));
        QVERIFY(!r.queryValue(QStringLiteral("empty")).isNull());
        QVERIFY(r.queryValue(QStringLiteral("missing")).isNull());
        QCOMPARE(r.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("a+b%c%41"));
        QCOMPARE(r.rawQuery, QByteArray("code=a%2Bb%25c%2541&state=x+y&error_description=%3Cscript%3E&empty=&flag"));
        QCOMPARE(r.target, QByteArray("/cb?code=a%2Bb%25c%2541&state=x+y&error_description=%3Cscript%3E&empty=&flag"));
    }

    void repeatedQueryParameters()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed(get("/cb?code=1&code=2")), State::Complete);
        QCOMPARE(parser.request().queryValueCount(QStringLiteral("code")), 2);
        QCOMPARE(parser.request().queryValue(QStringLiteral("code")), QStringLiteral("1"));
    }

    void headersKeepOrderAndIgnoreCase()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: h\r\nX-One: 1\r\nx-one: 2\r\nAccept:  */*  \r\n\r\n"), State::Complete);
        const HttpRequest &r = parser.request();
        QCOMPARE(r.headers.size(), 4);
        QCOMPARE(r.headers.at(1).first, QByteArray("X-One"));
        QCOMPARE(r.headers.at(2).first, QByteArray("x-one"));
        QCOMPARE(r.header("X-ONE"), QByteArray("1"));
        QCOMPARE(r.headerValues("x-One"), (QList<QByteArray> {"1", "2"}));
        QCOMPARE(r.header("accept"), QByteArray("*/*"));
        QVERIFY(r.hasHeader("HOST"));
        QVERIFY(!r.hasHeader("Hos"));
        QVERIFY(r.header("Missing").isEmpty());
        QCOMPARE(r.minorVersion, 1);
    }

    void needsMoreUntilComplete()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("GET /cb HTTP/1.1\r\n"), State::NeedMore);
        QCOMPARE(parser.feed("Host: x\r\n"), State::NeedMore);
        QVERIFY(!parser.isHeadComplete());
        QCOMPARE(parser.feed("\r"), State::NeedMore);
        QCOMPARE(parser.feed("\n"), State::Complete);
        QVERIFY(parser.isHeadComplete());

        HttpRequestParser post;
        QCOMPARE(post.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n"), State::NeedMore);
        QVERIFY(post.isHeadComplete());
        QVERIFY(post.expectsContinue());
        QCOMPARE(post.feed("12345"), State::NeedMore);
        QCOMPARE(post.feed("67890EXTRA"), State::Complete);
        QCOMPARE(post.request().body, QByteArray("1234567890"));
        QCOMPARE(post.feed("more"), State::Complete);
        QCOMPARE(post.takeRequest().body, QByteArray("1234567890"));

        HttpRequestParser empty;
        QCOMPARE(empty.feed(QByteArrayView()), State::NeedMore);
    }

    void resetStartsOver()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("BAD\x01"), State::Error);
        parser.reset();
        QCOMPARE(parser.state(), State::NeedMore);
        QCOMPARE(parser.errorStatus(), 0);
        QCOMPARE(parser.feed(get("/again")), State::Complete);
        QCOMPARE(parser.request().path, QStringLiteral("/again"));
    }

    // --- limits: exactly at the limit passes, one byte over fails, however the bytes arrive ---

    void requestLineLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("ok");
        QTest::newRow("8192") << 8192 << true;
        QTest::newRow("8193") << 8193 << false;
    }
    void requestLineLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, ok);
        const QByteArray head = "GET /";
        const QByteArray tail = " HTTP/1.1";
        const QByteArray line = head + QByteArray(length - head.size() - tail.size(), 'a') + tail;
        QCOMPARE(line.size(), length);
        const QByteArray raw = line + "\r\nHost: x\r\n\r\n";
        for (Feeding feeding : kFeedings) {
            HttpRequestParser parser;
            const State state = feedAs(parser, raw, feeding);
            QCOMPARE(state, ok ? State::Complete : State::Error);
            if (!ok)
                QCOMPARE(parser.errorStatus(), 414);
        }
    }

    void endlessRequestLineFailsEarly()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("GET /" + QByteArray(8187, 'a')), State::NeedMore); // 8192 bytes, no CRLF yet
        QCOMPARE(parser.feed("\r"), State::NeedMore); // could still end here
        HttpRequestParser over;
        QCOMPARE(over.feed("GET /" + QByteArray(8188, 'a')), State::NeedMore);
        QCOMPARE(over.feed("a"), State::Error); // 8194 without line end
        QCOMPARE(over.errorStatus(), 414);
        HttpRequestParser huge;
        QCOMPARE(huge.feed("GET /" + QByteArray(100000, 'a')), State::Error);
        QCOMPARE(huge.errorStatus(), 414);
    }

    void headerLineLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("ok");
        QTest::newRow("8192") << 8192 << true;
        QTest::newRow("8193") << 8193 << false;
    }
    void headerLineLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, ok);
        const QByteArray name = "X-Big: ";
        const QByteArray field = name + QByteArray(length - name.size(), 'v');
        QCOMPARE(field.size(), length);
        const QByteArray raw = get("/", field + "\r\n");
        for (Feeding feeding : kFeedings) {
            HttpRequestParser parser;
            QCOMPARE(feedAs(parser, raw, feeding), ok ? State::Complete : State::Error);
            if (!ok)
                QCOMPARE(parser.errorStatus(), 431);
        }
        HttpRequestParser endless;
        QCOMPARE(endless.feed("GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'v')), State::Error);
        QCOMPARE(endless.errorStatus(), 431);
    }

    void headerCountLimit_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("ok");
        QTest::newRow("100") << 100 << true;
        QTest::newRow("101") << 101 << false;
    }
    void headerCountLimit()
    {
        QFETCH(int, count);
        QFETCH(bool, ok);
        QByteArray fields;
        for (int i = 1; i < count; ++i) // Host is one of them
            fields += "X-H" + QByteArray::number(i) + ": v\r\n";
        const QByteArray raw = get("/", fields);
        for (Feeding feeding : kFeedings) {
            HttpRequestParser parser;
            QCOMPARE(feedAs(parser, raw, feeding), ok ? State::Complete : State::Error);
            if (ok)
                QCOMPARE(parser.request().headers.size(), count);
            else
                QCOMPARE(parser.errorStatus(), 431);
        }
    }

    void headLimit_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("ok");
        QTest::newRow("32768") << 32768 << true;
        QTest::newRow("32769") << 32769 << false;
    }
    void headLimit()
    {
        QFETCH(int, total);
        QFETCH(bool, ok);
        // Request line and Host, four big fields, one field that makes up the rest, the empty line.
        QByteArray raw = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 4; ++i)
            raw += "X-F" + QByteArray::number(i) + ": " + QByteArray(8000, 'v') + "\r\n";
        const QByteArray name = "X-Rest: ";
        const int rest = total - int(raw.size()) - 2 /*CRLF*/ - 2 /*empty line*/ - int(name.size());
        QVERIFY(rest > 0 && rest < 8000);
        raw += name + QByteArray(rest, 'r') + "\r\n\r\n";
        QCOMPARE(raw.size(), total);
        for (Feeding feeding : kFeedings) {
            HttpRequestParser parser;
            QCOMPARE(feedAs(parser, raw, feeding), ok ? State::Complete : State::Error);
            if (!ok)
                QCOMPARE(parser.errorStatus(), 431);
        }
    }

    void bodyLimit_data()
    {
        QTest::addColumn<qint64>("length");
        QTest::addColumn<bool>("ok");
        QTest::newRow("1 MiB") << qint64(1024 * 1024) << true;
        QTest::newRow("1 MiB + 1") << qint64(1024 * 1024 + 1) << false;
    }
    void bodyLimit()
    {
        QFETCH(qint64, length);
        QFETCH(bool, ok);
        const QByteArray raw = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n"
            + QByteArray(length, 'b');
        for (Feeding feeding : {Feeding::Whole, Feeding::RandomChunks}) {
            HttpRequestParser parser;
            QCOMPARE(feedAs(parser, raw, feeding), ok ? State::Complete : State::Error);
            if (ok)
                QCOMPARE(parser.request().body.size(), length);
            else
                QCOMPARE(parser.errorStatus(), 413);
        }
    }

    void customLimits()
    {
        HttpRequestLimits limits;
        limits.maxBody = 4;
        limits.maxHeaders = 2;
        limits.maxRequestLine = 20;
        HttpRequestParser parser(limits);
        QCOMPARE(parser.limits().maxBody, 4);
        QCOMPARE(parser.feed("POST /1234 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd"), State::Complete);
        parser.reset();
        QCOMPARE(parser.limits().maxBody, 4); // reset keeps the limits
        QCOMPARE(parser.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n"), State::Error);
        QCOMPARE(parser.errorStatus(), 413);
        parser.reset();
        QCOMPARE(parser.feed("GET /1234567 HTTP/1.1\r\n"), State::Error); // 21 bytes
        QCOMPARE(parser.errorStatus(), 414);
        parser.reset();
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\n\r\n"), State::Error);
        QCOMPARE(parser.errorStatus(), 431);
    }

    // --- robustness: nothing crashes, every end state is one of the three ---

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(20240601);
        for (int round = 0; round < 3000; ++round) {
            QByteArray noise(rng.bounded(1, 600), Qt::Uninitialized);
            for (char &c : noise)
                c = char(rng.bounded(256));
            if (round % 3 == 0)
                noise.prepend("GET /");
            HttpRequestParser parser;
            const State s = feedAs(parser, noise, kFeedings[round % 3], quint32(round));
            QVERIFY(s == State::NeedMore || s == State::Error || s == State::Complete);
            if (s == State::Error)
                QVERIFY(parser.errorStatus() >= 400 && parser.errorStatus() < 600);
        }
    }

    void mutatedRequestsNeverCrash()
    {
        const QByteArray seed = "POST /cb?code=abc&state=x%20y HTTP/1.1\r\nHost: 127.0.0.1:1\r\nContent-Length: 5\r\n"
                                "Expect: 100-continue\r\nX-A: b\r\n\r\nhello";
        QRandomGenerator rng(7);
        const char interesting[] = {'\0', '\r', '\n', ' ', '\t', ':', '%', '?', '#', '/', '.', ',', '\x7f', '\xff'};
        for (int round = 0; round < 5000; ++round) {
            QByteArray mutated = seed;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = rng.bounded(int(mutated.size()));
                switch (rng.bounded(3)) {
                case 0:
                    mutated[at] = interesting[rng.bounded(int(sizeof interesting))];
                    break;
                case 1:
                    mutated.remove(at, 1);
                    break;
                default:
                    mutated.insert(at, interesting[rng.bounded(int(sizeof interesting))]);
                    break;
                }
            }
            HttpRequestParser parser;
            const State s = feedAs(parser, mutated, kFeedings[round % 3], quint32(round));
            if (s == State::Complete) {
                // Whatever passed must still be well-formed.
                QVERIFY(!parser.request().method.isEmpty());
                QVERIFY(parser.request().path.startsWith(QLatin1Char('/')));
                QVERIFY(!parser.request().path.contains(QChar(0)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
