#include "store/VaultSecretStore.h"

#include "common/Log.h"
#include "store/AppPaths.h"

#include <QFileInfo>
#include <QLockFile>
#include <QTimer>

namespace keyway {

VaultSecretStore::VaultSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{
}

VaultSecretStore::~VaultSecretStore() = default;

QString VaultSecretStore::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/secrets.vault");
}

bool VaultSecretStore::exists() const
{
    return QFileInfo::exists(m_path);
}

Error VaultSecretStore::lockedError()
{
    return Error::make(QStringLiteral("vault_locked"),
        tr("Keyway keeps secrets in its encrypted vault, which is locked. Unlock it with its passphrase "
           "(in the window, or with KEYWAY_VAULT_PASSPHRASE_FILE for the command line)."));
}

Error VaultSecretStore::unavailableError() const
{
    if (m_unlockError.isNull())
        return lockedError();
    Error e = m_unlockError;
    e.message = tr("Keyway's encrypted vault could not be opened: %1").arg(m_unlockError.message);
    return e;
}

Error VaultSecretStore::unlock(const QByteArray &passphrase)
{
    const Result<EncryptedVault> vault = openOrCreate(m_path, passphrase);
    if (!vault) {
        m_unlockError = vault.error();
        return vault.error();
    }
    adopt(vault.value());
    return Error();
}

Result<EncryptedVault> VaultSecretStore::openOrCreate(const QString &path, const QByteArray &passphrase)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.tryLock(10000);
    return QFileInfo::exists(path) ? EncryptedVault::open(path, passphrase) : EncryptedVault::create(path, passphrase);
}

void VaultSecretStore::adopt(const EncryptedVault &vault)
{
    m_vault = std::make_unique<EncryptedVault>(vault);
    m_unlockError = Error();
    qCInfo(lcKeychain) << "encrypted vault unlocked:" << m_path;
}

void VaultSecretStore::lock()
{
    m_vault.reset();
    m_unlockError = Error();
}

Error VaultSecretStore::withVault(const std::function<Error(EncryptedVault &)> &change)
{
    if (!m_vault)
        return unavailableError();
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error::make(QStringLiteral("vault_busy"), tr("Another Keyway process holds the encrypted vault. Try again."),
            m_path + QStringLiteral(".lock"));
    if (const Error error = m_vault->reload(); !error.isNull()) {
        if (error.code == QLatin1String("vault_rekeyed") || error.code == QLatin1String("vault_missing")) {
            m_vault.reset();
            m_unlockError = error;
        }
        return error;
    }
    return change(*m_vault);
}

// Answers come from the event loop, like the keychain's, so callers never depend on synchronous callbacks.
void VaultSecretStore::read(const QString &key, ReadCallback done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        QByteArray value;
        bool found = false;
        const Error error = withVault([&](EncryptedVault &vault) {
            found = vault.entries().contains(key);
            value = vault.entries().value(key);
            return Error();
        });
        if (!error.isNull())
            return done({}, error);
        if (!found)
            return done({}, notFound(key));
        done(value, {});
    });
}

void VaultSecretStore::write(const QString &key, const QByteArray &value, DoneCallback done)
{
    QTimer::singleShot(0, this, [this, key, value, done = std::move(done)] {
        done(withVault([&](EncryptedVault &vault) { return vault.insert(key, value); }));
    });
}

void VaultSecretStore::remove(const QString &key, DoneCallback done)
{
    QTimer::singleShot(0, this,
        [this, key, done = std::move(done)] { done(withVault([&](EncryptedVault &vault) { return vault.remove(key); })); });
}

} // namespace keyway
