#include "cli/ExecCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QProcess>
#include <QRegularExpression>

namespace keyway {

namespace {

const QString kDefaultVariable = QStringLiteral("KEYWAY_ACCESS_TOKEN");
const QString kBaseUrlVariable = QStringLiteral("KEYWAY_API_BASE_URL");
// The token's type (PresentedCredential::tokenType): the Authorization scheme a wrapper sends it with.
const QString kTokenTypeVariable = QStringLiteral("KEYWAY_TOKEN_TYPE");

} // namespace

bool ExecCommand::isVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

void ExecCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("connection"), tr("Connection id (or a unique prefix), name, account, or integration id (its default)"));
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("The command to run, after --"), QStringLiteral("-- COMMAND [ARGS...]"));
    parser.addOption(
        {QStringLiteral("env"), tr("Put the credential in this environment variable instead of KEYWAY_ACCESS_TOKEN (repeatable)"),
            QStringLiteral("name")});
    parser.addOption({QStringLiteral("refresh"), tr("Refresh the token first")});
    parser.addOption({QStringLiteral("allow-bound-token"),
        tr("Hand over a DPoP-bound token (RFC 9449) too: COMMAND must send it as \"Authorization: DPoP\" with a "
           "fresh proof for each request, from keyway token CONNECTION --dpop-proof. KEYWAY_TOKEN_TYPE always says "
           "the token's type (Bearer, or DPoP for a bound token; unset for an API key or Basic credential), so COMMAND "
           "can pick the scheme")});
}

void ExecCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return exit(fail(name(), tr("give a CONNECTION, then -- and the COMMAND to run")));
    QStringList variables = parser.values(QStringLiteral("env"));
    if (variables.isEmpty())
        variables << kDefaultVariable;
    for (const QString &variable : variables)
        if (!isVariableName(variable) || variable == kBaseUrlVariable || variable == kTokenTypeVariable)
            return exit(fail(name(), tr("--env %1 is not a variable name a command can read").arg(variable)));
    const auto connection = core.service().choose(positional.first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    const QStringList command = positional.mid(1);
    const bool allowBound = parser.isSet(QStringLiteral("allow-bound-token"));
    const QString connectionName = connection.value().name;

    core.service().present(connection.value().id, parser.isSet(QStringLiteral("refresh")), &core.service(),
        [this, exit, variables, command, allowBound, connectionName](const Result<PresentedCredential> &credential) {
            if (!credential)
                return exit(fail(name(), credential.error().toString()));
            // RFC 9449 §7.1: a server takes a DPoP-bound token only with a proof the command cannot make by itself.
            if (credential.value().dpopBound && !allowBound)
                return exit(fail(name(),
                    tr("the access token of %1 is bound to its DPoP key (RFC 9449): a server accepts it only with a "
                       "fresh proof for each request, which COMMAND cannot make alone. Call the API with keyway "
                       "request instead, or add --allow-bound-token when COMMAND gets a proof for each request "
                       "from keyway token %1 --dpop-proof.")
                        .arg(connectionName)));
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const QString &variable : variables)
                environment.insert(variable, QString::fromUtf8(credential.value().secret));
            if (credential.value().apiBaseUrl.isEmpty())
                environment.remove(kBaseUrlVariable);
            else
                environment.insert(kBaseUrlVariable, credential.value().apiBaseUrl);
            if (credential.value().tokenType.isEmpty())
                environment.remove(kTokenTypeVariable);
            else
                environment.insert(kTokenTypeVariable, credential.value().tokenType);

            auto *process = new QProcess;
            process->setProgram(command.first());
            process->setArguments(command.mid(1));
            process->setProcessEnvironment(environment);
            process->setProcessChannelMode(QProcess::ForwardedChannels);
            process->setInputChannelMode(QProcess::ForwardedInputChannel);
            QObject::connect(process, &QProcess::errorOccurred, process, [this, process, exit](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                process->deleteLater();
                // As a shell says: 127 for a command that cannot be run.
                fail(name(), tr("cannot run %1: %2").arg(process->program(), process->errorString()));
                exit(127);
            });
            QObject::connect(process, &QProcess::finished, process, [process, exit](int code, QProcess::ExitStatus status) {
                process->deleteLater();
                // A signal ended it: Qt 6 on Unix gives the signal number as the exit code (forkfd's status), and a
                // shell reports 128 + that number.
                exit(status == QProcess::CrashExit ? 128 + (code > 0 ? code : 15) : code);
            });
            process->start();
        });
}

} // namespace keyway
