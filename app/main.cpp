// Keyway's one binary: `keyway` opens the window, `keyway SUBCOMMAND` is the command line.
#include "cli/Cli.h"
#include "common/Redactor.h"
#include "core/AppInfo.h"
#include "MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char **argv)
{
    // Before anything can log: every message is redacted on its way out.
    keyway::Redactor::installMessageHandler();

    if (keyway::Cli::wants(argc, argv)) {
        QCoreApplication app(argc, argv);
        keyway::AppInfo::apply();
        return keyway::Cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    keyway::AppInfo::apply();
    QApplication::setApplicationDisplayName(keyway::AppInfo::name());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyway.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.keyway.Keyway"));
    keyway::MainWindow window;
    window.show();
    return app.exec();
}
