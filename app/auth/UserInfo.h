#pragma once

#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

class ProtocolClient;

// Asks "who is connected?": GET the OIDC userinfo endpoint (OIDC Core §5.3) or an integration's "who am I" URL
// with Authorization: Bearer (RFC 6750 §2.1), Accept: application/json. The answer is the JSON object as sent;
// a top-level JSON array (some APIs list tenants) becomes an object keyed "0", "1", ... so dot paths like
// "0.tenantName" work. Errors:
//  - 401 -> the WWW-Authenticate error (RFC 6750 §3) or "invalid_token"; 403 with a challenge -> its code
//    (usually "insufficient_scope");
//  - an error object in the body (also Slack's {"ok": false, "error": ...} with 200) -> its code;
//  - signed (application/jwt) userinfo -> "unsupported_response"; a web page or other non-JSON body ->
//    "html_response" / "invalid_response"; 5xx -> "server_error"; network -> "network_error".
class UserInfo : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserInfo)

public:
    using Done = std::function<void(const Result<QJsonObject> &result)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit UserInfo(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~UserInfo() override;

    void setTransferTimeout(int milliseconds);
    // RFC 9449 §7.1: the access token is DPoP-bound; send it with the scheme DPoP and a proof signed with `keyPem`.
    void setDpop(const QByteArray &keyPem, const QString &algorithm);
    // RFC 8705 §3: the access token may be bound to the connection's TLS client certificate
    // (config.clientCertificate, credentials.tlsKeyPem); it is presented on every fetch (ProtocolClient::prepare).
    void setClientCertificate(const ProviderConfig &config, const ClientCredentials &credentials);

    // config.userinfoUrl (error "userinfo_unsupported" when empty), config.allowInsecureHttp.
    void fetch(const ProviderConfig &config, const QByteArray &accessToken, Done done);
    void fetch(const QUrl &url, const QByteArray &accessToken, bool allowInsecureHttp, Done done);
    // `extraHeaders` (e.g. GitHub's Accept: application/vnd.github+json) replace the defaults of the same name;
    // Authorization cannot be replaced.
    void fetch(const QUrl &url, const QByteArray &accessToken, bool allowInsecureHttp, const Headers &extraHeaders, Done done);

    void abortAll();

    // The name to show for the connected account: the value at `preferredField` (a dot path) when it is text,
    // else the first of email, preferred_username, name, login, sub that is. Empty when none is.
    static QString accountLabel(const QJsonObject &claims, const QString &preferredField = QString());

private:
    ProtocolClient *m_client;
    QByteArray m_dpopKeyPem;
    QString m_dpopAlgorithm;
    ProviderConfig m_certificateConfig;
    ClientCredentials m_certificateCredentials;
};

} // namespace keyway
