#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway integrations [--json] [--category C]`: the integration catalogue, built-in and custom.
class IntegrationsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("integrations"); }
    QString summary() const override { return QStringLiteral("List the integration catalogue"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;
};

} // namespace keyway
