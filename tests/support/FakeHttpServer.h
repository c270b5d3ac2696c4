#pragma once

// The tests' one fake HTTP peer in C++: a tiny HTTP/1.1 server on 127.0.0.1 that records every request and
// answers from a table of targets, with a canned response, or a handler's. One request per connection
// ("Connection: close"). Not a QObject on purpose (header-only, no moc). Built on it: FakeProvider (a configurable
// OAuth provider), ThreadedHttpServer (one in its own thread), TestTlsPolicy's TLS server and forward proxy.
//
// It sits on raw sockets, not on app/http's LoopbackServer, because a test peer must do what LoopbackServer refuses
// to do by design: hang without ever answering (client timeouts), send a body without Content-Length (size caps
// on close-delimited bodies), answer without LoopbackServer's Cache-Control: no-store (JWKS caching), take a
// proxy's absolute-form target (RFC 9112 §3.2.2: LoopbackServer's parser refuses anything but origin-form), a
// Host that is not loopback, and speak TLS (Transport::Tls, on QSslServer). Giving the production listener those
// switches would widen what it accepts, for tests alone.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace keyway::test {

struct RecordedRequest
{
    QByteArray head; // request line and header lines, as sent
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first == name.toLower())
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first == name.toLower())
                return true;
        }
        return false;
    }
    // The form body decoded (application/x-www-form-urlencoded).
    QList<QPair<QString, QString>> form() const
    {
        QList<QPair<QString, QString>> out;
        for (const QByteArray &pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            const int eq = pair.indexOf('=');
            auto decode = [](QByteArray part) {
                part.replace('+', ' ');
                return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
            };
            out.append({decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
        }
        return out;
    }
    QStringList formValues(const QString &name) const
    {
        QStringList values;
        for (const auto &p : form()) {
            if (p.first == name)
                values << p.second;
        }
        return values;
    }
    QString formValue(const QString &name) const { return formValues(name).value(0); }
    bool hasForm(const QString &name) const { return !formValues(name).isEmpty(); }
};

struct CannedResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false; // never answer
    bool omitContentLength = false; // body delimited by closing the connection
    QByteArray raw; // when set, sent as it is (a whole response another builder made); the fields above are ignored

    static CannedResponse json(int status, const QByteArray &body)
    {
        CannedResponse r;
        r.status = status;
        r.body = body;
        return r;
    }
};

class FakeHttpServer
{
public:
    using Handler = std::function<CannedResponse(const RecordedRequest &)>;

    enum class Transport {
        Plain, // http://
        Tls, // https://, with the identity setTlsIdentity() gives
    };

    explicit FakeHttpServer(Transport transport = Transport::Plain)
        : m_tls(transport == Transport::Tls ? new QSslServer : nullptr)
        , m_server(m_tls ? m_tls : new QTcpServer)
    {
        m_server->listen(QHostAddress::LocalHost, 0);
        // A plain server hands a connection over at once (newConnection); a TLS one once its handshake is done
        // (pendingConnectionAvailable).
        const auto accept = [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                if (m_tls)
                    ++m_handshakes;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
                if (socket->bytesAvailable() > 0) // arrived with the handshake's last flight
                    onReadyRead(socket);
            }
        };
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), accept);
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), accept);
    }
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        QUrl u;
        u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(port());
        u.setPath(path);
        return u;
    }
    QString urlString(const QString &path) const { return url(path).toString(); }
    // http://127.0.0.1:PORT (https:// with Transport::Tls), without a path.
    QString base() const
    {
        return (m_tls ? QStringLiteral("https") : QStringLiteral("http")) + QStringLiteral("://127.0.0.1:")
            + QString::number(port());
    }

    // Transport::Tls: the certificate and private key (PEM) presented from the next connection on. The server asks
    // for no client certificate.
    void setTlsIdentity(const QByteArray &certificatePem, const QByteArray &keyPem, QSsl::KeyAlgorithm algorithm = QSsl::Ec)
    {
        Q_ASSERT(m_tls);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(keyPem, algorithm, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls->setSslConfiguration(configuration);
    }
    // Transport::Tls: how many TLS handshakes completed (a client that refused the certificate completed none).
    int handshakes() const { return m_handshakes; }

    void setResponse(const CannedResponse &response)
    {
        m_handler = [response](const RecordedRequest &) { return response; };
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers requests for exactly `target` (path and query) with `response`, before any handler; others get the
    // handler's answer, or 404.
    void answer(const QByteArray &target, const CannedResponse &response) { m_routes.insert(target, response); }
    // The request targets in the order they came.
    QList<QByteArray> targets() const
    {
        QList<QByteArray> out;
        for (const RecordedRequest &r : requests)
            out << r.target;
        return out;
    }

    QList<RecordedRequest> requests;
    RecordedRequest last() const { return requests.isEmpty() ? RecordedRequest() : requests.last(); }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        RecordedRequest request;
        request.head = buffer.left(end);
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append(request);

        const CannedResponse response = m_routes.contains(request.target) ? m_routes.value(request.target)
            : m_handler                                                   ? m_handler(request)
                                                                          : CannedResponse::json(404, "{}");
        if (response.hang)
            return;
        if (!response.raw.isEmpty())
            return send(socket, response.raw);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        if (!response.contentType.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        for (const auto &h : response.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!response.omitContentLength)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        out += response.body;
        send(socket, out);
    }

    static void send(QTcpSocket *socket, const QByteArray &bytes)
    {
        socket->write(bytes);
        QPointer<QTcpSocket> guard(socket);
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [guard] {
            if (guard && guard->bytesToWrite() == 0)
                guard->disconnectFromHost();
        });
    }

    // Declared before the server: its sockets (children) still signal while the server is destroyed.
    Handler m_handler;
    QHash<QByteArray, CannedResponse> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_handshakes = 0;
    QSslServer *m_tls; // m_server, when it speaks TLS
    std::unique_ptr<QTcpServer> m_server;
};

} // namespace keyway::test
