#include "http/LoopbackServer.h"

#include "common/Log.h"
#include "http/LoopbackConnection.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace keyway {

// Shared by every copy of one Responder. The last copy to go answers 500 if nobody answered.
struct LoopbackServer::Responder::State
{
    QPointer<LoopbackConnection> connection;
    bool answered = false;

    State() = default;
    State(const State &) = delete;
    State &operator=(const State &) = delete;
    ~State()
    {
        if (answered || !connection || connection->phase() != LoopbackConnection::Phase::Handling)
            return;
        qCWarning(lcLoopback) << "a handler dropped its request without answering; sending 500";
        connection->respond(HttpResponse::error(500, QStringLiteral("no answer")));
    }
};

LoopbackServer::Responder::Responder(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

bool LoopbackServer::Responder::respond(const HttpResponse &response) const
{
    if (!m_state || m_state->answered)
        return false;
    m_state->answered = true;
    LoopbackConnection *connection = m_state->connection;
    return connection && connection->respond(response);
}

bool LoopbackServer::Responder::isAnswered() const
{
    return m_state && m_state->answered;
}

bool LoopbackServer::Responder::isConnected() const
{
    return m_state && !m_state->answered && m_state->connection
        && m_state->connection->phase() == LoopbackConnection::Phase::Handling;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &LoopbackServer::acceptConnections);
}

LoopbackServer::~LoopbackServer()
{
    m_tcpServer->close();
    abortConnections();
}

void LoopbackServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    Q_ASSERT_X(!m_tcpServer->isListening(), "LoopbackServer::setTlsConfiguration", "before listen()");
    if (m_tcpServer->isListening())
        return;
    auto *server = qobject_cast<QSslServer *>(m_tcpServer);
    if (!server) {
        delete m_tcpServer;
        server = new QSslServer(this);
        m_tcpServer = server;
        // QSslServer hands a socket over once its handshake is done (pendingConnectionAvailable), not on accept.
        connect(server, &QSslServer::pendingConnectionAvailable, this, &LoopbackServer::acceptConnections);
        connect(server, &QSslServer::sslErrors, this,
            [](QSslSocket *, const QList<QSslError> &errors) { qCDebug(lcLoopback) << "TLS errors" << errors; });
        // A client that never finishes its handshake is dropped (QSslServer's own timeout, in milliseconds).
        server->setHandshakeTimeout(int(m_requestLineTimeout.count()));
    }
    server->setSslConfiguration(configuration);
    m_tls = true;
}

void LoopbackServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void LoopbackServer::setReadTimeout(std::chrono::milliseconds timeout)
{
    m_readTimeout = timeout;
}

void LoopbackServer::setRequestLineTimeout(std::chrono::milliseconds timeout)
{
    m_requestLineTimeout = timeout;
}

void LoopbackServer::setHandlerTimeout(std::chrono::milliseconds timeout)
{
    m_handlerTimeout = timeout;
}

void LoopbackServer::setMaxConnections(int count)
{
    m_maxConnections = qMax(1, count);
}

void LoopbackServer::setLimits(const HttpRequestLimits &limits)
{
    m_limits = limits;
}

void LoopbackServer::setHostCheck(bool enabled)
{
    m_hostCheck = enabled;
}

bool LoopbackServer::isLoopbackLiteral(const QHostAddress &address)
{
    // Exactly the two loopback literals. isLoopback() would also take 127.0.0.2 or ::ffff:127.0.0.1, and a
    // wildcard (0.0.0.0, ::, Any) would expose the listener, and the authorization code, to the network.
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toIPv4Address() == 0x7f000001u;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return address.scopeId().isEmpty() && address.toString() == QLatin1String("::1");
    return false;
}

Error LoopbackServer::listen(const QHostAddress &address, quint16 port)
{
    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    auto failure = [&](const QString &code, const QString &message, const QString &detail) {
        qCWarning(lcLoopback).noquote() << "cannot listen on" << where << "-" << detail;
        return Error::make(code, message, detail);
    };

    if (!isLoopbackLiteral(address))
        return failure(QStringLiteral("loopback_only"), tr("Keyway only listens on the loopback addresses 127.0.0.1 and ::1."),
            QStringLiteral("refused to listen on %1").arg(address.toString()));
    if (m_tcpServer->isListening())
        return failure(QStringLiteral("already_listening"), tr("This listener is already running."),
            QStringLiteral("already listening on port %1").arg(m_tcpServer->serverPort()));
    if (!m_tcpServer->listen(address, port)) {
        const QString detail = QStringLiteral("%1: %2").arg(where, m_tcpServer->errorString());
        switch (m_tcpServer->serverError()) {
        case QAbstractSocket::AddressInUseError:
            return failure(QStringLiteral("port_in_use"),
                tr("Port %1 on %2 is already in use by another program. Close that program, or choose "
                   "another port if the provider allows it.")
                    .arg(port)
                    .arg(address.toString()),
                detail);
        case QAbstractSocket::SocketAccessError:
            return failure(QStringLiteral("port_denied"),
                tr("Keyway is not allowed to listen on port %1. Choose a port above 1023.").arg(port), detail);
        default:
            return failure(QStringLiteral("listen_failed"), tr("Keyway could not listen on %1.").arg(where), detail);
        }
    }
    qCDebug(lcLoopback) << "listening on" << baseUrl().toString();
    return Error();
}

