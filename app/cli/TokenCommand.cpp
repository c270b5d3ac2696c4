#include "cli/TokenCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"

namespace keyway {

void TokenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("connection"), QStringLiteral("Connection id (or a unique prefix, or its name)"));
    parser.addOption({QStringLiteral("refresh"), QStringLiteral("Refresh the token first")});
}

void TokenCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (parser.positionalArguments().size() != 1)
        return exit(fail(name(), QStringLiteral("give exactly one CONNECTION")));
    const auto connection = core.service().resolve(parser.positionalArguments().first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    core.service().accessToken(connection.value().id, parser.isSet(QStringLiteral("refresh")),
                               [this, exit](const QByteArray &token, const Error &error) {
                                   if (!error.isNull())
                                       return exit(fail(name(), error.toString()));
                                   out() << QString::fromUtf8(token) << Qt::endl;
                                   exit(0);
                               });
}

} // namespace keyway
