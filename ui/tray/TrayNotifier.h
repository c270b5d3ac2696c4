#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QSystemTrayIcon;

namespace keyway {

class ConnectionService;

// Tells the user, through the system tray, when a connection needs re-authorization, with an action that
// starts the reconnect. Does nothing where the desktop has no system tray.
class TrayNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    explicit TrayNotifier(ConnectionService &service, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }

signals:
    void reconnectRequested(const QString &connectionId);

private:
    void notify(const QString &connectionId);

    ConnectionService &m_service;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_lastConnection;
};

} // namespace keyway
