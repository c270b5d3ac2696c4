#pragma once

// The Keyway Sandbox on the network: SandboxProvider behind a LoopbackServer on 127.0.0.1 only, started on
// demand and stopped with the app. The catalogue entry (resources/integrations/keyway-sandbox.json) names the
// fixed port 47231, so start() prefers it:
//  - free: the sandbox listens there, issuer http://127.0.0.1:47231;
//  - taken by another Keyway's sandbox (its discovery document answers with that issuer): success, state
//    RunningElsewhere, and both Keyway instances use that one;
//  - taken by anything else: a clear error naming the port.
// Port 0 picks a free port (tests); the issuer follows the port.
//
// The faults (SandboxFaults) are switched here, from the Sandbox panel, or over HTTP on the control endpoint
// (POST /_sandbox/faults, see SandboxControlClient). The 500/503/slow faults are applied here, around the
// provider, so a slow answer never blocks the event loop.
//
// start() may block briefly (at most about 1.5 s, usually a millisecond) when the port is taken: it asks the
// program holding it whether it is a Keyway Sandbox over loopback. Everything else is asynchronous.

#include "common/Error.h"
#include "http/LoopbackServer.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxProvider.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

namespace keyway {

class SandboxServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    using Fault = SandboxFaults::Fault;
    enum class State { Stopped, Running, RunningElsewhere };
    Q_ENUM(State)

    static constexpr quint16 kDefaultPort = 47231;

    struct FaultState
    {
        SandboxFaults::Info info;
        int value = 0; // see SandboxFaults::value()
        bool active = false;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // The application's sandbox: created on first use as a child of the QCoreApplication, stopped when the
    // application is about to quit. GUI thread only.
    static SandboxServer &shared();
    // Starts the sandbox on preferredPort() (kDefaultPort) unless it runs here; when another Keyway served it,
    // checks again (that one may have quit). What the core calls before connecting or using a connection whose
    // integration says "embedded_provider": "sandbox".
    Error ensureRunning();
    // The port ensureRunning() uses: kDefaultPort unless start() was last given another.
    quint16 preferredPort() const { return m_preferredPort; }

    // Error codes: "sandbox_running" (already running on another port), "sandbox_port_in_use", "sandbox_keys",
    // and LoopbackServer::listen's.
    Error start(quint16 port = kDefaultPort);
    // Releases the port. Tokens, grants and keys stay in memory, so a restart on the same port continues.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // Running here or in another Keyway: the issuer answers.
    bool isAvailable() const { return m_state != State::Stopped; }
    // The port the sandbox answers on (here or elsewhere); 0 when stopped.
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT" while available, else empty.
    QString issuer() const;
    QUrl baseUrl() const;

    void setAccessTokenLifetime(std::chrono::seconds lifetime);
    std::chrono::seconds accessTokenLifetime() const { return m_provider.accessTokenLifetime(); }
    void setDeviceInterval(std::chrono::seconds interval);

    // Faults of this process's sandbox. When the sandbox runs elsewhere, switch them there with
    // SandboxControlClient instead (these calls would change nothing the other Keyway serves).
    QList<FaultState> faults() const;
    // On: the fault's default (SandboxFaults::Info::onValue); off: 0. An action fault happens now.
    Error setFault(Fault fault, bool enabled);
    // Count: the number of requests (-1 until switched off); Value: milliseconds; Action: any non-zero runs it.
    Error setFaultValue(Fault fault, int value);
    int faultValue(Fault fault) const { return m_provider.faults().value(fault); }
    bool isFaultActive(Fault fault) const { return m_provider.faults().isActive(fault); }
    void clearFaults();

    // The protocol engine, for tests and diagnostics.
    SandboxProvider &provider() { return m_provider; }
    // The listener while running here (nullptr otherwise), e.g. to shorten its timeouts in tests.
    LoopbackServer *loopbackServer() const { return m_server; }

    // Whether a Keyway Sandbox answers on 127.0.0.1:`port`: its discovery document has the issuer
    // http://127.0.0.1:PORT and "keyway_sandbox": true. Blocks up to `timeoutMs`.
    static bool probe(quint16 port, int timeoutMs = 1500);

signals:
    void stateChanged(keyway::SandboxServer::State state);
    void faultsChanged();
    // After each answer: method, path (never the query: it carries codes) and status. For the panel's log.
    void requestServed(const QString &method, const QString &path, int status);

private:
    void handle(const HttpRequest &request, const LoopbackServer::Responder &responder);
    void answer(const HttpRequest &request, const LoopbackServer::Responder &responder);
    void setState(State state, quint16 port);

    SandboxProvider m_provider;
    LoopbackServer *m_server = nullptr;
    State m_state = State::Stopped;
    quint16 m_port = 0;
    quint16 m_preferredPort = kDefaultPort;
};

} // namespace keyway
