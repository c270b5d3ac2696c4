#include "core/CoreContext.h"

#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "core/KeychainRecovery.h"
#include "http/TlsConfig.h"
#include "store/AppPaths.h"
#include "store/Database.h"
#include "store/DatabaseRecovery.h"
#include "store/KeychainSecretStore.h"
#include "store/VaultSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>

namespace {

QByteArray vaultPassphraseFromEnvironment()
{
    const QString file = qEnvironmentVariable("KEYWAY_VAULT_PASSPHRASE_FILE");
    if (!file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            return f.readLine().trimmed();
        return {};
    }
    return qgetenv("KEYWAY_VAULT_PASSPHRASE");
}

} // namespace

namespace keyway {

CoreContext::CoreContext() = default;

CoreContext::~CoreContext()
{
    // The service uses the others: it goes first (after the recovery that uses it).
    m_recovery.reset();
    m_service.reset();
    m_catalog.reset();
    m_database.reset();
}

Result<std::shared_ptr<CoreContext>> CoreContext::open(const Options &options)
{
    std::shared_ptr<CoreContext> ctx(new CoreContext);
    ctx->m_database = std::make_unique<Database>();
    const QString path = options.databasePath.isEmpty() ? AppPaths::databaseFile() : options.databasePath;
    Error error = ctx->m_database->open(path);
    bool databaseRecovered = false;
    if (!error.isNull()) {
        // A damaged file is set aside and its connections recovered; anything else (locked, unreadable, written by a
        // newer Keyway) is left alone and explained.
        if (error.code != QLatin1String("database_corrupt")) {
            error.message += QLatin1Char(' ')
                + QCoreApplication::translate("CoreContext",
                    "Your tokens are safe in the keychain. Move %1 aside (keep it as a backup) and "
                    "start Keyway again to begin with a new database.")
                      .arg(path);
            return error;
        }
        const auto recovered = DatabaseRecovery::recover(path, *ctx->m_database);
        if (!recovered)
            return recovered.error();
        ctx->m_notices << DatabaseRecovery::describe(recovered.value());
        databaseRecovered = true;
    }

    for (const QString &file : TlsConfig::applyConfigured())
        ctx->m_notices << QCoreApplication::translate(
            "CoreContext", "The extra CA certificate file %1 could not be read; it is not trusted.")
                              .arg(file);

    QString backend = options.secretBackend;
    if (backend.isEmpty())
        backend = qEnvironmentVariable("KEYWAY_SECRET_STORE");
    if (backend.isEmpty())
        backend = QSettings().value(QStringLiteral("secrets/backend")).toString();
    if (options.secrets) {
        ctx->m_secrets = options.secrets;
    } else if (backend == QLatin1String("vault")) {
        // Opt-in: an encrypted file for machines without a keychain. Never chosen silently as a fallback.
        auto vault = std::make_shared<VaultSecretStore>(
            options.vaultPath.isEmpty() ? VaultSecretStore::defaultPath() : options.vaultPath);
        const QByteArray passphrase
            = options.vaultPassphrase.isEmpty() ? vaultPassphraseFromEnvironment() : options.vaultPassphrase;
        if (passphrase.isEmpty())
            ctx->m_notices << VaultSecretStore::lockedError().message;
        else if (const Error unlockError = vault->unlock(passphrase); !unlockError.isNull())
            ctx->m_notices << unlockError.message;
        ctx->m_vault = vault.get();
        ctx->m_secrets = vault;
    } else {
        ctx->m_secrets = std::make_shared<KeychainSecretStore>(options.keychainService);
    }
    ctx->m_catalog = std::make_unique<Catalog>();
    ctx->m_service = std::make_unique<ConnectionService>(*ctx->m_database, *ctx->m_secrets, *ctx->m_catalog);
    ctx->m_recovery = std::make_unique<KeychainRecovery>(*ctx->m_service, *ctx->m_secrets, databaseRecovered);
    return ctx;
}

} // namespace keyway
