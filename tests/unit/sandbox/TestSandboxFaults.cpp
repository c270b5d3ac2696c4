// SandboxFaults: the catalogue QA reads (every fault named, described, with the behaviour Keyway should show)
// and the rules of its values: what "on" means per kind, clamping, and one-shot consumption in the store.
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;
using Fault = SandboxFaults::Fault;
using Kind = SandboxFaults::Kind;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete()
    {
        const QList<SandboxFaults::Info> &all = SandboxFaults::catalog();
        QCOMPARE(all.size(), int(Fault::InvalidClientOnRefresh) + 1);
        QSet<QString> names;
        QSet<int> faults;
        for (const SandboxFaults::Info &info : all) {
            QVERIFY2(QRegularExpression(u"^[a-z][a-z-]+$"_s).match(info.name).hasMatch(), qPrintable(info.name));
            QVERIFY(!names.contains(info.name));
            names.insert(info.name);
            faults.insert(int(info.fault));
            QVERIFY(!info.title.isEmpty());
            QVERIFY(!info.description.isEmpty());
            QVERIFY(!info.expected.isEmpty());
            QCOMPARE(SandboxFaults::fromName(info.name), std::optional<Fault>(info.fault));
            QCOMPARE(SandboxFaults::info(info.fault).name, info.name);
            if (info.kind == Kind::Count)
                QVERIFY(info.onValue == 1 || info.onValue == SandboxFaults::kUntilOff);
            if (info.kind == Kind::Value) {
                QVERIFY(info.minValue < info.maxValue);
                QVERIFY(info.onValue >= info.minValue && info.onValue <= info.maxValue && info.onValue != 0);
                QVERIFY(!info.unit.isEmpty());
            }
        }
        QCOMPARE(faults.size(), all.size());
        QVERIFY(!SandboxFaults::fromName(u"Server-Error"_s));
        QVERIFY(!SandboxFaults::fromName(QString()));
    }

    void parseValue_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // -999: an error
        QTest::newRow("count on") << u"refresh-invalid-grant"_s << u"on"_s << 1;
        QTest::newRow("count ON") << u"refresh-invalid-grant"_s << u" ON "_s << 1;
        QTest::newRow("count empty") << u"refresh-invalid-grant"_s << u""_s << 1;
        QTest::newRow("lasting on") << u"server-error"_s << u"true"_s << SandboxFaults::kUntilOff;
        QTest::newRow("count n") << u"server-error"_s << u"3"_s << 3;
        QTest::newRow("count until off") << u"server-error"_s << u"-1"_s << -1;
        QTest::newRow("count off") << u"server-error"_s << u"off"_s << 0;
        QTest::newRow("count zero") << u"server-error"_s << u"0"_s << 0;
        QTest::newRow("count too many") << u"server-error"_s << u"1001"_s << -999;
        QTest::newRow("count negative") << u"server-error"_s << u"-2"_s << -999;
        QTest::newRow("count word") << u"server-error"_s << u"maybe"_s << -999;
        QTest::newRow("value on") << u"slow"_s << u"yes"_s << 5000;
        QTest::newRow("value ms") << u"slow"_s << u"1500"_s << 1500;
        QTest::newRow("value off") << u"slow"_s << u"no"_s << 0;
        QTest::newRow("value too slow") << u"slow"_s << u"30001"_s << -999;
        QTest::newRow("value negative") << u"slow"_s << u"-1"_s << -999;
        QTest::newRow("skew on") << u"clock-skew"_s << u"on"_s << 10;
        QTest::newRow("skew behind") << u"clock-skew"_s << u"-20"_s << -20;
        QTest::newRow("skew a day") << u"clock-skew"_s << u"1440"_s << 1440;
        QTest::newRow("skew more") << u"clock-skew"_s << u"1441"_s << -999;
        QTest::newRow("action on") << u"rotate-keys"_s << u"on"_s << 1;
        QTest::newRow("action off") << u"rotate-keys"_s << u"off"_s << 0;
    }

    void parseValue()
    {
        QFETCH(QString, fault);
        QFETCH(QString, text);
        QFETCH(int, value);
        const Result<int> r = SandboxFaults::parseValue(SandboxFaults::info(*SandboxFaults::fromName(fault)), text);
        if (value == -999) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, u"invalid_fault_value"_s);
            QVERIFY(r.error().message.contains(fault));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r.value(), value);
        }
    }

    void clampKeepsValuesInRange()
    {
        QCOMPARE(SandboxFaults::clamp(Fault::RefreshInvalidGrant, 2), 2);
        QCOMPARE(SandboxFaults::clamp(Fault::ServerError, -5), SandboxFaults::kUntilOff);
        QCOMPARE(SandboxFaults::clamp(Fault::ServerError, 5000), SandboxFaults::kMaxCount);
        QCOMPARE(SandboxFaults::clamp(Fault::SlowResponses, 100000), SandboxFaults::kMaxDelayMs);
        QCOMPARE(SandboxFaults::clamp(Fault::SlowResponses, -3), 0);
        QCOMPARE(SandboxFaults::clamp(Fault::ClockSkew, -5000), -SandboxFaults::kMaxSkewMinutes);
        QCOMPARE(SandboxFaults::clamp(Fault::RotateKeys, 1), 0); // actions are never stored

        const QJsonObject json = SandboxFaults::toJson(Fault::WrongState, 1);
        QCOMPARE(json.value(u"name"_s).toString(), u"wrong-state"_s);
        QCOMPARE(json.value(u"kind"_s).toString(), u"count"_s);
        QCOMPARE(json.value(u"active"_s).toBool(), true);
        QCOMPARE(json.value(u"value"_s).toInt(), 1);
        QCOMPARE(json.value(u"state"_s).toString(), u"on, next 1"_s);
        QCOMPARE(SandboxFaults::commandLineState(Fault::ClockSkew, -20), u"on, -20 minutes"_s);
        QCOMPARE(SandboxFaults::commandLineState(Fault::ServerError, SandboxFaults::kUntilOff), u"on"_s);
        QCOMPARE(SandboxFaults::commandLineState(Fault::ServerError, 0), u"off"_s);
    }

    void storeConsumesCounts()
    {
        SandboxStore store;
        QVERIFY(store.open({}).isNull());
        QCOMPARE(store.faultValue(u"server-error"_s), 0);
        QVERIFY(!store.consumeFault(u"server-error"_s));

        store.setFaultValue(u"refresh-invalid-grant"_s, 2);
        QVERIFY(store.consumeFault(u"refresh-invalid-grant"_s));
        QCOMPARE(store.faultValue(u"refresh-invalid-grant"_s), 1);
        QVERIFY(store.consumeFault(u"refresh-invalid-grant"_s));
        QCOMPARE(store.faultValue(u"refresh-invalid-grant"_s), 0);
        QVERIFY(!store.consumeFault(u"refresh-invalid-grant"_s));

        store.setFaultValue(u"server-error"_s, SandboxFaults::kUntilOff);
        for (int i = 0; i < 10; ++i)
            QVERIFY(store.consumeFault(u"server-error"_s));
        QCOMPARE(store.faultValue(u"server-error"_s), SandboxFaults::kUntilOff);
        store.setFaultValue(u"server-error"_s, 0);
        QVERIFY(!store.consumeFault(u"server-error"_s));

        store.setFaultValue(u"wrong-state"_s, 1);
        store.setFaultValue(u"slow"_s, 250);
        QCOMPARE(store.faultValues().size(), 2);
        store.clearFaults();
        QVERIFY(store.faultValues().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
