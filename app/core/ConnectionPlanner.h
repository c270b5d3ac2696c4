#pragma once

#include "auth/RedirectTarget.h"
#include "catalog/Integration.h"
#include "common/Result.h"
#include "core/ConnectRequest.h"
#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"

namespace keyway {

class ScopeVocabulary;

// Everything a connect needs, resolved from an integration and the user's request.
struct ConnectionPlan
{
    Integration integration;
    AuthMode mode = AuthMode::AuthorizationCode;
    OAuthSettings oauth;              // expanded; may still need discovery (oauth.needsDiscovery())
    ConnectionSettings settings;      // what the connection record keeps
    StoredCredentials secrets;        // what the keychain entry starts with (client secret, key, password, ...)
    QStringList requestedScopes;
    QStringList scopeWarnings;        // unified scopes the integration does not support
    RedirectTarget redirect;          // authorization code: where the provider sends the browser back to
};

// The one place where an integration's data (the catalogue) becomes flow options: template variables are
// validated and expanded, unified scopes resolved, client authentication chosen, the API credential placement
// decided. Flows and the API client only ever see the result, never an integration id.
class ConnectionPlanner
{
public:
    static Result<ConnectionPlan> plan(const Integration &integration, const ConnectRequest &request,
                                       const ScopeVocabulary &vocabulary);
    // After discovery: endpoints from the provider's metadata.
    static void applyDiscovered(ConnectionPlan &plan, const OAuthSettings &discovered);
    // After the flow: API settings may use values from the token response (Salesforce's {{instance_url}}).
    static Error completeApi(ConnectionPlan &plan, const QJsonObject &responseValues);
    static ProviderConfig providerConfig(const OAuthSettings &oauth);
    // Where the authorization response comes back, from the integration's redirect facts or the user's exact
    // redirect URI (which wins): a loopback listener on an ephemeral port (any_port) or on the provider's fixed
    // port (exact), or Keyway's private-use scheme. An integration whose provider accepts no desktop redirect
    // gives "no_desktop_redirect" with what works instead, so no browser tab is opened that leads nowhere.
    static Result<RedirectTarget> redirectTarget(
        const Integration &integration, const OAuthSettings &oauth, const QString &redirectUri);
};

} // namespace keyway
