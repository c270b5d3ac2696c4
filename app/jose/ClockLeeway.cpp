#include "jose/ClockLeeway.h"

#include <QCoreApplication>

#include <cstdlib>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClockLeeway)
};

} // namespace

std::optional<std::chrono::seconds> ClockLeeway::offset(const QDateTime &providerDate, const QDateTime &receivedAt)
{
    if (!providerDate.isValid() || !receivedAt.isValid())
        return std::nullopt;
    return std::chrono::seconds(receivedAt.secsTo(providerDate));
}

QString ClockLeeway::describe(std::chrono::seconds duration)
{
    const qint64 total = std::llabs(qint64(duration.count()));
    const qint64 days = total / 86400;
    const qint64 hours = (total % 86400) / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    if (days > 0)
        return hours > 0 ? Tr::tr("%n day(s) %1 h", nullptr, int(days)).arg(hours) : Tr::tr("%n day(s)", nullptr, int(days));
    if (hours > 0)
        return minutes > 0 ? Tr::tr("%1 h %2 min").arg(hours).arg(minutes) : Tr::tr("%1 h").arg(hours);
    if (minutes > 0)
        return seconds > 0 ? Tr::tr("%1 min %2 s").arg(minutes).arg(seconds) : Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 s").arg(seconds);
}

QString ClockLeeway::explain(std::optional<std::chrono::seconds> providerOffset, std::chrono::seconds leeway)
{
    if (!providerOffset)
        return Tr::tr("Keyway could not compare its clock with the provider's (the answer had no Date header): check that "
                      "this computer's date, time and time zone are right; if they are, the provider's clock is wrong.");
    if (std::llabs(qint64(providerOffset->count())) <= qint64(leeway.count()))
        return Tr::tr("This computer's clock agrees with the provider's within %1 (going by the Date header of its answer), "
                      "so the provider dated the token wrongly.")
            .arg(describe(leeway));
    const QString by = describe(*providerOffset);
    return (providerOffset->count() > 0
                   ? Tr::tr("This computer's clock is %1 behind the provider's (going by the Date header of its answer).")
                   : Tr::tr("This computer's clock is %1 ahead of the provider's (going by the Date header of its answer)."))
               .arg(by)
        + QLatin1Char(' ')
        + Tr::tr("Check this computer's date, time and time zone; if they are right, the provider's clock is wrong.");
}

} // namespace keyway
