#include "cli/TokenCommand.h"

#include "cli/TokenOutput.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

namespace keyway {

void TokenCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("connection"), tr("Connection id (or a unique prefix), name, account, or integration id (its default)"));
    parser.addOption({QStringLiteral("refresh"), tr("Refresh the token first")});
    parser.addOption({QStringLiteral("format"),
        tr("token (the token alone, the default), json ({access_token, token_type, expires_at, scope}) or "
           "kubernetes (an ExecCredential for kubeconfig's exec plugin)"),
        QStringLiteral("format"), QStringLiteral("token")});
    parser.addOption({QStringLiteral("json"), tr("The same as --format json")});
    parser.addOption({QStringLiteral("exchange"),
        tr("Exchange the access token for one aimed at another service (RFC 8693); it is printed, not stored")});
    parser.addOption(
        {QStringLiteral("audience"), tr("With --exchange: the service the new token is for"), QStringLiteral("audience")});
    parser.addOption({QStringLiteral("resource"), tr("With --exchange: the URI of the service the new token is for (repeatable)"),
        QStringLiteral("uri")});
    parser.addOption(
        {QStringLiteral("scope"), tr("With --exchange: the scopes asked for, space-separated"), QStringLiteral("scopes")});
    parser.addOption({QStringLiteral("requested-token-type"),
        tr("With --exchange: the token type asked for (a URI, e.g. urn:ietf:params:oauth:token-type:jwt)"),
        QStringLiteral("type")});
}

void TokenCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (parser.positionalArguments().size() != 1)
        return exit(fail(name(), tr("give exactly one CONNECTION")));
    const auto connection = core.service().choose(parser.positionalArguments().first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    const auto format = parser.isSet(QStringLiteral("json")) ? std::optional(TokenOutput::Format::Json)
                                                             : TokenOutput::parseFormat(parser.value(QStringLiteral("format")));
    if (!format)
        return exit(fail(name(), tr("--format is token, json or kubernetes")));
    const bool exchanging = parser.isSet(QStringLiteral("exchange"));
    for (const char *option : {"audience", "resource", "scope", "requested-token-type"}) {
        if (!exchanging && parser.isSet(QString::fromLatin1(option))) {
            fail(name(), tr("--%1 goes with --exchange").arg(QString::fromLatin1(option)));
            return exit(2);
        }
    }
    if (exchanging) {
        if (*format == TokenOutput::Format::Kubernetes || parser.isSet(QStringLiteral("refresh"))) {
            fail(name(), tr("--exchange prints the token alone or --json; it takes no --refresh"));
            return exit(2);
        }
        return exchange(core, connection.value().id, parser, *format == TokenOutput::Format::Json, exit);
    }
    core.service().present(connection.value().id, parser.isSet(QStringLiteral("refresh")), &core.service(),
        [this, exit, format](const Result<PresentedCredential> &credential) {
            if (!credential)
                return exit(fail(name(), credential.error().toString()));
            const QByteArray text = TokenOutput::render(credential.value(), *format);
            if (text.isEmpty())
                return exit(fail(name(), tr("a Basic credential has no kubernetes form: use --format json")));
            out() << QString::fromUtf8(text) << Qt::flush;
            exit(0);
        });
}

void TokenCommand::exchange(
    CoreContext &core, const QString &connectionId, const QCommandLineParser &parser, bool json, Exit exit)
{
    TokenExchangeRequest request;
    request.audience = parser.value(QStringLiteral("audience"));
    request.resources = parser.values(QStringLiteral("resource"));
    request.scopes = parser.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    request.requestedTokenType = parser.value(QStringLiteral("requested-token-type")).trimmed();
    if (!request.hasTarget()) {
        fail(name(), tr("--exchange needs --audience AUD or --resource URI: the service the token is for"));
        return exit(2);
    }
    core.service().exchangeToken(connectionId, request, &core.service(), [this, exit, json](const Result<TokenSet> &issued) {
        if (!issued)
            return exit(fail(name(), issued.error().toString()));
        out() << QString::fromUtf8(TokenOutput::renderExchanged(issued.value(), json)) << Qt::flush;
        exit(0);
    });
}

} // namespace keyway
