#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway request CONNECTION METHOD URL [-H "K: V"]... [-d BODY] [-i]`: an API call with the connection's
// credential applied (refreshed once on 401). Prints the body (with -i, the status line and headers first).
// Exit status 0 for 2xx/3xx answers, 1 otherwise.
class RequestCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)

public:
    QString name() const override { return QStringLiteral("request"); }
    QString summary() const override { return tr("Send an API request with a connection's credential"); }
    QString usage() const override { return QStringLiteral("CONNECTION METHOD URL"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;
};

} // namespace keyway
