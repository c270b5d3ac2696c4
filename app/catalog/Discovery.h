#pragma once

// Reads an authorization server's metadata and fills OAuthSettings from it:
//  - OpenID Connect Discovery 1.0 §4: GET <issuer>/.well-known/openid-configuration
//  - RFC 8414 §3.1: GET https://host/.well-known/oauth-authorization-server<issuer path> (path insertion)
// The document's "issuer" must equal the issuer asked for, character for character (RFC 8414 §3.3,
// OpenID Connect Discovery §4.3), or the result is refused: a mix-up or impersonation attempt looks just like
// that. Endpoints already set in the base settings (entered by hand) win over the metadata. Plain http is
// accepted for the issuer, the metadata URL and the endpoints only on loopback, or anywhere when
// base.allowInsecureHttp (the integration's explicit "allow_insecure_http") is set.
// Emits exactly one of finished() / failed() per start(), always from the event loop; abort() emits nothing.

#include "catalog/Integration.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace keyway {

class Discovery : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Discovery)

public:
    enum class Kind { OpenIdConnect, OAuthAuthorizationServer };
    static constexpr qint64 MaxDocumentSize = 512 * 1024;
    static constexpr int TimeoutMs = 15000;

    // `network` is borrowed and must outlive this object.
    explicit Discovery(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Discovery() override;

    // Fetches the well-known document for `issuer`. `base` supplies settings to keep (hand-entered endpoints,
    // scopes, client auth); the result is `base` completed from the metadata.
    void start(const QString &issuer, Kind kind, const OAuthSettings &base = {});
    // Fetches an explicit metadata URL (an integration's discovery_url); its issuer must equal `expectedIssuer`.
    void startWithUrl(const QUrl &metadataUrl, const QString &expectedIssuer, Kind kind, const OAuthSettings &base = {});
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

    // The well-known URL for an issuer; invalid when the issuer is not an acceptable https (or loopback http) URL.
    static QUrl wellKnownUrl(const QString &issuer, Kind kind, bool allowInsecureHttp = false);
    // Checks a metadata document and merges it into `base`. Pure: the network part only feeds it.
    static Result<OAuthSettings> parseMetadata(
        const QByteArray &body, const QString &expectedIssuer, Kind kind, const OAuthSettings &base);

Q_SIGNALS:
    void finished(const keyway::OAuthSettings &settings);
    void failed(const keyway::Error &error);

private:
    void onFinished();
    void fail(const Error &error);
    void failLater(const Error &error);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_expectedIssuer;
    Kind m_kind = Kind::OpenIdConnect;
    OAuthSettings m_base;
    quint64 m_generation = 0;
};

} // namespace keyway
