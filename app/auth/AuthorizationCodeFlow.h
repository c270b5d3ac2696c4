#pragma once

#include "auth/AccountResolver.h"
#include "auth/ClientCredentials.h"
#include "auth/Flow.h"
#include "auth/ProviderConfig.h"
#include "jose/ClockLeeway.h"

#include <QPointer>
#include <QUrlQuery>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace keyway {

class JwksCache;
class PushedAuthorizationRequest;
class RedirectReplyHandler;
class TokenEndpoint;
struct CallbackVerdict;

// OAuth 2.0 authorization code grant for native apps, end to end:
//   RFC 8252: system browser, loopback redirect on 127.0.0.1 (or ::1), any port unless the integration fixes one
//             (§7.3), or a private-use URI scheme redirect handed over by `keyway handle-redirect` (§7.1);
//   RFC 7636: PKCE S256 (unless the integration declares it unsupported);
//   RFC 6749 §10.12 / RFC 9700 §4.7: a fresh CSPRNG state, compared before anything else in the callback; a
//             response with another state (or none) is not this attempt's: refused, and the wait goes on;
//   RFC 9207: the callback's `iss` must be the issuer (and must be present when the server says it sends it);
//   OpenID Connect Core §3.1: nonce, id_token validation, userinfo `sub` matching the id_token's;
//   RFC 9449 §10: with DPoP, dpop_jkt binds the code to the connection's key (and §10.1: a pushed request carries a
//             proof, PushedAuthorizationRequest).
// Qt NetworkAuth's QOAuth2AuthorizationCodeFlow builds the authorization request (extended through its
// modify-parameters hook with PKCE, nonce and the integration's extra parameters) and RedirectReplyHandler is
// its reply handler; see RedirectReplyHandler for why the code exchange is Keyway's own TokenEndpoint.
class AuthorizationCodeFlow final : public Flow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationCodeFlow)
public:
    struct Options
    {
        ProviderConfig config;
        ClientCredentials client;
        QString browserCommand;
        // False: no browser is opened here; the user opens the authorization URL on any device and pastes back
        // the address it ended on (submitRedirect). The listener still waits, for a browser on this computer.
        bool openBrowser = true;
        int timeoutSeconds = 300;
        int clockSkewSeconds = ClockLeeway::kDefaultSeconds;
        QString whoamiUrl; // for non-OIDC providers: the API call that names the account
        QString accountField;
        QMap<QString, QString> apiHeaders;
        AccountResolver::ApiResolver resolveApi; // whoami URL and headers from the token response's values
    };

    AuthorizationCodeFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    void start() override;
    void cancel() override;
    void openBrowserAgain() override;
    // The pasted address must be this attempt's redirect URI (scheme, host, port and path) with the authorization
    // response in its query; it is then judged by the same rules and validator as a redirect the listener
    // receives (CallbackListener::judge, onCallback): state first, then iss (RFC 9207), error, code.
    Error submitRedirect(const QUrl &url) override;

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString redirectUri() const;

private:
    CallbackVerdict onCallback(const QUrlQuery &query);
    void onAuthorizationUrl(const QUrl &url);
    void pushAuthorization(const QUrl &url); // RFC 9126
    void authorizationUrlKnown(const QUrl &url);
    void exchangeCode(const QString &code);
    void stopWork() override { stopListening(); }
    void stopListening();
    Error listenError(const Error &error) const;
    Error timeoutError() const;

    Options m_options;
    QNetworkAccessManager *m_network;
    JwksCache *m_jwks;
    RedirectReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_qtFlow = nullptr;
    TokenEndpoint *m_tokenEndpoint = nullptr;
    AccountResolver *m_accountResolver = nullptr;
    PushedAuthorizationRequest *m_par = nullptr;
    QString m_state;
    QString m_nonce;
    QString m_verifier;
    QString m_dpopJkt; // RFC 9449 §10: the DPoP key's thumbprint, when the connection uses DPoP
    QUrl m_authorizationUrl;
    bool m_callbackTaken = false;
    int m_strayCallbacks = 0; // responses refused for a state that is not ours, while waiting
};

} // namespace keyway
