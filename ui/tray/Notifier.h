#pragma once

#include <QString>

#include <functional>

namespace keyway {

// Where the window's desktop notifications go: the system tray (TrayNotifier), or a test's recorder. A notice may
// carry one action (Reconnect); when the user takes it, the notifier calls `activated` with the notice's connection.
class Notifier
{
public:
    struct Notice
    {
        QString connectionId;
        QString title;
        QString text;
        QString actionText; // "Reconnect…"; empty: none
        bool urgent = false; // the grant is gone (as opposed to ending soon)
    };

    virtual ~Notifier() = default;
    virtual void notify(const Notice &notice) = 0;
    // Whether notices reach the user at all (a desktop without a system tray: no).
    virtual bool isAvailable() const = 0;

    std::function<void(const QString &connectionId)> activated;
};

} // namespace keyway
