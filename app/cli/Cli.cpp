#include "cli/Cli.h"

#include "cli/CliCommand.h"
#include "cli/ConnectCommand.h"
#include "cli/ConnectionsCommand.h"
#include "cli/DisconnectCommand.h"
#include "cli/ExecCommand.h"
#include "cli/GitCredentialCommand.h"
#include "cli/HandleRedirectCommand.h"
#include "cli/InspectCommand.h"
#include "cli/IntegrationsCommand.h"
#include "cli/KeepAliveCommand.h"
#include "cli/KeyCommand.h"
#include "cli/RequestCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/TokenCommand.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/KeychainRecovery.h"
#include "store/MemorySecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstring>
#include <functional>

namespace keyway {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(std::make_unique<IntegrationsCommand>());
    list.push_back(std::make_unique<ConnectCommand>());
    list.push_back(std::make_unique<ConnectionsCommand>());
    list.push_back(std::make_unique<TokenCommand>());
    list.push_back(std::make_unique<ExecCommand>());
    list.push_back(std::make_unique<GitCredentialCommand>());
    list.push_back(std::make_unique<InspectCommand>());
    list.push_back(std::make_unique<RequestCommand>());
    list.push_back(std::make_unique<DisconnectCommand>());
    list.push_back(std::make_unique<KeepAliveCommand>());
    list.push_back(std::make_unique<KeyCommand>());
    list.push_back(std::make_unique<SandboxCommand>());
    list.push_back(std::make_unique<HandleRedirectCommand>());
    return list;
}

namespace {

QString helpText()
{
    QString text = QCoreApplication::translate("Cli",
        "Usage: keyway [SUBCOMMAND] [OPTIONS]\n\n"
        "Without a subcommand, opens the Keyway window.\n\n"
        "Subcommands:\n");
    for (const auto &c : allCommands())
        text += QStringLiteral("  %1%2\n").arg(c->name(), -17).arg(c->summary());
    text += QCoreApplication::translate("Cli",
        "\nOptions:\n"
        "  -h, --help        Show this help (keyway SUBCOMMAND --help for a subcommand's options)\n"
        "  -v, --version     Show the version\n\n"
        "Secrets are never taken from the command line: use the --*-stdin options.\n");
    return text;
}

// Tokens renewed during the command that the keychain refused (locked): quitting now would lose the new refresh
// token, and with a provider that rotates them the grant. Say so plainly and give the user a bounded time to unlock
// the keychain (KEYWAY_KEYCHAIN_WAIT_SECONDS, 60 by default).
void waitForUnsavedTokens(ConnectionService &service, const QString &command, const std::function<void()> &quit)
{
    if (!service.hasUnsavedTokens())
        return quit();
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("KEYWAY_KEYCHAIN_WAIT_SECONDS", &ok);
    if (!ok || seconds < 0)
        seconds = 60;
    CliCommand::err() << "keyway " << command << ": "
                      << QCoreApplication::translate("Cli",
                             "the keychain did not take the renewed tokens (is it locked?). Unlock it "
                             "within %n second(s), or the new refresh token is lost and you may have "
                             "to connect again.",
                             nullptr, seconds)
                      << Qt::endl;
    auto *timer = new QTimer(&service);
    timer->setSingleShot(true);
    QObject::connect(&service, &ConnectionService::unsavedTokensChanged, timer, [&service, timer, quit] {
        if (service.hasUnsavedTokens())
            return;
        CliCommand::err() << QCoreApplication::translate("Cli", "keyway: the renewed tokens are saved in the keychain.")
                          << Qt::endl;
        timer->deleteLater();
        quit();
    });
    QObject::connect(timer, &QTimer::timeout, timer, [command, quit] {
        CliCommand::err() << "keyway " << command << ": "
                          << QCoreApplication::translate(
                                 "Cli", "the keychain stayed unavailable: the renewed tokens were not saved.")
                          << Qt::endl;
        quit();
    });
    timer->start(seconds * 1000);
}

} // namespace

