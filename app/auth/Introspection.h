#pragma once

#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

class ProtocolClient;

// Asks the provider about a token (RFC 7662): POST token + token_type_hint to the introspection endpoint with the
// connection's client authentication. The answer is the provider's JSON object as is; {"active": false} is a
// valid answer (the token is expired, revoked or unknown), not an error. An answer without a boolean "active"
// (REQUIRED, §2.2) is an error "invalid_response".
class Introspection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Introspection)

public:
    using Done = std::function<void(const Result<QJsonObject> &result)>;

    explicit Introspection(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Introspection() override;

    void setTransferTimeout(int milliseconds);

    // tokenTypeHint: "access_token", "refresh_token" or empty. Error "introspection_unsupported" when the
    // provider has no introspection endpoint.
    void introspect(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &token,
        const QString &tokenTypeHint, Done done);

    void abortAll();

private:
    ProtocolClient *m_client;
};

} // namespace keyway
