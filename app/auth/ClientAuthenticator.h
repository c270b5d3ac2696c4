#pragma once

#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"
#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>

namespace keyway {

// Adds the client's authentication to a form-encoded request to the provider's token, revocation or
// introspection endpoint, per ProviderConfig::clientAuth:
//  - Basic:         Authorization: Basic base64(formEncode(id) ":" formEncode(secret)) - RFC 6749 §2.3.1 encodes
//                   id and secret with application/x-www-form-urlencoded BEFORE base64 (a ":" in the id must not
//                   split it);
//  - Post:          client_id and client_secret in the body (RFC 6749 §2.3.1);
//  - None:          client_id in the body (public client, RFC 6749 §2.1 / RFC 8252 §8.4);
//  (client_id goes under ProviderConfig::clientIdParam, the provider's own name for it: TikTok's client_key.)
//  - TlsClientAuth, SelfSignedTlsClientAuth: client_id in the body, no secret; the TLS client certificate proves
//                   the client (RFC 8705 §2.1, §2.2), presented by ProtocolClient (ClientCertificate::presentOn);
//  - PrivateKeyJwt: client_assertion_type + a signed client_assertion (RFC 7523 §2.2, OIDC Core §9) whose aud
//                   is assertionAudience(), with a fresh jti and the integration's lifetime (ClientAssertion).
// Every secret sent is registered with the Redactor.
class ClientAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(ClientAuthenticator)

public:
    using FormParams = QList<QPair<QString, QString>>;

    // Adds to *request (header) or *form (parameters). A null Error on success; codes "missing_client_id",
    // "missing_client_secret", "missing_private_key", "client_assertion_failed",
    // "missing_client_certificate".
    static Error apply(
        const ProviderConfig &config, const ClientCredentials &credentials, QNetworkRequest *request, FormParams *form);

    // The aud of a private_key_jwt client assertion sent to `endpoint`: the integration's oauth.assertion_audience,
    // else the issuer identifier (draft-ietf-oauth-rfc7523bis), else the token endpoint URL (else `endpoint`).
    static QString assertionAudience(const ProviderConfig &config, const QUrl &endpoint);

    // The value of the Authorization header for client_secret_basic.
    static QByteArray basicAuthorization(const QString &clientId, const QByteArray &clientSecret);
};

} // namespace keyway
