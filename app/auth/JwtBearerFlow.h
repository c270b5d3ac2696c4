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

// The JWT bearer authorization grant (RFC 7523 §2.1) as Google service accounts use it: Keyway signs an
// assertion with the service account's private key (from the keychain) and trades it for an access token.
// Assertion claims (RFC 7523 §3): iss = the service account (ClientCredentials::clientId, its client_email),
// sub = the user to act for when domain-wide delegation is asked for (left out otherwise, as Google documents),
// aud = the assertion audience or else the token endpoint, "scope" = the scopes space-separated (Google reads
// them there; they are also sent as the "scope" parameter for other servers), a fresh jti, iat, and exp 5 minutes
// later or as oauth.assertion_lifetime_seconds declares (ClientAssertion).
// The kid header is the key's id (private_key_id). No refresh token exists: each renewal signs a new assertion
// (requestToken(), which the RefreshCoordinator uses too). The request carries no client authentication: the
// signed assertion is the credential (RFC 7523 §3.1 makes client authentication optional).
class JwtBearerFlow final : public ApplicationFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwtBearerFlow)
public:
    struct Assertion
    {
        ClientCredentials key; // clientId = iss, privateKeyPem, privateKeyAlg, keyId
        QString subject; // optional sub
        QString audience; // empty: the token endpoint URL
    };
    struct Options
    {
        ProviderConfig config;
        Assertion assertion;
        QString whoamiUrl; // optional: names the account
        QString accountField;
        QMap<QString, QString> apiHeaders;
        AccountResolver::ApiResolver resolveApi; // whoami URL and headers from the token response's values
    };

    JwtBearerFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent = nullptr);

    void start() override;

    // Signs a fresh assertion and sends the grant. An assertion that cannot be signed is reported through
    // `done` (later, from the event loop) with code "client_assertion_failed".
    static void requestToken(
        TokenEndpoint &endpoint, const ProviderConfig &config, const Assertion &assertion, TokenEndpoint::Done done);
    // The signed assertion alone (tests, diagnostics).
    static Result<QString> sign(const ProviderConfig &config, const Assertion &assertion);

private:
    Options m_options;
};

} // namespace keyway
