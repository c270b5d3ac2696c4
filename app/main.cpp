// Keyway's one binary: `keyway` opens the window, `keyway SUBCOMMAND` is the command line.
#include "MainWindow.h"
#include "auth/BrowserLauncher.h"
#include "cli/Cli.h"
#include "common/ProcessHardening.h"
#include "common/Redactor.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/EmbeddedProviders.h"
#include "sandbox/SandboxServer.h"
#include "store/AppPaths.h"

#include <QApplication>
#include <QDesktopServices>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

// tests/bench/run.sh only, with KEYWAY_BENCH_EXIT_WHEN_SHOWN=MS: prints "keyway-bench shown" once the window
// (built with the catalogue and the connections loaded) is exposed and painted, then quits after MS ms idle,
// while the runner reads the peak memory. tests/bench/MinimalWindow.cpp does the same for the reference.
void benchExitWhenShown(QWidget *window, int idleMs)
{
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, idleMs] {
        if (!window->windowHandle() || !window->windowHandle()->isExposed())
            return;
        poll->stop();
        window->repaint();
        std::fputs("keyway-bench shown\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(idleMs, qApp, &QCoreApplication::quit);
    });
    poll->start(1);
}

} // namespace

int main(int argc, char **argv)
{
    // Before any file is written or any secret is in memory: owner-only files, no core dumps.
    keyway::ProcessHardening::apply();
    // Before anything can log: every message is redacted on its way out.
    keyway::Redactor::installMessageHandler();
    // The Keyway Sandbox runs inside this process, started the first time a connection needs it.
    keyway::EmbeddedProviders::add(QStringLiteral("sandbox"), [] { return keyway::SandboxServer::shared().ensureRunning(); });

    if (keyway::Cli::wants(argc, argv)) {
        QCoreApplication app(argc, argv);
        keyway::AppInfo::apply();
        keyway::AppPaths::makePrivate();
        // Scripts read stderr as one clear line: Keyway's own logging stays quiet on the command line unless
        // asked for (QT_LOGGING_RULES="keyway.*=true" overrides this).
        QLoggingCategory::setFilterRules(QStringLiteral("keyway.*=false"));
        return keyway::Cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    keyway::AppInfo::apply();
    keyway::AppPaths::makePrivate();
    QApplication::setApplicationDisplayName(keyway::AppInfo::name());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyway.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.keyway.Keyway"));
    // The core does not link Qt Gui; the window lends it the desktop's way of opening the default browser.
    keyway::BrowserLauncher::setSystemOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });

    auto core = keyway::CoreContext::open();
    if (!core) {
        keyway::MainWindow::showStartupError(core.error());
        return 1;
    }
    keyway::MainWindow window(core.value()->service());
    window.attachCore(*core.value());
    window.show();
    if (qEnvironmentVariableIsSet("KEYWAY_BENCH_EXIT_WHEN_SHOWN"))
        benchExitWhenShown(&window, qEnvironmentVariableIntValue("KEYWAY_BENCH_EXIT_WHEN_SHOWN"));
    return app.exec();
}
