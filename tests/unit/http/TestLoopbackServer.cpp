#include "http/LoopbackServer.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <memory>

using namespace keyway;
using namespace std::chrono_literals;

namespace {

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool closed = false; // the server closed the connection
};

Reply parseReply(const QByteArray &raw, bool closed)
{
    Reply reply;
    reply.closed = closed;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        reply.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = raw.mid(end + 4);
    return reply;
}

// A client that sends `request` and reads until the server closes (or the wait ends).
class Client
{
public:
    explicit Client(quint16 port, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
    {
        m_socket = std::make_unique<QTcpSocket>();
        QObject::connect(m_socket.get(), &QTcpSocket::readyRead, [this] { m_data += m_socket->readAll(); });
        QObject::connect(m_socket.get(), &QTcpSocket::disconnected, [this] { m_closed = true; });
        m_socket->connectToHost(host, port);
    }
    bool waitConnected()
    {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            return true;
        QSignalSpy spy(m_socket.get(), &QTcpSocket::connected);
        return spy.wait(5000);
    }
    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    bool waitClosed(int ms = 5000)
    {
        if (!m_closed) {
            QSignalSpy spy(m_socket.get(), &QTcpSocket::disconnected);
            if (!m_closed)
                spy.wait(ms);
        }
        m_data += m_socket->readAll();
        return m_closed;
    }
    Reply reply() const { return parseReply(m_data, m_closed); }
    const QByteArray &data() const { return m_data; }
    bool isClosed() const { return m_closed; }
    QTcpSocket *socket() const { return m_socket.get(); }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_data;
    bool m_closed = false;
};

Reply exchange(quint16 port, const QByteArray &request, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
{
    Client client(port, host);
    if (!client.waitConnected())
        return {};
    client.send(request);
    client.waitClosed();
    return client.reply();
}

QByteArray get(const QByteArray &target, quint16 port, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" + extra + "\r\n";
}

// A handler that answers "hello <path>" at once and counts its calls.
LoopbackServer::Handler echoHandler(int *calls)
{
    return [calls](const HttpRequest &request, const LoopbackServer::Responder &responder) {
        ++*calls;
        responder.respond(HttpResponse::text(200, QStringLiteral("hello ") + request.path));
    };
}

bool listenLocal(LoopbackServer &server)
{
    const Error error = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (!error.isNull())
        qWarning() << error.toString();
    return error.isNull();
}

} // namespace

class TestLoopbackServer : public QObject
{
    Q_OBJECT

private slots:
    void refusesNonLoopbackAddresses_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("0.0.0.0") << QHostAddress(QStringLiteral("0.0.0.0"));
        QTest::newRow("AnyIPv4") << QHostAddress(QHostAddress::AnyIPv4);
        QTest::newRow("Any") << QHostAddress(QHostAddress::Any);
        QTest::newRow("::") << QHostAddress(QHostAddress::AnyIPv6);
        QTest::newRow("127.0.0.2") << QHostAddress(QStringLiteral("127.0.0.2"));
        QTest::newRow("v4-mapped loopback") << QHostAddress(QStringLiteral("::ffff:127.0.0.1"));
        QTest::newRow("LAN") << QHostAddress(QStringLiteral("192.168.1.10"));
        QTest::newRow("broadcast") << QHostAddress(QHostAddress::Broadcast);
        QTest::newRow("null") << QHostAddress();
    }
    void refusesNonLoopbackAddresses()
    {
        QFETCH(QHostAddress, address);
        LoopbackServer server;
        const Error error = server.listen(address, 0);
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("loopback_only"));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!server.isListening());
        QVERIFY(server.baseUrl().isEmpty());
        QVERIFY(!LoopbackServer::isLoopbackLiteral(address));
    }

    void servesOneRequestAndCloses()
    {
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QVERIFY(listenLocal(server));
        QVERIFY(server.port() != 0);
        QCOMPARE(server.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));

        const Reply reply = exchange(server.port(), get("/hi?x=1", server.port()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("hello /hi"));
        QVERIFY(reply.closed);
        QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
        QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(reply.headers.value("content-length"), QByteArray("9"));
        QCOMPARE(reply.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(calls, 1);
        QTRY_COMPARE(server.connectionCount(), 0);
    }

    void headGetsNoBody()
    {
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QVERIFY(listenLocal(server));
        const Reply reply = exchange(server.port(), "HEAD /x HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-length"), QByteArray("8"));
        QVERIFY(reply.body.isEmpty());
    }

    void withoutHandlerEverythingIs404()
    {
        LoopbackServer server;
        QVERIFY(listenLocal(server));
        QCOMPARE(exchange(server.port(), get("/", server.port())).status, 404);
    }

    void asynchronousHandler()
    {
        LoopbackServer server;
        server.setHandler([](const HttpRequest &, const LoopbackServer::Responder &responder) {
            QVERIFY(responder.isConnected());
            QTimer::singleShot(100ms, [responder] {
                QVERIFY(responder.isConnected());
                QVERIFY(responder.respond(HttpResponse::text(201, QStringLiteral("later"))));
                QVERIFY(responder.isAnswered());
                QVERIFY(!responder.respond(HttpResponse::text(200, QStringLiteral("twice")))); // only the first counts
            });
        });
        QVERIFY(listenLocal(server));
        const Reply reply = exchange(server.port(), get("/", server.port()));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.body, QByteArray("later"));
    }

    void droppedResponderAnswers500()
    {
        LoopbackServer server;
        server.setHandler([](const HttpRequest &, const LoopbackServer::Responder &) {});
        QVERIFY(listenLocal(server));
        QCOMPARE(exchange(server.port(), get("/", server.port())).status, 500);
    }

    void slowHandlerGets503()
    {
        LoopbackServer server;
        server.setHandlerTimeout(150ms);
        std::optional<LoopbackServer::Responder> kept;
        server.setHandler([&kept](const HttpRequest &, const LoopbackServer::Responder &responder) { kept = responder; });
        QSignalSpy rejected(&server, &LoopbackServer::requestRejected);
        QVERIFY(listenLocal(server));
        QCOMPARE(exchange(server.port(), get("/", server.port())).status, 503);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toInt(), 503);
        QVERIFY(kept.has_value());
        QVERIFY(!kept->isConnected());
        QVERIFY(!kept->respond(HttpResponse::text(200, QStringLiteral("too late"))));
    }

    void malformedRequestsNeverReachTheHandler_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: 127.0.0.1\n\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n") << 505;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
        QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n") << 413;
        QTest::newRow("long target") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" << 414;
        QTest::newRow("huge header") << "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n" << 431;
        QTest::newRow("absolute-form") << QByteArray("GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\n\r\n") << 400;
        QTest::newRow("TLS hello") << QByteArray::fromHex("16030100a5010000a10303") << 400;
        QTest::newRow("foreign Host (DNS rebinding)") << QByteArray("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n") << 421;
        QTest::newRow("Host with other port") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n") << 421;
    }
    void malformedRequestsNeverReachTheHandler()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QSignalSpy rejected(&server, &LoopbackServer::requestRejected);
        QVERIFY(listenLocal(server));
        const Reply reply = exchange(server.port(), request);
        QCOMPARE(reply.status, status);
        QVERIFY(reply.closed);
        QCOMPARE(calls, 0);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toInt(), status);
        QVERIFY(!rejected.at(0).at(1).toString().isEmpty());
        // And the server still works.
        QCOMPARE(exchange(server.port(), get("/ok", server.port())).status, 200);
        QCOMPARE(calls, 1);
    }

    void hostCheckAcceptsLoopbackNamesAndCanBeTurnedOff()
    {
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QVERIFY(listenLocal(server));
        const QByteArray port = QByteArray::number(server.port());
        for (const QByteArray &host : {"127.0.0.1:" + port, QByteArray("127.0.0.1"), "LOCALHOST:" + port, "[::1]:" + port})
            QCOMPARE(exchange(server.port(), "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").status, 200);
        QCOMPARE(exchange(server.port(), QByteArray("GET / HTTP/1.0\r\n\r\n")).status, 200);
        server.setHostCheck(false);
        QCOMPARE(exchange(server.port(), QByteArray("GET / HTTP/1.1\r\nHost: anything.example\r\n\r\n")).status, 200);
    }

    void garbageBytes()
    {
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QVERIFY(listenLocal(server));
        QRandomGenerator rng(99);
        for (int i = 0; i < 20; ++i) {
            QByteArray noise(int(rng.bounded(1, 4000)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(rng.bounded(256));
            Client client(server.port());
            QVERIFY(client.waitConnected());
            client.send(noise);
            // Either refused at once, or (noise that happens to look like a beginning) cut by the read timeout;
            // the handler never sees it.
            server.setReadTimeout(300ms);
            QVERIFY(client.waitClosed());
        }
        QCOMPARE(calls, 0);
        QCOMPARE(exchange(server.port(), get("/", server.port())).status, 200);
    }

    void slowClientIsCut()
    {
        LoopbackServer server;
        server.setReadTimeout(200ms);
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QSignalSpy rejected(&server, &LoopbackServer::requestRejected);
        QVERIFY(listenLocal(server));

        Client slow(server.port());
        QVERIFY(slow.waitConnected());
        slow.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // never finishes the head
        QElapsedTimer timer;
        timer.start();
        QVERIFY(slow.waitClosed(3000));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(slow.reply().status, 408);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.at(0).at(0).toInt(), 408);
        QCOMPARE(calls, 0);
        QTRY_COMPARE(server.connectionCount(), 0);
    }

    void tricklingClientIsCutByTheTotalDeadline()
    {
        // Slowloris: one byte every 40 ms would keep an idle timer alive forever; the deadline is for the request.
        LoopbackServer server;
        server.setReadTimeout(300ms);
        QVERIFY(listenLocal(server));
        Client client(server.port());
        QVERIFY(client.waitConnected());
        const QByteArray request = get("/" + QByteArray(200, 'a'), server.port());
        QTimer trickle;
        qsizetype sent = 0;
        QObject::connect(&trickle, &QTimer::timeout, [&] {
            if (sent < request.size() && client.socket()->state() == QAbstractSocket::ConnectedState)
                client.send(request.mid(sent++, 1));
        });
        trickle.start(40ms);
        QVERIFY(client.waitClosed(3000));
        QCOMPARE(client.reply().status, 408);
        QVERIFY(sent < request.size());
    }

    void idleConnectionClosedSilently()
    {
        LoopbackServer server;
        server.setReadTimeout(150ms);
        QSignalSpy rejected(&server, &LoopbackServer::requestRejected);
        QVERIFY(listenLocal(server));
        Client idle(server.port());
        QVERIFY(idle.waitConnected());
        QVERIFY(idle.waitClosed(3000));
        QVERIFY(idle.data().isEmpty());
        QCOMPARE(rejected.count(), 0);
    }

    void connectionFloodBeyondTheLimit()
    {
        LoopbackServer server;
        QCOMPARE(server.maxConnections(), 32);
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QSignalSpy rejected(&server, &LoopbackServer::requestRejected);
        QVERIFY(listenLocal(server));

        // Fill every slot with a client that never finishes its request.
        std::vector<std::unique_ptr<Client>> holders;
        for (int i = 0; i < 32; ++i) {
            holders.push_back(std::make_unique<Client>(server.port()));
            QVERIFY(holders.back()->waitConnected());
            holders.back()->send("GET / HTTP/1.1\r\n");
        }
        QTRY_COMPARE(server.connectionCount(), 32);
        // Until the server has read those request lines, a holder still counts as idle and would give way.
        QTest::qWait(200);

        // The next ones are told 503 and closed.
        std::vector<std::unique_ptr<Client>> extra;
        for (int i = 0; i < 10; ++i) {
            extra.push_back(std::make_unique<Client>(server.port()));
            QVERIFY(extra.back()->waitConnected());
            extra.back()->send(get("/", server.port()));
        }
        for (auto &client : extra) {
            QVERIFY(client->waitClosed());
            QCOMPARE(client->reply().status, 503);
        }
        QCOMPARE(calls, 0);
        QVERIFY(rejected.count() >= 10);
        QCOMPARE(server.connectionCount(), 32);

        // A burst far beyond the limit: nobody is served, nothing crashes, every socket ends closed.
        std::vector<std::unique_ptr<Client>> burst;
        for (int i = 0; i < 100; ++i)
            burst.push_back(std::make_unique<Client>(server.port()));
        for (auto &client : burst) {
            QVERIFY(client->waitClosed());
            QVERIFY(client->reply().status == 503 || client->data().isEmpty());
        }
        QCOMPARE(calls, 0);

        // Slots free up when the holders leave, and service resumes.
        holders.clear();
        QTRY_COMPARE(server.connectionCount(), 0);
        QCOMPARE(exchange(server.port(), get("/back", server.port())).body, QByteArray("hello /back"));
    }

    // Issue 15 point 8: sockets that never send a request line must not lock the one real request out. When
    // every slot is taken, the oldest connection still waiting for its request line gives way to the newcomer.
    void idleConnectionsGiveWayWhenFull()
    {
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QSignalSpy rejected(&server, &LoopbackServer::requestRejected);
        QVERIFY(listenLocal(server));

        std::vector<std::unique_ptr<Client>> idle;
        for (int i = 0; i < server.maxConnections(); ++i) {
            idle.push_back(std::make_unique<Client>(server.port()));
            QVERIFY(idle.back()->waitConnected());
        }
        QTRY_COMPARE(server.connectionCount(), server.maxConnections());

        const Reply real = exchange(server.port(), get("/callback", server.port()));
        QCOMPARE(real.status, 200);
        QCOMPARE(real.body, QByteArray("hello /callback"));
        QCOMPARE(calls, 1);
        QVERIFY(idle.front()->waitClosed()); // the oldest idle one made room, without a word
        QVERIFY(idle.front()->data().isEmpty());
        QCOMPARE(rejected.count(), 0);
        QVERIFY(server.connectionCount() <= server.maxConnections());
    }

    // ...but a connection that has sent its request line is being served: it is never evicted, and when the
    // server is full of those, newcomers still get 503.
    void requestsUnderWayAreNotEvicted()
    {
        LoopbackServer server;
        server.setMaxConnections(4);
        QVERIFY(listenLocal(server));
        std::vector<std::unique_ptr<Client>> busy;
        for (int i = 0; i < 4; ++i) {
            busy.push_back(std::make_unique<Client>(server.port()));
            QVERIFY(busy.back()->waitConnected());
            busy.back()->send("GET / HTTP/1.1\r\n");
        }
        QTRY_COMPARE(server.connectionCount(), 4);
        QTest::qWait(100); // the request lines are read
        QCOMPARE(exchange(server.port(), get("/", server.port())).status, 503);
        for (auto &client : busy)
            QVERIFY(!client->isClosed());
    }

    // Issue 15 point 8: a complete request line is due within 2 s (the whole request still has readTimeout,
    // 10 s). A socket that sent nothing is closed silently; one that sent part of a request line gets 408.
    void requestLineDueWithinTwoSeconds()
    {
        LoopbackServer server;
        QCOMPARE(server.requestLineTimeout(), std::chrono::milliseconds(2000));
        QCOMPARE(server.readTimeout(), std::chrono::milliseconds(10000));
        QVERIFY(listenLocal(server));
        Client idle(server.port());
        Client partial(server.port());
        Client started(server.port());
        QVERIFY(idle.waitConnected() && partial.waitConnected() && started.waitConnected());
        partial.send("GET /callb");
        started.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // request line in: the head may take its time
        QElapsedTimer timer;
        timer.start();
        QVERIFY(idle.waitClosed(4000));
        QVERIFY(partial.waitClosed(4000));
        QVERIFY2(timer.elapsed() < 3500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(idle.data().isEmpty());
        QCOMPARE(partial.reply().status, 408);
        QVERIFY(!started.isClosed());
        QVERIFY(!started.waitClosed(1000));
    }

    void abruptClientClose()
    {
        LoopbackServer server;
        std::optional<LoopbackServer::Responder> kept;
        server.setHandler([&kept](const HttpRequest &, const LoopbackServer::Responder &responder) { kept = responder; });
        QVERIFY(listenLocal(server));

        { // Reset in the middle of the head.
            Client client(server.port());
            QVERIFY(client.waitConnected());
            client.send("GET / HTTP/1.1\r\nHo");
            QTRY_COMPARE(server.connectionCount(), 1);
            client.socket()->abort();
        }
        QTRY_COMPARE(server.connectionCount(), 0);

        { // Gone while the handler works; its late answer goes nowhere.
            Client client(server.port());
            QVERIFY(client.waitConnected());
            client.send(get("/", server.port()));
            QTRY_VERIFY(kept.has_value());
            client.socket()->abort();
        }
        QTRY_COMPARE(server.connectionCount(), 0);
        QVERIFY(!kept->isConnected());
        QVERIFY(!kept->respond(HttpResponse::text(200, QStringLiteral("nobody listens"))));
    }

#ifdef Q_OS_UNIX
    void halfClosedClient()
    {
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        QVERIFY(listenLocal(server));
        { // Half-closed after a complete request: no crash, whatever Qt makes of the FIN.
            Client client(server.port());
            QVERIFY(client.waitConnected());
            client.send(get("/half", server.port()));
            ::shutdown(int(client.socket()->socketDescriptor()), SHUT_WR);
            QVERIFY(client.waitClosed());
        }
        { // Half-closed in the middle of the head.
            Client client(server.port());
            QVERIFY(client.waitConnected());
            client.send("GET /half HTTP/1.1\r\n");
            ::shutdown(int(client.socket()->socketDescriptor()), SHUT_WR);
            QVERIFY(client.waitClosed());
        }
        QTRY_COMPARE(server.connectionCount(), 0);
        QCOMPARE(exchange(server.port(), get("/", server.port())).status, 200);
    }
#endif

    void destroyedWhileBusy()
    {
        auto server = std::make_unique<LoopbackServer>();
        std::optional<LoopbackServer::Responder> kept;
        const QByteArray big(8 * 1024 * 1024, 'x');
        server->setHandler([&](const HttpRequest &request, const LoopbackServer::Responder &responder) {
            if (request.path == QLatin1String("/big"))
                responder.respond(HttpResponse::text(200, QString::fromLatin1(big)));
            else
                kept = responder;
        });
        QVERIFY(listenLocal(*server));
        const quint16 port = server->port();

        Client reading(port); // in the middle of its head
        QVERIFY(reading.waitConnected());
        reading.send("GET / HTTP/1.1\r\n");
        Client handling(port); // waiting for the handler
        QVERIFY(handling.waitConnected());
        handling.send(get("/wait", port));
        QTRY_VERIFY(kept.has_value());

        // A client that does not read yet: its 8 MiB answer cannot all be written before the server goes.
        auto bigSocket = std::make_unique<QTcpSocket>();
        bigSocket->setReadBufferSize(4096);
        bigSocket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(QSignalSpy(bigSocket.get(), &QTcpSocket::connected).wait(5000));
        bigSocket->write(get("/big", port));
        QTRY_COMPARE(server->connectionCount(), 3);
        QTest::qWait(100);

        server.reset();

        QVERIFY(reading.waitClosed());
        QVERIFY(handling.waitClosed());
        QVERIFY(handling.data().isEmpty());
        QVERIFY(!kept->isConnected());
        QVERIFY(!kept->respond(HttpResponse::text(200, QStringLiteral("server is gone"))));

        // The answer that was being written still arrives whole.
        QByteArray received;
        bool closed = false;
        QObject::connect(bigSocket.get(), &QTcpSocket::readyRead, [&] { received += bigSocket->readAll(); });
        QObject::connect(bigSocket.get(), &QTcpSocket::disconnected, [&] { closed = true; });
        bigSocket->setReadBufferSize(0);
        received += bigSocket->readAll();
        QTRY_VERIFY_WITH_TIMEOUT(closed, 10000);
        received += bigSocket->readAll();
        const Reply reply = parseReply(received, true);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), big.size());
    }

    void destroyedFromInsideTheHandler()
    {
        { // Answer, then delete the server: the answer still arrives.
            auto *server = new LoopbackServer;
            server->setHandler([server](const HttpRequest &, const LoopbackServer::Responder &responder) {
                responder.respond(HttpResponse::text(200, QStringLiteral("bye")));
                delete server;
            });
            QVERIFY(listenLocal(*server));
            const Reply reply = exchange(server->port(), get("/", server->port()));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, QByteArray("bye"));
        }
        { // The same once the connection is established, so the request comes through the socket's readyRead
            // (the server, its connection and that socket all go away inside that signal).
            auto *server = new LoopbackServer;
            QPointer<LoopbackServer> watch(server);
            server->setHandler([server](const HttpRequest &, const LoopbackServer::Responder &responder) {
                responder.respond(HttpResponse::text(200, QStringLiteral("bye")));
                server->close();
                delete server;
            });
            QVERIFY(listenLocal(*server));
            Client client(server->port());
            QVERIFY(client.waitConnected());
            QTRY_COMPARE(server->connectionCount(), 1);
            client.send(get("/", server->port()));
            QVERIFY(client.waitClosed());
            QCOMPARE(client.reply().body, QByteArray("bye"));
            QVERIFY(watch.isNull());
        }
        { // Delete without answering: the client is closed, nothing else happens.
            auto *server = new LoopbackServer;
            server->setHandler([server](const HttpRequest &, const LoopbackServer::Responder &responder) {
                delete server;
                QVERIFY(!responder.isConnected());
                QVERIFY(!responder.respond(HttpResponse::text(200, QStringLiteral("too late"))));
            });
            QVERIFY(listenLocal(*server));
            const Reply reply = exchange(server->port(), get("/", server->port()));
            QVERIFY(reply.closed);
            QCOMPARE(reply.status, 0);
        }
        { // A requestRejected receiver deletes the server.
            auto *server = new LoopbackServer;
            QVERIFY(listenLocal(*server));
            connect(server, &LoopbackServer::requestRejected, server, [server] { delete server; });
            QVERIFY(exchange(server->port(), QByteArray("BAD\x01\r\n\r\n")).closed);
        }
    }

    void closeStopsAcceptingButFinishesInFlight()
    {
        LoopbackServer server;
        std::optional<LoopbackServer::Responder> kept;
        server.setHandler([&kept](const HttpRequest &, const LoopbackServer::Responder &responder) { kept = responder; });
        QVERIFY(listenLocal(server));
        const quint16 port = server.port();
        Client client(port);
        QVERIFY(client.waitConnected());
        client.send(get("/", port));
        QTRY_VERIFY(kept.has_value());

        server.close();
        QVERIFY(!server.isListening());
        QTcpSocket refused;
        QSignalSpy errors(&refused, &QTcpSocket::errorOccurred);
        refused.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(errors.wait(5000));
        QCOMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);

        QVERIFY(kept->respond(HttpResponse::text(200, QStringLiteral("still answered"))));
        QVERIFY(client.waitClosed());
        QCOMPARE(client.reply().body, QByteArray("still answered"));
    }

    void expectContinue()
    {
        LoopbackServer server;
        QByteArray body;
        server.setHandler([&body](const HttpRequest &request, const LoopbackServer::Responder &responder) {
            body = request.body;
            responder.respond(HttpResponse::text(200, QStringLiteral("got it")));
        });
        QVERIFY(listenLocal(server));
        Client client(server.port());
        QVERIFY(client.waitConnected());
        client.send("POST /t HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY(client.data().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send("data");
        QVERIFY(client.waitClosed());
        QCOMPARE(body, QByteArray("data"));
        QVERIFY(client.data().contains("HTTP/1.1 200 OK\r\n"));
    }

    void fixedPortInUse()
    {
        LoopbackServer first;
        QVERIFY(listenLocal(first));
        LoopbackServer second;
        const Error error = second.listen(QHostAddress(QHostAddress::LocalHost), first.port());
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("port_in_use"));
        QVERIFY(error.message.contains(QString::number(first.port())));
        QVERIFY(!error.detail.isEmpty());
        const Error again = first.listen(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(!again.isNull());
        QCOMPARE(again.code, QStringLiteral("already_listening"));
    }

    void ipv6Loopback()
    {
        LoopbackServer server;
        int calls = 0;
        server.setHandler(echoHandler(&calls));
        const Error error = server.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0);
        if (!error.isNull())
            QSKIP(qPrintable(QStringLiteral("no IPv6 loopback here: ") + error.toString()));
        QCOMPARE(server.baseUrl().toString(), QStringLiteral("http://[::1]:%1").arg(server.port()));
        const Reply reply
            = exchange(server.port(), "GET /six HTTP/1.1\r\nHost: [::1]:" + QByteArray::number(server.port()) + "\r\n\r\n",
                QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("hello /six"));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackServer)
#include "TestLoopbackServer.moc"
