#pragma once

#include "common/Result.h"

#include <memory>

namespace keyway {

class Catalog;
class ConnectionService;
class Database;
class SecretStore;

// Opens everything the core needs, in order, for the window and the command line alike: the SQLite
// database (with a clear error and no crash when it is damaged), the keychain-backed SecretStore, the
// integration catalogue and the ConnectionService over them.
class CoreContext
{
    Q_DISABLE_COPY_MOVE(CoreContext)
public:
    struct Options
    {
        QString databasePath;              // empty: AppPaths::databaseFile()
        QString keychainService = QStringLiteral("keyway");
        std::shared_ptr<SecretStore> secrets;   // tests may inject one; default: KeychainSecretStore
    };

    static Result<std::shared_ptr<CoreContext>> open(const Options &options);
    static Result<std::shared_ptr<CoreContext>> open() { return open(Options{}); }
    ~CoreContext();

    Database &database() const { return *m_database; }
    SecretStore &secrets() const { return *m_secrets; }
    Catalog &catalog() const { return *m_catalog; }
    ConnectionService &service() const { return *m_service; }

private:
    CoreContext();
    std::unique_ptr<Database> m_database;
    std::shared_ptr<SecretStore> m_secrets;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ConnectionService> m_service;
};

} // namespace keyway
