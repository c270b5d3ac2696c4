// The core never depends on widgets: this test links keyway_core alone, and Qt defines QT_WIDGETS_LIB for
// every target that links Qt6::Widgets, directly or through a dependency.
#include <QDir>
#include <QtTest>

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void coreDoesNotLinkWidgets()
    {
#if defined(QT_WIDGETS_LIB)
        QFAIL("keyway_core links Qt Widgets");
#endif
#if defined(QT_GUI_LIB)
        QFAIL("keyway_core links Qt Gui");
#endif
        QVERIFY(true);
    }

    // app/ and ui/ are both include roots of the window library: a folder name in both would make
    // `#include "common/..."` mean whichever root the compiler searches first.
    void uiFoldersAreNotNamedLikeCoreFolders()
    {
        const QDir source(QStringLiteral(KEYWAY_SOURCE_DIR));
        const QStringList appFolders = QDir(source.filePath(QStringLiteral("app"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QStringList uiFolders = QDir(source.filePath(QStringLiteral("ui"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(appFolders.contains(QStringLiteral("common")));
        QVERIFY(!uiFolders.isEmpty());
        for (const QString &folder : uiFolders)
            QVERIFY2(!appFolders.contains(folder), qPrintable(QStringLiteral("ui/%1 shadows app/%1").arg(folder)));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
