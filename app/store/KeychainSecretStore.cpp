#include "store/KeychainSecretStore.h"

#include "common/Log.h"

#include <QCryptographicHash>
#include <QLibrary>
#include <QRandomGenerator>

#include <algorithm>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#endif

namespace keyway {

namespace {

// Why the keychain cannot be reached, in words a user can act on; empty when the Secret Service looks fine.
// libsecret reports a missing bus only as "Could not connect", so ask the bus ourselves.
QString diagnoseUnreachableKeychain()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return SecretStore::tr("No D-Bus session bus, so no Secret Service can be reached. Log in to a desktop session "
                               "(or start one with dbus-run-session) with GNOME Keyring or KWallet running.");
    QDBusConnectionInterface *iface = bus.interface();
    if (iface && !iface->isServiceRegistered(secrets).value()) {
        const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
        if (!activatable.isValid() || !activatable.value().contains(secrets))
            return SecretStore::tr("No Secret Service on the session bus. Start GNOME Keyring, KWallet or another "
                                   "org.freedesktop.secrets provider, then try again.");
    }
#endif
    return {};
}

// Whether the Secret Service's default collection (where QtKeychain keeps entries) is locked. libsecret answers a
// lookup or a delete in a locked collection whose unlock prompt cannot be shown (no prompter, or the user pressed
// Cancel) with "no such item" rather than an error, and a store with a generic error. Believed as such, a locked
// keychain would look like lost credentials, or a disconnect would claim secrets were deleted that are still there.
bool defaultCollectionLocked()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(get, QDBus::Block, 3000);
    return reply.isValid() && reply.value().variant().toBool();
#else
    return false;
#endif
}

Error lockedError(const QString &detail)
{
    return Error::make(QStringLiteral("keychain_locked"),
        SecretStore::tr("The keychain is locked. Unlock it (log in to your desktop session, or unlock the login "
                        "keyring in your keyring manager), then try again."),
        detail);
}

Error mapError(QKeychain::Error error, const QString &detail, const QString &key)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        if (defaultCollectionLocked())
            return lockedError(detail);
        return SecretStore::notFound(key);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(QStringLiteral("keychain_denied"),
            SecretStore::tr("The keychain refused access. It may be locked: unlock it and try again."), detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    const QString cause = diagnoseUnreachableKeychain();
    if (!cause.isEmpty())
        return Error::make(QStringLiteral("keychain_unavailable"), cause, detail);
    if (defaultCollectionLocked())
        return lockedError(detail);
    if (error == QKeychain::NoBackendAvailable)
        return Error::make(
            QStringLiteral("keychain_unavailable"), SecretStore::tr("The system keychain is not available."), detail);
    return Error::make(QStringLiteral("keychain_error"), SecretStore::tr("The keychain reported an error."), detail);
}

// libsecret keeps one connection to the Secret Service per process, with an open session. When the service
// restarts (gnome-keyring crashed, or came back with a new login) that session is gone, and every later call fails
// with "The session does not exist" until the connection is dropped: Keyway would need a restart to see the
// keychain again. secret_service_disconnect() drops it and the next call opens a new one. QtKeychain loads
// libsecret at run time, so it is found the same way; without libsecret there is nothing to reset.
void resetSecretServiceConnection()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    using Disconnect = void (*)();
    static const auto disconnect
        = reinterpret_cast<Disconnect>(QLibrary::resolve(QStringLiteral("secret-1"), 0, "secret_service_disconnect"));
    if (disconnect) {
        qCInfo(lcKeychain) << "reconnecting to the Secret Service";
        disconnect();
    }
#endif
}

// An error a fresh connection may cure: anything but "not found", "refused", "locked" and "not there at all".
bool worthReconnecting(const Error &error)
{
    return error.code == QLatin1String("keychain_error");
}

template <typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setKey(key);
    // Never store secrets in a plaintext file when the keychain is missing.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : KeychainSecretStore(service, kPlatformChunkSize, parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, int chunkSize, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_chunkSize(std::max(chunkSize, 1))
{
}

QString KeychainSecretStore::chunkKey(const QString &key, const QString &generation, int index)
{
    return QStringLiteral("%1#%2.%3").arg(key, generation).arg(index);
}

// Each raw operation is tried once more on a fresh Secret Service connection when the first attempt failed in a
// way a reconnection may cure (see resetSecretServiceConnection).
void KeychainSecretStore::readRaw(const QString &key, std::function<void(const QByteArray &, const Error &)> done, bool retried)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    ++m_traffic.reads;
    connect(job, &QKeychain::Job::finished, this, [this, key, retried, done = std::move(done)](QKeychain::Job *j) mutable {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            return done(read->binaryData(), {});
        const Error error = mapError(read->error(), read->errorString(), key);
        if (!retried && worthReconnecting(error)) {
            resetSecretServiceConnection();
            return readRaw(key, std::move(done), true);
        }
        done({}, error);
    });
    job->start();
}

