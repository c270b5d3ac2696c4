// Issue 15.9, on the real binary: Qt's most verbose logging (QT_LOGGING_RULES="*=true", which makes Qt log from
// its own static destructors after main() returns) never crashes Keyway at exit, and a running Keyway, whose
// memory holds tokens, cannot leave a core dump (RLIMIT_CORE 0; prctl(PR_SET_DUMPABLE, 0) is checked by
// TestProcessHardening in process).
#include "KeywayRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace keyway;

class TestProcessSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::resetTestHome(); }

    void verboseLoggingNeverCrashesAtExit_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QStringList>("args");
        for (const char *rules : {"*=true", "qt.core.library=true"}) {
            const QString r = QString::fromLatin1(rules);
            QTest::addRow("%s connections", rules) << r << QStringList {QStringLiteral("connections")};
            QTest::addRow("%s integrations", rules) << r << QStringList {QStringLiteral("integrations")};
            QTest::addRow("%s inspect", rules) << r << QStringList {QStringLiteral("inspect"), QStringLiteral("nope")};
            QTest::addRow("%s request", rules)
                << r
                << QStringList {QStringLiteral("request"), QStringLiteral("nope"), QStringLiteral("GET"), QStringLiteral("/")};
            QTest::addRow("%s disconnect", rules) << r << QStringList {QStringLiteral("disconnect"), QStringLiteral("nope")};
            QTest::addRow("%s connect", rules)
                << r << QStringList {QStringLiteral("connect"), QStringLiteral("no-such-integration")};
        }
    }
    void verboseLoggingNeverCrashesAtExit()
    {
        QFETCH(QString, rules);
        QFETCH(QStringList, args);
        // Several runs: a use after free does not show every time.
        for (int i = 0; i < 3; ++i) {
            const test::KeywayRun run = test::runKeyway(args, {}, {{QStringLiteral("QT_LOGGING_RULES"), rules}});
            QVERIFY2(!run.crashed && run.code >= 0 && run.code <= 2,
                qPrintable(QStringLiteral("exit %1; last lines:\n%2").arg(run.code).arg(run.err.right(600))));
            QVERIFY2(!run.err.contains(QLatin1String("invalid QRegularExpression")), qPrintable(run.err.right(600)));
        }
    }

    void aRunningKeywayCannotDumpCore()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(KEYWAY_EXECUTABLE),
            {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.bytesAvailable() > 0 || sandbox.state() != QProcess::Running, 20000);
        QCOMPARE(sandbox.state(), QProcess::Running);
        QFile limits(QStringLiteral("/proc/%1/limits").arg(sandbox.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(limits.readAll());
        const QRegularExpressionMatch core
            = QRegularExpression(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)")).match(text);
        sandbox.terminate();
        sandbox.waitForFinished(5000);
        QVERIFY2(core.hasMatch(), qPrintable(text));
        QCOMPARE(core.captured(1), QStringLiteral("0")); // soft
        QCOMPARE(core.captured(2), QStringLiteral("0")); // hard: it cannot be raised again
    }
};

QTEST_GUILESS_MAIN(TestProcessSafety)
#include "TestProcessSafety.moc"
