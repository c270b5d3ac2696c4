#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace keyway {

class CoreContext;

// One `keyway SUBCOMMAND`. A command declares its options, then runs asynchronously (flows, keychain and
// network answer later) and reports its exit status through `exit`: 0 success, 1 failure, 2 usage.
class CliCommand
{
public:
    using Exit = std::function<void(int status)>;

    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // The positional arguments for `--help`, e.g. "CONNECTION".
    virtual QString usage() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Whether the command needs the core (database, keychain, catalogue); --version style commands do not.
    virtual bool needsCore() const { return true; }
    // The same for one run, when some options of a command need no connection (keep-alive --install).
    virtual bool needsCore(const QCommandLineParser &) const { return needsCore(); }
    // Whether this run deals with connections the database lost (KeychainRecovery) itself, so the notice about them
    // is not printed first.
    virtual bool handlesLostConnections(const QCommandLineParser &) const { return false; }
    virtual void run(CoreContext &core, const QCommandLineParser &parser, Exit exit) = 0;

    static QTextStream &out();
    static QTextStream &err();
    // One clear line on stderr, "keyway NAME: message (detail)", and the failure status.
    static int fail(const QString &command, const QString &message);
    // Reads all of standard input (secrets never come from argv), without the trailing newline.
    static QByteArray readStdinSecret();
};

std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace keyway
