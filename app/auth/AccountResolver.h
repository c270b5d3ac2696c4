#pragma once

#include "auth/ClientCredentials.h"
#include "auth/FlowResult.h"
#include "auth/ProviderConfig.h"
#include "common/Result.h"
#include "jose/ClockLeeway.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace keyway {

class JwksCache;

// Finds out who is connected once a flow has tokens, for every flow alike:
//  1. OpenID Connect: validates the id_token (OIDC Core §3.1.3.7) against the provider's JWKS; an unknown kid
//     makes JwksCache fetch the JWKS once more (key rotation), never more often than it allows;
//  2. asks userinfo (OIDC Core §5.3) or the integration's "who am I" URL; userinfo's `sub` must equal the
//     id_token's (§5.3.2), otherwise the answer may belong to someone else and the connect fails;
//  3. picks the label to show: the integration's account field, else email, preferred_username, name, login, sub.
// A failing userinfo / whoami call is reported as a step but does not fail the connect; a bad id_token does.
class AccountResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountResolver)
public:
    // The "who am I" URL and API headers once the tokens are known, for integrations whose URLs use values from the
    // token response (Salesforce's {{instance_url}}). Nothing when they cannot be made: the call is skipped (as it
    // is for an empty URL).
    struct ApiTarget
    {
        QString whoamiUrl;
        QMap<QString, QString> headers;
    };
    using ApiResolver = std::function<std::optional<ApiTarget>(const TokenSet &tokens)>;

    struct Request
    {
        ProviderConfig config;
        // The connection's client: its id (the id_token's audience), its DPoP key for a DPoP-bound access token
        // (RFC 9449, config.dpopAlgorithm) and its TLS client key, presented with config.clientCertificate on the
        // lookup so that a certificate-bound access token is accepted (RFC 8705 §3).
        ClientCredentials client;
        TokenSet tokens;
        QString nonce; // the nonce sent in the authorization request; empty: none expected
        int clockSkewSeconds = ClockLeeway::kDefaultSeconds;
        QString whoamiUrl;
        QString accountField;
        QMap<QString, QString> apiHeaders;
        ApiResolver resolveApi; // unset: whoamiUrl and apiHeaders as given
    };
    using Done = std::function<void(const Result<AccountInfo> &)>;

    AccountResolver(QNetworkAccessManager *network, JwksCache *jwks, QObject *parent = nullptr);

    void resolve(const Request &request, Done done);

signals:
    void step(const QString &step, const QString &outcome, int httpStatus, const QString &detail);

private:
    void validateIdToken(bool forceRefresh); // JwksCache refetches once on an unknown kid
    void fetchProfile();
    void finish(const Result<AccountInfo> &result);

    QNetworkAccessManager *m_network;
    JwksCache *m_jwks;
    Request m_request;
    Done m_done;
    AccountInfo m_account;
};

} // namespace keyway