void LoopbackServer::close()
{
    if (m_tcpServer->isListening())
        qCDebug(lcLoopback) << "stopped listening on port" << m_tcpServer->serverPort();
    m_tcpServer->close();
}

void LoopbackServer::abortConnections()
{
    const QSet<LoopbackConnection *> all = m_connections + m_refusing;
    m_connections.clear();
    m_refusing.clear();
    for (LoopbackConnection *connection : all)
        connection->detach();
}

bool LoopbackServer::isListening() const
{
    return m_tcpServer->isListening();
}

QHostAddress LoopbackServer::address() const
{
    return m_tcpServer->isListening() ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 LoopbackServer::port() const
{
    return m_tcpServer->isListening() ? m_tcpServer->serverPort() : 0;
}

QUrl LoopbackServer::baseUrl() const
{
    if (!m_tcpServer->isListening())
        return {};
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_tcpServer->serverAddress().toString()); // QUrl brackets an IPv6 literal itself
    url.setPort(m_tcpServer->serverPort());
    return url;
}

int LoopbackServer::connectionCount() const
{
    return int(m_connections.size());
}

void LoopbackServer::acceptConnections()
{
    const QPointer<LoopbackServer> guard(this);
    while (guard && m_tcpServer->hasPendingConnections()) {
        QTcpSocket *socket = m_tcpServer->nextPendingConnection();
        if (!socket)
            break;

        LoopbackConnection::Settings settings;
        settings.readTimeout = m_readTimeout;
        settings.requestLineTimeout = m_requestLineTimeout;
        settings.handlerTimeout = m_handlerTimeout;
        settings.limits = m_limits;
        settings.checkHost = m_hostCheck;
        settings.port = m_tcpServer->serverPort();

        // Full: a socket that has not even sent its request line gives way to the newcomer, oldest first.
        if (m_connections.size() >= m_maxConnections)
            evictOldestIdle();
        if (m_connections.size() >= m_maxConnections) {
            const QString reason = QStringLiteral("more than %1 connections at once").arg(m_maxConnections);
            if (m_refusing.size() >= m_maxConnections) {
                // A flood: not even a 503 for this one, the socket is simply dropped.
                socket->abort();
                socket->deleteLater();
            } else {
                auto *connection = new LoopbackConnection(socket, settings, this);
                m_refusing.insert(connection);
                connect(connection, &LoopbackConnection::finished, this, &LoopbackServer::forget);
                connection->refuse(503, reason);
            }
            qCDebug(lcLoopback) << "refused a connection:" << reason; // debug: a flood must not flood the log
            emit requestRejected(503, reason);
            continue;
        }

        auto *connection = new LoopbackConnection(socket, settings, this);
        connection->setSerial(++m_nextSerial);
        m_connections.insert(connection);
        connect(connection, &LoopbackConnection::requestReceived, this, &LoopbackServer::dispatch);
        connect(connection, &LoopbackConnection::rejected, this, &LoopbackServer::requestRejected);
        connect(connection, &LoopbackConnection::finished, this, &LoopbackServer::forget);
        connection->start();
    }
}

void LoopbackServer::dispatch(LoopbackConnection *connection, const HttpRequest &request)
{
    auto state = std::make_shared<Responder::State>();
    state->connection = connection;
    Responder responder(std::move(state));
    if (!m_handler) {
        responder.respond(HttpResponse::error(404));
        return;
    }
    // A copy: the handler may delete this server (and with it m_handler) while it runs.
    const Handler handler = m_handler;
    handler(request, std::move(responder));
}

bool LoopbackServer::evictOldestIdle()
{
    LoopbackConnection *oldest = nullptr;
    for (LoopbackConnection *connection : std::as_const(m_connections))
        if (connection->isIdle() && (!oldest || connection->serial() < oldest->serial()))
            oldest = connection;
    if (!oldest)
        return false;
    oldest->evict(); // emits finished(), so forget() takes it out of m_connections now
    m_connections.remove(oldest);
    return true;
}

void LoopbackServer::forget(LoopbackConnection *connection)
{
    m_connections.remove(connection);
    m_refusing.remove(connection);
    // Out of our children too: if this server is deleted before the deferred delete runs (say, from a slot
    // further down this very call chain), it must not delete the connection, and its socket, under their feet.
    connection->setParent(nullptr);
    connection->deleteLater();
}

} // namespace keyway
