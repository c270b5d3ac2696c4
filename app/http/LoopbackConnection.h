#pragma once

#include "http/HttpRequestParser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace keyway {

class HttpResponse;

// One accepted socket of a LoopbackServer, from the first byte to the close: reads and parses one request under
// a deadline, hands it to the server, writes exactly one response and closes. Internal to keyway_http; handlers
// only ever see it through LoopbackServer::Responder.
//
// Phases: Reading -> Handling -> Writing -> Closed. Each has its own deadline, so no client and no handler can hold
// a connection (and one of the server's slots) forever:
//  - Reading: the request line must arrive within requestLineTimeout and the whole request within readTimeout
//    (slowloris clients are cut with 408; a socket that sent nothing is closed without a word);
//  - Handling: a handler that does not answer within handlerTimeout is answered with 503 for it;
//  - Writing: a client that does not read its response within readTimeout is aborted.
class LoopbackConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackConnection)

public:
    enum class Phase { Reading, Handling, Writing, Closed };

    struct Settings
    {
        std::chrono::milliseconds readTimeout {10000};
        // Issue 15 point 8: idle sockets must not hold the server's slots, so a complete request line is due soon.
        std::chrono::milliseconds requestLineTimeout {2000};
        std::chrono::milliseconds handlerTimeout {60000};
        HttpRequestLimits limits;
        // DNS-rebinding defence: Host must name loopback ("127.0.0.1", "[::1]" or "localhost", with our port
        // or none). A web page that points its own name at 127.0.0.1 gets 421 instead of our answers.
        bool checkHost = true;
        quint16 port = 0;
    };

    // Takes ownership of `socket`.
    LoopbackConnection(QTcpSocket *socket, const Settings &settings, QObject *parent = nullptr);
    ~LoopbackConnection() override;

    void start();
    // Answer without reading (server full): write the error, close.
    void refuse(int status, const QString &reason);
    // Write the one response and close. False when already answered or the client is gone.
    bool respond(const HttpResponse &response);
    Phase phase() const { return m_phase; }
    // Still waiting for its request line: a spare socket a browser opened, or one holding a slot on purpose.
    bool isIdle() const { return m_phase == Phase::Reading && !m_parser.hasRequestLine(); }
    // Order of acceptance (lower is older), to pick which idle connection gives way when the server is full.
    quint64 serial() const { return m_serial; }
    void setSerial(quint64 serial) { m_serial = serial; }
    // Close at once without an answer (the server needs the slot for a newer connection).
    void evict();
    // The server is going away: an answer being written still goes out, anything else is closed now. Either
    // way the connection then deletes itself (deleteLater) and emits nothing more.
    void detach();

signals:
    // A complete, valid request. The receiver answers through respond(), now or later.
    void requestReceived(keyway::LoopbackConnection *connection, const keyway::HttpRequest &request);
    // The request was refused before reaching any handler (malformed, too large, too slow, wrong Host).
    void rejected(int status, const QString &reason);
    // Closed: the connection can be deleted (with deleteLater).
    void finished(keyway::LoopbackConnection *connection);

private:
    void onReadyRead();
    void onDeadline();
    void onDisconnected();
    void fail(int status, const QString &reason);
    bool hostAllowed(const HttpRequest &request) const;
    void closeNow();

    QPointer<QTcpSocket> m_socket;
    Settings m_settings;
    HttpRequestParser m_parser;
    QTimer m_deadline;
    Phase m_phase = Phase::Reading;
    bool m_headOnly = false;
    bool m_sentContinue = false;
    bool m_detached = false;
    bool m_receivedAnything = false;
    bool m_requestLineSeen = false;
    quint64 m_serial = 0;
    QElapsedTimer m_since; // since start(): the whole request's deadline counts from the first moment
};

} // namespace keyway
