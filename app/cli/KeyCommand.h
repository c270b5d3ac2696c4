#pragma once

#include "cli/CliCommand.h"

namespace keyway {

// `keyway key generate --out PATH [--alg ES256]`: makes a key pair for private_key_jwt (RFC 7523 §2.2), writes
// the private key as PEM to the user's own file (created 0600, never overwritten unless --force) and prints
// the public JWK (kid = RFC 7638 thumbprint) to register with the provider. Connect with it through
// `keyway connect ... --private-key-file PATH`, which moves the key into the keychain.
// `keyway key public PATH | --connection CONNECTION`: prints the public JWK of a PEM file or of the key a
// connection keeps in the keychain, to register it again.
class KeyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    QString name() const override { return QStringLiteral("key"); }
    QString summary() const override { return tr("Generate a signing key pair or show a public JWK"); }
    QString usage() const override { return QStringLiteral("generate | public [PEM-FILE]"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    void generate(const QCommandLineParser &parser, Exit exit);
    void showPublic(CoreContext &core, const QCommandLineParser &parser, Exit exit);
};

} // namespace keyway
