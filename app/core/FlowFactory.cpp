#include "core/FlowFactory.h"

#include "auth/AuthorizationCodeFlow.h"
#include "auth/ClientCredentialsFlow.h"
#include "auth/DeviceFlow.h"
#include "auth/JwtBearerFlow.h"
#include "core/ConnectionPlanner.h"
#include "core/RefreshCoordinator.h"

namespace keyway::FlowFactory {

QString jwtSubject(const ConnectionSettings &settings)
{
    return settings.variables.value(QLatin1String(kJwtSubjectSetting)).toString();
}

namespace {

// The "who am I" call's URL and headers once the token response is known: ConnectionPlanner::completeApi
// expands the user's values and the response's ({{instance_url}}). A URL that cannot be expanded is left out.
AccountResolver::ApiResolver apiResolver(const ConnectionPlan &plan)
{
    ConnectionPlan api; // what completeApi reads, without the plan's secrets
    api.integration = plan.integration;
    api.settings = plan.settings;
    return [api](const TokenSet &tokens) -> std::optional<AccountResolver::ApiTarget> {
        ConnectionPlan expanded = api;
        if (!ConnectionPlanner::completeApi(expanded, tokens.responseValues).isNull())
            return std::nullopt;
        return AccountResolver::ApiTarget {expanded.settings.whoamiUrl, expanded.settings.apiHeaders};
    };
}

} // namespace

bool isEnteredByHand(const ConnectionPlan &plan)
{
    return AuthModes::isEnteredByHand(plan.mode);
}

Flow *create(const ConnectionPlan &plan, const ConnectRequest &request, const Environment &env, QObject *parent)
{
    const QString browserCommand = request.browserCommand.isEmpty() ? env.browserCommand : request.browserCommand;
    switch (plan.mode) {
    case AuthMode::AuthorizationCode: {
        AuthorizationCodeFlow::Options options;
        options.config = plan.settings.provider;
        options.client = plan.secrets.client;
        options.browserCommand = browserCommand;
        options.openBrowser = request.openBrowser;
        options.timeoutSeconds = env.callbackTimeoutSeconds;
        options.clockSkewSeconds = env.clockSkewSeconds;
        options.whoamiUrl = plan.integration.api.whoamiUrl;
        options.accountField = plan.integration.api.accountField;
        options.apiHeaders = plan.integration.api.headers;
        options.resolveApi = apiResolver(plan);
        return new AuthorizationCodeFlow(options, env.network, env.jwks, parent);
    }
    case AuthMode::ClientCredentials: {
        ClientCredentialsFlow::Options options;
        options.config = plan.settings.provider;
        options.client = plan.secrets.client;
        options.whoamiUrl = plan.integration.api.whoamiUrl;
        options.resolveApi = apiResolver(plan);
        options.accountField = plan.integration.api.accountField;
        options.apiHeaders = plan.integration.api.headers;
        return new ClientCredentialsFlow(options, env.network, env.jwks, parent);
    }
    case AuthMode::JwtBearer: {
        JwtBearerFlow::Options options;
        options.config = plan.settings.provider;
        options.assertion.key = plan.secrets.client;
        options.assertion.subject = jwtSubject(plan.settings);
        options.assertion.audience = plan.settings.assertionAudience;
        options.whoamiUrl = plan.integration.api.whoamiUrl;
        options.resolveApi = apiResolver(plan);
        options.accountField = plan.integration.api.accountField;
        options.apiHeaders = plan.integration.api.headers;
        return new JwtBearerFlow(options, env.network, env.jwks, parent);
    }
    case AuthMode::DeviceCode: {
        DeviceFlow::Options options;
        options.config = plan.settings.provider;
        options.client = plan.secrets.client;
        options.browserCommand = browserCommand;
        options.openBrowser = request.openBrowser;
        options.clockSkewSeconds = env.clockSkewSeconds;
        options.whoamiUrl = plan.integration.api.whoamiUrl;
        options.resolveApi = apiResolver(plan);
        options.accountField = plan.integration.api.accountField;
        options.apiHeaders = plan.integration.api.headers;
        return new DeviceFlow(options, env.network, env.jwks, parent);
    }
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        return nullptr;
    }
    return nullptr;
}

void registerRenewers(RefreshCoordinator &coordinator)
{
    // RFC 7523 §2.1: no refresh token; a newly signed assertion gets a new access token.
    coordinator.setRenewer(AuthMode::JwtBearer,
        [](TokenEndpoint &endpoint, const ConnectionSettings &settings, const StoredCredentials &c,
            RefreshCoordinator::RenewDone done) {
            JwtBearerFlow::Assertion assertion;
            assertion.key = c.client;
            assertion.subject = jwtSubject(settings);
            assertion.audience = settings.assertionAudience;
            JwtBearerFlow::requestToken(endpoint, settings.provider, assertion, std::move(done));
        });
}

} // namespace keyway::FlowFactory
