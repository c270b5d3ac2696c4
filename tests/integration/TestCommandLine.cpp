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
    static Run keyway(const QStringList &args, const QByteArray &input = {}, const QString &language = {})
    {
        QProcess p;
        if (!language.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KEYWAY_LANGUAGE"), language);
            p.setProcessEnvironment(env);
        }
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

    // Issue 24: the whole help speaks the chosen language, Qt's frame around Keyway's options included, and so
    // do the option parser's errors (Qt's strings, from qt6-translations-l10n).
    void helpAndParserErrorsSpeakTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("unknownOption");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Aufruf: keyway token") << QStringLiteral("Optionen:")
                            << QStringLiteral("Unbekannte Option");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Utilisation : keyway token") << QStringLiteral("Options :")
                            << QStringLiteral("Option inconnue");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Uso: keyway token") << QStringLiteral("Opciones:")
                            << QStringLiteral("Opción desconocida");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("使い方: keyway token") << QStringLiteral("オプション:")
                            << QStringLiteral("未知のオプション");
    }
    void helpAndParserErrorsSpeakTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, usage);
        QFETCH(QString, options);
        QFETCH(QString, unknownOption);
        const Run help = keyway({QStringLiteral("token"), QStringLiteral("--help")}, {}, language);
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(usage), qPrintable(help.out.left(200)));
        QVERIFY2(help.out.contains(options), qPrintable(help.out.left(400)));
        QVERIFY2(!help.out.contains(QLatin1String("Options:")) || language == QLatin1String("fr"), qPrintable(help.out));
        const Run wrong = keyway({QStringLiteral("token"), QStringLiteral("--no-such-option")}, {}, language);
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(unknownOption), qPrintable(wrong.err));
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
