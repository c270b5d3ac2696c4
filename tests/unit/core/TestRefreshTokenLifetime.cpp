// Issue 23: how long a refresh token and its grant keep working, from the provider's documented lifetimes and the
// connection's record, and what one pass of the keeper does about it.
#include "auth/ProviderConfig.h"
#include "core/Keeper.h"
#include "core/RefreshTokenLifetime.h"
#include "store/ConnectionRecord.h"

#include <QtTest>

using namespace keyway;

namespace {

const QDateTime kGranted = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
constexpr qint64 kDay = 24 * 3600;

QDateTime day(qint64 n)
{
    return kGranted.addSecs(n * kDay);
}

} // namespace

class TestRefreshTokenLifetime : public QObject
{
    Q_OBJECT

private slots:
    // Days after the grant; -1: not set (record) or not known (deadline).
    void deadlines_data()
    {
        QTest::addColumn<qint64>("idle");
        QTest::addColumn<qint64>("absolute");
        QTest::addColumn<int>("extends"); // -1 unknown, 0 false, 1 true
        QTest::addColumn<qint64>("issued");
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("idleDeadline");
        QTest::addColumn<qint64>("absoluteDeadline");
        QTest::newRow("nothing documented") << 0LL << 0LL << -1 << 0LL << -1LL << -1LL << -1LL;
        QTest::newRow("idle, never used") << 90LL << 0LL << 1 << 0LL << -1LL << 90LL << -1LL;
        QTest::newRow("idle from the last use") << 90LL << 0LL << 1 << 0LL << 30LL << 120LL << -1LL;
        QTest::newRow("idle, unknown whether use extends: use counts") << 90LL << 0LL << -1 << 0LL << 30LL << 120LL << -1LL;
        QTest::newRow("idle, use does not extend") << 90LL << 0LL << 0 << 0LL << 30LL << 90LL << -1LL;
        QTest::newRow("idle from a rotation") << 60LL << 0LL << 0 << 45LL << 45LL << 105LL << -1LL;
        QTest::newRow("absolute from the grant, not the rotation") << 100LL << 1825LL << 1 << 400LL << 400LL << 500LL << 1825LL;
        QTest::newRow("no refresh token") << 90LL << 1825LL << 1 << -1LL << -1LL << -1LL << -1LL;
    }
    void deadlines()
    {
        QFETCH(qint64, idle);
        QFETCH(qint64, absolute);
        QFETCH(int, extends);
        QFETCH(qint64, issued);
        QFETCH(qint64, used);
        QFETCH(qint64, idleDeadline);
        QFETCH(qint64, absoluteDeadline);
        ProviderConfig provider;
        provider.refreshIdleLifetimeSeconds = idle * kDay;
        provider.refreshAbsoluteLifetimeSeconds = absolute * kDay;
        if (extends >= 0)
            provider.refreshUseExtendsLifetime = extends == 1;
        ConnectionRecord record;
        record.createdAt = kGranted.addSecs(-kDay);
        if (issued >= 0) {
            record.grantIssuedAt = kGranted;
            record.refreshTokenIssuedAt = day(issued);
        }
        if (used >= 0)
            record.refreshTokenUsedAt = day(used);
        const RefreshTokenLifetime l = RefreshTokenLifetime::of(provider, record);
        QCOMPARE(l.idleDeadline, idleDeadline < 0 ? QDateTime() : day(idleDeadline));
        QCOMPARE(l.absoluteDeadline, absoluteDeadline < 0 ? QDateTime() : day(absoluteDeadline));
        const QDateTime sooner = idleDeadline < 0 ? l.absoluteDeadline
            : absoluteDeadline < 0                ? l.idleDeadline
                                                  : qMin(l.idleDeadline, l.absoluteDeadline);
        QCOMPARE(l.expiresAt(), sooner);
    }

