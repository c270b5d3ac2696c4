// libFuzzer target: the authorization response as the loopback listener receives it (RFC 6749 §4.1.2, RFC 9207).
// Anything on the machine, and any web page through the browser, can send a request to the callback port, so
// the query is hostile input. The fuzz bytes become the query of "GET /callback?..." and go through the same
// steps as a real redirect: HttpRequestParser decodes the target, the listener's checks count the response
// parameters, the flow reads them fully decoded and turns an error into a ProtocolError, and the page that the
// browser shows is rendered. Checked: no crash, and no markup from the query ever reaches the page unescaped.
#include "auth/ProtocolError.h"
#include "http/CallbackListener.h"
#include "http/HttpRequestParser.h"
#include "http/HttpResponse.h"

#include "FuzzSupport.h"

#include <QJsonObject>

using namespace keyway;

namespace {

QString value(const QUrlQuery &q, const char *name)
{
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

bool hasMarkup(const QString &text)
{
    return text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>')) || text.contains(QLatin1Char('"'));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray query(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpRequestParser parser;
    parser.feed(QByteArrayView("GET /callback?"));
    parser.feed(QByteArrayView(query));
    if (parser.feed(QByteArrayView(" HTTP/1.1\r\nHost: 127.0.0.1:8123\r\n\r\n")) != HttpRequestParser::State::Complete)
        return 0;
    const HttpRequest request = parser.takeRequest();
    const QUrlQuery &q = request.query;

    // CallbackListener: a response parameter sent twice is refused (RFC 6749 §3.1).
    for (const char *name : {"code", "state", "error", "error_description", "error_uri", "iss"})
        if (request.queryValueCount(QString::fromLatin1(name)) > 1)
            return 0;

    // AuthorizationCodeFlow::onCallback: state, iss, error, code, fully decoded.
    const QString state = value(q, "state");
    const QString iss = value(q, "iss");
    (void)state.toUtf8();
    (void)iss.toUtf8();
    CallbackVerdict verdict;
    const QString errorCode = value(q, "error");
    if (!errorCode.isEmpty()) {
        const Error error = ProtocolError::fromObject(QJsonObject {{QStringLiteral("error"), errorCode},
                                                          {QStringLiteral("error_description"), value(q, "error_description")},
                                                          {QStringLiteral("error_uri"), value(q, "error_uri")}},
            0);
        KEYWAY_FUZZ_ASSERT(!error.isNull());
        verdict.message = error.message;
        verdict.detail = error.detail;
    } else {
        verdict.success = !value(q, "code").isEmpty();
        verdict.message = request.queryValue(QStringLiteral("error_description"));
        verdict.detail = request.queryValue(QStringLiteral("code"));
    }
    verdict.title = state;

    // The page: every inserted value escaped exactly once.
    for (const QString &text : {verdict.title, verdict.message, verdict.detail})
        KEYWAY_FUZZ_ASSERT(!hasMarkup(HttpResponse::htmlEscape(text)));
    const QString page = CallbackListener::renderPage(verdict);
    KEYWAY_FUZZ_ASSERT(!page.isEmpty());
    KEYWAY_FUZZ_ASSERT(page.contains(HttpResponse::htmlEscape(verdict.message)));
    return 0;
}
