// How a browser command becomes a program and its arguments: the URL replaces "%s" ($BROWSER) or "%u" (desktop
// entries), else it is added at the end; no shell is involved, so a URL cannot add an argument.
#include "auth/BrowserLauncher.h"

#include <QtTest>

using namespace keyway;

class TestBrowserLauncher : public QObject
{
    Q_OBJECT

private slots:
    void commandLines_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("expected");
        const QString url = QStringLiteral("https://id.example.test/authorize?state=a%20b&x=1");
        QTest::newRow("%s is replaced") << QStringLiteral("firefox --private-window %s")
                                        << QStringList {QStringLiteral("firefox"), QStringLiteral("--private-window"), url};
        QTest::newRow("%u is replaced (issue 16)") << QStringLiteral(
            "firefox --private-window %u") << QStringList {QStringLiteral("firefox"), QStringLiteral("--private-window"), url};
        QTest::newRow("inside an argument") << QStringLiteral("open-in --url=%u")
                                            << QStringList {QStringLiteral("open-in"), QStringLiteral("--url=") + url};
        QTest::newRow("none: appended") << QStringLiteral("chromium --incognito")
                                        << QStringList {QStringLiteral("chromium"), QStringLiteral("--incognito"), url};
        QTest::newRow("quoted program") << QStringLiteral("\"/opt/My Browser/run\" %s")
                                        << QStringList {QStringLiteral("/opt/My Browser/run"), url};
    }

    void commandLines()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, expected);
        const QUrl url(QStringLiteral("https://id.example.test/authorize?state=a%20b&x=1"));
        QCOMPARE(BrowserLauncher::commandLine(command, url), expected);
    }

    void aUrlCannotAddArguments()
    {
        const QUrl url(QStringLiteral("https://id.example.test/a b;rm -rf ~"));
        const QStringList args = BrowserLauncher::commandLine(QStringLiteral("browser %u"), url);
        QCOMPARE(args.size(), 2);
        QVERIFY(!args.at(1).contains(QLatin1Char(' ')));
    }
};

QTEST_GUILESS_MAIN(TestBrowserLauncher)
#include "TestBrowserLauncher.moc"
