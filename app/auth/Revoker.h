#pragma once

#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"
#include "common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

class ProtocolClient;

// Revokes a token at the provider (RFC 7009): POST token + token_type_hint to the revocation endpoint with the
// same client authentication as the token endpoint (ClientAuthenticator).
//  - HTTP 200 is success, also for a token the server does not know (RFC 7009 §2.2);
//  - 503 is "temporarily_unavailable": try later (§2.2.1, Retry-After in the detail when sent);
//  - an RFC 6749 §5.2 error body (e.g. unsupported_token_type) or any other status is an error with detail.
// `done` runs exactly once, later, with a null Error on success. Error::httpStatus carries the status.
class Revoker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Revoker)

public:
    using Done = std::function<void(const Error &error)>;

    explicit Revoker(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Revoker() override;

    void setTransferTimeout(int milliseconds);

    // tokenTypeHint: "access_token", "refresh_token" or empty (left out). Error "revocation_unsupported" when the
    // provider has no revocation endpoint.
    void revoke(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &token,
        const QString &tokenTypeHint, Done done);

    void abortAll();

private:
    ProtocolClient *m_client;
};

} // namespace keyway
