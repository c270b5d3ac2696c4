// The installed binary as scripts use it: exit codes, stdout, one clear line on stderr.
#include "TestSupport.h"

#include <QProcess>
#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run keyway(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(KEYWAY_EXECUTABLE), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void version()
    {
        const Run r = keyway({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("keyway " KEYWAY_VERSION));
    }

    void help()
    {
        const Run r = keyway({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage: keyway")));
        QVERIFY(r.out.contains(QLatin1String("connections")));
    }

    // Each subcommand's help starts with its own usage line, whatever path the program was started from.
    void subcommandHelpNamesTheSubcommand_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::addColumn<QString>("usage");
        QTest::newRow("keep-alive") << QStringLiteral("keep-alive") << QStringLiteral("Usage: keyway keep-alive [options]\n");
        QTest::newRow("token") << QStringLiteral("token") << QStringLiteral("Usage: keyway token [options] ");
        QTest::newRow("request") << QStringLiteral("request") << QStringLiteral("Usage: keyway request [options] ");
    }
    void subcommandHelpNamesTheSubcommand()
    {
        QFETCH(QString, subcommand);
        QFETCH(QString, usage);
        const Run r = keyway({subcommand, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out.left(200)));
    }

    void unknownSubcommand()
    {
        const Run r = keyway({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
