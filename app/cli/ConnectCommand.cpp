#include "cli/ConnectCommand.h"

#include "catalog/AuthorizationDetails.h"
#include "catalog/Catalog.h"
#include "cli/ClientCertificateOptions.h"
#include "common/Result.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSocketNotifier>
#include <QUrlQuery>

#include <memory>

#include <unistd.h>

namespace keyway {

void ConnectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Catalogue id (see keyway integrations)"));
    ClientCertificateOptions::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("issuer"), tr("OpenID Connect issuer URL (endpoints by discovery)"), QStringLiteral("URL")},
        {QStringLiteral("mode"), tr("Auth mode, e.g. oauth2_authorization_code, api_key"), QStringLiteral("MODE")},
        {QStringLiteral("client-id"), tr("OAuth client id"), QStringLiteral("ID")},
        {QStringLiteral("client-secret-stdin"), tr("Read the client secret from standard input")},
        {QStringLiteral("api-key-stdin"), tr("Read the API key from standard input")},
        {QStringLiteral("username"), tr("Basic auth user name"), QStringLiteral("NAME")},
        {QStringLiteral("username-stdin"),
            tr("Read the Basic auth user name from standard input (an API key sent as the user name)")},
        {QStringLiteral("client-auth"),
            tr("Client authentication: client_secret_basic, client_secret_post, private_key_jwt, tls_client_auth, "
               "self_signed_tls_client_auth or none"),
            QStringLiteral("METHOD")},
        {QStringLiteral("password-stdin"), tr("Read the Basic auth password from standard input")},
        {QStringLiteral("token-stdin"), tr("Read a bearer token (pasted by hand) from standard input")},
        {QStringLiteral("key-file"), tr("Service account JSON key file (JWT bearer)"), QStringLiteral("PATH")},
        {QStringLiteral("private-key-file"), tr("PEM private key for private_key_jwt"), QStringLiteral("PATH")},
        {QStringLiteral("key-id"), tr("kid of the private key"), QStringLiteral("KID")},
        {QStringLiteral("key-alg"), tr("Signing algorithm of the private key, RS256 or ES256 (default: the key's)"),
            QStringLiteral("ALG")},
        {QStringLiteral("audience"), tr("audience parameter of the token request (client credentials)"),
            QStringLiteral("AUDIENCE")},
        {QStringLiteral("resource"), tr("RFC 8707 resource indicator of the token request (repeatable)"), QStringLiteral("URI")},
        {QStringLiteral("subject"), tr("JWT bearer subject (domain-wide delegation)"), QStringLiteral("SUB")},
        {QStringLiteral("scope"), tr("Scopes, unified or provider's, space separated"), QStringLiteral("SCOPES")},
        {QStringLiteral("name"), tr("A name for the connection"), QStringLiteral("NAME")},
        {QStringLiteral("browser"), tr("Browser command (%s = URL); default KEYWAY_BROWSER, then the system browser"),
            QStringLiteral("CMD")},
        {QStringLiteral("param"), tr("Template variable, e.g. subdomain=acme (repeatable)"), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("auth-param"), tr("Extra authorization request parameter (repeatable)"), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("token-param"), tr("Extra token request parameter, e.g. audience=... (repeatable)"),
            QStringLiteral("KEY=VALUE")},
        {QStringLiteral("authorization-details"),
            tr("RFC 9396 authorization details: a file holding their JSON array, sent with the authorization request"),
            QStringLiteral("FILE")},
        {QStringLiteral("redirect-uri"),
            tr("The exact redirect URI registered at the provider: http://127.0.0.1:PORT/PATH (Keyway listens there) "
               "or io.keyway.app:/oauth2redirect; kept for --reconnect"),
            QStringLiteral("URI")},
        {QStringLiteral("no-browser"),
            tr("Sign in on another device: open no browser here, print the address to open anywhere and read "
               "back from standard input the address the browser ended on (the device code sign-in instead, "
               "where the integration has one)")},
        {QStringLiteral("no-pkce"), tr("Do not send PKCE (for servers that reject it)")},
        {QStringLiteral("par"),
            tr("Push the authorization request to the provider first (RFC 9126): the browser gets only client_id "
               "and request_uri")},
        {QStringLiteral("dpop"),
            tr("Bind the tokens to a key pair kept in the keychain for this connection (DPoP, RFC 9449): every "
               "token, refresh and API request carries a proof signed with it")},
        {QStringLiteral("timeout"), tr("Seconds to wait for the browser (default 300)"), QStringLiteral("SECONDS")},
        {QStringLiteral("reconnect"), tr("Re-authorize this existing connection in place"), QStringLiteral("CONNECTION")},
    });
}

