#include "store/MemorySecretStore.h"

#include <QTimer>

namespace keyway {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

// Answers are delivered from the event loop, like the real keychain, so callers cannot come to rely on
// synchronous callbacks.
void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        if (fails(key))
            return done({}, m_failure);
        if (!m_entries.contains(key))
            return done({}, notFound(key));
        done(m_entries.value(key), {});
    });
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, DoneCallback done)
{
    QTimer::singleShot(0, this, [this, key, value, done = std::move(done)] {
        if (fails(key))
            return done(m_failure);
        m_entries.insert(key, value);
        done({});
    });
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        if (fails(key))
            return done(m_failure);
        m_entries.remove(key);
        done({});
    });
}

} // namespace keyway
