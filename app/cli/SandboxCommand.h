#pragma once

#include "cli/CliCommand.h"

#include <memory>

namespace keyway {

class SandboxControlClient;
class SandboxServer;

// `keyway sandbox serve [--port N]`: runs the Keyway Sandbox in the foreground until Ctrl+C or until standard
// input closes; prints one JSON line {"issuer", "port"} on stdout when it listens (as the test peers do) and a
// line per request on stderr.
// `keyway sandbox faults [--json]`: the faults of the running sandbox, what each does and what Keyway should show.
// `keyway sandbox fault NAME [on|off|VALUE]`: switches one on the running sandbox (the window's or `serve`'s),
// through its control endpoint; `fault all off` switches every fault off.
class SandboxCommand final : public CliCommand
{
public:
    SandboxCommand();
    ~SandboxCommand() override;

    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override { return QStringLiteral("Run the built-in Keyway Sandbox and switch its faults"); }
    QString usage() const override { return QStringLiteral("serve | faults | fault NAME [on|off|VALUE]"); }
    void addOptions(QCommandLineParser &parser) override;
    bool needsCore() const override { return false; }
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    void serve(const QCommandLineParser &parser, const Exit &exit);
    void listFaults(const QCommandLineParser &parser, const Exit &exit);
    void switchFault(const QCommandLineParser &parser, const QStringList &args, const Exit &exit);
    SandboxControlClient &control(const QCommandLineParser &parser);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxControlClient> m_control;
};

} // namespace keyway
