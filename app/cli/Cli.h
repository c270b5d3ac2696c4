#pragma once

#include <QStringList>

namespace keyway {

// `keyway SUBCOMMAND ...`: the command line for scripts and support staff, on the same core as the window.
// Prints results on stdout, one clear line on stderr on failure, and returns the process exit status.
// Secrets are never read from argv: options like --client-secret-stdin read them from standard input.
class Cli
{
public:
    // True when argv asks for the command line rather than the window.
    static bool wants(int argc, char **argv);
    // Runs the command line inside an existing QCoreApplication (the event loop is started as needed).
    static int run(const QStringList &arguments);
};

} // namespace keyway
