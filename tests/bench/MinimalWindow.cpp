// The start-up and memory reference of the benchmarks: the smallest Qt Widgets program, an empty QMainWindow,
// built in the same tree with the same compiler flags as keyway. With KEYWAY_BENCH_EXIT_WHEN_SHOWN set it
// reports exactly as app/main.cpp does (keep the two in step), so tests/bench/run.sh measures both alike.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

// Same as benchExitWhenShown() in app/WindowMain.cpp (the reference window links nothing of Keyway).
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
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.show();
    if (qEnvironmentVariableIsSet("KEYWAY_BENCH_EXIT_WHEN_SHOWN"))
        benchExitWhenShown(&window, qEnvironmentVariableIntValue("KEYWAY_BENCH_EXIT_WHEN_SHOWN"));
    return app.exec();
}
