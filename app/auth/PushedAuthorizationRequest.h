#pragma once

#include "auth/ClientCredentials.h"
#include "auth/ProtocolClient.h"
#include "auth/ProviderConfig.h"
#include "common/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

// Pushed authorization requests (RFC 9126): the authorization request's parameters go to the provider's
// pushed_authorization_request_endpoint in a POST authenticated like a token request (§2.1: the client's own
// authentication, or its client_id for a public client), and the browser carries only client_id and the
// request_uri the provider answered (§4). The protocol parameters (redirect_uri, state, code_challenge, nonce,
// scopes) thus never appear in the browser's command line, history or address bar, where other local users and
// extensions could read them. The answer (§2.2) must be 201 with a request_uri string and a positive expires_in;
// an error body is the provider's OAuth error (§2.3). With DPoP the request carries a proof of the connection's
// key (RFC 9449 §10.1), answering a use_dpop_nonce refusal once with the server's nonce (§8).
//
// Error codes: the provider's (invalid_request, invalid_client, ...), "invalid_par_response", UrlPolicy's,
// ClientAuthenticator's, "network_error", "server_error".
class PushedAuthorizationRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushedAuthorizationRequest)

public:
    // The URL to open in the browser: the authorization endpoint with client_id and request_uri (RFC 9126 §4).
    using Done = std::function<void(const Result<QUrl> &browserUrl)>;

    explicit PushedAuthorizationRequest(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PushedAuthorizationRequest() override;

    // `authorizationUrl` is the whole front-channel request as it would have gone to the browser; its query is
    // what is pushed to config.pushedAuthorizationUrl. `done` runs once, later, from the event loop.
    void push(const ProviderConfig &config, const ClientCredentials &client, const QUrl &authorizationUrl, Done done);

    void abortAll();

private:
    // One POST of the pushed request, with a fresh DPoP proof when the connection uses DPoP; `nonceRetried`: sent
    // again with the server's nonce (RFC 9449 §8).
    void send(const QUrl &endpoint, const ProviderConfig &config, const ClientCredentials &client,
        const ProtocolClient::FormParams &form, const ProtocolClient::Callback &handle, bool nonceRetried);

    ProtocolClient *m_client;
};

} // namespace keyway
