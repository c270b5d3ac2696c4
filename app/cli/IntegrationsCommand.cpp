#include "cli/IntegrationsCommand.h"

#include "auth/RedirectTarget.h"
#include "catalog/Catalog.h"
#include "catalog/CustomIntegrationBuilder.h"
#include "catalog/IntegrationLoader.h"
#include "catalog/IntegrationSearch.h"
#include "core/ClientRegistrar.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/SetupGuide.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

namespace keyway {

namespace {

QJsonObject summaryJson(const Integration &i)
{
    QJsonArray modes;
    for (AuthMode m : i.authModes)
        modes.append(Integration::toString(m));
    QJsonArray sources;
    for (const SourceRef &source : i.sources)
        sources.append(QJsonObject {{QStringLiteral("url"), source.url}, {QStringLiteral("about"), source.about}});
    QJsonObject json {{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name}, {QStringLiteral("category"), i.category},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(i.aliases)}, {QStringLiteral("auth_modes"), modes},
        {QStringLiteral("docs"), i.docs}, {QStringLiteral("source"), i.builtin ? QStringLiteral("builtin") : i.source},
        {QStringLiteral("overrides_builtin"), i.overridesBuiltin}, {QStringLiteral("sources"), sources}};
    // Issue 22: where the facts come from and when they were checked (absent: never checked).
    if (i.checked.isValid())
        json.insert(QStringLiteral("checked"), i.checked.toString(Qt::ISODate));
    return json;
}

// How an integration came to be: added from an issuer's metadata, or imported from a file.
enum class Origin { Added, Imported };

void reportAdded(const Catalog &catalog, const Integration &in, Origin origin)
{
    CliCommand::out() << in.id << Qt::endl;
    switch (origin) {
    case Origin::Added:
        CliCommand::err() << (in.overridesBuiltin
                ? IntegrationsCommand::tr("Added %1 as %2 (overrides the built-in integration of that id)")
                : IntegrationsCommand::tr("Added %1 as %2"))
                                 .arg(in.name, in.source)
                          << Qt::endl;
        break;
    case Origin::Imported:
        CliCommand::err() << (in.overridesBuiltin
                ? IntegrationsCommand::tr("Imported %1 as %2 (overrides the built-in integration of that id)")
                : IntegrationsCommand::tr("Imported %1 as %2"))
                                 .arg(in.name, in.source)
                          << Qt::endl;
        break;
    }
    // Issue 15.3: say where a replaced built-in now sends the user, the tokens and any client secret.
    if (const auto builtin = catalog.overriddenBuiltin(in.id); in.overridesBuiltin && builtin) {
        const QStringList changes = in.changesFrom(*builtin);
        CliCommand::err() << (changes.isEmpty()
                ? IntegrationsCommand::tr("Warning: this file replaces the built-in %1 integration (its endpoints are "
                                          "unchanged)")
                : IntegrationsCommand::tr("Warning: this file replaces the built-in %1 integration; changed:"))
                                 .arg(builtin->name)
                          << Qt::endl;
        for (const QString &change : changes)
            CliCommand::err() << "  " << change << Qt::endl;
    }
    // RFC 9700 / RFC 6749 §3.1: TLS is the rule; an integration that lifts it says so every time.
    if (in.allowInsecureHttp())
        CliCommand::err() << IntegrationsCommand::tr("Warning: %1").arg(in.insecureHttpWarning()) << Qt::endl;
}

// A plain --replace (add without --register, import) over a custom integration Keyway had registered a client for:
// that registration goes as it does with --register --replace (ClientRegistrar::retireReplaced), once the new file is
// saved. `replaced`: the integration found under the id before saving. A failure there is said, not fatal.
void retireReplaced(CoreContext &core, const std::optional<Integration> &replaced, const Integration &in, CliCommand::Exit exit)
{
    if (!replaced)
        return exit(0);
    auto *registrar
        = new ClientRegistrar(core.catalog(), core.service().secretStore(), core.service().network(), &core.service());
    QObject::connect(
        registrar, &ClientRegistrar::retired, registrar, [registrar, exit](const QString &, const Error &deregistration) {
            registrar->deleteLater();
            if (!deregistration.isNull())
                CliCommand::err() << IntegrationsCommand::tr("Warning: %1").arg(deregistration.toString()) << Qt::endl;
            exit(0);
        });
    registrar->retireReplaced(*replaced, in);
}

} // namespace

void IntegrationsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("subcommand"), tr("show, add, import, export or remove; none lists"));
    parser.addOptions({
        {QStringLiteral("json"), tr("Print JSON")},
        {QStringLiteral("category"), tr("Only this category"), QStringLiteral("CATEGORY")},
        {QStringLiteral("search"),
            tr("Only integrations matching TEXT (name, alias, id, auth mode, description, scopes), best first"),
            QStringLiteral("TEXT")},
        {QStringLiteral("issuer"), tr("add: the issuer URL whose metadata gives the endpoints"), QStringLiteral("URL")},
        {QStringLiteral("id"), tr("add: the new integration's id (lower case letters, digits, -)"), QStringLiteral("ID")},
        {QStringLiteral("name"), tr("add: the name shown"), QStringLiteral("NAME")},
        {QStringLiteral("replace"),
            tr("add, import: replace a custom or built-in integration of the same id (a client Keyway registered for "
               "the replaced one is deleted at the provider)")},
        {QStringLiteral("redirect-uri"),
            tr("add: the exact redirect URI registered at the provider (http://127.0.0.1:PORT/PATH, or "
               "io.keyway.app:/oauth2redirect), used by every connection; show: the one to show instead "
               "of the integration's"),
            QStringLiteral("URI")},
        {QStringLiteral("param"), tr("show: a template variable to fill in the setup steps, e.g. subdomain=acme (repeatable)"),
            QStringLiteral("KEY=VALUE")},
        {QStringLiteral("register"),
            tr("add: register Keyway as a client at the provider's registration endpoint (RFC 7591); the "
               "client is deleted there when the integration is removed or replaced")},
        {QStringLiteral("dpop"),
            tr("add: bind every connection's tokens to a key pair of its own (DPoP, RFC 9449); with --register the "
               "client is registered for DPoP-bound tokens only")},
        {QStringLiteral("initial-access-token-stdin"),
            tr("add --register: read the initial access token the provider requires from standard input")},
        {QStringLiteral("allow-insecure-http"),
            tr("add: allow plain http to the issuer's host and endpoints (test servers only; tokens are sent unencrypted)")},
    });
}

void IntegrationsCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    const auto expectArgs = [&](int count, const QString &usage) {
        if (args.size() == count + 1)
            return true;
        fail(name(), tr("usage: %1").arg(QStringLiteral("keyway integrations ") + usage));
        exit(2);
        return false;
    };
    Catalog &catalog = core.catalog();

    if (sub.isEmpty())
        return list(core, parser, exit);
    if (sub == QLatin1String("show")) {
        if (expectArgs(1, QStringLiteral("show ID [--json] [--param KEY=VALUE]... [--redirect-uri URI]")))
            show(core, parser, args.at(1), exit);
        return;
    }
    if (sub == QLatin1String("add")) {
        if (expectArgs(0,
                QStringLiteral("add --issuer URL --id ID [--name NAME] [--redirect-uri URI] [--replace] [--allow-insecure-http] "
                               "[--dpop] [--register [--initial-access-token-stdin]]")))
            add(core, parser, exit);
        return;
    }
    if (sub == QLatin1String("import")) {
        if (!expectArgs(1, QStringLiteral("import FILE [--replace]")))
            return;
        const bool replace = parser.isSet(QStringLiteral("replace"));
        // Read before the file is saved over it: a registration it had is retired once the import is saved.
        std::optional<Integration> replaced;
        if (replace)
            if (const Result<Integration> incoming = IntegrationLoader::loadFile(args.at(1)))
                replaced = catalog.find(incoming.value().id);
        const Result<Integration> imported = catalog.importFile(args.at(1), replace);
        if (!imported)
            return exit(fail(name(), imported.error().toString()));
        reportAdded(catalog, imported.value(), Origin::Imported);
        return retireReplaced(core, replaced, imported.value(), exit);
    }
    if (sub == QLatin1String("export")) {
        if (!expectArgs(2, tr("export ID FILE (- for standard output)")))
            return;
        const QString id = args.at(1);
        const QString target = args.at(2);
        if (target == QLatin1String("-")) {
            // Through a file of its own, so standard output gets exactly what a file would.
            QTemporaryDir dir;
            const QString path = dir.filePath(id + QStringLiteral(".json"));
            const Error error = dir.isValid() ? catalog.exportIntegration(id, path)
                                              : Error::make(QStringLiteral("export_failed"), tr("no temporary folder"));
            if (!error.isNull())
                return exit(fail(name(), error.toString()));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return exit(fail(name(), file.errorString()));
            out() << QString::fromUtf8(file.readAll()) << Qt::flush;
            return exit(0);
        }
        const Error error = catalog.exportIntegration(id, target);
        if (!error.isNull())
            return exit(fail(name(), error.toString()));
        err() << tr("Exported %1 to %2").arg(id, target) << Qt::endl;
        return exit(0);
    }
    if (sub == QLatin1String("remove")) {
        if (!expectArgs(1, QStringLiteral("remove ID")))
            return;
        return remove(core, args.at(1), exit);
    }
    fail(name(), tr("unknown subcommand '%1' (show, add, import, export, remove; none lists)").arg(sub));
    exit(2);
}

