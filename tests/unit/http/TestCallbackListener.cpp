#include "http/CallbackListener.h"

#include "ResultChecks.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace keyway;
using namespace std::chrono_literals;

namespace {

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool connected = false;
};

// Sends `request` to the port and reads until the server closes. connected=false: nothing was listening.
Reply exchange(quint16 port, const QByteArray &request, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
{
    Reply reply;
    QTcpSocket socket;
    QByteArray data;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { data += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, [&] { closed = true; });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(host, port);
    if (!QTest::qWaitFor([&] { return connected.count() > 0 || failed.count() > 0; }, 5000))
        return reply;
    if (connected.isEmpty())
        return reply;
    reply.connected = true;
    socket.write(request);
    if (!QTest::qWaitFor([&] { return closed; }, 5000))
        qWarning() << "server did not close the connection";
    data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = data.left(end).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        reply.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = data.mid(end + 4);
    return reply;
}

QByteArray request(const QByteArray &method, const QByteArray &target, quint16 port, const QByteArray &extra = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nUser-Agent: TestBrowser\r\n"
        + extra + "\r\n";
}

QByteArray get(const QByteArray &target, quint16 port)
{
    return request("GET", target, port);
}

// The validator a flow would give: the state must match, then code or error decides.
CallbackListener::Validator stateValidator(const QString &expectedState, int *calls = nullptr)
{
    return [expectedState, calls](const QUrlQuery &query) {
        if (calls)
            ++*calls;
        CallbackVerdict v;
        if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != expectedState) {
            v.title = QStringLiteral("Sign-in failed");
            v.message = QStringLiteral("The response does not belong to this sign-in.");
            return v;
        }
        if (query.hasQueryItem(QStringLiteral("error"))) {
            v.title = QStringLiteral("Sign-in was refused");
            v.message = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
            v.detail = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
            return v;
        }
        v.success = true;
        v.title = QStringLiteral("Connected to Example");
        v.message = QStringLiteral("You can close this tab.");
        return v;
    };
}

bool portIsClosed(quint16 port)
{
    return !exchange(port, get("/callback?code=late&state=s", port)).connected;
}

} // namespace

class TestCallbackListener : public QObject
{
    Q_OBJECT

private slots:
    void pageResourceIsLinked()
    {
        QFile page(QStringLiteral(":/pages/callback.html"));
        QVERIFY2(page.open(QIODevice::ReadOnly), "the :/pages/callback.html resource is not linked into this test");
        const QByteArray html = page.readAll();
        for (const char *placeholder : {"{{kind}}", "{{title}}", "{{message}}", "{{detail}}"})
            QVERIFY2(html.contains(placeholder), placeholder);
    }

