// keyway-bench-gui: GUI responsiveness of the real MainWindow, in process.
//  - filter: N stored connections and M integrations (clones of the built-in files); words are typed into the
//    search field and erased again, one key at a time. A keystroke's latency runs from the key press to the
//    end of the repaint it causes (the filtered list and the status bar on screen).
//  - console: a JSON response of B MB is handed to the request console of a connection's page while a 1 ms
//    timer measures the longest event-loop stall until the console has finished rendering.
//   keyway-bench-gui [--connections 10000] [--integrations 5000] [--rounds 5] [--body-mb 50]
#include "BenchSupport.h"

#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "connection/ConnectionPage.h"
#include "console/RequestConsole.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "store/MemorySecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace keyway;

namespace {

QByteArray bigJson(qint64 targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + 1024);
    out.append('[');
    for (int i = 0; out.size() < targetBytes; ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"id\":").append(QByteArray::number(i));
        out.append(",\"name\":\"contact ").append(QByteArray::number(i));
        out.append("\",\"email\":\"person").append(QByteArray::number(i));
        out.append("@example.com\",\"active\":true,\"score\":12.5,\"tags\":[\"a\",\"b\"],\"note\":null}");
    }
    out.append(']');
    return out;
}

// Runs the event loop until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// Everything the key press queued (the filter's signals, the repaint of the list and the status bar).
void drainEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QList<double> typeAndErase(QLineEdit *edit, const QStringList &queries)
{
    QList<double> latencies;
    QElapsedTimer clock;
    for (const QString &query : queries) {
        for (const QChar c : query) {
            clock.start();
            QTest::keyClick(edit, c.toLatin1());
            drainEvents();
            latencies << double(clock.nsecsElapsed()) / 1e6;
        }
        for (qsizetype i = 0; i < query.size(); ++i) {
            clock.start();
            QTest::keyClick(edit, Qt::Key_Backspace);
            drainEvents();
            latencies << double(clock.nsecsElapsed()) / 1e6;
        }
    }
    return latencies;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("connections"), QStringLiteral("Stored connections"), QStringLiteral("N"),
                           QStringLiteral("10000")},
        {QStringLiteral("integrations"), QStringLiteral("Integrations in the catalogue"), QStringLiteral("N"),
            QStringLiteral("5000")},
        {QStringLiteral("rounds"), QStringLiteral("Repetitions of each measurement"), QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("body-mb"), QStringLiteral("Size of the console's JSON body in MB (0: skip)"), QStringLiteral("MB"),
            QStringLiteral("50")}});
    parser.process(app);
    const int connections = parser.value(QStringLiteral("connections")).toInt();
    const int integrations = parser.value(QStringLiteral("integrations")).toInt();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const qint64 bodyBytes = parser.value(QStringLiteral("body-mb")).toLongLong() * 1024 * 1024;

    // The catalogue: clones of the built-in files, half as built-in files and half as custom ones.
    QTemporaryDir dir;
    const QString builtinDir = dir.filePath(QStringLiteral("builtin"));
    const QString customDir = dir.filePath(QStringLiteral("custom"));
    bench::writeSyntheticCatalogue(Catalog::defaultBuiltinDir(), {builtinDir, customDir}, integrations);

    Database database;
    const Error error = database.open(dir.filePath(QStringLiteral("keyway.sqlite")));
    if (!error.isNull()) {
        std::fprintf(stderr, "keyway-bench-gui: %s\n", qPrintable(error.toString()));
        return 1;
    }
    auto catalog = std::make_unique<Catalog>(builtinDir, customDir);
    const QList<Integration> all = catalog->all();
    if (const Error seeded = bench::seedConnections(database, all, connections); !seeded.isNull()) {
        std::fprintf(stderr, "keyway-bench-gui: %s\n", qPrintable(seeded.toString()));
        return 1;
    }
    MemorySecretStore secrets;
    auto service = std::make_unique<ConnectionService>(database, secrets, *catalog);

    // What one ConnectionService::connections() costs at this size (every caller pays it).
    QElapsedTimer clock;
    clock.start();
    const int stored = int(service->connections().size());
    const double allMs = double(clock.nsecsElapsed()) / 1e6;

    clock.start();
    auto window = std::make_unique<MainWindow>(*service);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        std::fprintf(stderr, "keyway-bench-gui: the window was never exposed\n");
        return 1;
    }
    drainEvents();
    const double windowMs = double(clock.nsecsElapsed()) / 1e6;

    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!search) {
        std::fprintf(stderr, "keyway-bench-gui: no searchEdit in MainWindow\n");
        return 1;
    }
    search->setFocus();
    // Words that match many, some and no integrations, typed and erased letter by letter.
    const QStringList queries {
        QStringLiteral("google"), QStringLiteral("crm contacts"), QStringLiteral("sales 12"), QStringLiteral("xyzzy")};
    typeAndErase(search, {QStringLiteral("warm")}); // first-use costs (fonts, caches) are not a keystroke's
    // A slow build must not hold the runner for long: after a minute no further round starts.
    QList<double> latencies;
    QElapsedTimer budget;
    budget.start();
    int roundsDone = 0;
    while (roundsDone < rounds && (roundsDone == 0 || budget.elapsed() < 60000)) {
        latencies += typeAndErase(search, queries);
        ++roundsDone;
    }
    bench::emitResult(QStringLiteral("gui-filter"),
        {{QStringLiteral("connections"), stored}, {QStringLiteral("integrations_requested"), integrations},
            {QStringLiteral("integrations"), int(all.size())}, {QStringLiteral("keystrokes"), int(latencies.size())},
            {QStringLiteral("rounds"), roundsDone}, {QStringLiteral("median_ms"), bench::median(latencies)},
            {QStringLiteral("p95_ms"), bench::percentile(latencies, 95)}, {QStringLiteral("max_ms"), bench::maximum(latencies)},
            {QStringLiteral("window_ms"), windowMs}, {QStringLiteral("connections_all_ms"), allMs}});

    if (bodyBytes <= 0)
        return 0;
    // The console of one connection's page, as the user opens it.
    const QString id = service->connections().constFirst().id;
    window->showConnection(id);
    RequestConsole *console = window->connectionPage() ? window->connectionPage()->console() : nullptr;
    if (!console) {
        std::fprintf(stderr, "keyway-bench-gui: no request console on the connection page\n");
        return 1;
    }
    ApiResponse response;
    response.status = 200;
    response.reason = "OK";
    response.headers = {{"Content-Type", "application/json"}};
    response.body = bigJson(bodyBytes);
    response.elapsedUs = 42000;
    bool finished = false;
    QObject::connect(console, &RequestConsole::renderingFinished, console, [&finished] { finished = true; });
    QList<double> stalls;
    QList<double> totals;
    ApiResponse small = response;
    small.body = "{}";
    for (int round = 0; round < qMin(rounds, 3); ++round) {
        // Each round starts from an empty console: clearing the previous 50 MB view is not part of it.
        finished = false;
        console->showResponse(small);
        if (!waitFor([&finished] { return finished; }, 10000)) {
            std::fprintf(stderr, "keyway-bench-gui: the console did not show a small response\n");
            return 1;
        }
        finished = false;
        bench::StallMeter meter;
        meter.start();
        clock.start();
        console->showResponse(response);
        const bool ok = waitFor([&finished] { return finished; }, 180000);
        const double stall = meter.stop();
        if (!ok) {
            std::fprintf(stderr, "keyway-bench-gui: the console did not finish rendering in 180 s\n");
            return 1;
        }
        stalls << stall;
        totals << double(clock.nsecsElapsed()) / 1e6;
    }
    bench::emitResult(QStringLiteral("gui-console"),
        {{QStringLiteral("body_bytes"), double(response.body.size())},
            {QStringLiteral("display_limit_bytes"), double(console->displayLimit())},
            {QStringLiteral("runs"), int(stalls.size())}, {QStringLiteral("median_stall_ms"), bench::median(stalls)},
            {QStringLiteral("max_stall_ms"), bench::maximum(stalls)},
            {QStringLiteral("median_render_ms"), bench::median(totals)}});
    window.reset();
    service.reset();
    return 0;
}
