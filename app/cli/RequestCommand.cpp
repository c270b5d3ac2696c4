#include "cli/RequestCommand.h"

#include "cli/ControlCharacterFilter.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/CredentialOrigins.h"

#include <QFile>
#include <QRegularExpression>

#include <cstdio>

#include <unistd.h>

namespace keyway {

void RequestCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("connection"), tr("Connection id (or a unique prefix, or its name)"));
    parser.addPositionalArgument(QStringLiteral("method"), QStringLiteral("GET, POST, PUT, PATCH, DELETE, ..."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("Absolute URL, or a path relative to the integration's API base"));
    parser.addOptions({
        {QStringLiteral("H"), tr("Request header \"Name: value\" (repeatable)"), QStringLiteral("HEADER")},
        {QStringLiteral("d"), tr("Request body; @FILE reads a file, @- standard input"), QStringLiteral("BODY")},
        {QStringLiteral("i"), tr("Print the status line and response headers")},
        {QStringLiteral("allow-origin"),
            tr("Also send the credential to this origin (https://host[:port]), which is not one of the connection's "
               "(repeatable)"),
            QStringLiteral("ORIGIN")},
    });
}

void RequestCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return exit(fail(name(), tr("give CONNECTION METHOD URL")));
    const auto connection = core.service().resolve(args.at(0));
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")); // RFC 9110 §5.6.2
    if (!token.match(args.at(1)).hasMatch())
        return exit(fail(name(), tr("'%1' is not an HTTP method").arg(args.at(1))));

    ApiRequest request;
    request.method = args.at(1).toUpper().toLatin1();
    request.url = QUrl(args.at(2));
    if (!request.url.isValid())
        return exit(fail(name(), tr("'%1' is not a valid URL").arg(args.at(2))));
    for (const QString &header : parser.values(QStringLiteral("H"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        const QString headerName = header.left(colon).trimmed();
        if (colon <= 0 || !token.match(headerName).hasMatch() || header.contains(QLatin1Char('\n'))
            || header.contains(QLatin1Char('\r')))
            return exit(fail(name(), tr("header '%1' is not \"Name: value\"").arg(header)));
        request.headers.append({headerName.toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    if (parser.isSet(QStringLiteral("d"))) {
        const QString body = parser.value(QStringLiteral("d"));
        if (body == QLatin1String("@-")) {
            QFile in;
            in.open(stdin, QIODevice::ReadOnly);
            request.body = in.readAll();
        } else if (body.startsWith(QLatin1Char('@'))) {
            QFile file(body.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return exit(fail(name(), tr("cannot read %1: %2").arg(file.fileName(), file.errorString())));
            request.body = file.readAll();
        } else {
            request.body = body.toUtf8();
        }
    }
    for (const QString &origin : parser.values(QStringLiteral("allow-origin"))) {
        if (CredentialOrigins::parse(origin).isEmpty())
            return exit(fail(name(), tr("'%1' is not an origin (https://host[:port])").arg(origin)));
        request.allowedOrigins << origin;
    }
    const bool include = parser.isSet(QStringLiteral("i"));
    ApiCall *call = core.service().send(connection.value().id, request);
    const QString connectionId = connection.value().id;
    const QStringList granted = connection.value().grantedScopes;
    QObject::connect(call, &ApiCall::finished, call, [this, exit, include, connectionId, granted](const ApiResponse &response) {
        if (response.error.code == QLatin1String("foreign_origin"))
            return exit(fail(name(),
                tr("%1 Add --allow-origin ORIGIN to send it there anyway (its origins: %2).")
                    .arg(response.error.message, response.error.detail)));
        if (!response.error.isNull() && response.status == 0)
            return exit(fail(name(), response.error.toString()));
        if (include) {
            out() << "HTTP " << response.status << ' ' << QString::fromUtf8(response.reason) << Qt::endl;
            for (const auto &[headerName, value] : response.headers)
                out() << QString::fromUtf8(headerName) << ": " << QString::fromUtf8(value) << Qt::endl;
            out() << Qt::endl;
        }
        out().flush();
        // The body goes out as it came, for pipes and files; a terminal gets it without control characters.
        const QByteArray body = ::isatty(::fileno(stdout)) ? ControlCharacterFilter::clean(response.body) : response.body;
        std::fwrite(body.constData(), 1, size_t(body.size()), stdout);
        std::fflush(stdout);
        if (response.truncated)
            err() << "keyway " << name() << ": " << tr("the answer was cut off at %n byte(s)", nullptr, int(response.body.size()))
                  << Qt::endl;
        if (response.error.code == QLatin1String("insufficient_scope")) {
            QStringList scopes = granted;
            for (const QString &scope : response.missingScopes)
                if (!scopes.contains(scope))
                    scopes << scope;
            const QString message = QStringLiteral("HTTP %1: %2").arg(response.status).arg(response.error.message);
            return exit(fail(name(),
                response.missingScopes.isEmpty() ? message
                                                 : tr("%1 (keyway connect --reconnect %2 --scope \"%3\")")
                                                       .arg(message, connectionId, scopes.join(QLatin1Char(' ')))));
        }
        if (response.status >= 400)
            return exit(fail(name(),
                response.refreshedAndRetried
                    ? tr("HTTP %1 %2 (after a refresh and retry)").arg(response.status).arg(QString::fromUtf8(response.reason))
                    : QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromUtf8(response.reason))));
        exit(0);
    });
}

} // namespace keyway
