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
        tr("Exchange the access token for one aimed at another service (RFC 8693); it is printed, not stored, unless --save-as "
           "keeps it")});
    parser.addOption(
        {QStringLiteral("audience"), tr("With --exchange: the service the new token is for"), QStringLiteral("audience")});
    parser.addOption({QStringLiteral("resource"), tr("With --exchange: the URI of the service the new token is for (repeatable)"),
        QStringLiteral("uri")});
    parser.addOption(
        {QStringLiteral("scope"), tr("With --exchange: the scopes asked for, space-separated"), QStringLiteral("scopes")});
    parser.addOption({QStringLiteral("requested-token-type"),
        tr("With --exchange: the token type asked for (a URI, e.g. urn:ietf:params:oauth:token-type:jwt)"),
        QStringLiteral("type")});
    parser.addOption({QStringLiteral("save-as"),
        tr("With --exchange: keep the exchanged token as a new connection named NAME and print its id instead of the "
           "token (with --json, as \"connection_id\"). It is kept in the keychain, sent as it is only to the service it "
           "is for, and never renewed: exchange again once it expires"),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("api-base"),
        tr("With --save-as: the API base URL of the service the token is for (https, or http on loopback); needed when "
           "neither the audience nor a resource is an https URL"),
        QStringLiteral("url")});
    parser.addOption({QStringLiteral("dpop-proof"),
        tr("For a DPoP-bound token (RFC 9449): also print a fresh proof for one request, --method and --url (the "
           "token on the first line, the proof on the second; \"dpop_proof\" with --json). Send them as "
           "\"Authorization: DPoP TOKEN\" and \"DPoP: PROOF\", once, within a few minutes")});
    parser.addOption({QStringLiteral("method"), tr("With --dpop-proof: the request's HTTP method (default GET)"),
        QStringLiteral("method"), QStringLiteral("GET")});
    parser.addOption({QStringLiteral("url"),
        tr("With --dpop-proof: the request's URL, absolute or relative to the API base URL (one of the connection's "
           "own origins)"),
        QStringLiteral("url")});
    parser.addOption({QStringLiteral("dpop-nonce"),
        tr("With --dpop-proof: the nonce the server asked for in its DPoP-Nonce header, to put in the proof"),
        QStringLiteral("nonce")});
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
    for (const char *option : {"audience", "resource", "scope", "requested-token-type", "save-as"}) {
        if (!exchanging && parser.isSet(QString::fromLatin1(option))) {
            fail(name(), tr("--%1 goes with --exchange").arg(QString::fromLatin1(option)));
            return exit(2);
        }
    }
    if (parser.isSet(QStringLiteral("api-base")) && !parser.isSet(QStringLiteral("save-as"))) {
        fail(name(), tr("--api-base goes with --save-as"));
        return exit(2);
    }
    const bool proving = parser.isSet(QStringLiteral("dpop-proof"));
    for (const char *option : {"method", "url", "dpop-nonce"}) {
        if (!proving && parser.isSet(QString::fromLatin1(option))) {
            fail(name(), tr("--%1 goes with --dpop-proof").arg(QString::fromLatin1(option)));
            return exit(2);
        }
    }
    if (proving) {
        if (exchanging || *format == TokenOutput::Format::Kubernetes) {
            fail(name(),
                tr("--dpop-proof prints the token and its proof as text or --json; it goes with neither --exchange nor --format "
                   "kubernetes"));
            return exit(2);
        }
        if (parser.value(QStringLiteral("url")).isEmpty() || parser.value(QStringLiteral("method")).trimmed().isEmpty()) {
            fail(name(), tr("--dpop-proof needs --url URL (and --method METHOD unless it is GET): the request the proof is for"));
            return exit(2);
        }
        return prove(core, connection.value(), parser, *format, exit);
    }
    if (exchanging) {
        if (*format == TokenOutput::Format::Kubernetes || parser.isSet(QStringLiteral("refresh"))) {
            fail(name(), tr("--exchange prints the token alone or --json; it takes no --refresh"));
            return exit(2);
        }
        return exchange(core, connection.value().id, parser, *format == TokenOutput::Format::Json, exit);
    }
    const QString connectionName = connection.value().name;
    core.service().present(connection.value().id, parser.isSet(QStringLiteral("refresh")), &core.service(),
        [this, exit, format, connectionName](const Result<PresentedCredential> &credential) {
            if (!credential)
                return exit(fail(name(), credential.error().toString()));
            // RFC 9449 §7.1: a resource server takes a DPoP-bound token only with a proof, which kubectl cannot send.
            if (credential.value().dpopBound && *format == TokenOutput::Format::Kubernetes)
                return exit(fail(name(),
                    tr("the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a "
                       "fresh proof for each request, which kubectl cannot send. Give kubectl a connection made "
                       "without --dpop.")
                        .arg(connectionName)));
            const QByteArray text = TokenOutput::render(credential.value(), *format);
            if (text.isEmpty())
                return exit(fail(name(), tr("a Basic credential has no kubernetes form: use --format json")));
            if (credential.value().dpopBound)
                err() << "keyway " << name() << ": "
                      << tr("warning: this access token is bound to the DPoP key of %1 (RFC 9449): a "
                            "server accepts it only with a fresh proof for each request (keyway token %1 --dpop-proof "
                            "--method METHOD --url URL).")
                             .arg(connectionName)
                      << Qt::endl;
            out() << QString::fromUtf8(text) << Qt::flush;
            exit(0);
        });
}

