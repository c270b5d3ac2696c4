#include "http/LoopbackConnection.h"

#include "common/Log.h"
#include "http/HttpResponse.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace keyway {

LoopbackConnection::LoopbackConnection(QTcpSocket *socket, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_parser(settings.limits)
{
    socket->setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &LoopbackConnection::onDeadline);
    connect(socket, &QTcpSocket::disconnected, this, &LoopbackConnection::onDisconnected);
    // Always drain what arrives, also after the request and on refused connections, so nothing piles up.
    connect(socket, &QTcpSocket::readyRead, this, &LoopbackConnection::onReadyRead);
}

LoopbackConnection::~LoopbackConnection()
{
    m_phase = Phase::Closed;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void LoopbackConnection::start()
{
    m_since.start();
    m_deadline.start(qMin(m_settings.requestLineTimeout, m_settings.readTimeout));
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void LoopbackConnection::refuse(int status, const QString &reason)
{
    respond(HttpResponse::error(status, reason));
}

void LoopbackConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (m_phase != Phase::Reading || data.isEmpty())
        return; // one request per connection: anything after it is read and dropped
    m_receivedAnything = true;

    const HttpRequestParser::State state = m_parser.feed(data);
    if (state == HttpRequestParser::State::Error) {
        fail(m_parser.errorStatus(), m_parser.errorReason());
        return;
    }
    if (!m_requestLineSeen && m_parser.hasRequestLine()) {
        // The short request-line deadline is met; the rest of the request has what is left of readTimeout.
        m_requestLineSeen = true;
        if (state == HttpRequestParser::State::NeedMore)
            m_deadline.start(qMax<qint64>(0, m_settings.readTimeout.count() - m_since.elapsed()));
    }
    if (state == HttpRequestParser::State::NeedMore) {
        // RFC 9110 §10.1.1: a client waiting on "Expect: 100-continue" is told to go on (limits already passed).
        if (m_parser.isHeadComplete() && m_parser.expectsContinue() && !m_sentContinue) {
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }

    HttpRequest request = m_parser.takeRequest();
    if (const auto *tls = qobject_cast<QSslSocket *>(m_socket.data())) {
        request.overTls = true;
        request.peerCertificate = tls->peerCertificate();
    }
    if (m_settings.checkHost && !hostAllowed(request)) {
        fail(421, QStringLiteral("Host header does not name this loopback server"));
        return;
    }
    m_headOnly = request.method == "HEAD";
    m_phase = Phase::Handling;
    m_deadline.start(m_settings.handlerTimeout);
    qCDebug(lcLoopback) << "request" << request.method << request.path; // never the query: it carries codes
    emit requestReceived(this, request);
}

bool LoopbackConnection::respond(const HttpResponse &response)
{
    if (m_phase == Phase::Writing || m_phase == Phase::Closed || !m_socket
        || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_phase = Phase::Writing;
    m_deadline.start(m_settings.readTimeout);
    m_socket->write(response.serialize(m_headOnly));
    // Hand the bytes to the kernel now: if the server is deleted right after answering, they are already out.
    m_socket->flush();
    m_socket->disconnectFromHost(); // may emit disconnected() synchronously when everything was written
    return true;
}

void LoopbackConnection::fail(int status, const QString &reason)
{
    qCInfo(lcLoopback) << "refused request:" << status << reason;
    const QPointer<LoopbackConnection> guard(this);
    emit rejected(status, reason);
    if (guard && !respond(HttpResponse::error(status, reason)))
        closeNow();
}

void LoopbackConnection::onDeadline()
{
    switch (m_phase) {
    case Phase::Reading:
        if (!m_receivedAnything) {
            // An idle preconnect (browsers open spare sockets): nothing to answer, nothing to report.
            qCDebug(lcLoopback) << "closing an idle connection";
            closeNow();
            return;
        }
        if (!m_requestLineSeen)
            fail(408, QStringLiteral("no complete request line within %1 ms").arg(m_settings.requestLineTimeout.count()));
        else
            fail(408, QStringLiteral("request not complete within %1 ms").arg(m_settings.readTimeout.count()));
        return;
    case Phase::Handling:
        qCWarning(lcLoopback) << "handler gave no answer within" << m_settings.handlerTimeout.count() << "ms";
        fail(503, QStringLiteral("no answer within %1 ms").arg(m_settings.handlerTimeout.count()));
        return;
    case Phase::Writing:
        qCDebug(lcLoopback) << "client did not take its response in time; aborting";
        closeNow();
        return;
    case Phase::Closed:
        return;
    }
}

void LoopbackConnection::evict()
{
    qCDebug(lcLoopback) << "closing an idle connection to make room"; // debug: a flood must not flood the log
    closeNow();
}

void LoopbackConnection::closeNow()
{
    if (m_socket)
        m_socket->abort(); // emits disconnected() when it was connected
    onDisconnected();
}

void LoopbackConnection::onDisconnected()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_deadline.stop();
    if (m_detached)
        deleteLater();
    else
        emit finished(this);
}

void LoopbackConnection::detach()
{
    disconnect(this, nullptr, nullptr, nullptr); // nobody listens any more
    m_detached = true;
    setParent(nullptr);
    switch (m_phase) {
    case Phase::Writing:
        return; // finishes (or hits its deadline) on its own, then deletes itself
    case Phase::Closed:
        deleteLater();
        return;
    case Phase::Reading:
    case Phase::Handling:
        // Never deleted synchronously: this may run inside our own socket's readyRead emission.
        closeNow();
        return;
    }
}

bool LoopbackConnection::hostAllowed(const HttpRequest &request) const
{
    if (!request.hasHeader("Host"))
        return true; // HTTP/1.0 without Host (the parser requires it for 1.1); browsers always send one
    const QByteArray host = request.header("Host").toLower();
    const QByteArray port = QByteArray::number(m_settings.port);
    for (const char *name : {"127.0.0.1", "[::1]", "localhost"}) {
        const QByteArray n(name);
        if (host == n || host == n + ':' + port)
            return true;
    }
    return false;
}

} // namespace keyway
