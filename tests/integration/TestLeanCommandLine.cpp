// Issue 27: the command line pays only for what its command needs. The one `keyway` binary decides the command
// before any application object exists; the window's code (Qt Gui, Widgets, Svg) is a private library it opens only
// for the window, and the catalogue is read only by commands that ask it something. Checked on the real binary:
// what the dynamic loader loads (LD_DEBUG=files) and what the catalogue logs when it reads its files.
#include "KeywayRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using keyway::test::KeywayRun;
using namespace Qt::StringLiterals;

namespace {

// The libraries the dynamic loader opened for a run, from its LD_DEBUG=files trace ("file=libX.so.6 [0]; ...").
QStringList loadedLibraries(const QString &trace)
{
    QStringList files;
    static const QRegularExpression line(uR"(file=(\S+)\s+\[\d+\];)"_s);
    for (auto it = line.globalMatch(trace); it.hasNext();)
        files << it.next().captured(1);
    return files;
}

bool anyOf(const QStringList &libraries, const QString &name)
{
    for (const QString &library : libraries)
        if (library.contains(name))
            return true;
    return false;
}

} // namespace

class TestLeanCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { keyway::test::resetTestHome(); }

    void commandsLoadNothingOfTheWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--version") << QStringList {u"--version"_s};
        QTest::newRow("connections") << QStringList {u"connections"_s};
        QTest::newRow("token") << QStringList {u"token"_s, u"no-such-connection"_s};
        QTest::newRow("git-credential get") << QStringList {u"git-credential"_s, u"get"_s};
    }

    void commandsLoadNothingOfTheWindow()
    {
        QFETCH(QStringList, args);
        const KeywayRun r = keyway::test::runKeyway(args, "protocol=https\nhost=example.test\n\n", {{u"LD_DEBUG"_s, u"files"_s}});
        QVERIFY(r.code >= 0);
        const QStringList libraries = loadedLibraries(r.err);
        QVERIFY2(anyOf(libraries, u"libQt6Core"_s), qPrintable(r.err.left(2000))); // the trace works
        for (const QString &windowOnly : {u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libQt6Svg"_s, u"libkeyway-window"_s})
            QVERIFY2(!anyOf(libraries, windowOnly), qPrintable(windowOnly + u" loaded by keyway "_s + args.join(u' ')));
    }

    // The catalogue logs when it reads its files: `connections` and `token` never make it read them, `integrations`
    // does.
    void onlyCommandsThatAskTheCatalogueReadIt()
    {
        const QList<QPair<QString, QString>> verbose {{u"QT_LOGGING_RULES"_s, u"keyway.catalog.info=true"_s}};
        const QString loaded = u"catalogue loaded"_s;
        KeywayRun r = keyway::test::runKeyway({u"connections"_s}, {}, verbose);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(loaded), qPrintable(r.err));
        r = keyway::test::runKeyway({u"token"_s, u"no-such-connection"_s}, {}, verbose);
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains(loaded), qPrintable(r.err));
        r = keyway::test::runKeyway({u"integrations"_s}, {}, verbose);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(loaded), qPrintable(r.err));
    }

    // Without a subcommand the binary opens its window library and shows the window.
    void theWindowOpensFromItsLibrary()
    {
        const KeywayRun r = keyway::test::runKeyway({}, {},
            {{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}, {u"KEYWAY_BENCH_EXIT_WHEN_SHOWN"_s, u"0"_s}, {u"LD_DEBUG"_s, u"files"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err.right(2000)));
        QVERIFY(r.out.contains("keyway-bench shown"));
        const QStringList libraries = loadedLibraries(r.err);
#ifdef Q_OS_LINUX
        QVERIFY(anyOf(libraries, u"libkeyway-window.so"_s));
#endif
        QVERIFY(anyOf(libraries, u"libQt6Widgets"_s));
    }

#ifdef Q_OS_LINUX
    // A binary whose window library is missing says so in one line, and its command line still works.
    void aMissingWindowLibraryIsOneClearLine()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"bin/keyway"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"bin"_s)));
        QVERIFY(QFile::copy(QStringLiteral(KEYWAY_EXECUTABLE), copy));
        QProcess window;
        window.start(copy, {});
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitCode(), 1);
        const QString err = QString::fromUtf8(window.readAllStandardError());
        QVERIFY2(err.startsWith(u"keyway: the window cannot be opened"_s), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
        QProcess version;
        version.start(copy, {u"--version"_s});
        QVERIFY(version.waitForFinished(30000));
        QCOMPARE(version.exitCode(), 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestLeanCommandLine)
#include "TestLeanCommandLine.moc"
