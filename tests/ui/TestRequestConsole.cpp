// The request console: a 50 MB JSON body is formatted and shown without freezing the window (the longest
// event-loop stall is measured and reported), requests go out through the core with the connection's
// credential, history can be re-run, and "Copy as cURL" masks the credential unless asked.
#include "ConnectAndWait.h"
#include "ThreadedHttpServer.h"
#include "UiFixture.h"

#include "console/HistoryModel.h"
#include "console/RequestConsole.h"
#include "core/ApiRequest.h"
#include "widgets/CopyFeedback.h"
#include "widgets/SecretClipboard.h"
#include "widgets/StatusStyle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;
using keyway::test::StallMeter;
using keyway::test::UiFixture;

namespace {

QByteArray bigJson(qint64 targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + 1024);
    out.append("[");
    int i = 0;
    while (out.size() < targetBytes) {
        if (i > 0)
            out.append(',');
        out.append("{\"id\":");
        out.append(QByteArray::number(i));
        out.append(",\"name\":\"contact ");
        out.append(QByteArray::number(i));
        out.append("\",\"email\":\"person");
        out.append(QByteArray::number(i));
        out.append("@example.com\",\"active\":true,\"score\":12.5,\"tags\":[\"a\",\"b\"],\"note\":null}");
        ++i;
    }
    out.append("]");
    return out;
}

QJsonObject loopbackIntegration(quint16 port)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("loopback-api")},
        {QStringLiteral("name"), QStringLiteral("Loopback API")},
        {QStringLiteral("category"), QStringLiteral("generic")},
        {QStringLiteral("description"), QStringLiteral("A test API on 127.0.0.1.")},
        {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
        {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("bearer_token")}},
        {QStringLiteral("api"),
            QJsonObject {{QStringLiteral("base_url"), base}, {QStringLiteral("sample_path"), QStringLiteral("/v1/me")},
                {QStringLiteral("auth"),
                    QJsonObject {{QStringLiteral("in"), QStringLiteral("header")},
                        {QStringLiteral("name"), QStringLiteral("Authorization")},
                        {QStringLiteral("scheme"), QStringLiteral("Bearer")}}}}},
    };
}

// An API-key integration on 127.0.0.1 whose key goes where `auth` says, with the integration's own `headers`.
QJsonObject apiKeyIntegration(quint16 port, const QJsonObject &auth, const QJsonObject &headers)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QJsonObject key = auth;
    key.insert(QStringLiteral("label"), QStringLiteral("API key"));
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("loopback-key-api")},
        {QStringLiteral("name"), QStringLiteral("Loopback Key API")},
        {QStringLiteral("category"), QStringLiteral("generic")},
        {QStringLiteral("description"), QStringLiteral("A test API on 127.0.0.1 that takes an API key.")},
        {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
        {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("api_key")}},
        {QStringLiteral("api_key"), key},
        {QStringLiteral("api"),
            QJsonObject {{QStringLiteral("base_url"), base}, {QStringLiteral("sample_path"), QStringLiteral("/v1/me")},
                {QStringLiteral("auth"), auth}, {QStringLiteral("headers"), headers}}},
    };
}

// A request head as the server read it: the request line, and each header by its lower-case name.
struct ReceivedRequest
{
    QByteArray requestLine;
    QMap<QByteArray, QByteArray> headers;

    static ReceivedRequest parse(const QByteArray &head)
    {
        ReceivedRequest r;
        const QList<QByteArray> lines = head.split('\n');
        r.requestLine = lines.value(0).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        return r;
    }
};

// Each HTTP client adds its own transport headers; everything else must be the same.
const QList<QByteArray> kTransportHeaders {
    "host", "connection", "accept", "accept-encoding", "accept-language", "content-length"};

} // namespace