bool Cli::wants(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const char *option : {"-h", "--help", "-v", "--version", "--help-all"})
        if (std::strcmp(first, option) == 0)
            return true;
    // Anything that is not an option is a subcommand (unknown ones get a clear error from run()).
    return first[0] != '-';
}

int Cli::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        CliCommand::out() << AppInfo::name().toLower() << ' ' << AppInfo::version() << Qt::endl;
        return 0;
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("--help-all")) {
        CliCommand::out() << helpText() << Qt::flush;
        return 0;
    }

    auto commands = allCommands();
    CliCommand *command = nullptr;
    for (const auto &c : commands)
        if (c->name() == first)
            command = c.get();
    if (!command) {
        CliCommand::err() << QCoreApplication::translate("Cli", "keyway: unknown subcommand '%1' (see keyway --help)").arg(first)
                          << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help"));
    parser.addOption(help);
    command->addOptions(parser);
    QStringList args = arguments.mid(2);
    args.prepend(QStringLiteral("keyway ") + command->name());
    if (!parser.parse(args)) {
        CliCommand::err()
            << "keyway " << command->name() << ": "
            << QCoreApplication::translate("Cli", "%1 (see keyway %2 --help)").arg(parser.errorText(), command->name())
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program as it was started (argv[0], a path) and not the subcommand: the
        // usage line (Qt's words, in the chosen language) gets the subcommand's name and its arguments.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        QString usage = text.left(firstLineEnd);
        const QString program = QCoreApplication::arguments().constFirst();
        if (const qsizetype at = usage.indexOf(program); at >= 0)
            usage.replace(at, program.size(), QStringLiteral("keyway ") + command->name());
        if (!command->usage().isEmpty())
            usage += QLatin1Char(' ') + command->usage();
        text.replace(0, firstLineEnd, usage);
        CliCommand::out() << text << Qt::flush;
        return 0;
    }

    // Commands that need no connection (sandbox, key) must not open the user's database or keychain.
    CoreContext::Options options;
    if (!command->needsCore(parser)) {
        options.databasePath = QStringLiteral(":memory:");
        options.secrets = std::make_shared<MemorySecretStore>();
    }
    auto core = CoreContext::open(options);
    if (!core)
        return CliCommand::fail(command->name(), core.error().toString());
    // A recovered database, an unreadable CA file, a locked vault: said once, on stderr, before the command runs.
    for (const QString &notice : core.value()->notices())
        CliCommand::err() << "keyway: " << notice << Qt::endl;

    int status = -1;
    ConnectionService &service = core.value()->service();
    auto runCommand = [&] {
        command->run(*core.value(), parser, [&status, &service, command](int s) {
            if (status != -1)
                return;
            status = s;
            CliCommand::out().flush();
            CliCommand::err().flush();
            waitForUnsavedTokens(service, command->name(), [s] { QCoreApplication::exit(s); });
        });
    };
    QTimer::singleShot(0, qApp, [&] {
        if (!command->needsCore(parser) || command->handlesLostConnections(parser))
            return runCommand();
        // Connections the database lost while the keychain kept their tokens: said before the command runs, like the
        // notices above. A keychain that cannot be read here says so when the command needs it.
        core.value()->recovery().find(
            KeychainRecovery::Scope::IfNeeded, &core.value()->service(), [&](const Result<QList<KeychainRecovery::Lost>> &lost) {
                if (lost && !lost.value().isEmpty())
                    CliCommand::err() << "keyway: " << KeychainRecovery::notice(lost.value()) << ' '
                                      << QCoreApplication::translate("Cli",
                                             "Run 'keyway connections --recover' to bring them back, or "
                                             "'keyway connections --revoke-lost' to revoke them at their "
                                             "providers and delete them.")
                                      << Qt::endl;
                runCommand();
            });
    });
    QCoreApplication::exec();
    return status < 0 ? 1 : status;
}

} // namespace keyway
