#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway connections [--json]`: every connection with its account, status and expiry. No secret.
class ConnectionsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("connections"); }
    QString summary() const override { return QStringLiteral("List connections"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;
};

} // namespace keyway
