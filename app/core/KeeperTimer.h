#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace keyway {

// Runs `keyway keep-alive` on its own: a systemd user service and a daily timer (Persistent=true, so a day the
// computer was off is made up at the next start), written to $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user)
// owner-only. Writing the files needs no running systemd; then, where `systemctl` is found, the user manager is told
// (`systemctl --user daemon-reload`, `enable --now` the timer); where it is not, or does not answer (no user session,
// a container), the result says so and what to run. `--uninstall` disables the timer and removes both files.
// KEYWAY_SYSTEMCTL names another systemctl (tests, packaging checks); set but empty, none is run.
class KeeperTimer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeeperTimer)
public:
    static constexpr auto kServiceName = "keyway-keep-alive.service";
    static constexpr auto kTimerName = "keyway-keep-alive.timer";

    struct Outcome
    {
        Error error; // the files could not be written or removed (nothing else is fatal)
        QStringList files; // written or removed
        bool managerTold = false; // systemctl --user took every command
        QString managerNote; // why not, and what to run instead
    };
    using Done = std::function<void(const Outcome &outcome)>;

    explicit KeeperTimer(QObject *parent = nullptr);

    // The folder the units go to: $XDG_CONFIG_HOME/systemd/user, else ~/.config/systemd/user.
    static QString unitFolder();
    static bool isInstalled();
    // The unit files' text; `executable` is the absolute path of keyway. Empty when systemd could not run it
    // (a newline or a quote in the path).
    static QString serviceUnit(const QString &executable);
    static QString timerUnit();

    // Writes both files for `executable`, then enables the timer.
    void install(const QString &executable, Done done);
    // Disables the timer, then removes both files.
    void uninstall(Done done);

private:
    void runSystemctl(QList<QStringList> commands, Outcome outcome, Done done);
    QString systemctl() const;
};

} // namespace keyway
