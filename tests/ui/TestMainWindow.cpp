#include "MainWindow.h"

#include <QDir>
#include <QListView>
#include <QStatusBar>
#include <QtTest>

using namespace keyway;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensWithTitleListAndStatusBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QLatin1String("Keyway")));
        QVERIFY(window.findChild<QListView *>(QStringLiteral("integrationList")));
        QVERIFY(window.statusBar()->isVisible());

        const QString out = qEnvironmentVariable("KEYWAY_TEST_OUTPUT");
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            QVERIFY(window.grab().save(out + QStringLiteral("/main-window.png")));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
