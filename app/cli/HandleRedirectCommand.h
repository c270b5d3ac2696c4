#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway handle-redirect URI`: what the desktop runs for io.keyway.app: links (RFC 8252 §7.1 private-use URI
// scheme redirects; packaging/linux/io.keyway.Keyway.Redirect.desktop). Hands the redirect to the Keyway process
// (window or `keyway connect`) waiting for it, through RedirectHandoff, and prints that process's verdict on
// stderr: exit 0 when the sign-in took it, 1 when no sign-in was waiting for it or it was refused.
class HandleRedirectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HandleRedirectCommand)

public:
    QString name() const override { return QStringLiteral("handle-redirect"); }
    QString summary() const override { return tr("Hand an io.keyway.app: redirect to the waiting sign-in (run by the desktop)"); }
    QString usage() const override { return QStringLiteral("URI"); }
    void addOptions(QCommandLineParser &parser) override;
    bool needsCore() const override { return false; }
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;
};

} // namespace keyway
