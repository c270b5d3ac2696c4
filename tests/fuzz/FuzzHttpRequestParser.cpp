// libFuzzer target: HttpRequestParser, the loopback servers' HTTP/1.1 request parser (CallbackListener, the
// sandbox). Every request a browser, a web page or a local process sends to Keyway's ports goes through it.
// Besides "no crash, no leak, no undefined behaviour" it checks that the outcome does not depend on how the
// bytes are split into reads: the same bytes fed at once and fed in chunks end in the same state, and a
// complete request is the same request.
#include "http/HttpRequestParser.h"

#include "FuzzSupport.h"

using keyway::HttpRequest;
using keyway::HttpRequestLimits;
using keyway::HttpRequestParser;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    keyway::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    keyway::fuzz::Input input(data, size);
    // First byte: small limits (to reach the 413/414/431 paths cheaply) or the defaults; second: chunk size.
    const uint8_t limitsChoice = input.byte();
    const size_t chunk = 1 + input.byte() % 17;
    const QByteArray bytes = input.rest();

    HttpRequestLimits limits;
    if (limitsChoice & 1) {
        limits.maxRequestLine = 16 + (limitsChoice >> 1) % 64;
        limits.maxHeaderLine = 16 + (limitsChoice >> 2) % 64;
        limits.maxHeaders = 1 + (limitsChoice >> 3) % 8;
        limits.maxHead = 64 + (limitsChoice >> 1) * 4;
        limits.maxBody = (limitsChoice >> 4) * 3;
    }

    HttpRequestParser whole(limits);
    const HttpRequestParser::State wholeState = whole.feed(QByteArrayView(bytes));

    HttpRequestParser pieces(limits);
    HttpRequestParser::State piecesState = HttpRequestParser::State::NeedMore;
    for (qsizetype pos = 0; pos < bytes.size(); pos += qsizetype(chunk)) {
        piecesState = pieces.feed(QByteArrayView(bytes).sliced(pos, qMin<qsizetype>(qsizetype(chunk), bytes.size() - pos)));
        if (piecesState != HttpRequestParser::State::NeedMore)
            break;
    }
    if (bytes.isEmpty())
        piecesState = pieces.state();

    KEYWAY_FUZZ_ASSERT(wholeState == whole.state());
    KEYWAY_FUZZ_ASSERT(wholeState == piecesState);
    if (wholeState == HttpRequestParser::State::Error) {
        // The answer is always one of the statuses the class documents.
        const int status = whole.errorStatus();
        KEYWAY_FUZZ_ASSERT(
            status == 400 || status == 413 || status == 414 || status == 417 || status == 431 || status == 501 || status == 505);
        KEYWAY_FUZZ_ASSERT(!whole.errorReason().isEmpty());
    }
    if (wholeState == HttpRequestParser::State::Complete) {
        const HttpRequest &a = whole.request();
        const HttpRequest &b = pieces.request();
        KEYWAY_FUZZ_ASSERT(a.method == b.method && a.target == b.target && a.path == b.path && a.rawQuery == b.rawQuery);
        KEYWAY_FUZZ_ASSERT(a.headers == b.headers && a.body == b.body && a.minorVersion == b.minorVersion);
        KEYWAY_FUZZ_ASSERT(a.body.size() <= limits.maxBody);
        KEYWAY_FUZZ_ASSERT(a.headers.size() <= limits.maxHeaders);
        KEYWAY_FUZZ_ASSERT(a.path.startsWith(QLatin1Char('/')));
        // What handlers do with a request must hold for any request the parser let through.
        (void)a.header("Host");
        (void)a.headerValues("Content-Length");
        for (const auto &item : a.query.queryItems())
            (void)a.queryValueCount(item.first);
        (void)a.queryValue(QStringLiteral("code"));
    }
    return 0;
}
