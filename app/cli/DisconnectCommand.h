#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway disconnect CONNECTION`: revokes at the provider (RFC 7009) and deletes the secrets. The local secrets
// are deleted even when revocation fails; the exit status then says it failed. The record stays (as revoked)
// for its event log until `--forget` removes it, with its events and history.
class DisconnectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectCommand)

public:
    QString name() const override { return QStringLiteral("disconnect"); }
    QString summary() const override { return tr("Revoke a connection and delete its secrets (--forget: and its record)"); }
    QString usage() const override { return QStringLiteral("CONNECTION"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;
};

} // namespace keyway
