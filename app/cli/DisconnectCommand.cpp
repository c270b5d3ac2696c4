#include "cli/DisconnectCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"

namespace keyway {

void DisconnectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("connection"), tr("Connection id (or a unique prefix, or its name)"));
    parser.addOption({QStringLiteral("forget"),
        tr("Also remove the connection's record, event log and request history (after revoking it "
           "if it is still live)")});
}

void DisconnectCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (parser.positionalArguments().size() != 1)
        return exit(fail(name(), tr("give exactly one CONNECTION")));
    const auto connection = core.service().resolve(parser.positionalArguments().first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    const QString id = connection.value().id;
    ConnectionService &service = core.service();
    auto forget = [this, &service, id, exit] {
        service.remove(id, &service, [this, exit](const Error &error) {
            if (!error.isNull())
                return exit(fail(name(), error.toString()));
            err() << tr("Removed.") << Qt::endl;
            exit(0);
        });
    };
    const bool wantForget = parser.isSet(QStringLiteral("forget"));
    // Already revoked (or failed): nothing left to revoke, only to forget.
    if (wantForget && ConnectionService::canRemove(connection.value().status))
        return forget();
    service.disconnect(id, &service, [this, exit, wantForget, forget](const Error &error) {
        if (!error.isNull())
            return exit(fail(name(), error.toString())); // revocation_failed says itself that the local secrets are gone
        err() << tr("Disconnected.") << Qt::endl;
        if (wantForget)
            return forget();
        exit(0);
    });
}

} // namespace keyway
