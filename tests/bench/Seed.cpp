// keyway-bench-seed: fills Keyway's database (in the XDG data folder of the environment, as the app finds
// it) with N connections spread over the built-in catalogue, written through ConnectionRepository. Secrets are
// not written: neither start-up nor the window reads the keychain until a connection is opened.
//   keyway-bench-seed [--connections 10000] [--database PATH]
#include "BenchSupport.h"

#include "catalog/Catalog.h"
#include "core/AppInfo.h"
#include "store/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace keyway;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("connections"), QStringLiteral("How many connections"), QStringLiteral("N"), QStringLiteral("10000")},
            {QStringLiteral("database"), QStringLiteral("SQLite file (default: Keyway's)"), QStringLiteral("PATH")}});
    parser.process(app);
    const int count = parser.value(QStringLiteral("connections")).toInt();
    const QString path
        = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database")) : AppPaths::databaseFile();

    QElapsedTimer clock;
    clock.start();
    Database database;
    const Error error = database.open(path);
    if (!error.isNull()) {
        std::fprintf(stderr, "keyway-bench-seed: %s\n", qPrintable(error.toString()));
        return 1;
    }
    const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
    if (const Error seeded = bench::seedConnections(database, catalog.all(), count); !seeded.isNull()) {
        std::fprintf(stderr, "keyway-bench-seed: %s\n", qPrintable(seeded.toString()));
        return 1;
    }
    const double seedMs = double(clock.elapsed());

    // What one full load of the stored connections costs: ConnectionRepository::all(), which is what
    // ConnectionService::connections() does on every call.
    ConnectionRepository repository(database);
#if defined(__GLIBC__)
    const size_t heapBefore = mallinfo2().uordblks;
#endif
    clock.start();
    const QList<ConnectionRecord> all = repository.all();
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    double loadHeapMb = -1;
#if defined(__GLIBC__)
    loadHeapMb = double(mallinfo2().uordblks - heapBefore) / (1024.0 * 1024.0);
#endif
    bench::emitResult(QStringLiteral("seed"),
        {{QStringLiteral("connections"), count}, {QStringLiteral("integrations"), int(catalog.all().size())},
            {QStringLiteral("ms"), seedMs}, {QStringLiteral("load_all_ms"), loadMs},
            {QStringLiteral("load_all_heap_mb"), loadHeapMb}, {QStringLiteral("loaded"), int(all.size())},
            {QStringLiteral("database"), path}});
    return 0;
}
