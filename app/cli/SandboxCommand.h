#pragma once

#include "cli/CliCommand.h"

#include <memory>

namespace keyway {

class SandboxServer;
class SignalWatcher;

// The Keyway Sandbox from the command line. Its state lives in its store (sandbox.sqlite in Keyway's data folder,
// see SandboxStore), so every action works whether or not a server runs, and a running server sees a change at
// once; whichever Keyway process needs the sandbox and finds none answering serves it from that store.
// `keyway sandbox serve [--port N]`: serves it in the foreground until SIGINT or SIGTERM (standard input plays no
// part, so it runs in the background too); prints one JSON line {"issuer", "port", "store"} on stdout when it
// listens (as the test peers do) and a line per request on stderr.
// `keyway sandbox faults [--json]`: the faults and their values, what each does and what Keyway should show.
// `keyway sandbox personalities [--json]`: the sandbox's clients with a personality (SandboxPersonality), the
// catalogue entry that connects with each, what it does and what Keyway should do.
// `keyway sandbox client-key CLIENT_ID FILE`: registers a public key (a JWK, or the public part of a PEM private
// key) for a client that authenticates with private_key_jwt.
// `keyway sandbox client-cert --out FOLDER`: makes a self-signed client certificate and its key (both files
// owner-only, mode 0600, never over existing ones) and registers the certificate for the client that authenticates
// with self_signed_tls_client_auth (RFC 8705 §2.2), for `keyway connect keyway-sandbox-mtls --client-cert`.
// `keyway sandbox fault NAME [on|off|VALUE]`: switches one (`fault all off` switches every fault off).
// `keyway sandbox log [--json]`: the requests the sandbox answered, whichever process served them.
// `keyway sandbox reset`: forgets everything (keys, grants, tokens, accounts, faults, settings, the log).
class SandboxCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    SandboxCommand();
    ~SandboxCommand() override;

    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override { return tr("Run the built-in Keyway Sandbox and switch its faults"); }
    QString usage() const override
    {
        return QStringLiteral(
            "serve | faults | fault NAME [on|off|VALUE] | personalities | client-key CLIENT_ID FILE | client-cert --out "
            "FOLDER | log | reset");
    }
    void addOptions(QCommandLineParser &parser) override;
    bool needsCore() const override { return false; }
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    void serve(const QCommandLineParser &parser, const Exit &exit);
    void listFaults(const QCommandLineParser &parser, const Exit &exit);
    void listPersonalities(const QCommandLineParser &parser, const Exit &exit);
    void registerClientKey(const QStringList &args, const Exit &exit);
    void makeClientCertificate(const QCommandLineParser &parser, const Exit &exit);
    void switchFault(const QStringList &args, const Exit &exit);
    void showLog(const QCommandLineParser &parser, const Exit &exit);
    void reset(const Exit &exit);
    // The sandbox of --port, not started, working from its store; false (after saying why) when it cannot be.
    bool openSandbox(const QCommandLineParser &parser, bool serving, const Exit &exit);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SignalWatcher> m_signals;
};

} // namespace keyway