class TestRequestConsole : public QObject
{
    Q_OBJECT

private:
    // Connects the loopback integration with a pasted bearer token through the real core.
    static QString connectLoopback(UiFixture &f, quint16 port, const QByteArray &token)
    {
        if (!f.addCustomIntegration(loopbackIntegration(port)))
            return {};
        ConnectRequest request;
        request.integrationId = QStringLiteral("loopback-api");
        request.authMode = QStringLiteral("bearer_token");
        request.bearerToken = token;
        request.name = QStringLiteral("loopback");
        const auto connected = test::connectAndWait(f.service(), request, 10000);
        if (!connected)
            qWarning() << "connecting failed:" << test::describe(connected);
        return connected ? connected.value() : QString();
    }

private slots:
    void largeJsonBodyDoesNotBlockTheWindow()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        SecretClipboard clipboard;
        RequestConsole console(f.service(), &clipboard);
        console.setConnection(id);
        console.resize(900, 700);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));

        ApiResponse response;
        response.status = 200;
        response.reason = "OK";
        response.headers = {{"Content-Type", "application/json"}};
        response.body = bigJson(50LL * 1024 * 1024);
        response.elapsedUs = 42000;
        QVERIFY(response.body.size() >= 50LL * 1024 * 1024);

        QSignalSpy done(&console, &RequestConsole::renderingFinished);
        StallMeter meter;
        meter.start();
        QElapsedTimer total;
        total.start();
        console.showResponse(response);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() > 0, 120000);
        const qint64 stall = meter.stop();
        qInfo("50 MB JSON body: formatted and shown in %lld ms; longest event-loop stall %lld ms", total.elapsed(), stall);
        QVERIFY2(stall < 2000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(stall)));

        auto *pretty = console.findChild<QPlainTextEdit *>(QStringLiteral("prettyEdit"));
        QVERIFY(pretty->toPlainText().startsWith(QLatin1String("[\n  {\n    \"id\": 0,")));
        QVERIFY2(pretty->document()->characterCount() <= console.displayLimit() + 64,
            qPrintable(QString::number(pretty->document()->characterCount())));
        QVERIFY(console.formatted().valid);
        QVERIFY(console.formatted().prettyTruncated);
        QVERIFY(console.findChild<QWidget *>(QStringLiteral("truncatedBanner"))->isVisible());
        QVERIFY(console.findChild<QLabel *>(QStringLiteral("responseStatusLabel"))->text().contains(QLatin1String("200")));
    }

    void invalidJsonIsShownRawWithTheParseError()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = f.addConnection(QStringLiteral("github"), QStringLiteral("octocat"));
        RequestConsole console(f.service(), nullptr);
        console.setConnection(id);
        ApiResponse response;
        response.status = 500;
        response.reason = "Internal Server Error";
        response.headers = {{"Content-Type", "application/json"}};
        response.body = "{\"error\": \"broken\", ";
        QSignalSpy done(&console, &RequestConsole::renderingFinished);
        console.showResponse(response);
        QTRY_VERIFY(done.count() > 0);
        QVERIFY(!console.formatted().valid);
        QVERIFY(
            console.findChild<QLabel *>(QStringLiteral("responseStatusLabel"))->text().contains(QLatin1String("Not valid JSON")));
    }

    void sendsThroughTheCoreAndCopiesAsCurl()
    {
        const QByteArray body = "{\"login\":\"octocat\",\"id\":1}";
        test::ThreadedHttpServer server(body);
        const quint16 port = server.startAndWait();
        QVERIFY(port != 0);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QByteArray token = "tok_console_test_123456";
        const QString id = connectLoopback(f, port, token);
        if (id.isEmpty())
            QSKIP("The core cannot connect a pasted bearer token yet");

        SecretClipboard clipboard;
        RequestConsole console(f.service(), &clipboard);
        console.setConnection(id);
        console.show();
        auto *url = console.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        // The integration's sample request is offered first.
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:%1/v1/me").arg(port));
        url->setText(QStringLiteral("/v1/me"));
        QSignalSpy shown(&console, &RequestConsole::renderingFinished);
        QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 20000);
        QVERIFY2(server.lastRequestHead().contains("Authorization: Bearer " + token), server.lastRequestHead().constData());
        QVERIFY(server.lastRequestHead().startsWith("GET /v1/me"));
        auto *pretty = console.findChild<QPlainTextEdit *>(QStringLiteral("prettyEdit"));
        QVERIFY2(pretty->toPlainText().contains(QLatin1String("\"login\": \"octocat\"")), qPrintable(pretty->toPlainText()));

        // Masked by default.
        QSignalSpy copied(&console, &RequestConsole::curlCopied);
        console.findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
        QTRY_COMPARE(copied.count(), 1);
        QString command = copied.first().first().toString();
        QVERIFY2(command.contains(QStringLiteral("'http://127.0.0.1:%1/v1/me'").arg(port)), qPrintable(command));
        QVERIFY(command.contains(QLatin1String("Authorization: Bearer ********")));
        QVERIFY(!command.contains(QString::fromLatin1(token)));
        // Issue 16: the button says it copied.
        QCOMPARE(console.findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->text(), CopyFeedback::copiedText());
        // A loopback answer takes less than a millisecond: the time is not "0 ms"; a 2xx status is in the success colour.
        auto *status = console.findChild<QLabel *>(QStringLiteral("responseStatusLabel"));
        QVERIFY2(!status->text().contains(QLatin1String(" 0 ms")), qPrintable(status->text()));
        QCOMPARE(status->palette().color(QPalette::WindowText),
            StatusStyle::background(ConnectionStatus::Connected, console.palette()));
        // With the credential when asked, and then the clipboard is cleared like a copied token.
        console.findChild<QCheckBox *>(QStringLiteral("includeCredentialCheck"))->setChecked(true);
        console.findChild<QPushButton *>(QStringLiteral("copyCurlButton"))->click();
        QTRY_COMPARE(copied.count(), 2);
        command = copied.at(1).first().toString();
        QVERIFY(command.contains(QLatin1String("Authorization: Bearer ") + QString::fromLatin1(token)));
        QVERIFY(clipboard.isPending());

        // History and re-run.
        auto *history = console.findChild<QTableView *>(QStringLiteral("historyView"));
        if (history->model()->rowCount() == 0)
            QSKIP("The core does not record request history yet");
        history->setCurrentIndex(history->model()->index(0, 0));
        const int before = server.requestCount();
        console.findChild<QPushButton *>(QStringLiteral("rerunButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() > before, 20000);
    }

    // Issue 19.2: "Copy as cURL" is built from the very request the console sends (OutgoingRequest): the key
    // percent-encoded in the query, the integration's headers, a typed header of the credential's name replaced.
    // The copied command, run by curl, reaches the server exactly as the console's request did.
    void copiedCurlSendsWhatTheConsoleSends_data()
    {
        QTest::addColumn<QJsonObject>("auth");
        QTest::addColumn<QJsonObject>("integrationHeaders");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<HeaderList>("typed");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected"); // a piece of the received head that shows the placement

        const QJsonObject query {
            {QStringLiteral("in"), QStringLiteral("query")}, {QStringLiteral("name"), QStringLiteral("api_key")}};
        const QJsonObject header {{QStringLiteral("in"), QStringLiteral("header")},
            {QStringLiteral("name"), QStringLiteral("X-API-Key")}, {QStringLiteral("scheme"), QString()}};
        const QJsonObject authorization {{QStringLiteral("in"), QStringLiteral("header")},
            {QStringLiteral("name"), QStringLiteral("Authorization")}, {QStringLiteral("scheme"), QStringLiteral("Token")},
            {QStringLiteral("param"), QStringLiteral("token")}};
        const QJsonObject clientHeader {{QStringLiteral("X-Client"), QStringLiteral("keyway-test")}};

        QTest::newRow("query parameter needing encoding")
            << query << QJsonObject() << u"GET"_s << u"/v1/items?q=a%20b&page=2"_s << HeaderList() << QByteArray()
            << QByteArray("api_key=k%2By%2F%3D%26z%3F%23");
        QTest::newRow("integration headers")
            << header << clientHeader << u"GET"_s << u"/v1/me"_s << HeaderList {{"Accept", "application/json"}} << QByteArray()
            << QByteArray("X-Client: keyway-test");
        QTest::newRow("same-name header replaced")
            << authorization << clientHeader << u"GET"_s << u"/v1/me"_s
            << HeaderList {{"authorization", "Bearer typed-by-the-user"}, {"X-Client", "typed-client"}} << QByteArray()
            << QByteArray("Authorization: Token token=\"k+y/=&z?#\"");
        QTest::newRow("post with a body") << header << clientHeader << u"POST"_s << u"http://127.0.0.1:%1/v1/items"_s
                                          << HeaderList {{"Content-Type", "application/json"}}
                                          << QByteArray("{\"name\":\"it's\"}") << QByteArray("X-API-Key: k+y/=&z?#");
    }

    void copiedCurlSendsWhatTheConsoleSends()
    {
        QFETCH(QJsonObject, auth);
        QFETCH(QJsonObject, integrationHeaders);
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(HeaderList, typed);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");

        test::ThreadedHttpServer server("{}");
        const quint16 port = server.startAndWait();
        QVERIFY(port != 0);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        QVERIFY(f.addCustomIntegration(apiKeyIntegration(port, auth, integrationHeaders)));
        const QByteArray key = "k+y/=&z?#";
        ConnectRequest connect;
        connect.integrationId = QStringLiteral("loopback-key-api");
        connect.authMode = QStringLiteral("api_key");
        connect.apiKey = key;
        connect.name = QStringLiteral("key");
        ConnectAttempt *attempt = f.service().connectIntegration(connect);
        QVERIFY(attempt);
        QSignalSpy ok(attempt, &ConnectAttempt::succeeded);
        QSignalSpy failed(attempt, &ConnectAttempt::failed);
        QTRY_VERIFY_WITH_TIMEOUT(ok.count() + failed.count() > 0, 10000);
        QVERIFY2(!ok.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));

        SecretClipboard clipboard;
        RequestConsole console(f.service(), &clipboard);
        console.setConnection(ok.first().first().toString());
        console.setRequest(method, url.contains(QLatin1String("%1")) ? url.arg(port) : url, typed, body);
        QSignalSpy shown(&console, &RequestConsole::responseShown);
        console.send();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 20000);
        QCOMPARE(server.requestCount(), 1);
        const QByteArray sentHead = server.lastRequestHead();
        QVERIFY2(sentHead.contains(expected), sentHead.constData());

        // Masked unless asked: the key is nowhere in the command.
        QSignalSpy copied(&console, &RequestConsole::curlCopied);
        console.copyAsCurl();
        QTRY_COMPARE(copied.count(), 1);
        QVERIFY2(
            !copied.first().first().toString().contains(QLatin1String("z?#")), qPrintable(copied.first().first().toString()));
        QVERIFY(copied.first().first().toString().contains(QLatin1String("********")));

        console.findChild<QCheckBox *>(QStringLiteral("includeCredentialCheck"))->setChecked(true);
        console.copyAsCurl();
        QTRY_COMPARE(copied.count(), 2);
        const QString command = copied.at(1).first().toString();
        // The secret went on the clipboard through SecretClipboard, which clears it again.
        QVERIFY(clipboard.isPending());
        QCOMPARE(QGuiApplication::clipboard()->text(), command);

        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
        // The server runs in its own thread; this thread only waits for curl to finish.
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 20000);
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QCOMPARE(server.requestCount(), 2);
        const ReceivedRequest byConsole = ReceivedRequest::parse(sentHead);
        const ReceivedRequest byCurl = ReceivedRequest::parse(server.lastRequestHead());
        QCOMPARE(byCurl.requestLine, byConsole.requestLine);
        auto own = [&typed](const QMap<QByteArray, QByteArray> &headers) {
            QMap<QByteArray, QByteArray> out = headers;
            for (const QByteArray &name : kTransportHeaders) {
                bool typedHere = false;
                for (const auto &h : typed)
                    typedHere = typedHere || h.first.toLower() == name;
                if (!typedHere)
                    out.remove(name);
            }
            return out;
        };
        QCOMPARE(own(byCurl.headers), own(byConsole.headers));
    }

    // Issue 15.1: a URL on another origin than the connection's makes the console ask, once per origin, with
    // "send without the credential" as the default; nothing is sent while it asks.
    void foreignOriginAsksOnceWithoutTheCredentialAsTheDefault()
    {
        test::ThreadedHttpServer own("{\"login\":\"octocat\"}");
        test::ThreadedHttpServer foreign("{\"collected\":true}");
        const quint16 ownPort = own.startAndWait();
        const quint16 foreignPort = foreign.startAndWait();
        QVERIFY(ownPort != 0 && foreignPort != 0);
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QByteArray token = "tok_console_origin_654321";
        const QString id = connectLoopback(f, ownPort, token);
        QVERIFY(!id.isEmpty());

        SecretClipboard clipboard;
        RequestConsole console(f.service(), &clipboard);
        console.setConnection(id);
        console.show();
        auto *url = console.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        QSignalSpy shown(&console, &RequestConsole::responseShown);
        const QString foreignUrl = QStringLiteral("http://127.0.0.1:%1/collect").arg(foreignPort);
        url->setText(foreignUrl);
        console.send();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = console.findChild<QMessageBox *>(QStringLiteral("foreignOriginBox"))) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("127.0.0.1:%1").arg(foreignPort)), qPrintable(box->text()));
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("sendWithoutCredentialButton"));
        QTest::qWait(100);
        QCOMPARE(foreign.requestCount(), 0);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(foreign.requestCount(), 1, 20000);
        QVERIFY2(!foreign.lastRequestHead().contains("Authorization") && !foreign.lastRequestHead().contains(token),
            foreign.lastRequestHead().constData());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);

        // Asked once: the same origin again goes out at once, still without the credential.
        console.send();
        QTRY_COMPARE_WITH_TIMEOUT(foreign.requestCount(), 2, 20000);
        QVERIFY(console.findChild<QMessageBox *>(QStringLiteral("foreignOriginBox")) == nullptr);
        QVERIFY(!foreign.lastRequestHead().contains(token));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);

        // The connection's own origin never asks.
        url->setText(QStringLiteral("/v1/me"));
        console.send();
        QTRY_COMPARE_WITH_TIMEOUT(own.requestCount(), 1, 20000);
        QVERIFY(own.lastRequestHead().contains("Authorization: Bearer " + token));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 20000);

        // Shown anew, the console asks again; the credential goes there only when the user picks that.
        console.setConnection(id);
        url->setText(foreignUrl);
        console.send();
        QTRY_VERIFY((box = console.findChild<QMessageBox *>(QStringLiteral("foreignOriginBox"))) != nullptr);
        QVERIFY(!f.service().isOwnOrigin(id, QUrl(foreignUrl)));
        box->findChild<QCheckBox *>(QStringLiteral("alwaysAllowOriginCheck"))->setChecked(true);
        box->findChild<QPushButton *>(QStringLiteral("sendCredentialButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(foreign.requestCount(), 3, 20000);
        QVERIFY(foreign.lastRequestHead().contains("Authorization: Bearer " + token));
        // "Always" went into the connection's settings: from now on it is one of its origins, for `keyway request` too.
        QVERIFY(f.service().isOwnOrigin(id, QUrl(foreignUrl)));
    }

    void largeBodyOverLoopbackKeepsTheWindowResponsive()
    {
        const QByteArray body = bigJson(50LL * 1024 * 1024);
        test::ThreadedHttpServer server(body);
        const quint16 port = server.startAndWait();
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        const QString id = connectLoopback(f, port, "tok_big_body");
        if (id.isEmpty())
            QSKIP("The core cannot connect a pasted bearer token yet");
        RequestConsole console(f.service(), nullptr);
        console.setConnection(id);
        console.show();
        console.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(QStringLiteral("/big"));
        QSignalSpy done(&console, &RequestConsole::renderingFinished);
        StallMeter meter;
        meter.start();
        QElapsedTimer total;
        total.start();
        console.send();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() > 0, 120000);
        const qint64 stall = meter.stop();
        qInfo("50 MB over loopback: sent, received, formatted and shown in %lld ms; longest event-loop stall %lld ms",
            total.elapsed(), stall);
        QVERIFY2(stall < 2000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(stall)));
        QVERIFY(console.formatted().totalBytes == body.size());
    }

    // Issue 16: "No answer" only when a request went out and nothing came back; a cancelled request is shown and
    // kept in the history as cancelled; HTTP error statuses are coloured.
    void statusLineSaysWhatHappened()
    {
        UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error));
        SecretClipboard clipboard;
        RequestConsole console(f.service(), &clipboard);
        auto *status = console.findChild<QLabel *>(QStringLiteral("responseStatusLabel"));
        ApiResponse notSent;
        notSent.error = Error::make(QStringLiteral("no_refresh_token"), QStringLiteral("Reconnect to get a new token."));
        console.showResponse(notSent);
        QVERIFY2(status->text().contains(QLatin1String("Not sent")) && !status->text().contains(QLatin1String("No answer")),
            qPrintable(status->text()));
        ApiResponse silent = notSent;
        silent.sentHeaders = {{"Accept", "*/*"}};
        silent.error = Error::make(QStringLiteral("network_error"), QStringLiteral("The request failed before an answer came."));
        console.showResponse(silent);
        QVERIFY2(status->text().contains(QLatin1String("No answer")), qPrintable(status->text()));
        ApiResponse cancelled = silent;
        cancelled.error = Error::make(QStringLiteral("cancelled"), QStringLiteral("The request was cancelled."));
        console.showResponse(cancelled);
        QCOMPARE(status->text(), QStringLiteral("Cancelled."));
        ApiResponse forbidden;
        forbidden.status = 403;
        forbidden.reason = "Forbidden";
        forbidden.elapsedUs = 12000;
        forbidden.elapsedUs = 12400;
        console.showResponse(forbidden);
        QVERIFY2(status->text().contains(QLatin1String("12 ms")), qPrintable(status->text()));
        QCOMPARE(status->palette().color(QPalette::WindowText),
            StatusStyle::background(ConnectionStatus::NeedsReauthorization, console.palette()));
        ApiResponse broken = forbidden;
        broken.status = 502;
        console.showResponse(broken);
        QCOMPARE(
            status->palette().color(QPalette::WindowText), StatusStyle::background(ConnectionStatus::Error, console.palette()));

        // RFC 6750 §3.1 insufficient_scope: the fix sits beside the error, with the scope the API named.
        auto *reconnect = console.findChild<QPushButton *>(QStringLiteral("reconnectScopeButton"));
        QVERIFY(!reconnect->isVisibleTo(&console));
        ApiResponse lacking = forbidden;
        lacking.missingScopes = {QStringLiteral("contacts.write")};
        console.showResponse(lacking);
        QVERIFY(reconnect->isVisibleTo(&console));
        QVERIFY2(reconnect->text().contains(QLatin1String("contacts.write")), qPrintable(reconnect->text()));
        QSignalSpy asked(&console, &RequestConsole::reconnectWithScopesRequested);
        reconnect->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(1).toStringList(), QStringList {QStringLiteral("contacts.write")});
        console.showResponse(broken);
        QVERIFY(!reconnect->isVisibleTo(&console));

        QCOMPARE(HistoryModel::statusText(-1), QStringLiteral("cancelled"));
        QCOMPARE(HistoryModel::statusText(0), QStringLiteral("no answer"));
    }

    void durationsReadInMilliseconds_data()
    {
        QTest::addColumn<qint64>("microseconds");
        QTest::addColumn<QString>("shown");
        QTest::newRow("loopback, under 1 ms") << qint64(420) << QStringLiteral("0.42 ms");
        QTest::newRow("nothing measured") << qint64(0) << QStringLiteral("0.00 ms");
        QTest::newRow("a few ms") << qint64(3140) << QStringLiteral("3.1 ms");
        QTest::newRow("network") << qint64(184000) << QStringLiteral("184 ms");
        QTest::newRow("seconds") << qint64(12345678) << QStringLiteral("12,345 ms");
    }

    void durationsReadInMilliseconds()
    {
        QFETCH(qint64, microseconds);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(HistoryModel::durationText(microseconds), shown);
        QLocale::setDefault(QLocale::system());
    }
};

QTEST_MAIN(TestRequestConsole)
#include "TestRequestConsole.moc"
