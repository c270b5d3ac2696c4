#include "core/RefreshPolicy.h"

#include <QtGlobal>

namespace keyway::RefreshPolicy {

qint64 lifetimeMs(const QDateTime &obtainedAt, const QDateTime &expiresAt)
{
    if (!obtainedAt.isValid() || !expiresAt.isValid())
        return -1;
    const qint64 lifetime = obtainedAt.msecsTo(expiresAt);
    return lifetime > 0 ? lifetime : -1;
}

qint64 leadMs(const QDateTime &obtainedAt, const QDateTime &expiresAt, int configuredLeadSeconds)
{
    const qint64 configured = qint64(qMax(0, configuredLeadSeconds)) * 1000;
    const qint64 lifetime = lifetimeMs(obtainedAt, expiresAt);
    return lifetime < 0 ? configured : qMin(configured, lifetime / 4);
}

qint64 minIntervalMs(const QDateTime &obtainedAt, const QDateTime &expiresAt)
{
    const qint64 lifetime = lifetimeMs(obtainedAt, expiresAt);
    if (lifetime < 0)
        return kMinIntervalCeilingMs;
    return qBound(kMinIntervalFloorMs, lifetime / 2, kMinIntervalCeilingMs);
}

bool isDue(const QDateTime &obtainedAt, const QDateTime &expiresAt, const QDateTime &lastRenewalSentAt, int configuredLeadSeconds,
    const QDateTime &now)
{
    if (!expiresAt.isValid())
        return false;
    if (now.msecsTo(expiresAt) > leadMs(obtainedAt, expiresAt, configuredLeadSeconds))
        return false;
    return !lastRenewalSentAt.isValid() || lastRenewalSentAt.msecsTo(now) >= minIntervalMs(obtainedAt, expiresAt);
}

QDateTime nextScheduledRenewal(const QDateTime &obtainedAt, const QDateTime &expiresAt, const QDateTime &lastRenewalSentAt,
    bool usedSinceObtained, int configuredLeadSeconds, const QDateTime &now)
{
    if (!expiresAt.isValid() || !usedSinceObtained)
        return {};
    QDateTime due = expiresAt.addMSecs(-leadMs(obtainedAt, expiresAt, configuredLeadSeconds));
    if (lastRenewalSentAt.isValid())
        due = qMax(due, lastRenewalSentAt.addMSecs(minIntervalMs(obtainedAt, expiresAt)));
    return qMax(due, now);
}

qint64 failureBackoffMs(int failures)
{
    qint64 wait = kFailureBackoffMs;
    for (int i = 1; i < failures && wait < kFailureBackoffCeilingMs; ++i)
        wait *= 2;
    return qMin(wait, kFailureBackoffCeilingMs);
}

} // namespace keyway::RefreshPolicy
