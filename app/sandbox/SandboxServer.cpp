#include "sandbox/SandboxServer.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace keyway {

namespace {

// Sandboxes of this process by port, with their threads. A second SandboxServer asked for a port the first
// already serves on the same thread could not probe it (the first cannot answer while the second blocks), so it
// looks here first. Sandboxes on other threads answer probes like another process's.
QMutex s_registryMutex;
QHash<quint16, QPair<const SandboxServer *, QThread *>> s_registry;

QString issuerFor(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_provider.setFaultsChangedCallback([this] { emit faultsChanged(); });
}

SandboxServer::~SandboxServer()
{
    m_provider.setFaultsChangedCallback({});
    {
        QMutexLocker lock(&s_registryMutex);
        if (m_state == State::Running && s_registry.value(m_port).first == this)
            s_registry.remove(m_port);
    }
    // Before the provider it calls into goes (members are destroyed before QObject's children).
    delete m_server;
    m_server = nullptr;
}

SandboxServer &SandboxServer::shared()
{
    static QPointer<SandboxServer> instance;
    if (!instance) {
        QCoreApplication *app = QCoreApplication::instance();
        Q_ASSERT_X(app, "SandboxServer::shared", "needs a QCoreApplication");
        instance = new SandboxServer(app);
        // Stopped with the app: the port is released as soon as the event loop is told to end.
        if (app)
            connect(app, &QCoreApplication::aboutToQuit, instance.data(), &SandboxServer::stop);
    }
    return *instance;
}

Error SandboxServer::ensureRunning()
{
    if (m_state == State::Running)
        return {};
    // Also when it ran elsewhere: that Keyway may have quit since, and then this one takes over the port.
    return start(m_preferredPort);
}

Error SandboxServer::start(quint16 port)
{
    if (m_state == State::Running) {
        if (port == 0 || port == m_port)
            return {};
        return Error::make(
            QStringLiteral("sandbox_running"), tr("The Keyway Sandbox already runs on port %1; stop it first.").arg(m_port));
    }
    m_preferredPort = port;
    if (port != 0) {
        QMutexLocker lock(&s_registryMutex);
        if (s_registry.value(port).second == QThread::currentThread()) {
            lock.unlock();
            qCInfo(lcSandbox) << "a sandbox of this process already serves port" << port;
            setState(State::RunningElsewhere, port);
            return {};
        }
    }
    if (const Error e = m_provider.prepareKeys(); !e.isNull())
        return Error::make(
            QStringLiteral("sandbox_keys"), tr("The Keyway Sandbox could not make its signing key."), e.toString());

    auto *server = new LoopbackServer(this);
    server->setHandler([this](const HttpRequest &request, LoopbackServer::Responder responder) { handle(request, responder); });
    Error error;
    // 127.0.0.1 only: LoopbackServer refuses anything else, and the catalogue entry names this address.
    if (!server->listen(QHostAddress::LocalHost, port, &error)) {
        delete server;
        if (error.code == QLatin1String("port_in_use") && port != 0) {
            if (probe(port)) {
                qCInfo(lcSandbox) << "another Keyway's sandbox already serves port" << port << "- using it";
                setState(State::RunningElsewhere, port);
                return {};
            }
            return Error::make(QStringLiteral("sandbox_port_in_use"),
                tr("The Keyway Sandbox needs port %1 on 127.0.0.1, but another program that is not "
                   "a Keyway Sandbox uses it. Close that program and try again.")
                    .arg(port),
                error.detail);
        }
        return error;
    }
    m_server = server;
    const quint16 bound = server->port();
    const QString issuer = issuerFor(bound);
    if (issuer != m_provider.issuer())
        m_provider.reset(); // tokens of another issuer mean nothing here
    m_provider.setIssuer(issuer);
    {
        QMutexLocker lock(&s_registryMutex);
        s_registry.insert(bound, {this, thread()});
    }
    qCInfo(lcSandbox).noquote() << "Keyway Sandbox running at" << issuer;
    setState(State::Running, bound);
    return {};
}

void SandboxServer::stop()
{
    if (m_server) {
        {
            QMutexLocker lock(&s_registryMutex);
            if (s_registry.value(m_port).first == this)
                s_registry.remove(m_port);
        }
        m_server->close();
        // Later: stop() may run from a slot of a request this very server is answering.
        m_server->deleteLater();
        m_server = nullptr;
        qCInfo(lcSandbox) << "Keyway Sandbox stopped";
    }
    if (m_state != State::Stopped)
        setState(State::Stopped, 0);
}

void SandboxServer::setState(State state, quint16 port)
{
    const bool changed = state != m_state || port != m_port;
    m_state = state;
    m_port = port;
    if (changed)
        emit stateChanged(state);
}

QString SandboxServer::issuer() const
{
    return m_state == State::Stopped ? QString() : issuerFor(m_port);
}

QUrl SandboxServer::baseUrl() const
{
    return m_state == State::Stopped ? QUrl() : QUrl(issuerFor(m_port));
}

void SandboxServer::setAccessTokenLifetime(std::chrono::seconds lifetime)
{
    m_provider.setAccessTokenLifetime(lifetime);
}

void SandboxServer::setDeviceInterval(std::chrono::seconds interval)
{
    m_provider.setDeviceInterval(interval);
}

QList<SandboxServer::FaultState> SandboxServer::faults() const
{
    QList<FaultState> list;
    for (const SandboxFaults::Info &info : SandboxFaults::catalog())
        list.append(FaultState {info, faultValue(info.fault), isFaultActive(info.fault)});
    return list;
}

Error SandboxServer::setFault(Fault fault, bool enabled)
{
    const SandboxFaults::Info &info = SandboxFaults::info(fault);
    const int on = info.kind == SandboxFaults::Kind::Action ? 1 : info.onValue;
    return m_provider.setFault(fault, enabled ? on : 0);
}

Error SandboxServer::setFaultValue(Fault fault, int value)
{
    return m_provider.setFault(fault, value);
}

void SandboxServer::clearFaults()
{
    m_provider.clearFaults();
}

void SandboxServer::handle(const HttpRequest &request, const LoopbackServer::Responder &responder)
{
    if (SandboxProvider::isFaultable(request)) {
        const int delay = m_provider.faults().value(Fault::SlowResponses);
        if (delay > 0) {
            // The responder travels with the timer; if this server goes first, dropping it answers 500.
            QTimer::singleShot(delay, this, [this, request, responder] { answer(request, responder); });
            return;
        }
    }
    answer(request, responder);
}

void SandboxServer::answer(const HttpRequest &request, const LoopbackServer::Responder &responder)
{
    if (!responder.isConnected())
        return; // the client gave up waiting (a slow answer); nothing to do, and no fault used up
    HttpResponse response;
    if (SandboxProvider::isFaultable(request) && m_provider.consumeFault(Fault::ServiceUnavailable)) {
        response = HttpResponse::error(503, QStringLiteral("sandbox fault service-unavailable"));
        response.setHeader("Retry-After", "2"); // RFC 9110 §10.2.3
    } else if (SandboxProvider::isFaultable(request) && m_provider.consumeFault(Fault::ServerError)) {
        response = HttpResponse::error(500, QStringLiteral("sandbox fault server-error"));
    } else {
        response = m_provider.handle(request);
    }
    const int status = response.status();
    responder.respond(response);
    emit requestServed(QString::fromLatin1(request.method), request.path, status);
}

bool SandboxServer::probe(quint16 port, int timeoutMs)
{
    if (port == 0)
        return false;
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
    QByteArray data;
    while (data.size() < 64 * 1024) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || !socket.waitForReadyRead(int(left)))
            break; // timed out, or the server closed the connection after its answer
        data += socket.readAll();
    }
    data += socket.readAll();
    socket.abort();

    if (!data.startsWith("HTTP/1.1 200") && !data.startsWith("HTTP/1.0 200"))
        return false;
    const qsizetype bodyStart = data.indexOf("\r\n\r\n");
    if (bodyStart < 0)
        return false;
    const QJsonObject doc = QJsonDocument::fromJson(data.mid(bodyStart + 4)).object();
    return doc.value(QStringLiteral("issuer")).toString() == issuerFor(port)
        && doc.value(QStringLiteral("keyway_sandbox")).toBool();
}

} // namespace keyway
