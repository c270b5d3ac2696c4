#pragma once

#include <QObject>
#include <QString>

namespace keyway {

// Where the window's desktop notifications go: the system tray (TrayNotifier), or a test's recorder. A notice may
// carry one action (Reconnect); when the user takes it, the notifier emits `activated` with the notice's
// connection. A signal rather than a callback slot: whoever listens (GrantAlerts) and the notifier may end in
// either order.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    struct Notice
    {
        QString connectionId;
        QString title;
        QString text;
        QString actionText; // "Reconnect…"; empty: none
        bool urgent = false; // the grant is gone (as opposed to ending soon)
    };

    explicit Notifier(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~Notifier() override = default;
    virtual void notify(const Notice &notice) = 0;
    // Whether notices reach the user at all (a desktop without a system tray: no).
    virtual bool isAvailable() const = 0;

signals:
    void activated(const QString &connectionId);
};

} // namespace keyway
