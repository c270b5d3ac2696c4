#pragma once

#include "auth/AccountResolver.h"
#include "auth/ApplicationFlow.h"
#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"
#include "auth/TokenEndpoint.h"

#include <QMap>

class QNetworkAccessManager;

namespace keyway {

class JwksCache;

// OAuth 2.0 client credentials grant (RFC 6749 §4.4): the application acts on its own behalf, so there is no
// browser and no user. The client authenticates with client_secret_basic, client_secret_post or private_key_jwt
// (RFC 7523 §2.2, a fresh assertion signed with the key from the keychain), as ProviderConfig::clientAuth says.
// Scopes come from ProviderConfig::scopes; "audience" (Auth0 and others) and RFC 8707 "resource" indicators
// from ProviderConfig::tokenParams, where "resource" may list several URIs separated by spaces. There is no
// refresh token (RFC 6749 §4.4.3): a new token is simply requested again (requestToken(), which the
// RefreshCoordinator uses too). The account is the client itself, or what the integration's "who am I" URL says.
class ClientCredentialsFlow final : public ApplicationFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCredentialsFlow)
public:
    struct Options
    {
        ProviderConfig config;
        ClientCredentials client;
        QString whoamiUrl; // optional: names the account
        QString accountField;
        QMap<QString, QString> apiHeaders;
        AccountResolver::ApiResolver resolveApi; // whoami URL and headers from the token response's values
    };

    ClientCredentialsFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent = nullptr);

    void start() override;

    // One RFC 6749 §4.4.2 token request: scope from config.scopes, audience and resource(s) taken out of
    // config.tokenParams and sent as their own parameters (one "resource" per URI, RFC 8707 §2).
    static void requestToken(
        TokenEndpoint &endpoint, const ProviderConfig &config, const ClientCredentials &client, TokenEndpoint::Done done);
    // What the request will carry, for the event log: method, scope, audience, resources (no secret).
    static QString describeRequest(const ProviderConfig &config, const ClientCredentials &client);

private:
    Options m_options;
};

} // namespace keyway
