#include "cli/TokenCommand.h"

#include "cli/TokenOutput.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

namespace keyway {

void TokenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("connection"),
        QStringLiteral("Connection id (or a unique prefix), name, account, or integration id (its default)"));
    parser.addOption({QStringLiteral("refresh"), QStringLiteral("Refresh the token first")});
    parser.addOption({QStringLiteral("format"),
        QStringLiteral("token (the token alone, the default), json ({access_token, token_type, expires_at, scope}) or "
                       "kubernetes (an ExecCredential for kubeconfig's exec plugin)"),
        QStringLiteral("format"), QStringLiteral("token")});
}

void TokenCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (parser.positionalArguments().size() != 1)
        return exit(fail(name(), QStringLiteral("give exactly one CONNECTION")));
    const auto connection = core.service().choose(parser.positionalArguments().first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    const auto format = TokenOutput::parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return exit(fail(name(), QStringLiteral("--format is token, json or kubernetes")));
    core.service().present(connection.value().id, parser.isSet(QStringLiteral("refresh")), &core.service(),
        [this, exit, format](const Result<PresentedCredential> &credential) {
            if (!credential)
                return exit(fail(name(), credential.error().toString()));
            const QByteArray text = TokenOutput::render(credential.value(), *format);
            if (text.isEmpty())
                return exit(fail(name(), QStringLiteral("a Basic credential has no kubernetes form: use --format json")));
            out() << QString::fromUtf8(text) << Qt::flush;
            exit(0);
        });
}

} // namespace keyway
