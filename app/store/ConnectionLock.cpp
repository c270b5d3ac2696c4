#include "store/ConnectionLock.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

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

Error unavailable(const QString &detail)
{
    return Error::make(QStringLiteral("lock_unavailable"),
        QCoreApplication::translate("ConnectionLock", "Keyway could not use its lock folder: %1.")
            .arg(ConnectionLock::directory()),
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

std::unique_ptr<ConnectionLock> ConnectionLock::tryAcquire(const QString &connectionId, Error *error)
{
    if (!usableId(connectionId)) {
        if (error)
            *error = unavailable(QStringLiteral("not a connection id"));
        return nullptr;
    }
    auto file = openLockFile(fileFor(connectionId));
    if (file->tryLock(0))
        return std::unique_ptr<ConnectionLock>(new ConnectionLock(connectionId, std::move(file)));
    if (error && file->error() != QLockFile::LockFailedError)
        *error = unavailable(
            file->error() == QLockFile::PermissionError ? QStringLiteral("permission denied") : QStringLiteral("unknown error"));
    return nullptr;
}

bool ConnectionLock::isHeldElsewhere(const QString &connectionId)
{
    return !tryAcquire(connectionId);
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
    Error error;
    if (auto lock = tryAcquire(connectionId, &error))
        return done(std::move(lock), {});
    if (!error.isNull())
        return done(nullptr, error);
    qCDebug(lcStore) << "waiting for the lock of connection" << connectionId << "held by pid" << holderPid(connectionId);
    // Poll: 20 ms at first (a refresh takes tens of milliseconds), then up to 250 ms. QLockFile has no
    // notification, and tryLock(timeout) would block this thread.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, connectionId, timeoutMs, clock, done] {
        Error pollError;
        if (auto lock = tryAcquire(connectionId, &pollError)) {
            timer->deleteLater();
            return done(std::move(lock), {});
        }
        if (!pollError.isNull() || clock->elapsed() >= timeoutMs) {
            timer->deleteLater();
            if (!pollError.isNull())
                return done(nullptr, pollError);
            const qint64 pid = holderPid(connectionId);
            return done(nullptr,
                Error::make(QStringLiteral("lock_timeout"),
                    QCoreApplication::translate(
                        "ConnectionLock", "Another Keyway process is still working on this connection: try again in a moment."),
                    pid > 0 ? QStringLiteral("held by process %1 for more than %2 s").arg(pid).arg(timeoutMs / 1000)
                            : QStringLiteral("held for more than %1 s").arg(timeoutMs / 1000)));
        }
        timer->setInterval(qMin(250, timer->interval() * 2));
        timer->start();
    });
    timer->start();
}

} // namespace keyway
