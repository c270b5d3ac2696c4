#pragma once

#include "tray/Notifier.h"

#include <QString>

class QMenu;
class QSystemTrayIcon;

namespace keyway {

// Notices as system tray messages (QSystemTrayIcon::showMessage), with one "Reconnect…" entry per connection in the
// tray's menu; clicking the message or the entry takes the notice's action. Does nothing where the desktop has no
// system tray.
class TrayNotifier : public Notifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const override { return m_tray != nullptr; }
    void notify(const Notice &notice) override;

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_lastConnection;
};

} // namespace keyway