void KeychainSecretStore::writeRaw(const QString &key, const QByteArray &value, DoneCallback done, bool retried)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    ++m_traffic.writes;
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this, [this, key, value, retried, done = std::move(done)](QKeychain::Job *j) mutable {
        const Error error = mapError(j->error(), j->errorString(), key);
        if (!retried && worthReconnecting(error)) {
            resetSecretServiceConnection();
            return writeRaw(key, value, std::move(done), true);
        }
        done(error);
    });
    job->start();
}

void KeychainSecretStore::removeRaw(const QString &key, DoneCallback done, bool retried)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    ++m_traffic.removes;
    connect(job, &QKeychain::Job::finished, this, [this, key, retried, done = std::move(done)](QKeychain::Job *j) mutable {
        // Deleting what is not there is success - unless "not there" means "locked away" (see defaultCollectionLocked).
        if (j->error() == QKeychain::EntryNotFound)
            return done(defaultCollectionLocked() ? lockedError(j->errorString()) : Error());
        const Error error = mapError(j->error(), j->errorString(), key);
        if (!retried && worthReconnecting(error)) {
            resetSecretServiceConnection();
            return removeRaw(key, std::move(done), true);
        }
        done(error);
    });
    job->start();
}

void KeychainSecretStore::remember(const QString &key, bool found, const Manifest &manifest)
{
    Seen seen;
    seen.found = found;
    seen.manifest = manifest;
    seen.manifest.inlineValue.clear(); // the shape only: no secret is kept here
    m_seen.insert(key, seen);
}

void KeychainSecretStore::readManifest(const QString &key, ManifestCallback done)
{
    readRaw(key, [this, key, done = std::move(done)](const QByteArray &raw, const Error &error) {
        if (!error.isNull()) {
            if (error.code != QLatin1String("not_found")) {
                m_seen.remove(key);
                return done(false, {}, error);
            }
            remember(key, false, {});
            return done(false, {}, {});
        }
        Manifest m;
        if (raw.startsWith('V')) {
            m.inlineValue = raw.mid(1);
            remember(key, true, m);
            return done(true, m, {});
        }
        const QList<QByteArray> parts = raw.mid(1).split(':');
        bool countOk = false;
        if (raw.startsWith('C') && parts.size() == 3) {
            m.chunked = true;
            m.generation = QString::fromLatin1(parts[0]);
            m.count = parts[1].toInt(&countOk);
            m.sha256 = parts[2];
        }
        if (!m.chunked || !countOk || m.count <= 0 || m.count > 10000) {
            m_seen.remove(key);
            return done(false, {},
                Error::make(
                    QStringLiteral("keychain_corrupt"), SecretStore::tr("A keychain entry of Keyway's is damaged."), key));
        }
        remember(key, true, m);
        done(true, m, {});
    });
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    readAttempt(key, 1, std::move(done));
}

void KeychainSecretStore::readAttempt(const QString &key, int attempt, ReadCallback done)
{
    readManifest(key, [this, key, attempt, done = std::move(done)](bool found, const Manifest &m, const Error &error) {
        if (!error.isNull())
            return done({}, error);
        if (!found)
            return done({}, notFound(key));
        if (!m.chunked)
            return done(m.inlineValue, {});
        readChunks(key, m, 0, {}, [this, key, attempt, m, done](const QByteArray &value, const Error &chunkError) {
            // Another process replaced the value while this one read it: its new manifest was written, then the
            // chunks this reader's old manifest named were deleted. Read the new value from the start.
            if (chunkError.code == QLatin1String("keychain_corrupt") && attempt < kReadAttempts)
                return readManifest(
                    key, [this, key, attempt, m, done, chunkError](bool again, const Manifest &now, const Error &e) {
                        if (e.isNull() && again && (!now.chunked || now.generation != m.generation))
                            return readAttempt(key, attempt + 1, done);
                        done({}, chunkError);
                    });
            done(value, chunkError);
        });
    });
}