namespace {
// `--param KEY=VALUE` and its kin, added to `pairs`.
Error addPairs(const QStringList &items, QMap<QString, QString> &pairs)
{
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::make(QStringLiteral("bad_argument"), ConnectCommand::tr("expected KEY=VALUE, got '%1'").arg(item));
        pairs.insert(item.left(eq), item.mid(eq + 1));
    }
    return {};
}

// RFC 9396: the authorization details of `--authorization-details FILE`, a JSON array checked as an integration
// file's are (AuthorizationDetails::problem).
Result<QJsonArray> readAuthorizationDetails(const QString &path)
{
    auto bad = [](const QString &message) { return Error::make(QStringLiteral("bad_argument"), message); };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bad(ConnectCommand::tr("--authorization-details: cannot read %1 (%2)").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(ConnectCommand::tr("--authorization-details: %1 is not JSON (%2 at offset %3)")
                       .arg(path, parseError.errorString())
                       .arg(parseError.offset));
    const QJsonValue details = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (const QString why = AuthorizationDetails::problem(details); !why.isEmpty())
        return bad(ConnectCommand::tr("--authorization-details: %1: %2").arg(path, why));
    return document.array();
}
} // namespace

void ConnectCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    ConnectRequest request;
    request.integrationId = parser.positionalArguments().value(0);
    request.issuer = parser.value(QStringLiteral("issuer"));
    if (request.integrationId.isEmpty() && request.issuer.isEmpty() && !parser.isSet(QStringLiteral("reconnect")))
        return exit(fail(name(), tr("name an integration or give --issuer URL (see keyway integrations)")));
    if (parser.positionalArguments().size() > 1)
        return exit(fail(name(), tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1))));
    request.authMode = parser.value(QStringLiteral("mode"));
    request.clientId = parser.value(QStringLiteral("client-id"));
    request.username = parser.value(QStringLiteral("username"));
    request.subject = parser.value(QStringLiteral("subject"));
    request.keyId = parser.value(QStringLiteral("key-id"));
    request.privateKeyAlg = parser.value(QStringLiteral("key-alg")).toUpper();
    request.clientAuthMethod = parser.value(QStringLiteral("client-auth"));
    request.name = parser.value(QStringLiteral("name"));
    request.browserCommand = parser.value(QStringLiteral("browser"));
    request.scopes = parser.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    request.redirectUri = parser.value(QStringLiteral("redirect-uri"));
    if (parser.isSet(QStringLiteral("no-pkce")))
        request.pkce = 0;
    if (parser.isSet(QStringLiteral("dpop")))
        request.dpop = 1;
    if (parser.isSet(QStringLiteral("par")))
        request.par = 1;
    if (parser.isSet(QStringLiteral("authorization-details"))) {
        const Result<QJsonArray> details = readAuthorizationDetails(parser.value(QStringLiteral("authorization-details")));
        if (!details)
            return exit(fail(name(), details.error().message));
        request.authorizationDetails = details.value();
    }
    QString reconnectIntegration;
    if (parser.isSet(QStringLiteral("reconnect"))) {
        const auto existing = core.service().resolve(parser.value(QStringLiteral("reconnect")));
        if (!existing)
            return exit(fail(name(), existing.error().toString()));
        request.reconnectId = existing.value().id;
        reconnectIntegration = existing.value().integrationId;
    }
    for (const auto &[option, pairs] : {std::pair {QStringLiteral("param"), &request.variables},
             std::pair {QStringLiteral("auth-param"), &request.extraAuthorizationParams},
             std::pair {QStringLiteral("token-param"), &request.extraTokenParams}})
        if (const Error bad = addPairs(parser.values(option), *pairs); !bad.isNull())
            return exit(fail(name(), bad.message));
    if (parser.isSet(QStringLiteral("audience")))
        request.extraTokenParams.insert(QStringLiteral("audience"), parser.value(QStringLiteral("audience")));
    // RFC 8707 §2: several resources may be asked for; each is an absolute URI without spaces.
    QStringList resources;
    for (const QString &resource : parser.values(QStringLiteral("resource"))) {
        const QUrl url(resource, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || resource.contains(QLatin1Char(' ')) || url.hasFragment())
            return exit(fail(name(), tr("--resource takes an absolute URI without a fragment, got '%1'").arg(resource)));
        resources << resource;
    }
    if (!resources.isEmpty())
        request.extraTokenParams.insert(QStringLiteral("resource"), resources.join(QLatin1Char(' ')));

    // Secrets come from standard input only, never from argv (visible in ps and shell history).
    const int stdinSecrets = int(parser.isSet(QStringLiteral("client-secret-stdin")))
        + int(parser.isSet(QStringLiteral("api-key-stdin"))) + int(parser.isSet(QStringLiteral("password-stdin")))
        + int(parser.isSet(QStringLiteral("token-stdin"))) + int(parser.isSet(QStringLiteral("username-stdin")));
    if (stdinSecrets > 1)
        return exit(fail(name(), tr("only one --*-stdin option at a time")));
    const bool noBrowser = parser.isSet(QStringLiteral("no-browser"));
    if (noBrowser && stdinSecrets > 0)
        return exit(fail(name(),
            tr("--no-browser reads the browser's address from standard input, so no "
               "--*-stdin option can be given with it (a --reconnect reuses a kept secret)")));
    if (stdinSecrets == 1) {
        const QByteArray secret = readStdinSecret();
        if (secret.isEmpty())
            return exit(fail(name(), tr("standard input was empty")));
        if (parser.isSet(QStringLiteral("client-secret-stdin")))
            request.clientSecret = secret;
        else if (parser.isSet(QStringLiteral("api-key-stdin")))
            request.apiKey = secret;
        else if (parser.isSet(QStringLiteral("password-stdin")))
            request.password = secret;
        else if (parser.isSet(QStringLiteral("username-stdin")))
            request.username = QString::fromUtf8(secret);
        else
            request.bearerToken = secret;
    }
    const QString certificateProblem = ClientCertificateOptions::apply(parser, stdinSecrets > 0 || noBrowser, &request);
    if (!certificateProblem.isEmpty())
        return exit(fail(name(), certificateProblem));
    for (const auto &[option, target] : {std::pair {QStringLiteral("key-file"), &request.serviceAccountJson},
             std::pair {QStringLiteral("private-key-file"), &request.privateKeyPem}}) {
        if (!parser.isSet(option))
            continue;
        QFile file(parser.value(option));
        if (!file.open(QIODevice::ReadOnly))
            return exit(fail(name(), tr("cannot read %1: %2").arg(file.fileName(), file.errorString())));
        *target = file.read(1024 * 1024);
    }

    ConnectionService::Settings settings = core.service().settings();
    settings.autoRefresh = false;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        settings.callbackTimeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || settings.callbackTimeoutSeconds <= 0)
            return exit(fail(name(), tr("--timeout takes a number of seconds")));
    }
    core.service().setSettings(settings);

    const auto integration = core.catalog().find(request.integrationId.isEmpty() ? reconnectIntegration : request.integrationId);
    // The user allowed plain http for this integration; say so on every connect, before anything is sent.
    if (integration && integration->allowInsecureHttp())
        err() << tr("Warning: %1").arg(integration->insecureHttpWarning()) << Qt::endl;
    if (noBrowser) {
        request.openBrowser = false;
        // RFC 8628 §1: the device flow is made for a device without a (usable) browser and needs nothing pasted back,
        // so it goes first wherever the integration offers it and no mode was named.
        if (request.authMode.isEmpty() && request.reconnectId.isEmpty() && integration
            && integration->supports(AuthMode::DeviceCode) && integration->authModes.value(0) != AuthMode::DeviceCode) {
            request.authMode = Integration::toString(AuthMode::DeviceCode);
            err() << tr("Signing in with a device code, which needs nothing pasted back (--mode %1 for the other way).")
                         .arg(Integration::toString(integration->authModes.value(0)))
                  << Qt::endl;
        }
    }

    ConnectAttempt *attempt = core.service().connectIntegration(request);
    // Set once this command has given its answer: a refused paste ends it before the attempt's own failed().
    auto answered = std::make_shared<bool>(false);
    if (noBrowser) {
        QObject::connect(
            attempt, &ConnectAttempt::authorizationUrlReady, attempt, [this, attempt, exit, answered](const QUrl &url) {
                const QString redirect = QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
                err() << tr("Open this address in a browser on any device and sign in:") << "\n\n  "
                      << url.toString(QUrl::FullyEncoded) << "\n\n"
                      << (redirect.isEmpty()
                                 ? tr("The browser then ends on an address it cannot load; that is expected.")
                                 : tr("The browser then ends on an address it cannot load (%1?...); that is expected.")
                                       .arg(redirect))
                      << '\n'
                      << tr("Copy that whole address from its address bar, paste it here and press Enter:") << Qt::endl;
                readPastedAddress(attempt, exit, answered);
            });
    } else {
        QObject::connect(attempt, &ConnectAttempt::authorizationUrlReady, attempt, [](const QUrl &url) {
            err() << tr("Opening your browser. If it does not open, visit:") << "\n  " << url.toString(QUrl::FullyEncoded)
                  << Qt::endl;
        });
    }
    QObject::connect(attempt, &ConnectAttempt::warning, attempt,
        [](const QString &text) { err() << tr("Warning: %1").arg(text) << Qt::endl; });
    QObject::connect(attempt, &ConnectAttempt::browserFailed, attempt,
        [this](const Error &error) { err() << "keyway " << name() << ": " << error.toString() << Qt::endl; });
    QObject::connect(attempt, &ConnectAttempt::deviceCodeReady, attempt,
        [](const QString &code, const QUrl &uri, const QUrl &complete, const QDateTime &expiresAt) {
            // RFC 8628 §3.3: the code stands out on its own line so it is easy to read and copy.
            err() << tr("To sign in, open %1 and enter the code:").arg(uri.toString(QUrl::FullyEncoded)) << "\n\n    " << code
                  << "\n\n";
            if (!complete.isEmpty())
                err() << tr("(or open %1, which has the code filled in)").arg(complete.toString(QUrl::FullyEncoded)) << '\n';
            err() << tr("Waiting for approval until %1 (Ctrl+C cancels)...")
                         .arg(QLocale().toString(expiresAt.toLocalTime().time(), QLocale::ShortFormat))
                  << Qt::endl;
        });
    QObject::connect(attempt, &ConnectAttempt::progress, attempt, [](const QString &step, const QString &text) {
        if (step == QLatin1String("scopes"))
            err() << tr("Warning: %1").arg(text) << Qt::endl;
    });
    QObject::connect(attempt, &ConnectAttempt::succeeded, attempt, [&core, exit, answered](const QString &id) {
        *answered = true;
        // Issue 15.4: the account goes to stderr, so the id stays alone on stdout for scripts. On a shared
        // machine another user could finish the sign-in first with their own account; this makes it visible.
        const std::optional<ConnectionRecord> connected = core.service().connection(id);
        const QString account = connected ? connected->accountLabel : QString();
        if (account.isEmpty())
            err() << tr("Connected; the provider did not say which account.") << Qt::endl;
        else
            err() << tr("Connected as %1").arg(account) << Qt::endl;
        // What was granted, not only what was asked for (the provider may grant less, RFC 6749 §3.3).
        if (const auto record = core.service().connection(id); record && !record->grantedScopes.isEmpty()) {
            err() << tr("Scopes granted: %1").arg(record->grantedScopes.join(QLatin1Char(' '))) << Qt::endl;
            QStringList missing;
            for (const QString &scope : record->requestedScopes)
                if (!record->grantedScopes.contains(scope))
                    missing << scope;
            if (!missing.isEmpty())
                err() << tr("Not granted: %1").arg(missing.join(QLatin1Char(' '))) << Qt::endl;
        }
        out() << id << Qt::endl;
        exit(0);
    });
    QObject::connect(attempt, &ConnectAttempt::failed, attempt, [this, exit, answered](const Error &error) {
        if (*answered)
            return;
        *answered = true;
        exit(fail(name(), error.toString()));
    });
}

void ConnectCommand::readPastedAddress(ConnectAttempt *attempt, const Exit &exit, const std::shared_ptr<bool> &answered)
{
    // Standard input is read as it comes (no blocking read on the event loop's thread): one line, the address.
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, attempt);
    auto line = std::make_shared<QByteArray>();
    QObject::connect(notifier, &QSocketNotifier::activated, attempt, [this, attempt, exit, answered, notifier, line] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0)
            line->append(buffer, n);
        const qsizetype newline = line->indexOf('\n');
        if (n > 0 && newline < 0 && line->size() < 64 * 1024)
            return;
        notifier->setEnabled(false);
        if (*answered)
            return;
        const QString pasted = QString::fromUtf8(newline < 0 ? *line : line->left(newline)).trimmed();
        const Error error = pasted.isEmpty()
            ? Error::make(QStringLiteral("nothing_pasted"), tr("no address was pasted; nothing was stored"))
            : attempt->submitRedirect(pasted);
        if (error.isNull())
            return; // taken: the attempt finishes with succeeded() or failed()
        *answered = true;
        attempt->cancel();
        exit(fail(name(), error.toString()));
    });
}

} // namespace keyway
