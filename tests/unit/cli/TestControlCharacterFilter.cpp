// ControlCharacterFilter::clean: which bytes reach a terminal (issue 15.10).
#include "cli/ControlCharacterFilter.h"

#include <QtTest>

using namespace keyway;

class TestControlCharacterFilter : public QObject
{
    Q_OBJECT

private slots:
    void replacesControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        const QByteArray r = "\xEF\xBF\xBD";
        QTest::newRow("plain text kept") << QByteArray("Hello, world") << QByteArray("Hello, world");
        QTest::newRow("newline and tab kept") << QByteArray("a\tb\nc") << QByteArray("a\tb\nc");
        QTest::newRow("OSC retitle") << QByteArray("\x1b]0;pwned\x07x") << (r + "]0;pwned" + r + "x");
        QTest::newRow("CSI clear") << QByteArray("\x1b[2J") << (r + "[2J");
        QTest::newRow("carriage return") << QByteArray("ok\rno") << (QByteArray("ok") + r + "no");
        QTest::newRow("NUL and DEL") << QByteArray("a\0b\x7f", 4) << (QByteArray("a") + r + "b" + r);
        QTest::newRow("C1 CSI") << QByteArray("\xC2\x9B"
                                              "31m")
                                << (r + "31m");
        QTest::newRow("other two-byte letters kept") << QByteArray("caf\xC3\xA9 \xC2\xA0") << QByteArray("caf\xC3\xA9 \xC2\xA0");
    }
    void replacesControlCharacters()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(ControlCharacterFilter::clean(in), out);
    }

    void aC1CharacterSplitAcrossWritesIsStillCaught()
    {
        QByteArray pending;
        QCOMPARE(ControlCharacterFilter::clean("ab\xC2", &pending), QByteArray("ab"));
        QCOMPARE(pending, QByteArray("\xC2"));
        QCOMPARE(ControlCharacterFilter::clean("\x9B"
                                               "1m",
                     &pending),
            QByteArray("\xEF\xBF\xBD"
                       "1m"));
        QVERIFY(pending.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestControlCharacterFilter)
#include "TestControlCharacterFilter.moc"
