#include "core/CoreContext.h"

#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "store/AppPaths.h"
#include "store/Database.h"
#include "store/KeychainSecretStore.h"

#include <QCoreApplication>

namespace keyway {

CoreContext::CoreContext() = default;

CoreContext::~CoreContext()
{
    // The service uses the others: it goes first.
    m_service.reset();
    m_catalog.reset();
    m_database.reset();
}

Result<std::shared_ptr<CoreContext>> CoreContext::open(const Options &options)
{
    std::shared_ptr<CoreContext> ctx(new CoreContext);
    ctx->m_database = std::make_unique<Database>();
    const QString path = options.databasePath.isEmpty() ? AppPaths::databaseFile() : options.databasePath;
    Error error;
    if (!ctx->m_database->open(path, &error)) {
        error.message += QLatin1Char(' ')
            + QCoreApplication::translate("CoreContext",
                                          "Your tokens are safe in the keychain. Move %1 aside (keep it as a backup) and "
                                          "start Keyway again to begin with a new database.")
                  .arg(path);
        return error;
    }
    ctx->m_secrets = options.secrets ? options.secrets : std::make_shared<KeychainSecretStore>(options.keychainService);
    ctx->m_catalog = std::make_unique<Catalog>();
    ctx->m_service = std::make_unique<ConnectionService>(*ctx->m_database, *ctx->m_secrets, *ctx->m_catalog);
    return ctx;
}

} // namespace keyway
