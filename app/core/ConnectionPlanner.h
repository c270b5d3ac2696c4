#pragma once

#include "auth/RedirectTarget.h"
#include "catalog/Integration.h"
#include "catalog/ScopeVocabulary.h"
#include "common/Result.h"
#include "core/ConnectRequest.h"
#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"
#include "store/ConnectionRecord.h"

namespace keyway {

class ScopeVocabulary;

// Everything a connect needs, resolved from an integration and the user's request.
struct ConnectionPlan
{
    Integration integration;
    AuthMode mode = AuthMode::AuthorizationCode;
    OAuthSettings oauth; // expanded; may still need discovery (oauth.needsDiscovery())
    ConnectionSettings settings; // what the connection record keeps
    StoredCredentials secrets; // what the keychain entry starts with (client secret, key, password, ...)
    QStringList requestedScopes;
    QStringList scopeWarnings; // unified scopes the integration does not support
    RedirectTarget redirect; // authorization code: where the provider sends the browser back to
};

// The permissions a connect form offers for one integration and mode: each unified permission the integration maps,
// ticked or not, and the raw provider scopes no permission covers (shown as typed text).
struct ScopeForm
{
    struct Option
    {
        QString id; // unified permission id (resources/unified-scopes.json)
        QString description;
        QStringList providerScopes; // what it requests at this provider
        bool checked = false;
    };
    QList<Option> options;
    QStringList extra;
};

// Which client a connect form's answers lead to, before anything is sent: the client id that will be used, whether
// it is the provider's published public client, the client authentication the token requests will carry and what
// the form has to ask for. The same rules plan() applies, so the form shows what will actually happen.
struct ClientPlan
{
    QString clientId; // empty: the user has to type one
    bool publicClient = false; // the provider's published public client (RFC 6749 §2.1: no secret, PKCE)
    ClientAuthMethod method = ClientAuthMethod::None; // what the token requests will use
    bool offersChoice = false; // the user may choose how the client authenticates
    bool asksSecret = false; // a client secret field belongs in the form
    bool needsSecret = false; // ... and it may not stay empty
    bool asksKey = false; // a private key belongs in the form (private_key_jwt)
    bool asksCertificate = false; // a TLS client certificate authenticates the client (RFC 8705 §2)
};

// What a reconnect starts from, read from the connection's record: the same mode, client, client authentication,
// redirect URI, template values and scopes (the granted ones, else those requested), and which secrets the keychain
// still holds for it. ConnectionService completes a reconnect that leaves a secret empty with the stored one only
// for the same mode and client (or user name); keeps() says that rule for the form.
struct ReconnectPlan
{
    enum class Secret { ClientSecret, PrivateKey, ApiKey, Password, Username };

    std::optional<AuthMode> authMode; // none after a disconnect: nothing is kept then
    QString clientId;
    std::optional<ClientAuthMethod> clientAuth;
    bool storedClientSecret = false;
    bool storedPrivateKey = false;
    QString username;
    QString redirectUri;
    QJsonObject variables;
    QStringList scopes;
    bool dpop = false; // its tokens are DPoP-bound (RFC 9449); a reconnect keeps the key's binding on
    bool par = false; // it pushed its authorization requests (RFC 9126)
    // RFC 8705: the subject of the TLS client certificate kept with it (settings, its key in the keychain); empty:
    // none. A reconnect of the same client that gives no other certificate presents this one (ConnectRun).
    QString keptCertificate;

    // Whether a reconnect in `mode` with this client id (or user name) and client authentication takes `secret`
    // from the keychain when the form leaves it empty.
    bool keeps(Secret secret, AuthMode mode, const QString &clientId, const QString &username, ClientAuthMethod method) const;
};

// The one place where an integration's data (the catalogue) becomes flow options: template variables are
// validated and expanded, unified scopes resolved, client authentication chosen, the API credential placement
// decided. Flows and the API client only ever see the result, never an integration id.
class ConnectionPlanner
{
public:
    static Result<ConnectionPlan> plan(
        const Integration &integration, const ConnectRequest &request, const ScopeVocabulary &vocabulary);
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

    // What a token response granted: its "scope" when it sent one, else what was requested (RFC 6749 §5.1); and
    // offline_access whenever it was asked for and a refresh token came back (OpenID Connect Core §11: that scope
    // asks for a refresh token, so receiving one is the grant, and providers leave it out of "scope").
    static QStringList grantedScopes(const QStringList &requested, const TokenSet &tokens);

    // The scopes requested when a request names none: the integration's defaults for this mode.
    static QStringList defaultScopes(const Integration &integration, AuthMode mode);
    // The connect form's permissions ticked from `current` provider scopes: the defaults for a new connection, the
    // granted scopes on reconnect. An option is ticked when every scope it stands for is in `current`.
    static ScopeForm scopeForm(const Integration &integration, const ScopeVocabulary &vocabulary, const QStringList &current);
    // What the form will request: its ticked options and typed scopes resolved (or the defaults when it names
    // none), with the unified ids the provider cannot grant.
    static ScopeResolution requestedScopes(
        const Integration &integration, AuthMode mode, const ScopeVocabulary &vocabulary, const QStringList &chosen);
    // Where a reconnect of this connection starts from.
    static ReconnectPlan reconnectPlan(const ConnectionRecord &record);
    // The client the form's answers lead to. `choice`: the client authentication the user picked, if any.
    static ClientPlan clientPlan(const Integration &integration, AuthMode mode, const QString &typedClientId, bool hasSecret,
        bool hasKey, std::optional<ClientAuthMethod> choice);
};

} // namespace keyway
