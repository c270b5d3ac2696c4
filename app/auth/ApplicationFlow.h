#pragma once

#include "auth/AccountResolver.h"
#include "auth/Flow.h"
#include "auth/ProviderConfig.h"
#include "auth/TokenEndpoint.h"

#include <QString>

class QNetworkAccessManager;

namespace keyway {

class JwksCache;

// What the grants have in common in which the application gets a token for itself and no user signs in: client
// credentials (RFC 6749 §4.4) and JWT bearer (RFC 7523 §2.1). One token request, its "token" step for the event
// log, then the account: what the integration's "who am I" URL says, else whom the token acts for. OpenID
// Connect's id_token and userinfo do not apply to such a token, so they are never asked for.
class ApplicationFlow : public Flow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationFlow)
public:
    void cancel() override;

protected:
    ApplicationFlow(QNetworkAccessManager *network, JwksCache *jwks, QObject *parent);

    // Fails with "missing_endpoint" and returns false when the provider's token endpoint is not known.
    bool checkTokenUrl(const ProviderConfig &config);
    // The endpoint for the token request: a child of this flow, aborted by cancel().
    TokenEndpoint &newEndpoint();
    // The token request's callback: reports the "token" step, resolves the account with `request` and
    // finishes; label and subject fall back to `actingAs` when the lookup names nobody.
    TokenEndpoint::Done tokenReceived(const AccountResolver::Request &request, const QString &actingAs);
    // The account lookup for a flow's Options (config, whoamiUrl, accountField, apiHeaders, resolveApi).
    template <typename Options>
    static AccountResolver::Request accountRequest(const Options &options, const ClientCredentials &client)
    {
        AccountResolver::Request request;
        request.config = options.config;
        request.client = client;
        request.whoamiUrl = options.whoamiUrl;
        request.accountField = options.accountField;
        request.apiHeaders = options.apiHeaders;
        request.resolveApi = options.resolveApi;
        return request;
    }

private:
    void resolveAccount(AccountResolver::Request request, const TokenSet &tokens, const QString &actingAs);

    QNetworkAccessManager *m_network;
    JwksCache *m_jwks;
    TokenEndpoint *m_endpoint = nullptr;
    AccountResolver *m_accountResolver = nullptr;
};

} // namespace keyway
