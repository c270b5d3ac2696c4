#include "sandbox/SandboxServer.h"

#include "common/Log.h"
#include "sandbox/SandboxOwnerProof.h"
#include "sandbox/SandboxStore.h"

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
QHash<quint16, QPair<SandboxServer *, QThread *>> s_registry;

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
    delete m_tlsServer;
    m_tlsServer = nullptr;
}

Error SandboxServer::openStore(const QString &path)
{
    if (m_state == State::Running)
        return Error::make(QStringLiteral("sandbox_running"), tr("Stop the Keyway Sandbox before it changes its store."));
    const Error error = m_provider.openStore(path);
    m_tls.reset(); // another store, another certificate
    if (!error.isNull())
        qCWarning(lcSandbox).noquote() << error.toString() << "- the sandbox works from memory";
    emit faultsChanged();
    return error;
}

SandboxServer &SandboxServer::shared()
{
    static QPointer<SandboxServer> instance;
    if (!instance) {
        QCoreApplication *app = QCoreApplication::instance();
        Q_ASSERT_X(app, "SandboxServer::shared", "needs a QCoreApplication");
        instance = new SandboxServer(app);
        instance->openStore(SandboxStore::defaultPath(kDefaultPort));
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
        const auto [other, otherThread] = s_registry.value(port);
        if (other && otherThread == QThread::currentThread()) {
            // It cannot answer a probe while this thread blocks in one; its store's secret is at hand instead.
            const bool same = other->m_provider.store().ownerSecret() == m_provider.store().ownerSecret();
            lock.unlock();
            if (!same)
                return notMine(port, {});
            qCInfo(lcSandbox) << "a sandbox of this process already serves port" << port;
            setState(State::RunningElsewhere, port);
            return {};
        }
    }
    if (const Error e = m_provider.prepareKeys(); !e.isNull())
        return Error::make(
            QStringLiteral("sandbox_keys"), tr("The Keyway Sandbox could not make its signing key."), e.toString());

    Result<LoopbackServer *> listened = listen(port);
    // The port is taken: by this sandbox served from another process, or by someone else. The kernel lets only
    // one process listen, so two Keyway processes never serve it at once.
    if (!listened && listened.error().code == QLatin1String("port_in_use") && port != 0) {
        switch (probe(port)) {
        case PortHolder::ThisSandbox:
            qCInfo(lcSandbox) << "another Keyway process serves this sandbox on port" << port << "- using it";
            setState(State::RunningElsewhere, port);
            return {};
        case PortHolder::OtherSandbox:
            return notMine(port, listened.error().detail);
        case PortHolder::Nobody: // it quit between the two attempts
            listened = listen(port);
            break;
        case PortHolder::OtherProgram:
            break;
        }
        if (!listened)
            return Error::make(QStringLiteral("sandbox_port_in_use"),
                tr("The Keyway Sandbox needs port %1 on 127.0.0.1, but another program that is not "
                   "a Keyway Sandbox uses it. Close that program and try again.")
                    .arg(port),
                listened.error().detail);
    }
    if (!listened)
        return listened.error();
    m_server = listened.value();
    const quint16 bound = m_server->port();
    const QString issuer = issuerFor(bound);
    m_provider.setIssuer(issuer); // another issuer than the store's forgets its tokens
    listenTls(port == 0 ? 0 : bound);
    {
        QMutexLocker lock(&s_registryMutex);
        s_registry.insert(bound, {this, thread()});
    }
    qCInfo(lcSandbox).noquote() << "Keyway Sandbox running at" << issuer << "from"
                                << (store().isPersistent() ? store().path() : QStringLiteral("memory"));
    setState(State::Running, bound);
    return {};
}

Result<LoopbackServer *> SandboxServer::listen(quint16 port)
{
    auto *server = new LoopbackServer(this);
    server->setHandler([this](const HttpRequest &request, LoopbackServer::Responder responder) { handle(request, responder); });
    // 127.0.0.1 only: LoopbackServer refuses anything else, and the catalogue entry names this address.
    const Error error = server->listen(QHostAddress::LocalHost, port);
    if (error.isNull())
        return server;
    delete server;
    return error;
}

