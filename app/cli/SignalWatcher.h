#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace keyway {

// Turns SIGINT and SIGTERM into a Qt signal while it exists, so a long-running command (`keyway sandbox serve`)
// ends through the event loop: its port released, its files closed, whatever its standard input is. The handler
// only writes the signal's number to a socket pair (the one async-signal-safe thing to do); a QSocketNotifier
// reads it on the event loop. The previous handlers come back when it is destroyed. One at a time per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // "SIGINT", "SIGTERM".
    static QString name(int signal);

signals:
    void received(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace keyway
