#include "cli/ExecCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QProcess>
#include <QRegularExpression>

namespace keyway {

namespace {

const QString kDefaultVariable = QStringLiteral("KEYWAY_ACCESS_TOKEN");
const QString kBaseUrlVariable = QStringLiteral("KEYWAY_API_BASE_URL");

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
        if (!isVariableName(variable) || variable == kBaseUrlVariable)
            return exit(fail(name(), tr("--env %1 is not a variable name a command can read").arg(variable)));
    const auto connection = core.service().choose(positional.first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    const QStringList command = positional.mid(1);

    core.service().present(connection.value().id, parser.isSet(QStringLiteral("refresh")), &core.service(),
        [this, exit, variables, command](const Result<PresentedCredential> &credential) {
            if (!credential)
                return exit(fail(name(), credential.error().toString()));
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const QString &variable : variables)
                environment.insert(variable, QString::fromUtf8(credential.value().secret));
            if (credential.value().apiBaseUrl.isEmpty())
                environment.remove(kBaseUrlVariable);
            else
                environment.insert(kBaseUrlVariable, credential.value().apiBaseUrl);

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
