#pragma once

#include "auth/TokenExchangeRequest.h"
#include "cli/CliCommand.h"
#include "cli/TokenOutput.h"
#include "store/ConnectionRecord.h"

namespace keyway {

// `keyway token CONNECTION [--refresh] [--format token|json|kubernetes]`: prints the access token (refreshed
// first when it is about to expire, or always with --refresh), alone for scripts
// (curl -H "Authorization: Bearer $(keyway token gh)"), as JSON, or as a kubeconfig ExecCredential (TokenOutput).
// With --exchange --audience AUD [--resource URI]... [--scope "a b"] [--requested-token-type URI] it prints instead a
// token for another service, exchanged for the connection's (RFC 8693, ConnectionService::exchangeToken), which is
// not stored; --json (or --format json) prints it with issued_token_type, token_type, expires_in and scope. With
// --save-as NAME [--api-base URL] it is kept instead, as a new connection (ConnectionService::saveExchanged,
// DerivedConnection), and its id is printed (--json: the same object with "connection_id").
// A DPoP-bound token (RFC 9449) is printed with a warning on stderr that a server takes it only with a proof; with
// --dpop-proof --method M --url U [--dpop-nonce N] it comes with a fresh proof for that one request (ConnectionService::
// presentWithProof: the same code that signs Keyway's own API requests). --format kubernetes refuses it: kubectl
// sends the token as Bearer and cannot make a proof.
class TokenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override { return tr("Print a connection's access token"); }
    QString usage() const override { return QStringLiteral("CONNECTION"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    void prove(CoreContext &core, const ConnectionRecord &connection, const QCommandLineParser &parser,
        TokenOutput::Format format, Exit exit);
    void exchange(CoreContext &core, const QString &connectionId, const QCommandLineParser &parser, bool json, Exit exit);
    void exchangeAndSave(CoreContext &core, const QString &connectionId, const TokenExchangeRequest &request,
        const QCommandLineParser &parser, bool json, Exit exit);
};

} // namespace keyway
