#pragma once

#include "store/EncryptedVault.h"
#include "store/SecretStore.h"

#include <memory>

namespace keyway {

// The opt-in SecretStore for machines without a usable OS keychain: secrets go to an EncryptedVault file
// (scrypt + AES-256-GCM) in Keyway's data folder, unlocked with a passphrase the user chooses. Chosen with
// the "secrets/backend" setting or KEYWAY_SECRET_STORE=vault (see CoreContext); never used on its own.
//
// While locked every operation fails with "vault_locked" and a message saying how to unlock, or, when an unlock
// was tried and failed, with that failure's own code and cause (a passphrase too short, a wrong one, a damaged
// file): "locked" alone would hide what to fix. Nothing is ever written unencrypted. Every operation re-reads the file under a
// lock file before changing it, so the window and `keyway` commands running at the same time see each other's writes and never
// lose one.
class VaultSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSecretStore)
public:
    explicit VaultSecretStore(const QString &path, QObject *parent = nullptr);
    ~VaultSecretStore() override;

    static QString defaultPath(); // AppPaths::dataDir()/secrets.vault

    QString path() const { return m_path; }
    bool exists() const;
    bool isUnlocked() const { return m_vault != nullptr; }
    // Opens the vault, creating it with this passphrase when there is none yet. Takes as long as scrypt does:
    // a window runs openOrCreate() on another thread and hands the result to adopt() instead.
    // A null Error once unlocked.
    Error unlock(const QByteArray &passphrase);
    // The slow part of unlock() (scrypt, reading and decrypting the file), safe on any thread: it touches
    // nothing but the file at `path` and its lock file.
    static Result<EncryptedVault> openOrCreate(const QString &path, const QByteArray &passphrase);
    // Unlocks with a vault openOrCreate() returned for this store's path.
    void adopt(const EncryptedVault &vault);
    // Forgets the key; the next operation fails with "vault_locked".
    void lock();

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    QString description() const override { return QStringLiteral("Keyway's encrypted vault (secrets.vault)"); }

    static Error lockedError();
    // What every operation answers while the vault is not open: the last unlock's failure, or lockedError().
    Error unavailableError() const;

private:
    // Runs `change` on the freshly re-read vault while holding the lock file.
    Error withVault(const std::function<Error(EncryptedVault &)> &change);

    QString m_path;
    std::unique_ptr<EncryptedVault> m_vault;
    Error m_unlockError;
};

} // namespace keyway
