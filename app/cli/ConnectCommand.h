#pragma once

#include "cli/CliCommand.h"

#include <memory>

namespace keyway {

class ConnectAttempt;

// `keyway connect INTEGRATION | --issuer URL ...`: runs the integration's flow (browser, device code, or a
// credential read from stdin) and prints the new connection's id.
class ConnectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)

public:
    QString name() const override { return QStringLiteral("connect"); }
    QString summary() const override { return tr("Connect an integration (prints the connection id)"); }
    QString usage() const override { return QStringLiteral("[INTEGRATION]"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    // --no-browser: reads the address the browser ended on from standard input and hands it to the attempt.
    void readPastedAddress(ConnectAttempt *attempt, const Exit &exit, const std::shared_ptr<bool> &answered);
};

} // namespace keyway
