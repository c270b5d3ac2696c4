#include "cli/Cli.h"

#include "core/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace keyway {

namespace {

struct Command
{
    const char *name;
    const char *summary;
};

// The subcommands, in the order `keyway --help` lists them.
const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"integrations", "List the integration catalogue"},
        {"connections", "List connections"},
    };
    return list;
}

QString helpText()
{
    QString text = QCoreApplication::translate("Cli",
        "Usage: keyway [SUBCOMMAND] [OPTIONS]\n\n"
        "Without a subcommand, opens the Keyway window.\n\n"
        "Subcommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -16).arg(QLatin1String(c.summary));
    text += QCoreApplication::translate("Cli",
        "\nOptions:\n"
        "  -h, --help        Show this help (keyway SUBCOMMAND --help for a subcommand's options)\n"
        "  -v, --version     Show the version\n");
    return text;
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << AppInfo::name().toLower() << ' ' << AppInfo::version() << Qt::endl;
        return 0;
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("--help-all")) {
        out << helpText();
        return 0;
    }
    err << QCoreApplication::translate("Cli", "keyway: unknown subcommand '%1' (see keyway --help)").arg(first) << Qt::endl;
    return 2;
}

} // namespace keyway
