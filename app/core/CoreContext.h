#pragma once

#include "common/Result.h"

#include <QStringList>

#include <memory>

namespace keyway {

class Catalog;
class ConnectionService;
class Database;
class KeychainRecovery;
class SecretStore;
class VaultSecretStore;

// Opens everything the core needs, in order, for the window and the command line alike: the SQLite
// database (a damaged one is set aside as a backup and its connections recovered, see DatabaseRecovery), the
// SecretStore (the OS keychain, or the opt-in encrypted vault), the extra CA certificates the user trusts
// (TlsConfig), the integration catalogue and the ConnectionService over them. What the user should know about
// the start (a recovered database, a CA file that could not be read, a vault that stays locked) is in notices().
// Connections the database lost while the keychain kept their tokens are found asynchronously (the keychain answers
// later): recovery() finds them and offers to rebuild them or revoke and remove them.
//
// The secret store: "keychain" (the default) or "vault", from Options::secretBackend, else KEYWAY_SECRET_STORE,
// else the "secrets/backend" setting. The vault's passphrase: Options::vaultPassphrase, else the first line of
// the file named by KEYWAY_VAULT_PASSPHRASE_FILE, else KEYWAY_VAULT_PASSPHRASE; without one the vault stays
// locked and every secret operation says so ("vault_locked") until vault()->unlock() is called.
class CoreContext
{
    Q_DISABLE_COPY_MOVE(CoreContext)
public:
    struct Options
    {
        QString databasePath; // empty: AppPaths::databaseFile()
        QString keychainService = QStringLiteral("keyway");
        std::shared_ptr<SecretStore> secrets; // tests may inject one; default: see secretBackend
        QString secretBackend; // "keychain" | "vault"; empty: KEYWAY_SECRET_STORE, then the setting
        QString vaultPath; // empty: VaultSecretStore::defaultPath()
        QByteArray vaultPassphrase; // empty: KEYWAY_VAULT_PASSPHRASE_FILE / KEYWAY_VAULT_PASSPHRASE
    };

    static Result<std::shared_ptr<CoreContext>> open(const Options &options);
    static Result<std::shared_ptr<CoreContext>> open() { return open(Options {}); }
    ~CoreContext();

    Database &database() const { return *m_database; }
    SecretStore &secrets() const { return *m_secrets; }
    Catalog &catalog() const { return *m_catalog; }
    ConnectionService &service() const { return *m_service; }
    // The encrypted vault when it is the secret store (to unlock it from the window); nullptr otherwise.
    VaultSecretStore *vault() const { return m_vault; }
    // Things the user should be told once, in plain words (shown by the window, printed by the command line).
    QStringList notices() const { return m_notices; }
    KeychainRecovery &recovery() const { return *m_recovery; }

private:
    CoreContext();
    std::unique_ptr<Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ConnectionService> m_service;
    std::unique_ptr<KeychainRecovery> m_recovery;
    VaultSecretStore *m_vault = nullptr;
    QStringList m_notices;
};

} // namespace keyway
