// The one walker of dotted paths (JsonPath), as the token response parser, userinfo and the catalogue use it:
// members and array indexes, a flat member named like the whole path (form answers), and scalar text.
#include "common/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestJsonPath : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("defined");
        QTest::newRow("member") << QByteArray(R"({"access_token":"at"})") << u"access_token"_s << u"at"_s << true;
        QTest::newRow("nested") << QByteArray(R"({"authed_user":{"access_token":"xoxp"}})") << u"authed_user.access_token"_s
                                << u"xoxp"_s << true;
        QTest::newRow("array index") << QByteArray(R"({"tenants":[{"id":"t0"},{"id":"t1"}]})") << u"tenants.1.id"_s << u"t1"_s
                                     << true;
        // A form answer has flat names: the member named by the whole path wins.
        QTest::newRow("flat name wins") << QByteArray(
            R"({"authed_user.access_token":"flat","authed_user":{"access_token":"deep"}})")
                                        << u"authed_user.access_token"_s << u"flat"_s << true;
        QTest::newRow("whole number") << QByteArray(R"({"expires_in":3600})") << u"expires_in"_s << u"3600"_s << true;
        QTest::newRow("fraction") << QByteArray(R"({"expires_in":1.5})") << u"expires_in"_s << u"1.5"_s << true;
        QTest::newRow("huge number") << QByteArray(R"({"n":1e300})") << u"n"_s << u"1.0000000000000001e+300"_s << true;
        QTest::newRow("boolean") << QByteArray(R"({"ok":false})") << u"ok"_s << u"false"_s << true;
        QTest::newRow("null is no text") << QByteArray(R"({"v":null})") << u"v"_s << QString() << true;
        QTest::newRow("object is no text") << QByteArray(R"({"v":{"a":1}})") << u"v"_s << QString() << true;
        QTest::newRow("missing member") << QByteArray(R"({"a":{"b":1}})") << u"a.c"_s << QString() << false;
        QTest::newRow("index out of range") << QByteArray(R"({"a":[1]})") << u"a.1"_s << QString() << false;
        QTest::newRow("negative index") << QByteArray(R"({"a":[1]})") << u"a.-1"_s << QString() << false;
        QTest::newRow("through a scalar") << QByteArray(R"({"a":"text"})") << u"a.b"_s << QString() << false;
        QTest::newRow("empty path") << QByteArray(R"({"":"x"})") << QString() << QString() << false;
    }
    void text()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QFETCH(bool, defined);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(JsonPath::text(root, path), expected);
        QCOMPARE(!JsonPath::value(root, path).isUndefined(), defined);
    }

    void validPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"access_token"_s << true;
        QTest::newRow("dotted") << u"authed_user.access_token"_s << true;
        QTest::newRow("index") << u"0.tenantName"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("empty segment") << u"a..b"_s << false;
        QTest::newRow("trailing dot") << u"a."_s << false;
        QTest::newRow("bracket") << u"a[0]"_s << false;
        QTest::newRow("too long") << QString(257, u'a') << false;
    }
    void validPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QCOMPARE(JsonPath::isValid(path), valid);
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "TestJsonPath.moc"