void SandboxServer::listenTls(quint16 plainPort)
{
    const QString storePath = store().isPersistent() ? store().path() : QString();
    if (!m_tls) {
        Result<SandboxTls> tls = SandboxTls::loadOrCreate(storePath);
        if (!tls) {
            qCWarning(lcSandbox).noquote() << tls.error().toString() << "- the sandbox runs without mutual TLS";
            return;
        }
        m_tls = std::move(tls).value();
    }
    const quint16 port = plainPort == 0 ? 0 : plainPort == kDefaultPort ? kDefaultTlsPort : quint16(plainPort + 1);
    auto *server = new LoopbackServer(this);
    server->setTlsConfiguration(m_tls->serverConfiguration());
    server->setHandler([this](const HttpRequest &request, LoopbackServer::Responder responder) { handle(request, responder); });
    if (const Error error = server->listen(QHostAddress::LocalHost, port); !error.isNull()) {
        qCWarning(lcSandbox).noquote() << "the sandbox runs without mutual TLS:" << error.toString();
        delete server;
        m_provider.setMtlsIssuer({});
        return;
    }
    m_tlsServer = server;
    m_provider.setMtlsIssuer(QStringLiteral("https://127.0.0.1:%1").arg(server->port()));
}

QString SandboxServer::mtlsIssuer() const
{
    return m_tlsServer ? m_provider.mtlsIssuer() : QString();
}

QList<QSslCertificate> SandboxServer::tlsCertificates()
{
    if (m_tls)
        return {m_tls->certificate()};
    if (!store().isPersistent())
        return {};
    // Served by another Keyway from the same store: the certificate it keeps beside the store (made now if that
    // Keyway predates mutual TLS; it then serves none, and nothing is lost).
    Result<SandboxTls> tls = SandboxTls::loadOrCreate(store().path());
    if (!tls)
        return {};
    m_tls = std::move(tls).value();
    return {m_tls->certificate()};
}

Error SandboxServer::notMine(quint16 port, const QString &detail)
{
    return Error::make(QStringLiteral("sandbox_not_yours"),
        tr("The Keyway Sandbox needs port %1 on 127.0.0.1, but a Keyway Sandbox that is not yours holds it (another "
           "user's, or one working from another data folder). Stop that one and try again.")
            .arg(port),
        detail);
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
        if (m_tlsServer) {
            m_tlsServer->close();
            m_tlsServer->deleteLater();
            m_tlsServer = nullptr;
        }
        m_provider.setMtlsIssuer({});
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
        const int delay = m_provider.faultValue(Fault::SlowResponses);
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
    const HttpResponse response = m_provider.answer(request);
    const int status = response.status();
    responder.respond(response);
    emit requestServed(QString::fromLatin1(request.method), request.path, status);
}

SandboxServer::PortHolder SandboxServer::probe(quint16 port, int timeoutMs)
{
    return probe(port, store().ownerSecret(), timeoutMs);
}

SandboxServer::PortHolder SandboxServer::probe(quint16 port, const QByteArray &ownerSecret, int timeoutMs)
{
    if (port == 0)
        return PortHolder::Nobody;
    QElapsedTimer timer;
    timer.start();
    bool connected = false;
    // One GET on loopback within what is left of the time: the JSON body of a 200, else an empty object.
    const auto get = [port, timeoutMs, &timer, &connected](const QByteArray &target) {
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
            return QJsonObject();
        connected = true;
        socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
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
            return QJsonObject();
        const qsizetype bodyStart = data.indexOf("\r\n\r\n");
        return bodyStart < 0 ? QJsonObject() : QJsonDocument::fromJson(data.mid(bodyStart + 4)).object();
    };

    const QJsonObject doc = get("/.well-known/openid-configuration");
    if (!connected)
        return PortHolder::Nobody;
    if (doc.value(QStringLiteral("issuer")).toString() != issuerFor(port)
        || !doc.value(QStringLiteral("keyway_sandbox")).toBool())
        return PortHolder::OtherProgram;
    // A Keyway Sandbox, but whose? Only one working from this store knows its secret.
    const QByteArray challenge = SandboxOwnerProof::challenge();
    const QJsonObject owner = get("/_sandbox/owner?challenge=" + challenge);
    if (SandboxOwnerProof::verify(ownerSecret, challenge, owner.value(QStringLiteral("proof")).toString().toLatin1()))
        return PortHolder::ThisSandbox;
    qCWarning(lcSandbox) << "port" << port << "answers like a Keyway Sandbox but cannot prove it works from this store";
    return PortHolder::OtherSandbox;
}

} // namespace keyway
