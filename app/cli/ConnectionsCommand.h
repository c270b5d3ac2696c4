#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway connections [--json]`: every connection with its account, status and expiry. No secret.
// `keyway connections --recover | --revoke-lost`: the connections the database lost while the keychain kept their
// tokens (KeychainRecovery), rebuilt from the keychain, or revoked at their providers and deleted.
// `keyway connections default INTEGRATION CONNECTION`: the connection the broker commands use for INTEGRATION when
// several are connected and none is named (ConnectionChooser); the list marks it "(default)".
class ConnectionsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionsCommand)

public:
    QString name() const override { return QStringLiteral("connections"); }
    QString summary() const override { return tr("List connections (or recover those the database lost)"); }
    void addOptions(QCommandLineParser &parser) override;
    bool handlesLostConnections(const QCommandLineParser &parser) const override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    void list(CoreContext &core, const QCommandLineParser &parser, Exit exit);
    void setDefault(CoreContext &core, const QString &integration, const QString &reference, Exit exit);
};

} // namespace keyway
