#include "core/FlowFactory.h"

#include "auth/AuthorizationCodeFlow.h"
#include "core/ConnectionPlanner.h"
#include "core/RefreshCoordinator.h"

namespace keyway::FlowFactory {

bool isEnteredByHand(const ConnectionPlan &plan)
{
    return plan.mode == AuthMode::ApiKey || plan.mode == AuthMode::Basic || plan.mode == AuthMode::BearerToken;
}

Flow *create(const ConnectionPlan &plan, const ConnectRequest &request, const Environment &env, QObject *parent)
{
    switch (plan.mode) {
    case AuthMode::AuthorizationCode: {
        AuthorizationCodeFlow::Options options;
        options.config = plan.settings.provider;
        options.client = plan.secrets.client;
        options.browserCommand = request.browserCommand.isEmpty() ? env.browserCommand : request.browserCommand;
        options.timeoutSeconds = env.callbackTimeoutSeconds;
        options.clockSkewSeconds = env.clockSkewSeconds;
        options.whoamiUrl = plan.integration.api.whoamiUrl;
        options.accountField = plan.integration.api.accountField;
        options.apiHeaders = plan.integration.api.headers;
        return new AuthorizationCodeFlow(options, env.network, env.jwks, parent);
    }
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::DeviceCode:
        return nullptr;   // see the flows of these modes
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        return nullptr;
    }
    return nullptr;
}

void registerRenewers(RefreshCoordinator &coordinator)
{
    Q_UNUSED(coordinator)
}

} // namespace keyway::FlowFactory