void TokenCommand::prove(CoreContext &core, const ConnectionRecord &connection, const QCommandLineParser &parser,
    TokenOutput::Format format, Exit exit)
{
    ApiRequest request;
    request.method = parser.value(QStringLiteral("method")).trimmed().toUpper().toLatin1();
    request.url = QUrl(parser.value(QStringLiteral("url")));
    request.keepHistory = false;
    core.service().presentWithProof(
        connection.id, parser.isSet(QStringLiteral("refresh")), request, &core.service(),
        [this, exit, format](const Result<PresentedCredential> &credential) {
            if (!credential)
                return exit(fail(name(), credential.error().toString()));
            out() << QString::fromUtf8(TokenOutput::render(credential.value(), format)) << Qt::flush;
            exit(0);
        },
        parser.value(QStringLiteral("dpop-nonce")));
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
    if (parser.isSet(QStringLiteral("save-as")))
        return exchangeAndSave(core, connectionId, request, parser, json, exit);
    core.service().exchangeToken(connectionId, request, &core.service(), [this, exit, json](const Result<TokenSet> &issued) {
        if (!issued)
            return exit(fail(name(), issued.error().toString()));
        out() << QString::fromUtf8(TokenOutput::renderExchanged(issued.value(), json)) << Qt::flush;
        exit(0);
    });
}

// --save-as: the exchanged token becomes a connection of its own (ConnectionService::saveExchanged). What can be
// judged before the exchange (the name, where the token may go) is, so a bad option costs no token.
void TokenCommand::exchangeAndSave(CoreContext &core, const QString &connectionId, const TokenExchangeRequest &request,
    const QCommandLineParser &parser, bool json, Exit exit)
{
    const QString saveAs = parser.value(QStringLiteral("save-as")).trimmed();
    const QString apiBase = parser.value(QStringLiteral("api-base")).trimmed();
    const Error refused = core.service().checkDerived(connectionId, request, saveAs, apiBase);
    if (refused.code == QLatin1String("no_api_base") || refused.code == QLatin1String("empty_name")) {
        fail(name(),
            refused.code == QLatin1String("no_api_base") ? tr("%1 Use --api-base URL.").arg(refused.message)
                                                         : tr("--save-as needs a name for the new connection"));
        return exit(2);
    }
    if (!refused.isNull())
        return exit(fail(name(), refused.toString()));
    ConnectionService *service = &core.service();
    service->exchangeToken(connectionId, request, service,
        [this, service, exit, json, connectionId, request, saveAs, apiBase](const Result<TokenSet> &issued) {
            if (!issued)
                return exit(fail(name(), issued.error().toString()));
            const TokenSet tokens = issued.value();
            service->saveExchanged(connectionId, request, tokens, saveAs, apiBase, service,
                [this, exit, json, tokens](const Result<QString> &saved) {
                    if (!saved)
                        return exit(fail(name(), saved.error().toString()));
                    out() << (json ? QString::fromUtf8(TokenOutput::renderExchanged(tokens, true, saved.value()))
                                   : saved.value() + QLatin1Char('\n'))
                          << Qt::flush;
                    exit(0);
                });
        });
}

} // namespace keyway
