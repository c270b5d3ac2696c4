#include "cli/DisconnectCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"

namespace keyway {

void DisconnectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("connection"), QStringLiteral("Connection id (or a unique prefix, or its name)"));
}

void DisconnectCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (parser.positionalArguments().size() != 1)
        return exit(fail(name(), QStringLiteral("give exactly one CONNECTION")));
    const auto connection = core.service().resolve(parser.positionalArguments().first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    core.service().disconnect(connection.value().id, [this, exit](const Error &error) {
        if (!error.isNull())
            return exit(fail(name(), QStringLiteral("local secrets removed, but: ") + error.toString()));
        err() << "Disconnected." << Qt::endl;
        exit(0);
    });
}

} // namespace keyway
