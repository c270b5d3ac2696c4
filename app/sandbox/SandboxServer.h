#pragma once

// The Keyway Sandbox on the network: SandboxProvider behind a LoopbackServer on 127.0.0.1 only, started on
// demand by whichever Keyway process needs it and stopped when that process quits. Its state is in its store
// (SandboxStore; the application's sandbox uses sandbox.sqlite in Keyway's data folder), so the next process to
// serve it carries on where the last one stopped: tokens issued by one are valid in the next. The catalogue
// entry (resources/integrations/keyway-sandbox.json) names the fixed port 47231, so start() prefers it:
//  - free: the sandbox listens there, issuer http://127.0.0.1:47231;
//  - taken by another Keyway's sandbox working from the same store (its discovery document answers with that
//    issuer, and it proves with SandboxOwnerProof that it knows the store's secret): success, state
//    RunningElsewhere, and both Keyway processes use that one (the kernel lets only one listen on the port);
//  - taken by a Keyway Sandbox that cannot prove it (another user's, or one using another data folder), or by
//    anything else: a clear error naming the port and which of the two it is.
// Port 0 picks a free port (tests); the issuer follows the port.
//
// Beside it, a second listener speaks TLS (RFC 8705 mutual TLS) on 127.0.0.1 port 47232 (kDefaultTlsPort; the
// next port for any other fixed port, a free one for port 0) with the store's self-signed certificate (SandboxTls),
// asking every client for its certificate. It serves the same endpoints; discovery names it in
// mtls_endpoint_aliases. When its port is taken the sandbox runs without it (mutual TLS then fails, said in the log).
//
// The faults (SandboxFaults) are values in the store: switched here, from the Sandbox panel or with `keyway
// sandbox fault` (directly in the store, with or without a server), and read on every request. The 500/503
// faults are applied by the provider; the slow fault's delay here, so a slow answer never blocks the event loop.
//
// start() may block briefly (at most about 1.5 s, usually a millisecond) when the port is taken: it asks the
// program holding it whether it is this user's Keyway Sandbox over loopback. Everything else is asynchronous.

#include "common/Result.h"
#include "http/LoopbackServer.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxProvider.h"
#include "sandbox/SandboxTls.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace keyway {

class SandboxServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    using Fault = SandboxFaults::Fault;
    enum class State { Stopped, Running, RunningElsewhere };
    Q_ENUM(State)
    // Who answers on a port (probe()).
    enum class PortHolder {
        Nobody, // nothing listens
        OtherProgram, // something that is not a Keyway Sandbox
        OtherSandbox, // a Keyway Sandbox that cannot prove it works from this store
        ThisSandbox, // this user's sandbox, working from this store
    };

    static constexpr quint16 kDefaultPort = 47231;
    static constexpr quint16 kDefaultTlsPort = 47232; // resources/integrations/keyway-sandbox-mtls.json

    struct FaultState
    {
        SandboxFaults::Info info;
        int value = 0; // see SandboxFaults::value()
        bool active = false;
    };

    // With a private in-memory store until openStore() names a file.
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Works from the store at `path` (empty: a fresh one in memory). Only while stopped. Error code
    // "sandbox_store" (the sandbox then works from memory).
    Error openStore(const QString &path);
    SandboxStore &store() { return m_provider.store(); }

    // The application's sandbox: created on first use as a child of the QCoreApplication, working from
    // SandboxStore::defaultPath(kDefaultPort), stopped when the application is about to quit. GUI thread only.
    static SandboxServer &shared();
    // Starts the sandbox on preferredPort() (kDefaultPort) unless it runs here; when another Keyway served it,
    // checks again (that one may have quit). What the core calls before connecting or using a connection whose
    // integration says "embedded_provider": "sandbox".
    Error ensureRunning();
    // The port ensureRunning() uses: kDefaultPort unless start() was last given another.
    quint16 preferredPort() const { return m_preferredPort; }
    void setPreferredPort(quint16 port) { m_preferredPort = port; }

    // Error codes: "sandbox_running" (already running on another port), "sandbox_port_in_use" (another program),
    // "sandbox_not_yours" (a sandbox that cannot prove it is this user's), "sandbox_keys", and
    // LoopbackServer::listen's.
    Error start(quint16 port = kDefaultPort);
    // Releases the port. Tokens, grants and keys stay in the store, so a restart on the same port continues.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // Running here or in another Keyway: the issuer answers.
    bool isAvailable() const { return m_state != State::Stopped; }
    // The port the sandbox answers on (here or elsewhere); 0 when stopped.
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT" while available, else empty.
    QString issuer() const;
    // "https://127.0.0.1:PORT" of the mutual-TLS listener while it runs here, else empty.
    QString mtlsIssuer() const;
    // The TLS server certificate: this process's, or the one kept beside the store (a sandbox served by another
    // Keyway); made now when the store has none yet. What Keyway trusts for the TLS origin (EmbeddedProviders).
    QList<QSslCertificate> tlsCertificates();
    QUrl baseUrl() const;

    void setAccessTokenLifetime(std::chrono::seconds lifetime);
    std::chrono::seconds accessTokenLifetime() const { return m_provider.accessTokenLifetime(); }
    void setDeviceInterval(std::chrono::seconds interval);
    // Tests: shorter lifetimes for the personalities whose refresh tokens die (SandboxProvider::setRefreshLifetimes).
    void setRefreshLifetimes(std::chrono::milliseconds idle, std::chrono::milliseconds absolute)
    {
        m_provider.setRefreshLifetimes(idle, absolute);
    }

    // Faults of this process's sandbox. When the sandbox runs elsewhere, switch them there with
    // SandboxControlClient instead (these calls would change nothing the other Keyway serves).
    QList<FaultState> faults() const;
    // On: the fault's default (SandboxFaults::Info::onValue); off: 0. An action fault happens now.
    Error setFault(Fault fault, bool enabled);
    // Count: the number of requests (-1 until switched off); Value: milliseconds; Action: any non-zero runs it.
    Error setFaultValue(Fault fault, int value);
    int faultValue(Fault fault) const { return m_provider.faultValue(fault); }
    bool isFaultActive(Fault fault) const { return m_provider.isFaultActive(fault); }
    void clearFaults();

    // The protocol engine, for tests and diagnostics.
    SandboxProvider &provider() { return m_provider; }
    // The listener while running here (nullptr otherwise), e.g. to shorten its timeouts in tests.
    LoopbackServer *loopbackServer() const { return m_server; }
    LoopbackServer *tlsServer() const { return m_tlsServer; }

    // Who answers on 127.0.0.1:`port`: a Keyway Sandbox's discovery document has the issuer http://127.0.0.1:PORT
    // and "keyway_sandbox": true, and this store's sandbox also answers the owner challenge under `ownerSecret`.
    // Blocks up to `timeoutMs`.
    static PortHolder probe(quint16 port, const QByteArray &ownerSecret, int timeoutMs = 1500);
    // The same with this server's store's secret.
    PortHolder probe(quint16 port, int timeoutMs = 1500);

signals:
    void stateChanged(keyway::SandboxServer::State state);
    void faultsChanged();
    // After each answer of this process: method, path (never the query: it carries codes) and status. The store's
    // request log has every process's.
    void requestServed(const QString &method, const QString &path, int status);

private:
    void handle(const HttpRequest &request, const LoopbackServer::Responder &responder);
    void answer(const HttpRequest &request, const LoopbackServer::Responder &responder);
    void setState(State state, quint16 port);
    Result<LoopbackServer *> listen(quint16 port);
    // The mutual-TLS listener beside the plain one on `plainPort`; a warning, not a failure, when it cannot start.
    void listenTls(quint16 plainPort);
    static Error notMine(quint16 port, const QString &detail);

    SandboxProvider m_provider;
    LoopbackServer *m_server = nullptr;
    LoopbackServer *m_tlsServer = nullptr;
    std::optional<SandboxTls> m_tls;
    State m_state = State::Stopped;
    quint16 m_port = 0;
    quint16 m_preferredPort = kDefaultPort;
};

} // namespace keyway