void IntegrationsCommand::list(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const Catalog &catalog = core.catalog();
    const QString category = parser.value(QStringLiteral("category"));
    QList<Integration> list = category.isEmpty() ? catalog.all() : catalog.inCategory(category);
    // The window's search: the same matcher, so both find the same integrations in the same order.
    if (parser.isSet(QStringLiteral("search")))
        list = IntegrationSearch::find(list, parser.value(QStringLiteral("search")), &catalog.vocabulary());
    for (const Error &e : catalog.errors())
        err() << "keyway " << name() << ": " << tr("skipped %1").arg(e.toString()) << Qt::endl;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Integration &i : list)
            array.append(summaryJson(i));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return exit(0);
    }
    int width = 4;
    for (const Integration &i : list)
        width = qMax(width, int(i.id.size()));
    for (const Integration &i : list) {
        QStringList modes;
        for (AuthMode m : i.authModes)
            modes << Integration::toString(m);
        out() << i.id.leftJustified(width + 2) << i.name.leftJustified(28) << i.category.leftJustified(16)
              << modes.join(QLatin1Char(','))
              << (i.overridesBuiltin ? QStringLiteral("  ") + tr("(custom, overrides built-in)") : QString()) << Qt::endl;
    }
    exit(0);
}

void IntegrationsCommand::add(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QString issuer = parser.value(QStringLiteral("issuer"));
    const QString id = parser.value(QStringLiteral("id"));
    if (issuer.isEmpty() || id.isEmpty()) {
        fail(name(), tr("add needs --issuer URL and --id ID"));
        return exit(2);
    }
    QJsonObject redirect;
    if (parser.isSet(QStringLiteral("redirect-uri"))) {
        const Result<RedirectTarget> target = RedirectTarget::parse(parser.value(QStringLiteral("redirect-uri")));
        if (!target)
            return exit(fail(name(), target.error().toString()));
        redirect = target.value().integrationRedirect();
    }
    if (parser.isSet(QStringLiteral("initial-access-token-stdin")) && !parser.isSet(QStringLiteral("register"))) {
        fail(name(), tr("--initial-access-token-stdin goes with --register"));
        return exit(2);
    }
    if (parser.isSet(QStringLiteral("register")))
        return addRegistered(core, parser, redirect, exit);
    const bool replace = parser.isSet(QStringLiteral("replace"));
    // Read before the new file is saved over it: a registration it had is retired once the new one is saved.
    const std::optional<Integration> replaced = replace ? core.catalog().find(id) : std::nullopt;
    auto *builder = new CustomIntegrationBuilder(core.catalog(), core.service().network(), &core.service());
    builder->setAllowInsecureHttp(parser.isSet(QStringLiteral("allow-insecure-http")));
    builder->setDpop(parser.isSet(QStringLiteral("dpop")));
    if (!redirect.isEmpty())
        builder->setRedirect(redirect);
    QObject::connect(
        builder, &CustomIntegrationBuilder::created, builder, [builder, exit, &core, replaced](const Integration &in) {
            builder->deleteLater();
            reportAdded(core.catalog(), in, Origin::Added);
            retireReplaced(core, replaced, in, exit);
        });
    const bool insecure = builder->allowInsecureHttp();
    QObject::connect(
        builder, &CustomIntegrationBuilder::failed, builder, [this, builder, exit, insecure, issuer](const Error &error) {
            builder->deleteLater();
            QString text = error.toString();
            if (!insecure && error.code == QLatin1String("invalid_issuer")
                && issuer.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
                text += QLatin1Char('\n')
                    + tr("Plain http to %1 is refused; --allow-insecure-http allows it for this integration "
                         "(test servers only: tokens cross the network unencrypted).")
                          .arg(QUrl(issuer).host());
            exit(fail(name(), text));
        });
    builder->createFromIssuer(issuer, id, parser.value(QStringLiteral("name")), replace);
}

// RFC 7591: the same discovery, then a client registered at the provider, its secrets in the keychain.
void IntegrationsCommand::addRegistered(
    CoreContext &core, const QCommandLineParser &parser, const QJsonObject &redirect, Exit exit)
{
    ClientRegistrar::Request request;
    request.issuer = parser.value(QStringLiteral("issuer"));
    request.id = parser.value(QStringLiteral("id"));
    request.name = parser.value(QStringLiteral("name"));
    request.replace = parser.isSet(QStringLiteral("replace"));
    request.allowInsecureHttp = parser.isSet(QStringLiteral("allow-insecure-http"));
    request.redirect = redirect;
    request.dpop = parser.isSet(QStringLiteral("dpop"));
    if (parser.isSet(QStringLiteral("initial-access-token-stdin"))) {
        request.initialAccessToken = readStdinSecret();
        if (request.initialAccessToken.isEmpty())
            return exit(fail(name(), tr("no initial access token on standard input")));
    }
    auto *registrar
        = new ClientRegistrar(core.catalog(), core.service().secretStore(), core.service().network(), &core.service());
    QObject::connect(registrar, &ClientRegistrar::created, registrar,
        [registrar, exit, &core](const Integration &in, const Error &replacedDeregistration) {
            registrar->deleteLater();
            reportAdded(core.catalog(), in, Origin::Added);
            if (in.oauth.registeredClient)
                err() << (in.oauth.registeredClient->confidential
                        ? tr("Registered Keyway at the provider as the client %1 (its secret is in the keychain)")
                        : tr("Registered Keyway at the provider as the client %1"))
                             .arg(in.oauth.registeredClient->clientId)
                      << Qt::endl;
            // As with remove: the replaced integration's registration could not be deleted; said, not fatal.
            if (!replacedDeregistration.isNull())
                err() << tr("Warning: %1").arg(replacedDeregistration.toString()) << Qt::endl;
            exit(0);
        });
    QObject::connect(registrar, &ClientRegistrar::failed, registrar, [this, registrar, exit](const Error &error) {
        registrar->deleteLater();
        exit(fail(name(), error.toString()));
    });
    registrar->addRegistered(request);
}

// A registered client is deleted at the provider first (RFC 7592 §2.3); a failure there is said, not fatal.
void IntegrationsCommand::remove(CoreContext &core, const QString &id, Exit exit)
{
    auto *registrar
        = new ClientRegistrar(core.catalog(), core.service().secretStore(), core.service().network(), &core.service());
    QObject::connect(registrar, &ClientRegistrar::removed, registrar,
        [registrar, exit, &core](const QString &removedId, const Error &deregistration) {
            registrar->deleteLater();
            err() << (core.catalog().find(removedId) ? tr("Removed the custom integration %1; the built-in one is used again")
                                                     : tr("Removed the custom integration %1"))
                         .arg(removedId)
                  << Qt::endl;
            if (!deregistration.isNull())
                err() << tr("Warning: %1").arg(deregistration.toString()) << Qt::endl;
            exit(0);
        });
    QObject::connect(registrar, &ClientRegistrar::failed, registrar, [this, registrar, exit](const Error &error) {
        registrar->deleteLater();
        exit(fail(name(), error.toString()));
    });
    registrar->remove(id);
}

} // namespace keyway

namespace keyway {

void IntegrationsCommand::show(CoreContext &core, const QCommandLineParser &parser, const QString &id, Exit exit)
{
    const std::optional<Integration> in = core.catalog().find(id);
    if (!in)
        return exit(fail(name(), tr("there is no integration \"%1\" (see keyway integrations)").arg(id)));
    QVariantMap values;
    for (const QString &item : parser.values(QStringLiteral("param"))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(name(), tr("expected KEY=VALUE, got '%1'").arg(item));
            return exit(2);
        }
        values.insert(item.left(eq), item.mid(eq + 1));
    }
    const QString redirectUri = parser.value(QStringLiteral("redirect-uri"));
    if (!redirectUri.isEmpty())
        if (const Result<RedirectTarget> parsed = RedirectTarget::parse(redirectUri); !parsed)
            return exit(fail(name(), parsed.error().toString()));
    const SetupGuide guide = SetupGuide::build(*in, values, redirectUri);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(guide.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << guide.toText();
    exit(0);
}

} // namespace keyway
