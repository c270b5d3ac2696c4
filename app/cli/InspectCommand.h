#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway inspect CONNECTION [--json]`: the connection for support staff: status, scopes, token fingerprints,
// decoded JWT claims, the event log. No secret is printed (use `keyway token` for the token itself).
class InspectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override { return tr("Show a connection's details, decoded tokens and events"); }
    QString usage() const override { return QStringLiteral("CONNECTION"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;
};

} // namespace keyway
