#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway git-credential get|store|erase`: git's credential helper (gitcredentials(7)), set up with
//   git config --global credential.https://HOST.helper "keyway git-credential"
// get    answers with the fresh token of the connection that answers for the host (GitCredential), chosen by the
//        username git sends when several do, else the integration's default connection; says nothing (git asks
//        elsewhere) when none answers, and fails naming them when several still do.
//        A DPoP-bound token (RFC 9449 §7.1) is refused with an error: git cannot send the proof a forge needs.
// store  does nothing: Keyway's tokens are kept by Keyway.
// erase  git's server refused the credential: when it is still the connection's current token, Keyway renews it
//        (or marks the connection for signing in again when the provider refuses the grant). Nothing is deleted.
class GitCredentialCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GitCredentialCommand)

public:
    QString name() const override { return QStringLiteral("git-credential"); }
    QString summary() const override { return tr("Give git a connection's token (credential helper)"); }
    QString usage() const override { return QStringLiteral("get|store|erase"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;
};

} // namespace keyway
