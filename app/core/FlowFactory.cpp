#include "core/FlowFactory.h"

#include "auth/AuthorizationCodeFlow.h"
#include "core/ConnectionPlanner.h"
#include "core/RefreshCoordinator.h"

namespace keyway::FlowFactory {

namespace {

// The "who am I" call's URL and headers once the token response is known: ConnectionPlanner::completeApi
// expands the user's values and the response's ({{instance_url}}). A URL that cannot be expanded is left out.
AccountResolver::ApiResolver apiResolver(const ConnectionPlan &plan)
{
    ConnectionPlan api;   // what completeApi reads, without the plan's secrets
    api.integration = plan.integration;
    api.settings = plan.settings;
    return [api](const TokenSet &tokens, QString *whoamiUrl, QMap<QString, QString> *headers) {
        ConnectionPlan expanded = api;
        if (!ConnectionPlanner::completeApi(expanded, tokens.responseValues).isNull()) {
            whoamiUrl->clear();
            return;
        }
        *whoamiUrl = expanded.settings.whoamiUrl;
        *headers = expanded.settings.apiHeaders;
    };
}

} // namespace

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
        options.resolveApi = apiResolver(plan);
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
