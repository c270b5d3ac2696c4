#include "core/ConnectionCapabilities.h"

#include "catalog/Integration.h"
#include "core/ConnectionSettings.h"

namespace keyway {

ConnectionCapabilities ConnectionCapabilities::of(const ConnectionRecord &record)
{
    ConnectionCapabilities c;
    const ConnectionSettings settings = ConnectionSettings::fromJson(record.settings);
    const std::optional<AuthMode> mode = Integration::authModeFromString(record.authMode);
    if (mode) {
        switch (*mode) {
        case AuthMode::AuthorizationCode:
        case AuthMode::ClientCredentials:
        case AuthMode::JwtBearer:
        case AuthMode::DeviceCode:
            c.renewable = true;
            break;
        case AuthMode::ApiKey:
        case AuthMode::Basic:
        case AuthMode::BearerToken:
            break;
        }
    }
    c.revocationUrl = settings.provider.revocationUrl;
    c.introspectionUrl = settings.provider.introspectionUrl;
    c.revocable = c.renewable && !c.revocationUrl.isEmpty();
    c.introspectable = c.renewable && !c.introspectionUrl.isEmpty();
    c.identifiable = !settings.whoamiUrl.isEmpty() || !settings.provider.userinfoUrl.isEmpty();
    return c;
}

} // namespace keyway
