#include "tray/TrayNotifier.h"

#include "catalog/Catalog.h"
#include "common/Icons.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace keyway {

TrayNotifier::TrayNotifier(ConnectionService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&service, &ConnectionService::needsReauthorization, this, &TrayNotifier::notify);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/keyway.svg")), this);
    m_tray->setToolTip(AppInfo::name());
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastConnection.isEmpty())
            emit reconnectRequested(m_lastConnection);
    });
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::notify(const QString &connectionId)
{
    if (!m_tray)
        return;
    const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
    QString name = connectionId;
    if (record) {
        const std::optional<Integration> in = m_service.catalog().find(record->integrationId);
        const QString label = record->name.isEmpty() ? record->accountLabel : record->name;
        name = in ? tr("%1 (%2)").arg(label, in->name) : label;
    }
    m_lastConnection = connectionId;
    // One reconnect entry per connection that needs it, in the tray's menu.
    const QString objectName = QStringLiteral("reconnect-") + connectionId;
    if (!m_menu->findChild<QAction *>(objectName)) {
        QAction *action = m_menu->addAction(Icons::get(QStringLiteral("reconnect")), tr("Reconnect %1…").arg(name));
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, this, [this, action, connectionId] {
            m_menu->removeAction(action);
            action->deleteLater();
            if (m_menu->isEmpty())
                m_tray->hide();
            emit reconnectRequested(connectionId);
        });
    }
    m_tray->show();
    m_tray->showMessage(tr("%1 needs you to sign in again").arg(name),
        tr("The provider no longer accepts this connection's grant. Click to reconnect."), QSystemTrayIcon::Warning, 15000);
}

} // namespace keyway
