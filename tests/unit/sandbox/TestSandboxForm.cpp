// SandboxForm: the sandbox's strict reader of form bodies and query strings (RFC 6749 Appendix B). Every
// malformed input is an error with a reason, never a crash or a silently different value.
#include "sandbox/SandboxForm.h"

#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestSandboxForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QByteArray("a=1&b=2") << u"b"_s << u"2"_s;
        QTest::newRow("plus is space") << QByteArray("s=a+b") << u"s"_s << u"a b"_s;
        QTest::newRow("encoded plus") << QByteArray("s=a%2Bb") << u"s"_s << u"a+b"_s;
        QTest::newRow("decoded once") << QByteArray("s=%2541") << u"s"_s << u"%41"_s;
        QTest::newRow("utf8") << QByteArray("s=%C3%A9t%C3%A9") << u"s"_s << u"été"_s;
        QTest::newRow("empty value") << QByteArray("s=") << u"s"_s << u""_s;
        QTest::newRow("no equals") << QByteArray("s") << u"s"_s << u""_s;
        QTest::newRow("equals in value") << QByteArray("s=a=b") << u"s"_s << u"a=b"_s;
        QTest::newRow("empty pairs") << QByteArray("&&s=1&") << u"s"_s << u"1"_s;
        QTest::newRow("encoded name") << QByteArray("client%5Fid=x") << u"client_id"_s << u"x"_s;
        QTest::newRow("absent") << QByteArray("a=1") << u"b"_s << QString();
    }

    void parses()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const Result<SandboxForm> form = SandboxForm::parse(encoded);
        QVERIFY2(form.ok(), qPrintable(form.error().detail));
        QCOMPARE(form.value().value(name), value);
        QCOMPARE(form.value().value(name).isNull(), value.isNull());
        QCOMPARE(form.value().has(name), !value.isNull());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("bad escape") << QByteArray("a=%zz");
        QTest::newRow("short escape") << QByteArray("a=%4");
        QTest::newRow("trailing percent") << QByteArray("a=%");
        QTest::newRow("not utf8") << QByteArray("a=%FF%FE");
        QTest::newRow("overlong utf8") << QByteArray("a=%C0%AF");
        QTest::newRow("nul") << QByteArray("a=%00");
        QTest::newRow("no name") << QByteArray("=x");
        QTest::newRow("long value") << "a=" + QByteArray(SandboxForm::kMaxValueLength + 1, 'x');
        QTest::newRow("long name") << QByteArray(129, 'n') + "=1";
        QByteArray many;
        for (int i = 0; i <= SandboxForm::kMaxParameters; ++i)
            many += "p" + QByteArray::number(i) + "=1&";
        QTest::newRow("too many") << many;
    }

    void rejects()
    {
        QFETCH(QByteArray, encoded);
        const Result<SandboxForm> form = SandboxForm::parse(encoded);
        QVERIFY(!form.ok());
        QCOMPARE(form.error().code, u"invalid_request"_s);
        QVERIFY(!form.error().detail.isEmpty());
    }

    void repeatedAndValues()
    {
        const Result<SandboxForm> form = SandboxForm::parse("scope=a&x=1&scope=b&x=2");
        QVERIFY(form.ok());
        QCOMPARE(form.value().values(u"scope"_s), QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(form.value().value(u"scope"_s), u"a"_s);
        QCOMPARE(form.value().repeated(), u"scope"_s);
        QCOMPARE(form.value().repeated({u"scope"_s}), u"x"_s);
        QCOMPARE(form.value().repeated({u"scope"_s, u"x"_s}), QString());
        QVERIFY(SandboxForm::parse("").ok());
        QVERIFY(SandboxForm::parse("").value().items().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxForm)
#include "TestSandboxForm.moc"
