#pragma once

#include "cli/CliCommand.h"

#include <QJsonObject>

namespace keyway {

// The integration catalogue, built-in and custom:
//   keyway integrations [--json] [--category C] [--search TEXT]      list (--search: IntegrationSearch, best first)
//   keyway integrations show ID [--json] [--param K=V]... [--redirect-uri URI]
//                                                                    what to set up at the provider (SetupGuide)
//   keyway integrations add --issuer URL --id ID [--name N] [--redirect-uri URI] [--replace] [--allow-insecure-http]
//                                                                    a custom one from an issuer's metadata
//       [--register [--initial-access-token-stdin]]                  ...with a client registered there (RFC 7591)
//   keyway integrations import FILE [--replace]                       validate a file and add it as custom
// A --replace over a custom integration with a client Keyway registered deletes that registration once the new
// file is saved (ClientRegistrar), with or without --register.
//   keyway integrations export ID FILE|-                              write one integration's file
//   keyway integrations remove ID                                     delete a custom one (a built-in comes back),
//                                                                    and its client registration (RFC 7592)
// Integration files never hold secrets, so importing and exporting them is safe to share. An integration that
// allows plain http to a non-loopback host (--allow-insecure-http, or "allow_insecure_http" in an imported file)
// is added with a warning on standard error.
class IntegrationsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationsCommand)

public:
    QString name() const override { return QStringLiteral("integrations"); }
    QString summary() const override { return tr("List, show, add, import, export or remove integrations"); }
    QString usage() const override { return QStringLiteral("[show ID | add | import FILE | export ID FILE | remove ID]"); }
    void addOptions(QCommandLineParser &parser) override;
    void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) override;

private:
    void list(CoreContext &core, const QCommandLineParser &parser, Exit exit);
    void add(CoreContext &core, const QCommandLineParser &parser, Exit exit);
    void addRegistered(CoreContext &core, const QCommandLineParser &parser, const QJsonObject &redirect, Exit exit);
    void remove(CoreContext &core, const QString &id, Exit exit);
    void show(CoreContext &core, const QCommandLineParser &parser, const QString &id, Exit exit);
};

} // namespace keyway
