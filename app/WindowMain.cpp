#include "WindowMain.h"

#include "MainWindow.h"
#include "auth/BrowserLauncher.h"
#include "core/AppInfo.h"
#include "core/CoreContext.h"
#include "core/Translations.h"
#include "store/AppPaths.h"

#include <QApplication>
#include <QDesktopServices>
#include <QIcon>
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

extern "C" int keyway_window_main(int argc, char **argv)
{
    QApplication app(argc, argv);
    keyway::AppInfo::apply();
    keyway::AppPaths::makePrivate();
    keyway::Translations::install();
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
