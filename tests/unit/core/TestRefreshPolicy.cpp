// RefreshPolicy: when a token is renewed without being asked to. The rules that keep short-lived tokens from
// causing refresh storms (issue 26, point 1), as a table.
#include "core/RefreshPolicy.h"

#include <QtTest>

using namespace keyway;

class TestRefreshPolicy : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0 = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

private slots:
    void leadIsAQuarterOfShortLifetimes_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<qint64>("leadMs");
        QTest::newRow("hour") << 3600 << qint64(120000);
        QTest::newRow("ten minutes") << 600 << qint64(120000);
        QTest::newRow("two minutes: a quarter, not all of it") << 120 << qint64(30000);
        QTest::newRow("90 s") << 90 << qint64(22500);
        QTest::newRow("5 s") << 5 << qint64(1250);
    }
    void leadIsAQuarterOfShortLifetimes()
    {
        QFETCH(int, lifetime);
        QFETCH(qint64, leadMs);
        QCOMPARE(RefreshPolicy::leadMs(t0, t0.addSecs(lifetime), 120), leadMs);
    }

    void unknownLifetimeUsesTheConfiguredLead()
    {
        QCOMPARE(RefreshPolicy::lifetimeMs(QDateTime(), t0), qint64(-1));
        QCOMPARE(RefreshPolicy::lifetimeMs(t0, t0), qint64(-1)); // expires_in 0 is no lifetime
        QCOMPARE(RefreshPolicy::leadMs(QDateTime(), t0, 120), qint64(120000));
    }

    void isDue_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<int>("nowAfterObtained"); // seconds
        QTest::addColumn<int>("lastRenewalAfterObtained"); // seconds; -1000: none
        QTest::addColumn<bool>("due");
        QTest::newRow("fresh hour token") << 3600 << 10 << -1000 << false;
        QTest::newRow("hour token within its lead") << 3600 << 3500 << -1000 << true;
        QTest::newRow("90 s token at once: not due (was a storm)") << 90 << 0 << -1000 << false;
        QTest::newRow("90 s token at 60 s") << 90 << 60 << -1000 << false;
        QTest::newRow("90 s token at 70 s") << 90 << 70 << -1000 << true;
        QTest::newRow("5 s token at 4 s") << 5 << 4 << -1000 << true;
        QTest::newRow("expired, renewed a moment ago: held back") << 5 << 6 << 5 << false;
        QTest::newRow("expired, renewed 3 s ago") << 5 << 6 << 3 << true;
    }
    void isDue()
    {
        QFETCH(int, lifetime);
        QFETCH(int, nowAfterObtained);
        QFETCH(int, lastRenewalAfterObtained);
        QFETCH(bool, due);
        const QDateTime last = lastRenewalAfterObtained == -1000 ? QDateTime() : t0.addSecs(lastRenewalAfterObtained);
        QCOMPARE(RefreshPolicy::isDue(t0, t0.addSecs(lifetime), last, 120, t0.addSecs(nowAfterObtained)), due);
    }

    void unknownExpiryIsNeverDue() { QVERIFY(!RefreshPolicy::isDue(t0, QDateTime(), QDateTime(), 120, t0.addYears(1))); }

    void minimumIntervalBetweenRenewals_data()
    {
        QTest::addColumn<int>("lifetime");
        QTest::addColumn<qint64>("intervalMs");
        QTest::newRow("1 s: the floor") << 1 << qint64(1000);
        QTest::newRow("5 s") << 5 << qint64(2500);
        QTest::newRow("90 s") << 90 << qint64(45000);
        QTest::newRow("hour: the ceiling") << 3600 << qint64(60000);
    }
    void minimumIntervalBetweenRenewals()
    {
        QFETCH(int, lifetime);
        QFETCH(qint64, intervalMs);
        QCOMPARE(RefreshPolicy::minIntervalMs(t0, t0.addSecs(lifetime)), intervalMs);
    }

    void schedulerRenewsOnlyUsedTokens()
    {
        const QDateTime expires = t0.addSecs(60);
        QVERIFY(!RefreshPolicy::nextScheduledRenewal(t0, expires, QDateTime(), false, 120, t0).isValid());
        QCOMPARE(RefreshPolicy::nextScheduledRenewal(t0, expires, QDateTime(), true, 120, t0), expires.addSecs(-15));
    }

    void schedulerNeverFiresRightAfterARenewal()
    {
        // A 4 s token renewed at t0: due at 3 s, but not sooner than the 2 s interval after the renewal.
        const QDateTime next = RefreshPolicy::nextScheduledRenewal(t0, t0.addSecs(4), t0, true, 120, t0);
        QVERIFY(next >= t0.addMSecs(RefreshPolicy::minIntervalMs(t0, t0.addSecs(4))));
        // Already overdue (the machine slept): now, not in the past.
        QCOMPARE(
            RefreshPolicy::nextScheduledRenewal(t0, t0.addSecs(60), QDateTime(), true, 120, t0.addSecs(3600)), t0.addSecs(3600));
    }

    void failureBackoffGrowsAndStops()
    {
        QCOMPARE(RefreshPolicy::failureBackoffMs(1), qint64(30000));
        QCOMPARE(RefreshPolicy::failureBackoffMs(2), qint64(60000));
        QCOMPARE(RefreshPolicy::failureBackoffMs(3), qint64(120000));
        QCOMPARE(RefreshPolicy::failureBackoffMs(50), RefreshPolicy::kFailureBackoffCeilingMs);
    }
};

QTEST_GUILESS_MAIN(TestRefreshPolicy)
#include "TestRefreshPolicy.moc"
