#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace keyway {

// One connection's lock, shared by every Keyway process of the user (the window, each command line, the keeper):
// whoever holds it is the only one reading, renewing or rewriting that connection's secrets and record. This is
// what makes a refresh single-flight across processes: a rotating refresh token is sent by one process, once, and
// the others see its result (RFC 9700 §4.14.2: a reused refresh token is taken for theft and ends the grant).
//
// A QLockFile named after the connection in Keyway's runtime folder ($XDG_RUNTIME_DIR/keyway/locks, owner-only).
// A holder that died (kill -9, power cut) leaves a file naming its pid; the next process sees that no such process
// runs and takes over at once. One killed while creating the file leaves it empty: abandoned after kAbandonedAfterMs. Age alone
// never makes a lock stale: a refresh may wait minutes for a slow provider. Acquiring never blocks the thread: acquire() polls on
// a timer and calls back on the caller's thread.
class ConnectionLock
{
    Q_DISABLE_COPY_MOVE(ConnectionLock)
public:
    using Acquired = std::function<void(std::unique_ptr<ConnectionLock> lock, const Error &error)>;

    ~ConnectionLock(); // releases

    // Calls `done` with the lock, or with Error "lock_timeout" (another live process kept it for `timeoutMs`) or
    // "lock_unavailable" (the lock folder cannot be used). `done` is dropped if `context` dies first. May call back
    // before returning when the lock is free.
    static void acquire(const QString &connectionId, QObject *context, int timeoutMs, Acquired done);
    // Takes the lock only if no one holds it: the lock, or Error "lock_held" (someone does) or "lock_unavailable".
    static Result<std::unique_ptr<ConnectionLock>> tryAcquire(const QString &connectionId);
    // Whether another process (or another holder in this one) holds the connection's lock right now.
    static bool isHeldElsewhere(const QString &connectionId);

    // The folder of the lock files, created owner-only on first use.
    static QString directory();
    // The pid written in the connection's lock file by its holder, 0 when none.
    static qint64 holderPid(const QString &connectionId);

    QString connectionId() const { return m_connectionId; }

    static constexpr int kDefaultTimeoutMs = 120 * 1000;
    // A lock file that names no holder, and that no process holds, is abandoned after this long (a creator killed
    // between creating it and writing its pid; see removeAbandoned in the .cpp).
    static constexpr int kAbandonedAfterMs = 2000;

private:
    ConnectionLock(const QString &connectionId, std::unique_ptr<QLockFile> file);
    static QString fileFor(const QString &connectionId);

    QString m_connectionId;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace keyway
