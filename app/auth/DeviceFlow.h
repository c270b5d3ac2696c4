#pragma once

#include "auth/AccountResolver.h"
#include "auth/ClientCredentials.h"
#include "auth/Flow.h"
#include "auth/ProviderConfig.h"
#include "auth/TokenSet.h"
#include "common/Result.h"
#include "jose/ClockLeeway.h"

#include <QDateTime>
#include <QMap>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace keyway {

class JwksCache;
class ProtocolClient;
class TokenEndpoint;

// OAuth 2.0 device authorization grant (RFC 8628), for sign-ins where the user approves on another device:
//  1. §3.1-3.2: POST client_id (or the client's authentication) and scope to the device authorization endpoint;
//     the answer gives device_code (a secret, never shown or logged), user_code, verification_uri (Google's
//     older "verification_url" is read too), verification_uri_complete, expires_in and interval;
//  2. §3.3: deviceCodeReady() lets the window show the user code big and copyable; the browser opens
//     verification_uri_complete when given (the code is then already filled in), else verification_uri. Both
//     must be https (or http on loopback) before they are opened or shown;
//  3. §3.4-3.5: polls the token endpoint with a QTimer every `interval` seconds (5 when the server gives none);
//     authorization_pending keeps polling, slow_down adds 5 seconds to the interval for good, a network
//     failure or 5xx doubles it (up to a minute) as §3.5 asks; expired_token, access_denied and any other error
//     end the flow with a clear message, and so does the code's own expiry;
//  4. the tokens' account is found like the authorization code flow's (id_token, userinfo or "who am I").
// cancel() stops polling at once.
class DeviceFlow final : public Flow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFlow)
public:
    static constexpr int kDefaultIntervalSeconds = 5; // RFC 8628 §3.2
    static constexpr int kSlowDownSeconds = 5; // RFC 8628 §3.5
    static constexpr int kMaxIntervalSeconds = 300;

    struct Options
    {
        ProviderConfig config;
        ClientCredentials client;
        QString browserCommand;
        bool openBrowser = true;
        int clockSkewSeconds = ClockLeeway::kDefaultSeconds;
        QString whoamiUrl;
        QString accountField;
        QMap<QString, QString> apiHeaders;
        AccountResolver::ApiResolver resolveApi; // whoami URL and headers from the token response's values
    };

    DeviceFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent = nullptr);
    ~DeviceFlow() override;

    void start() override;
    void cancel() override;
    // Opens the verification page again.
    void openBrowserAgain() override;

    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; }
    QUrl verificationUriComplete() const { return m_verificationUriComplete; }
    QDateTime expiresAt() const { return m_expiresAt; }
    int intervalSeconds() const { return m_intervalSeconds; }
    int pollCount() const { return m_polls; }

private:
    void onAuthorization(int httpStatus, const QByteArray &contentType, const QByteArray &body);
    void schedulePoll();
    void poll();
    void onToken(const Result<TokenSet> &result, int httpStatus);
    void resolveAccount(const TokenSet &tokens);
    void stopWork() override { stop(); }
    void stop();

    Options m_options;
    QNetworkAccessManager *m_network;
    JwksCache *m_jwks;
    ProtocolClient *m_client = nullptr;
    TokenEndpoint *m_endpoint = nullptr;
    AccountResolver *m_accountResolver = nullptr;
    QTimer *m_timer = nullptr;
    QString m_deviceCode;
    QString m_userCode;
    QUrl m_verificationUri;
    QUrl m_verificationUriComplete;
    QDateTime m_expiresAt;
    int m_intervalSeconds = kDefaultIntervalSeconds;
    int m_polls = 0;
    bool m_pendingReported = false;
};

} // namespace keyway
