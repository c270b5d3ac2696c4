#include "tray/GrantAlerts.h"

#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "core/KeeperReport.h"

#include <QLocale>

namespace keyway {

GrantAlerts::GrantAlerts(ConnectionService &service, Notifier &notifier, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_notifier(&notifier)
{
    connect(&service, &ConnectionService::needsReauthorization, this, &GrantAlerts::grantGone);
    connect(&notifier, &Notifier::activated, this, &GrantAlerts::reconnectRequested);
}

void GrantAlerts::announce(const Notifier::Notice &notice)
{
    if (m_notifier)
        m_notifier->notify(notice);
}

QString GrantAlerts::nameOf(const QString &connectionId) const
{
    const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
    if (!record)
        return connectionId;
    const std::optional<Integration> in = m_service.catalog().find(record->integrationId);
    const QString label = record->name.isEmpty() ? record->accountLabel : record->name;
    return in ? tr("%1 (%2)").arg(label, in->name) : label;
}

void GrantAlerts::grantGone(const QString &connectionId)
{
    Notifier::Notice notice;
    notice.connectionId = connectionId;
    notice.title = tr("%1 needs you to sign in again").arg(nameOf(connectionId));
    notice.text = tr("The provider no longer accepts this connection's grant. Click to reconnect.");
    notice.actionText = tr("Reconnect %1…").arg(nameOf(connectionId));
    notice.urgent = true;
    m_warned.remove(connectionId);
    announce(notice);
}

void GrantAlerts::report(const KeeperReport &report)
{
    // A grant gone is announced by needsReauthorization when it happens; here only the warning before.
    if (!report.reconnectBefore.isValid() || m_warned.value(report.connectionId) == report.reconnectBefore)
        return;
    m_warned.insert(report.connectionId, report.reconnectBefore);
    Notifier::Notice notice;
    notice.connectionId = report.connectionId;
    const QString when = QLocale().toString(report.reconnectBefore.toLocalTime(), QLocale::LongFormat);
    notice.title = tr("Reconnect %1 before %2").arg(report.integrationName, when);
    notice.text = tr("%1's grant ends then, used or not; only signing in again renews it. Click to reconnect now.")
                      .arg(nameOf(report.connectionId));
    notice.actionText = tr("Reconnect %1…").arg(nameOf(report.connectionId));
    announce(notice);
}

} // namespace keyway
