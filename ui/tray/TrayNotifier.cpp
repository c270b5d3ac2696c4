#include "tray/TrayNotifier.h"

#include "core/AppInfo.h"
#include "widgets/Icons.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace keyway {

TrayNotifier::TrayNotifier(QObject *parent)
    : Notifier(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/keyway.svg")), this);
    m_tray->setToolTip(AppInfo::name());
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastConnection.isEmpty())
            emit activated(m_lastConnection);
    });
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::notify(const Notice &notice)
{
    if (!m_tray)
        return;
    m_lastConnection = notice.connectionId;
    // One entry per connection that needs the user, in the tray's menu.
    const QString objectName = QStringLiteral("reconnect-") + notice.connectionId;
    if (!notice.actionText.isEmpty() && !m_menu->findChild<QAction *>(objectName)) {
        QAction *action = m_menu->addAction(Icons::get(QStringLiteral("reconnect")), notice.actionText);
        action->setObjectName(objectName);
        const QString id = notice.connectionId;
        connect(action, &QAction::triggered, this, [this, action, id] {
            m_menu->removeAction(action);
            action->deleteLater();
            if (m_menu->isEmpty())
                m_tray->hide();
            emit activated(id);
        });
    }
    m_tray->show();
    m_tray->showMessage(
        notice.title, notice.text, notice.urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 15000);
}

} // namespace keyway
