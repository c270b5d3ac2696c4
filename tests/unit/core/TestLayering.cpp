// The core never depends on widgets: this test links keyway_core alone, and Qt defines QT_WIDGETS_LIB for
// every target that links Qt6::Widgets, directly or through a dependency.
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
};

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
