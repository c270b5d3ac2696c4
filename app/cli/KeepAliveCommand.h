#pragma once

#include "cli/CliCommand.h"

#include <memory>

namespace keyway {

class Keeper;
class KeeperTimer;

// `keyway keep-alive [--margin-days N] [--warn-days N]`: one pass of the Keeper, one line per connection with a
// refresh token ("ID  NAME  renewed|ok|unknown|reconnect|needs you|failed  ..."); exits 1 when any connection needs
// the user (reconnect now or before its grant ends) or a due renewal failed. `--install` / `--uninstall` set up or
// remove a daily systemd user timer that runs it (KeeperTimer).
class KeepAliveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeepAliveCommand)

public:
    KeepAliveCommand();
    ~KeepAliveCommand() override;
    QString name() const override { return QStringLiteral("keep-alive"); }
    QString summary() const override { return tr("Renew refresh tokens before they lapse unused; warn before grants end"); }
    void addOptions(QCommandLineParser &parser) override;
    // Setting up the timer opens neither the database nor the keychain.
    using CliCommand::needsCore;
    bool needsCore(const QCommandLineParser &parser) const override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    void setUpTimer(bool install, Exit exit);

    std::unique_ptr<Keeper> m_keeper;
    std::unique_ptr<KeeperTimer> m_timer;
};

} // namespace keyway
