#include "store/ConnectionLock.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace keyway {

namespace {

// Connection ids are UUIDs; anything else is refused as a file name (a hostile id must not name another path).
bool usableId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

std::unique_ptr<QLockFile> openLockFile(const QString &path)
{
    auto file = std::make_unique<QLockFile>(path);
    file->setStaleLockTime(0); // only a dead holder makes a lock stale, never its age
    return file;
}

bool namesHolder(const QString &path)
{
    qint64 pid = 0;
    QString host, app;
    return QLockFile(path).getLockInfo(&pid, &host, &app);
}

// A lock file that names no holder was left by a process killed between creating it and writing its pid into it
// (QLockFile does the two one after the other). QLockFile never calls such a file stale, since only its age could
// tell and age does not count here (openLockFile): every later process would wait for it forever, and the connection
// could never be renewed again. It is abandoned when it has stayed so for longer than a live creator takes to write
// (microseconds; a live creator also holds QLockFile's flock on it from the start), and no one holds that flock.
// Removed under the flock, as QLockFile removes a stale file.
bool removeAbandoned(const QString &path)
{
    if (namesHolder(path))
        return false; // QLockFile's own check applies: is the process it names alive?
    const QFileInfo info(path);
    if (!info.exists() || info.lastModified().msecsTo(QDateTime::currentDateTime()) < ConnectionLock::kAbandonedAfterMs)
        return false;
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool removed = false;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && !namesHolder(path))
        removed = ::unlink(name.constData()) == 0;
    ::close(fd);
    if (removed)
        qCWarning(lcStore) << "removed the lock file" << path << "that its creator left without naming itself";
    return removed;
}

Error unavailable(const QString &detail)
{
    return Error::make(QStringLiteral("lock_unavailable"),
        QCoreApplication::translate("ConnectionLock", "Keyway could not use its lock folder: %1.")
            .arg(ConnectionLock::directory()),
        detail);
}

// Another holder has the lock: now ("lock_held", from tryAcquire) or for longer than the caller would wait
// ("lock_timeout", from acquire).
Error held(const QString &code, const QString &detail)
{
    return Error::make(code,
        QCoreApplication::translate(
            "ConnectionLock", "Another Keyway process is still working on this connection: try again in a moment."),
        detail);
}

} // namespace

ConnectionLock::ConnectionLock(const QString &connectionId, std::unique_ptr<QLockFile> file)
    : m_connectionId(connectionId)
    , m_file(std::move(file))
{
}

ConnectionLock::~ConnectionLock()
{
    if (m_file)
        m_file->unlock();
}

QString ConnectionLock::directory()
{
    static const QString dir = [] {
        QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (base.isEmpty())
            base = QDir::tempPath();
        const QString path = base + QStringLiteral("/keyway/locks");
        QDir().mkpath(path);
        // Owner-only: the lock files name no secret, but another user must not be able to hold or remove them.
        QFile::setPermissions(base + QStringLiteral("/keyway"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }();
    return dir;
}

QString ConnectionLock::fileFor(const QString &connectionId)
{
    return directory() + QLatin1Char('/') + connectionId + QStringLiteral(".lock");
}

Result<std::unique_ptr<ConnectionLock>> ConnectionLock::tryAcquire(const QString &connectionId)
{
    if (!usableId(connectionId))
        return unavailable(QStringLiteral("not a connection id"));
    const QString path = fileFor(connectionId);
    auto file = openLockFile(path);
    if (file->tryLock(0) || (file->error() == QLockFile::LockFailedError && removeAbandoned(path) && file->tryLock(0)))
        return std::unique_ptr<ConnectionLock>(new ConnectionLock(connectionId, std::move(file)));
    switch (file->error()) {
    case QLockFile::LockFailedError:
        return held(QStringLiteral("lock_held"), QStringLiteral("held by another process or holder"));
    case QLockFile::PermissionError:
        return unavailable(QStringLiteral("permission denied"));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return unavailable(QStringLiteral("unknown error"));
}

bool ConnectionLock::isHeldElsewhere(const QString &connectionId)
{
    return !tryAcquire(connectionId).ok();
}

qint64 ConnectionLock::holderPid(const QString &connectionId)
{
    if (!usableId(connectionId))
        return 0;
    QLockFile file(fileFor(connectionId));
    qint64 pid = 0;
    QString host, app;
    return file.getLockInfo(&pid, &host, &app) ? pid : 0;
}

void ConnectionLock::acquire(const QString &connectionId, QObject *context, int timeoutMs, Acquired done)
{
    if (auto first = tryAcquire(connectionId); first || first.error().code != QLatin1String("lock_held"))
        return first ? done(std::move(first).value(), {}) : done(nullptr, first.error());
    qCDebug(lcStore) << "waiting for the lock of connection" << connectionId << "held by pid" << holderPid(connectionId);
    // Poll: 20 ms at first (a refresh takes tens of milliseconds), then up to 250 ms. QLockFile has no
    // notification, and tryLock(timeout) would block this thread.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, connectionId, timeoutMs, clock, done] {
        auto polled = tryAcquire(connectionId);
        if (polled) {
            timer->deleteLater();
            return done(std::move(polled).value(), {});
        }
        if (polled.error().code != QLatin1String("lock_held")) {
            timer->deleteLater();
            return done(nullptr, polled.error());
        }
        if (clock->elapsed() >= timeoutMs) {
            timer->deleteLater();
            const qint64 pid = holderPid(connectionId);
            return done(nullptr,
                held(QStringLiteral("lock_timeout"),
                    pid > 0 ? QStringLiteral("held by process %1 for more than %2 s").arg(pid).arg(timeoutMs / 1000)
                            : QStringLiteral("held for more than %1 s").arg(timeoutMs / 1000)));
        }
        timer->setInterval(qMin(250, timer->interval() * 2));
        timer->start();
    });
    timer->start();
}

} // namespace keyway
