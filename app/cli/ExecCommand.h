#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway exec CONNECTION [--env NAME]... -- COMMAND [ARGS...]`: runs COMMAND with the connection's fresh
// credential in its environment (KEYWAY_ACCESS_TOKEN, or each --env NAME instead), the API base URL in
// KEYWAY_API_BASE_URL and the token's type in KEYWAY_TOKEN_TYPE (Bearer, or DPoP for a bound token: the
// Authorization scheme to send it with; unset for an API key or Basic), with this terminal's input and output, and exits with
// COMMAND's status (128 + the signal number when a signal ended it, as a shell says). The credential is never in any process's
// arguments. A DPoP-bound token (RFC 9449 §7.1) is refused unless --allow-bound-token says COMMAND gets its proofs itself
// (`keyway token CONNECTION --dpop-proof`): a token alone would only be refused by the server.
class ExecCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExecCommand)

public:
    QString name() const override { return QStringLiteral("exec"); }
    QString summary() const override { return tr("Run a command with a connection's token in its environment"); }
    QString usage() const override { return QStringLiteral("CONNECTION -- COMMAND [ARGS...]"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

    // An environment variable name a shell can use: [A-Za-z_][A-Za-z0-9_]*.
    static bool isVariableName(const QString &name);
};

} // namespace keyway
