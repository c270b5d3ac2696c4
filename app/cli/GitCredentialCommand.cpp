#include "cli/GitCredentialCommand.h"

#include "catalog/Catalog.h"
#include "cli/GitCredential.h"
#include "core/ConnectionChooser.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QFile>

namespace keyway {

namespace {

QByteArray readRequest()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    // One byte past the limit is enough to tell an oversized request.
    return in.read(GitCredentialRequest::kMaxBytes + 1);
}

} // namespace

void GitCredentialCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("operation"), tr("get, store or erase (git gives it)"));
}

void GitCredentialCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QStringList positional = parser.positionalArguments();
    const QString operation = positional.value(0);
    if (positional.size() != 1
        || (operation != QLatin1String("get") && operation != QLatin1String("store") && operation != QLatin1String("erase")))
        return exit(fail(name(), tr("give get, store or erase (git runs this helper itself)")));
    const auto request = GitCredentialRequest::parse(readRequest());
    if (!request)
        return exit(fail(name(), request.error().toString()));
    // Keyway keeps its own tokens: nothing git offers is stored.
    if (operation == QLatin1String("store"))
        return exit(0);

    ConnectionService &service = core.service();
    Catalog &catalog = core.catalog();
    const auto gitOf = [&catalog](const ConnectionRecord &c) {
        const auto integration = catalog.find(c.integrationId);
        return integration ? integration->git : GitSettings();
    };
    QList<ConnectionRecord> answering;
    for (const ConnectionRecord &c : service.connections())
        if (GitCredential::answersFor(c, request.value(), gitOf(c)))
            answering << c;
    QList<ConnectionRecord> candidates = GitCredential::chosen(
        answering, request.value().username, [&gitOf](const ConnectionRecord &c) { return gitOf(c).username; });
    // Several accounts for one host: the one the user made its integration's default.
    if (candidates.size() > 1)
        if (const auto chosen = ConnectionChooser::defaultAmong(candidates, service.defaultConnections()))
            candidates = {*chosen};
    if (candidates.isEmpty())
        return exit(0); // not Keyway's host (or not that user): git asks its other helpers, or the user
    if (candidates.size() > 1) {
        QStringList names;
        for (const ConnectionRecord &c : candidates)
            names << c.name;
        return exit(fail(name(),
            tr("several connections answer for %1 (%2): put the one to use in the URL's user "
               "name, e.g. https://NAME@%1/, or make one the default (keyway connections default "
               "INTEGRATION CONNECTION)")
                .arg(request.value().host, names.join(QStringLiteral(", ")))));
    }
    const ConnectionRecord connection = candidates.first();

    if (operation == QLatin1String("erase")) {
        const QByteArray refused = request.value().password;
        return service.present(connection.id, false, &service,
            [this, &service, exit, connection, refused](const Result<PresentedCredential> &current) {
                // Already renewed (here or by another process), or no longer usable: nothing to do.
                if (!current || refused.isEmpty() || current.value().secret != refused || current.value().tokenType.isEmpty())
                    return exit(0);
                service.refresh(
                    connection.id, &service,
                    [this, exit](const Error &error) {
                        if (!error.isNull())
                            return exit(fail(name(), error.toString()));
                        exit(0);
                    },
                    refused);
            });
    }

    const QString username = request.value().username;
    const QString forgeUser = gitOf(connection).username;
    service.present(connection.id, false, &service,
        [this, exit, username, forgeUser, connection](const Result<PresentedCredential> &credential) {
            if (!credential)
                return exit(fail(name(), credential.error().toString()));
            const PresentedCredential &c = credential.value();
            // RFC 9449 §7.1: the forge would take a DPoP-bound token only with a proof for each request; git sends the
            // password alone, so handing it over would only fail later, and more obscurely.
            if (c.dpopBound)
                return exit(fail(name(),
                    tr("the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a "
                       "fresh proof for each request, which git cannot send. Give git a connection made without "
                       "--dpop.")
                        .arg(connection.name)));
            // A Basic connection's own user name and password; for a token, the user name its forge expects with one
            // (the catalogue's git.username), else the one git was given, else the connection's account, else its
            // (unique) name: forges that take a token as the password check the token, and git's later `erase` names
            // the connection by it (GitCredential::chosen).
            const QString user = !c.username.isEmpty() ? QString::fromUtf8(c.username)
                : !forgeUser.isEmpty()                 ? forgeUser
                : !username.isEmpty()                  ? username
                : !connection.accountLabel.isEmpty()   ? connection.accountLabel
                                                       : connection.name;
            const QByteArray text = GitCredential::answer(user, c.username.isEmpty() ? c.secret : c.password, c.expiresAt);
            if (text.isEmpty())
                return exit(fail(name(), tr("the credential cannot be written in git's format")));
            out() << QString::fromUtf8(text) << Qt::flush;
            exit(0);
        });
}

} // namespace keyway
