// Issue 23: the systemd units `keyway keep-alive --install` writes. ExecStart must name this very binary however its
// path is spelled, or the timer would run nothing: systemd.service(5) quoting and "%" specifiers, and the paths it
// cannot read back refused. The files themselves, their modes and systemctl's part are in
// tests/packaging/test-keeper-units.sh, which also runs systemd-analyze verify on them.
#include "core/KeeperTimer.h"

#include <QtTest>

using namespace keyway;

class TestKeeperTimer : public QObject
{
    Q_OBJECT

private slots:
    void execStartNamesTheBinary_data()
    {
        QTest::addColumn<QString>("executable");
        QTest::addColumn<QString>("execStart"); // empty: refused
        QTest::newRow("plain") << "/usr/bin/keyway"
                               << "ExecStart=/usr/bin/keyway keep-alive";
        QTest::newRow("space") << "/opt/Key Way/keyway"
                               << "ExecStart=\"/opt/Key Way/keyway\" keep-alive";
        QTest::newRow("percent is a specifier") << "/opt/100%/keyway"
                                                << "ExecStart=/opt/100%%/keyway keep-alive";
        QTest::newRow("relative") << "bin/keyway"
                                  << "";
        QTest::newRow("quote") << "/opt/\"x\"/keyway"
                               << "";
        QTest::newRow("backslash") << "/opt/a\\b/keyway"
                                   << "";
        QTest::newRow("newline") << "/opt/a\n[Service]/keyway"
                                 << "";
    }
    void execStartNamesTheBinary()
    {
        QFETCH(QString, executable);
        QFETCH(QString, execStart);
        const QString unit = KeeperTimer::serviceUnit(executable);
        if (execStart.isEmpty()) {
            QVERIFY2(unit.isEmpty(), qPrintable(unit));
            return;
        }
        QVERIFY2(unit.split(QLatin1Char('\n')).contains(execStart), qPrintable(unit));
        QVERIFY(unit.contains(QLatin1String("Type=oneshot")));
    }

    // Daily, a missed day made up at the next start (Persistent=true), enabled by timers.target.
    void timerRunsDailyAndCatchesUp()
    {
        const QStringList lines = KeeperTimer::timerUnit().split(QLatin1Char('\n'));
        for (const char *line : {"OnCalendar=daily", "Persistent=true", "WantedBy=timers.target"})
            QVERIFY2(lines.contains(QLatin1String(line)), line);
    }

    void unitFolderFollowsXdgConfigHome()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", "/tmp/keyway-xdg");
        QCOMPARE(KeeperTimer::unitFolder(), QStringLiteral("/tmp/keyway-xdg/systemd/user"));
        qputenv("XDG_CONFIG_HOME", "relative/ignored"); // XDG Base Directory: relative values are invalid
        QCOMPARE(KeeperTimer::unitFolder(), QDir::homePath() + QStringLiteral("/.config/systemd/user"));
        qputenv("XDG_CONFIG_HOME", saved);
    }
};

QTEST_GUILESS_MAIN(TestKeeperTimer)
#include "TestKeeperTimer.moc"