    void defaults()
    {
        CallbackListener listener;
        QCOMPARE(listener.host(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(listener.path(), QStringLiteral("/callback"));
        QCOMPARE(listener.timeout(), std::chrono::milliseconds(5min));
        QCOMPARE(listener.state(), CallbackListener::State::Idle);
        QVERIFY(listener.redirectUri().isEmpty());
        QCOMPARE(listener.port(), quint16(0));
    }

    void validCallbackEndsTheWait()
    {
        CallbackListener listener;
        int calls = 0;
        listener.setValidator(stateValidator(QStringLiteral("st8+/="), &calls));
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        const Error error = listener.start();
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const quint16 port = listener.port();
        QVERIFY(port != 0);
        QVERIFY(listener.isListening());
        // RFC 8252 §7.3: the IP literal, never "localhost".
        QCOMPARE(listener.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(port));

        const Reply reply
            = exchange(port, get("/callback?code=Splx%2FlOB%2BeZ%25Q&state=st8%2B%2F%3D&iss=https%3A%2F%2Fid.example", port));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
        QVERIFY(reply.headers.value("content-security-policy").startsWith("default-src 'none'"));
        QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-store"));
        QVERIFY(reply.body.contains("<main class=\"ok\">"));
        QVERIFY(reply.body.contains("Connected to Example"));
        QVERIFY(!reply.body.contains("{{"));

        QCOMPARE(received.count(), 1);
        QCOMPARE(calls, 1);
        const QUrlQuery query = received.at(0).at(0).value<QUrlQuery>();
        // Decoded exactly once: %2F -> "/", %2B -> "+", %25 -> "%".
        QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("Splx/lOB+eZ%Q"));
        QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), QStringLiteral("https://id.example"));
        QCOMPARE(listener.state(), CallbackListener::State::Received);
        QVERIFY(!listener.isListening());
        QVERIFY(portIsClosed(port));
    }

    void providerErrorWithXssIsEscaped()
    {
        const QByteArray payload
            = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27%3E%3Cimg+src%3Dx+onerror%3Dalert(2)%3E%26amp%3B{{title}}";
        const QString decoded = QStringLiteral("<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;{{title}}");
        for (bool withValidator : {true, false}) {
            CallbackListener listener;
            if (withValidator)
                listener.setValidator(stateValidator(QStringLiteral("s")));
            QSignalSpy received(&listener, &CallbackListener::callbackReceived);
            KEYWAY_VERIFY_NO_ERROR(listener.start());
            const quint16 port = listener.port();
            const Reply reply
                = exchange(port, get("/callback?error=access_denied%3Cb%3E&state=s&error_description=" + payload, port));
            QVERIFY(reply.status >= 200);
            QVERIFY(reply.body.contains("<main class=\"error\">"));
            QVERIFY(!reply.body.contains("<script>"));
            QVERIFY(!reply.body.contains("<img"));
            QVERIFY(!reply.body.contains("<b>"));
            QVERIFY(!reply.body.contains("\"'>"));
            QVERIFY(reply.body.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;{{title}}"));
            QVERIFY(reply.body.contains("access_denied&lt;b&gt;"));
            QCOMPARE(received.count(), 1);
            const QUrlQuery query = received.at(0).at(0).value<QUrlQuery>();
            QCOMPARE(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded), decoded);
        }
    }

    void bogusRequestsDoNotEndTheWait()
    {
        CallbackListener listener;
        int calls = 0;
        listener.setValidator(stateValidator(QStringLiteral("good"), &calls));
        listener.server()->setReadTimeout(300ms);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const quint16 port = listener.port();

        // A slow client sits on a connection the whole time.
        QTcpSocket slow;
        slow.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(QSignalSpy(&slow, &QTcpSocket::connected).wait(5000));
        slow.write("GET /callback?code=slow&state=good HTTP/1.1\r\n");

        struct Bogus
        {
            QByteArray request;
            int status;
        };
        const QList<Bogus> kinds = {
            {get("/favicon.ico", port), 404}, {get("/", port), 404}, {get("/callback/", port), 404},
            {get("/Callback?code=x&state=good", port), 404}, {get("/callbackx?code=x&state=good", port), 404},
            {request("POST", "/callback?code=x&state=good", port, "Content-Length: 0\r\n"), 405},
            {request("HEAD", "/callback?code=x&state=good", port), 405},
            {request("PUT", "/callback", port, "Content-Length: 3\r\n") + "abc", 405}, {get("/callback", port), 400},
            {get("/callback?foo=bar", port), 400}, {get("/callback?code=a&code=b&state=good", port), 400},
            {get("/callback?code=a&state=good&state=evil", port), 400},
            {"GET /callback?code=x&state=good HTTP/1.1\nHost: 127.0.0.1\n\n", 400},
            {"GET /callback?code=x&state=good HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " + QByteArray(9000, 'h') + "\r\n\r\n", 431},
            {"GET /callback?code=x&state=good HTTP/1.1\r\nHost: evil.example\r\n\r\n", 421},
            {"GET /callback?code=x&state=good#frag HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400}, {"\x16\x03\x01\x02\x00", 400},
            {"GET /callback?code=x&state=good HTTP/1.1\r\nHost: 127.0.0.1\r\n", 408}, // never finishes
        };
        for (int i = 0; i < 50; ++i) {
            const Bogus &bogus = kinds.at(i % kinds.size());
            const Reply reply = exchange(port, bogus.request);
            QVERIFY(reply.connected);
            QVERIFY2(reply.status == bogus.status,
                qPrintable(QStringLiteral("request %1: got %2, expected %3").arg(i).arg(reply.status).arg(bogus.status)));
            if (bogus.status == 405)
                QCOMPARE(reply.headers.value("allow"), QByteArray("GET"));
            QVERIFY(listener.isListening());
        }
        QCOMPARE(received.count(), 0);
        QCOMPARE(calls, 0);

        const Reply reply = exchange(port, get("/callback?code=finally&state=good", port));
        QCOMPARE(reply.status, 200);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).value<QUrlQuery>().queryItemValue(QStringLiteral("code")), QStringLiteral("finally"));
        QCOMPARE(calls, 1);
    }

    void exactlyOneCallback()
    {
        CallbackListener listener;
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const quint16 port = listener.port();

        // A connection accepted before the callback, whose request only comes after it.
        QTcpSocket early;
        QByteArray earlyData;
        bool earlyClosed = false;
        connect(&early, &QTcpSocket::readyRead, [&] { earlyData += early.readAll(); });
        connect(&early, &QTcpSocket::disconnected, [&] { earlyClosed = true; });
        early.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(QSignalSpy(&early, &QTcpSocket::connected).wait(5000));
        QTRY_COMPARE(listener.server()->connectionCount(), 1);

        QCOMPARE(exchange(port, get("/callback?code=first&state=s", port)).status, 200);
        QCOMPARE(received.count(), 1);

        early.write(get("/callback?code=second&state=s", port));
        QTRY_VERIFY(earlyClosed);
        QVERIFY(earlyData.startsWith("HTTP/1.1 410 "));
        QVERIFY(portIsClosed(port));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).value<QUrlQuery>().queryItemValue(QStringLiteral("code")), QStringLiteral("first"));
    }

    void validatorMayKeepWaiting()
    {
        CallbackListener listener;
        listener.setValidator([](const QUrlQuery &query) {
            CallbackVerdict v = stateValidator(QStringLiteral("mine"))(query);
            v.endsWait = v.success; // a stranger's state: show the error, keep waiting for ours
            return v;
        });
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const quint16 port = listener.port();
        const Reply stranger = exchange(port, get("/callback?code=x&state=forged", port));
        QCOMPARE(stranger.status, 400);
        QVERIFY(stranger.body.contains("does not belong"));
        QCOMPARE(received.count(), 0);
        QVERIFY(listener.isListening());
        QCOMPARE(exchange(port, get("/callback?code=y&state=mine", port)).status, 200);
        QCOMPARE(received.count(), 1);
    }

    // Issue 15 point 8 on the real redirect listener: 70 idle connections, renewed as they are dropped, do not
    // keep the browser's redirect out (it used to get "503 more than 32 connections").
    void crowdOfIdleConnectionsDoesNotLockOutTheCallback()
    {
        CallbackListener listener;
        listener.setValidator(stateValidator(QStringLiteral("mine")));
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const quint16 port = listener.port();

        std::vector<std::unique_ptr<QTcpSocket>> crowd;
        const auto renew = [&] {
            for (auto &socket : crowd)
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        };
        for (int i = 0; i < 70; ++i) {
            crowd.push_back(std::make_unique<QTcpSocket>());
            crowd.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        }
        QTRY_VERIFY_WITH_TIMEOUT(listener.server()->connectionCount() == listener.server()->maxConnections(), 5000);
        renew();
        QTest::qWait(200);
        renew();

        const Reply callback = exchange(port, get("/callback?code=c&state=mine", port));
        QCOMPARE(callback.status, 200);
        QCOMPARE(received.count(), 1);
    }

    void timeout()
    {
        CallbackListener listener;
        listener.setTimeout(200ms);
        QSignalSpy timedOut(&listener, &CallbackListener::timedOut);
        QSignalSpy cancelled(&listener, &CallbackListener::cancelled);
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const quint16 port = listener.port();
        QVERIFY(timedOut.wait(3000));
        QCOMPARE(timedOut.count(), 1);
        QCOMPARE(listener.state(), CallbackListener::State::TimedOut);
        QVERIFY(portIsClosed(port));
        listener.cancel(); // nothing left to cancel
        QTest::qWait(300);
        QCOMPARE(timedOut.count(), 1);
        QCOMPARE(cancelled.count(), 0);
        QCOMPARE(received.count(), 0);
    }

    void cancel()
    {
        CallbackListener listener;
        QSignalSpy cancelled(&listener, &CallbackListener::cancelled);
        QSignalSpy timedOut(&listener, &CallbackListener::timedOut);
        listener.cancel(); // not started: nothing happens
        QCOMPARE(cancelled.count(), 0);
        listener.setTimeout(300ms);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        const quint16 port = listener.port();
        listener.cancel();
        listener.cancel();
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(listener.state(), CallbackListener::State::Cancelled);
        QVERIFY(portIsClosed(port));
        QTest::qWait(500);
        QCOMPARE(timedOut.count(), 0);
        const Error error = listener.start();
        QVERIFY(!error.isNull()); // single use
        QCOMPARE(error.code, QStringLiteral("already_started"));
    }

    void fixedPortInUse()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
        CallbackListener listener;
        listener.setPort(squatter.serverPort());
        const Error error = listener.start();
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("port_in_use"));
        QVERIFY(error.message.contains(QString::number(squatter.serverPort())));
        QVERIFY(error.message.contains(QLatin1String("already in use")));
        QCOMPARE(listener.state(), CallbackListener::State::Idle);
        QVERIFY(listener.redirectUri().isEmpty());
    }

    void fixedPortAndCustomPath()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // find a free port, then give it back
            QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
            port = probe.serverPort();
        }
        CallbackListener listener;
        listener.setPort(port);
        listener.setPath(QStringLiteral("/oauth2/cb"));
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        KEYWAY_VERIFY_NO_ERROR(listener.start());
        QCOMPARE(listener.port(), port);
        QCOMPARE(listener.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/oauth2/cb").arg(port));
        QCOMPARE(exchange(port, get("/callback?code=x", port)).status, 404);
        QCOMPARE(exchange(port, get("/oauth2/cb?code=x", port)).status, 200);
        QCOMPARE(received.count(), 1);
    }

    void invalidConfiguration_data()
    {
        QTest::addColumn<QHostAddress>("host");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("any address") << QHostAddress(QHostAddress::Any) << "/callback"
                                     << "loopback_only";
        QTest::newRow("0.0.0.0") << QHostAddress(QStringLiteral("0.0.0.0")) << "/callback"
                                 << "loopback_only";
        QTest::newRow("LAN address") << QHostAddress(QStringLiteral("10.0.0.1")) << "/callback"
                                     << "loopback_only";
        QTest::newRow("relative path") << QHostAddress(QHostAddress::LocalHost) << "callback"
                                       << "invalid_redirect_path";
        QTest::newRow("empty path") << QHostAddress(QHostAddress::LocalHost) << ""
                                    << "invalid_redirect_path";
        QTest::newRow("path with query") << QHostAddress(QHostAddress::LocalHost) << "/cb?x=1"
                                         << "invalid_redirect_path";
        QTest::newRow("path with space") << QHostAddress(QHostAddress::LocalHost) << "/a b"
                                         << "invalid_redirect_path";
        QTest::newRow("path with dot-dot") << QHostAddress(QHostAddress::LocalHost) << "/a/../b"
                                           << "invalid_redirect_path";
    }
    void invalidConfiguration()
    {
        QFETCH(QHostAddress, host);
        QFETCH(QString, path);
        QFETCH(QString, code);
        CallbackListener listener;
        listener.setHost(host);
        listener.setPath(path);
        const Error error = listener.start();
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!listener.isListening());
    }

    void ipv6Loopback()
    {
        CallbackListener listener;
        listener.setHost(QHostAddress(QHostAddress::LocalHostIPv6));
        QSignalSpy received(&listener, &CallbackListener::callbackReceived);
        const Error error = listener.start();
        if (!error.isNull())
            QSKIP(qPrintable(QStringLiteral("no IPv6 loopback here: ") + error.toString()));
        const quint16 port = listener.port();
        QCOMPARE(listener.redirectUri().toString(), QStringLiteral("http://[::1]:%1/callback").arg(port));
        const Reply reply
            = exchange(port, "GET /callback?code=six&state=s HTTP/1.1\r\nHost: [::1]:" + QByteArray::number(port) + "\r\n\r\n",
                QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(reply.status, 200);
        QCOMPARE(received.count(), 1);
    }

    void receiverMayDeleteTheListener()
    {
        auto *listener = new CallbackListener;
        QPointer<CallbackListener> watch(listener);
        connect(listener, &CallbackListener::callbackReceived, listener, [listener] { delete listener; });
        KEYWAY_VERIFY_NO_ERROR(listener->start());
        const Reply reply = exchange(listener->port(), get("/callback?code=x&state=s", listener->port()));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("</html>")); // the whole page arrived
        QVERIFY(watch.isNull());

        auto *cancelled = new CallbackListener;
        connect(cancelled, &CallbackListener::cancelled, cancelled, [cancelled] { delete cancelled; });
        KEYWAY_VERIFY_NO_ERROR(cancelled->start());
        cancelled->cancel();
    }

    void renderPage()
    {
        CallbackVerdict v;
        v.success = true;
        v.title = QStringLiteral("A & B");
        v.message = QStringLiteral("{{detail}} <i>x</i>");
        const QString ok = CallbackListener::renderPage(v);
        QVERIFY(ok.contains(QLatin1String("<main class=\"ok\">")));
        QVERIFY(ok.contains(QLatin1String("<h1>A &amp; B</h1>")));
        QVERIFY(ok.contains(QLatin1String("<title>A &amp; B")));
        QVERIFY(ok.contains(QLatin1String("<p>{{detail}} &lt;i&gt;x&lt;/i&gt;</p>"))); // not expanded twice
        QVERIFY(!ok.contains(QLatin1String("<code>"))); // empty detail leaves no element

        v.success = false;
        v.detail = QStringLiteral("invalid_scope\"><svg onload=alert(1)>");
        const QString failed = CallbackListener::renderPage(v);
        QVERIFY(failed.contains(QLatin1String("<main class=\"error\">")));
        QVERIFY(failed.contains(QLatin1String("<code>invalid_scope&quot;&gt;&lt;svg onload=alert(1)&gt;</code>")));
        QVERIFY(!failed.contains(QLatin1String("<svg")));
    }
};

QTEST_GUILESS_MAIN(TestCallbackListener)
#include "TestCallbackListener.moc"
