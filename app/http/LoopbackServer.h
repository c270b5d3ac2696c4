#pragma once

#include "common/Error.h"
#include "http/HttpRequest.h"
#include "http/HttpRequestParser.h"
#include "http/HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QTcpServer;

namespace keyway {

class LoopbackConnection;

// A small HTTP/1.1 server that only ever listens on the loopback interface (127.0.0.1 or ::1, never a wildcard
// address): the OAuth redirect listener (RFC 8252 §7.3), the built-in sandbox provider and the tests' fake
// peers all sit on it. It hands each valid request to one handler and sends that handler's single answer.
//
// Defences, all on by default: every request is parsed by HttpRequestParser (malformed ones get its 4xx/5xx and
// never reach the handler); each connection must deliver its request line within requestLineTimeout and its whole
// request within readTimeout (408 otherwise, or a silent close when it sent nothing); at most maxConnections are
// served at once: when full, the oldest connection still waiting for its request line is closed to make room, and
// only when none is idle do newcomers get 503; the Host header must name loopback (421 otherwise, against DNS
// rebinding); one request per connection, every response closes it. Together these keep a crowd of idle sockets
// from locking the one real request out (issue 15 point 8).
//
// Lifetime: the server may be deleted at any moment, also from inside the handler. Connections that are still
// sending their answer finish on their own; all others are aborted. Responders outliving the server do nothing.
class LoopbackServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackServer)

public:
    // How a handler answers: now, or later (after asynchronous work) from the same thread. Copies share one
    // answer and only the first respond() is sent. When the client has gone, respond() does nothing and returns
    // false. When the last copy is dropped without an answer, the client gets 500, so nobody waits forever.
    class Responder
    {
    public:
        bool respond(const HttpResponse &response) const;
        bool isAnswered() const;
        // The client is still connected and waiting.
        bool isConnected() const;

    private:
        friend class LoopbackServer;
        struct State;
        explicit Responder(std::shared_ptr<State> state);
        std::shared_ptr<State> m_state;
    };

    using Handler = std::function<void(const HttpRequest &request, Responder responder)>;

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Without a handler every request gets 404.
    void setHandler(Handler handler);

    // Changes apply to connections accepted afterwards.
    void setReadTimeout(std::chrono::milliseconds timeout); // default 10 s
    std::chrono::milliseconds readTimeout() const { return m_readTimeout; }
    void setRequestLineTimeout(std::chrono::milliseconds timeout); // default 2 s
    std::chrono::milliseconds requestLineTimeout() const { return m_requestLineTimeout; }
    void setHandlerTimeout(std::chrono::milliseconds timeout); // default 60 s, then 503
    std::chrono::milliseconds handlerTimeout() const { return m_handlerTimeout; }
    void setMaxConnections(int count); // default 32
    int maxConnections() const { return m_maxConnections; }
    void setLimits(const HttpRequestLimits &limits);
    const HttpRequestLimits &limits() const { return m_limits; }
    void setHostCheck(bool enabled); // default true
    bool hostCheck() const { return m_hostCheck; }
    // HTTPS instead of HTTP (QSslServer), with `configuration`'s certificate, key and peer verify mode (QueryPeer
    // asks for a client certificate without requiring one a CA vouches for: RFC 8705 §2.2). Before listen() only.
    // Each request then carries the client's certificate (HttpRequest::peerCertificate).
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return m_tls; }

    // Listen on `address`, which must be 127.0.0.1 (QHostAddress::LocalHost) or ::1 (LocalHostIPv6); anything
    // else, above all 0.0.0.0 / :: / Any, is refused. Port 0 picks a free ephemeral port. Error codes:
    // "loopback_only", "already_listening", "port_in_use", "port_denied", "listen_failed"; a null Error once
    // listening.
    Error listen(const QHostAddress &address, quint16 port);
    // Stop accepting connections (the port is released). Requests already accepted still get their answer.
    void close();
    // Close every open connection at once (answers being written are cut).
    void abortConnections();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // "http://127.0.0.1:PORT" or "http://[::1]:PORT" (https with TLS) while listening, else an empty URL.
    QUrl baseUrl() const;
    // Connections currently being read, handled or answered (not counting refused overflow ones).
    int connectionCount() const;

    static bool isLoopbackLiteral(const QHostAddress &address);

signals:
    // A request was refused before reaching the handler: malformed (400/413/414/417/431/501/505), too slow (408),
    // wrong Host (421), server full (503), or the handler did not answer in time (503). For diagnostics.
    // (Idle connections closed to make room, or for sending nothing, are not requests and are not reported.)
    void requestRejected(int status, const QString &reason);

private:
    void acceptConnections();
    void dispatch(LoopbackConnection *connection, const HttpRequest &request);
    void forget(LoopbackConnection *connection);
    bool evictOldestIdle();

    QTcpServer *m_tcpServer = nullptr;
    Handler m_handler;
    QSet<LoopbackConnection *> m_connections; // served (counted against maxConnections)
    QSet<LoopbackConnection *> m_refusing; // overflow connections being told 503
    std::chrono::milliseconds m_readTimeout {10000};
    std::chrono::milliseconds m_requestLineTimeout {2000};
    quint64 m_nextSerial = 0;
    std::chrono::milliseconds m_handlerTimeout {60000};
    int m_maxConnections = 32;
    HttpRequestLimits m_limits;
    bool m_hostCheck = true;
    bool m_tls = false;
};

} // namespace keyway
