// Keyway's one binary: `keyway` opens the window, `keyway SUBCOMMAND` is the command line. The command is decided
// before any application object exists, so the command line never loads what only the window needs (issue 27).
#include "WindowMain.h"
#include "cli/Cli.h"
#include "common/ProcessHardening.h"
#include "common/Redactor.h"
#include "core/AppInfo.h"
#include "core/EmbeddedProviders.h"
#include "core/Translations.h"
#include "sandbox/SandboxServer.h"
#include "store/AppPaths.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#ifdef KEYWAY_WINDOW_MODULE
#include <QByteArray>
#include <QFileInfo>
#include <QLibrary>
#endif

#include <cstdio>

namespace {

#ifdef KEYWAY_WINDOW_MODULE
// Opens libkeyway-window.so from where it is installed beside this binary (KEYWAY_WINDOW_MODULE: the path relative
// to the binary's folder, the same in the build tree and once installed) and runs the window. Only that exact
// file: never a search path, so nothing else can stand in for it.
int runWindow(int argc, char **argv)
{
    const QString binary = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString path = QFileInfo(binary).absolutePath() + QStringLiteral("/" KEYWAY_WINDOW_MODULE);
    QLibrary module(path);
    const auto entry = reinterpret_cast<int (*)(int, char **)>(module.resolve("keyway_window_main"));
    if (!entry) {
        std::fprintf(stderr, "keyway: the window cannot be opened (%s). The command line works: see keyway --help.\n",
            module.errorString().toLocal8Bit().constData());
        return 1;
    }
    // Never unloaded: Qt's objects from it live until the process ends.
    return entry(argc, argv);
}
#else
int runWindow(int argc, char **argv)
{
    return keyway_window_main(argc, argv);
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // Before any file is written or any secret is in memory: owner-only files, no core dumps.
    keyway::ProcessHardening::apply();
    // Before anything can log: every message is redacted on its way out.
    keyway::Redactor::installMessageHandler();
    // The Keyway Sandbox runs inside this process, started the first time a connection needs it.
    keyway::EmbeddedProviders::add(QStringLiteral("sandbox"), [] { return keyway::SandboxServer::shared().ensureRunning(); });
    // Its mutual-TLS listener's self-signed certificate, trusted for the sandbox's own TLS origin only.
    keyway::EmbeddedProviders::setTrustAnchors(
        QStringLiteral("sandbox"), [] { return keyway::SandboxServer::shared().tlsCertificates(); });

    if (!keyway::Cli::wants(argc, argv))
        return runWindow(argc, argv);

    QCoreApplication app(argc, argv);
    keyway::AppInfo::apply();
    keyway::AppPaths::makePrivate();
    keyway::Translations::install();
    // Scripts read stderr as one clear line: Keyway's own logging stays quiet on the command line unless
    // asked for (QT_LOGGING_RULES="keyway.*=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*=false"));
    return keyway::Cli::run(app.arguments());
}
