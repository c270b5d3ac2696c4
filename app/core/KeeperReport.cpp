#include "core/KeeperReport.h"

#include <QCoreApplication>
#include <QLocale>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeeperReport)
};

// A day and, within two days, the time: "12 January 2027", "6 December 2026 14:05" (local time).
QString when(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale c = QLocale::c();
    if (qAbs(QDateTime::currentDateTimeUtc().secsTo(at)) < 2 * 24 * 3600)
        return c.toString(local, QStringLiteral("d MMMM yyyy HH:mm:ss"));
    return c.toString(local.date(), QStringLiteral("d MMMM yyyy"));
}

} // namespace

QString KeeperReport::word() const
{
    if (reconnectBefore.isValid() && outcome != Outcome::NeedsUser && outcome != Outcome::Failed)
        return Tr::tr("reconnect");
    switch (outcome) {
    case Outcome::Renewed:
        return Tr::tr("renewed");
    case Outcome::Fine:
        return Tr::tr("ok");
    case Outcome::Unknown:
        return Tr::tr("unknown");
    case Outcome::NeedsUser:
        return Tr::tr("needs you");
    case Outcome::Failed:
        return Tr::tr("failed");
    }
    return {};
}

QString KeeperReport::sentence() const
{
    QString text = situation();
    if (reconnectBefore.isValid() && outcome != Outcome::NeedsUser)
        text += QStringLiteral(". ")
            + Tr::tr("Reconnect %1 before %2 (its grant ends then, whatever is done): keyway connect --reconnect %3")
                  .arg(integrationName, when(reconnectBefore), connectionId);
    return text;
}

QString KeeperReport::situation() const
{
    const QString grantEnd = lifetime.absoluteDeadline.isValid() && !reconnectBefore.isValid()
        ? Tr::tr("; the grant ends %1, whatever is done").arg(when(lifetime.absoluteDeadline))
        : QString();
    switch (outcome) {
    case Outcome::Renewed:
        return Tr::tr("renewed before its refresh token lapsed unused; now good until %1 if left unused")
                   .arg(when(lifetime.idleDeadline))
            + grantEnd;
    case Outcome::Fine:
        if (lifetime.idleDeadline.isValid())
            return Tr::tr("refresh token good until %1 if left unused").arg(when(lifetime.idleDeadline)) + grantEnd;
        return Tr::tr("the refresh token does not lapse unused") + grantEnd;
    case Outcome::Unknown:
        return Tr::tr("its provider documents no lifetime for its refresh token: nothing to keep alive");
    case Outcome::NeedsUser:
        return Tr::tr("%1 needs re-authorization%2: keyway connect --reconnect %3")
            .arg(integrationName, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail), connectionId);
    case Outcome::Failed:
        return Tr::tr("renewal failed, will be tried again: %1").arg(detail);
    }
    return {};
}

} // namespace keyway