    // A record recovered without its grant time counts the absolute lifetime from the connection's creation.
    void grantTimeUnknownCountsFromCreation()
    {
        ProviderConfig provider;
        provider.refreshAbsoluteLifetimeSeconds = 10 * kDay;
        ConnectionRecord record;
        record.createdAt = kGranted;
        record.refreshTokenIssuedAt = day(3);
        QCOMPARE(RefreshTokenLifetime::of(provider, record).absoluteDeadline, day(10));
    }

    // Keeper::Options defaults: a 3-day margin, a 14-day warning; both at most half the lifetime.
    void keeperSteps_data()
    {
        QTest::addColumn<qint64>("idle"); // seconds; 0 unknown
        QTest::addColumn<qint64>("absolute");
        QTest::addColumn<qint64>("sinceUse"); // seconds since the refresh token was issued or last used
        QTest::addColumn<qint64>("sinceGrant");
        QTest::addColumn<int>("step"); // Keeper::Step
        QTest::addColumn<bool>("endsSoon");
        const int nothing = int(Keeper::Step::Nothing), renew = int(Keeper::Step::Renew), confirm = int(Keeper::Step::Confirm);
        QTest::newRow("unknown lifetimes") << 0LL << 0LL << 400 * kDay << 400 * kDay << nothing << false;
        QTest::newRow("90 days, used yesterday") << 90 * kDay << 0LL << kDay << kDay << nothing << false;
        QTest::newRow("90 days, unused 86 days") << 90 * kDay << 0LL << 86 * kDay << 86 * kDay << nothing << false;
        QTest::newRow("90 days, unused 87 days") << 90 * kDay << 0LL << 87 * kDay << 87 * kDay << renew << false;
        QTest::newRow("90 days, lapsed") << 90 * kDay << 0LL << 91 * kDay << 91 * kDay << renew << false;
        QTest::newRow("short idle: half its life") << 10LL << 0LL << 4LL << 4LL << nothing << false;
        QTest::newRow("short idle: past half") << 10LL << 0LL << 5LL << 5LL << renew << false;
        QTest::newRow("grant ends in 20 days") << 100 * kDay << 1825 * kDay << kDay << 1805 * kDay << nothing << false;
        QTest::newRow("grant ends in 14 days") << 100 * kDay << 1825 * kDay << kDay << 1811 * kDay << nothing << true;
        QTest::newRow("grant ends before the idle deadline: no renewal helps")
            << 100 * kDay << 1825 * kDay << 98 * kDay << 1824 * kDay << nothing << true;
        QTest::newRow("grant ended: ask the provider") << 100 * kDay << 1825 * kDay << kDay << 1826 * kDay << confirm << false;
        QTest::newRow("short grant: warned in its second half") << 0LL << 8LL << 1LL << 4LL << nothing << true;
        QTest::newRow("short grant: first half quiet") << 0LL << 8LL << 1LL << 3LL << nothing << false;
    }
    void keeperSteps()
    {
        QFETCH(qint64, idle);
        QFETCH(qint64, absolute);
        QFETCH(qint64, sinceUse);
        QFETCH(qint64, sinceGrant);
        QFETCH(int, step);
        QFETCH(bool, endsSoon);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        ProviderConfig provider;
        provider.refreshIdleLifetimeSeconds = idle;
        provider.refreshAbsoluteLifetimeSeconds = absolute;
        ConnectionRecord record;
        record.grantIssuedAt = now.addSecs(-sinceGrant);
        record.refreshTokenIssuedAt = record.grantIssuedAt;
        record.refreshTokenUsedAt = now.addSecs(-sinceUse);
        const RefreshTokenLifetime l = RefreshTokenLifetime::of(provider, record);
        QCOMPARE(int(Keeper::step(l, now, Keeper::Options())), step);
        QCOMPARE(Keeper::endsSoon(l, now, Keeper::Options()), endsSoon);
    }
};

QTEST_GUILESS_MAIN(TestRefreshTokenLifetime)
#include "TestRefreshTokenLifetime.moc"