void KeychainSecretStore::readChunks(const QString &key, const Manifest &m, int index, QByteArray acc, ReadCallback done)
{
    if (index == m.count) {
        if (QCryptographicHash::hash(acc, QCryptographicHash::Sha256).toHex() != m.sha256)
            return done({},
                Error::make(QStringLiteral("keychain_corrupt"),
                    tr("A keychain entry of Keyway's is damaged (its parts do not match)."), key));
        return done(acc, {});
    }
    readRaw(chunkKey(key, m.generation, index),
        [this, key, m, index, acc, done = std::move(done)](const QByteArray &part, const Error &error) mutable {
            if (!error.isNull()) {
                if (error.code == QLatin1String("not_found"))
                    return done({},
                        Error::make(QStringLiteral("keychain_corrupt"), tr("A keychain entry of Keyway's is incomplete."), key));
                return done({}, error);
            }
            readChunks(key, m, index + 1, acc + part, std::move(done));
        });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, DoneCallback done)
{
    readManifest(key, [this, key, value, done = std::move(done)](bool found, const Manifest &old, const Error &error) {
        // A damaged old entry is overwritten; an unreachable keychain is reported.
        if (!error.isNull() && error.code != QLatin1String("keychain_corrupt"))
            return done(error);
        replace(key, value, found, old, done);
    });
}

void KeychainSecretStore::overwrite(const QString &key, const QByteArray &value, DoneCallback done)
{
    const auto it = m_seen.constFind(key);
    if (it == m_seen.cend())
        return write(key, value, std::move(done));
    const Seen seen = *it; // a copy: replace() forgets the entry's shape until the new one is written
    replace(key, value, seen.found, seen.manifest, std::move(done));
}

void KeychainSecretStore::replace(const QString &key, const QByteArray &value, bool found, Manifest old, DoneCallback done)
{
    // Until the new main entry is written, nothing is known of the entry's shape.
    m_seen.remove(key);
    auto cleanup = [this, key, found, old, done](const Error &writeError, const Manifest &now) {
        if (!writeError.isNull())
            return done(writeError);
        remember(key, true, now);
        if (!found || !old.chunked)
            return done({});
        // Old chunks are garbage now; failing to delete them loses nothing.
        removeChunks(key, old, 0, [done](const Error &) { done({}); });
    };
    if (value.size() <= m_chunkSize) {
        writeRaw(key, QByteArray("V") + value, [cleanup](const Error &error) { cleanup(error, Manifest()); });
        return;
    }
    const QString generation = QString::number(QRandomGenerator::global()->generate(), 16);
    writeChunks(key, generation, value, 0, [this, key, generation, value, cleanup](const Error &chunkError) {
        if (!chunkError.isNull())
            return cleanup(chunkError, {});
        Manifest now;
        now.chunked = true;
        now.generation = generation;
        now.count = int((value.size() + m_chunkSize - 1) / m_chunkSize);
        now.sha256 = QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
        const QByteArray manifest = "C" + generation.toLatin1() + ':' + QByteArray::number(now.count) + ':' + now.sha256;
        writeRaw(key, manifest, [cleanup, now](const Error &error) { cleanup(error, now); });
    });
}

void KeychainSecretStore::writeChunks(
    const QString &key, const QString &generation, const QByteArray &value, int index, DoneCallback done)
{
    const qsizetype offset = qsizetype(index) * m_chunkSize;
    if (offset >= value.size())
        return done({});
    writeRaw(chunkKey(key, generation, index), value.mid(offset, m_chunkSize),
        [this, key, generation, value, index, done = std::move(done)](const Error &error) mutable {
            if (!error.isNull())
                return done(error);
            writeChunks(key, generation, value, index + 1, std::move(done));
        });
}

void KeychainSecretStore::removeChunks(const QString &key, const Manifest &m, int index, DoneCallback done)
{
    if (index >= m.count)
        return done({});
    removeRaw(chunkKey(key, m.generation, index), [this, key, m, index, done = std::move(done)](const Error &error) mutable {
        if (!error.isNull())
            return done(error);
        removeChunks(key, m, index + 1, std::move(done));
    });
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    readManifest(key, [this, key, done = std::move(done)](bool found, const Manifest &m, const Error &error) {
        m_seen.remove(key);
        if (!error.isNull() && error.code != QLatin1String("keychain_corrupt"))
            return done(error);
        if (!found)
            return removeRaw(key, done); // also clears a damaged entry
        auto removeMain = [this, key, done](const Error &chunkError) {
            if (!chunkError.isNull())
                return done(chunkError);
            removeRaw(key, done);
        };
        if (m.chunked)
            removeChunks(key, m, 0, removeMain);
        else
            removeMain({});
    });
}

QString KeychainSecretStore::description() const
{
    // The backend QtKeychain uses on each platform.
#if defined(Q_OS_MACOS)
    return QStringLiteral("the system keychain (macOS Keychain)");
#elif defined(Q_OS_WIN)
    return QStringLiteral("the system keychain (Windows Credential Manager)");
#else
    return QStringLiteral("the system keychain (Secret Service over D-Bus)");
#endif
}

} // namespace keyway
