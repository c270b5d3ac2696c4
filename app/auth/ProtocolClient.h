#pragma once

#include "auth/ProviderConfig.h"
#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace keyway {

struct ClientCredentials;

// The HTTP client under every outgoing request of app/auth (token, revocation, introspection, userinfo). It
// sends requests the one safe way and hands back what came back:
//  - User-Agent "Keyway/VERSION", Accept: application/json;
//  - a transfer timeout (30 s by default), answers over 1 MiB aborted (ResponseBody::kMaxBytes);
//  - redirects NOT followed (RFC 9700 §4.11: a redirected request could carry credentials elsewhere);
//  - no cookies, no cache, no cached HTTP authentication; TLS errors are never ignored.
// URLs must have passed UrlPolicy before. A failure before a complete HTTP answer comes back as Answer::error:
// "network_error" (also timeouts and TLS failures), "response_too_large" or "cancelled". Any HTTP answer, whatever
// its status, comes back with a null error so the caller can read the provider's error body.
class ProtocolClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolClient)

public:
    static constexpr int kDefaultTimeoutMs = 30 * 1000;

    // Whether the request can have reached the provider (for retrying requests that must not be repeated, such as
    // a rotating refresh token: RFC 9700 §4.14.2).
    enum class Delivery {
        NotSent, // certainly not: refused before sending, no such host, connection refused, TLS handshake failed
        Unknown, // may have been processed: timeout, connection lost, cancelled after sending
        Answered, // an HTTP answer came back
    };

    struct Answer
    {
        Delivery delivery = Delivery::NotSent;
        int httpStatus = 0;
        QByteArray contentType;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        Error error; // set when no complete HTTP answer arrived

        QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    };
    using Callback = std::function<void(const Answer &answer)>;
    using FormParams = QList<QPair<QString, QString>>;
    // Whether postAuthenticatedForm adds the client's authentication (RFC 7523 §3.1 lets a JWT bearer grant omit it).
    enum class ClientAuth { Apply, Omit };

    explicit ProtocolClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ProtocolClient() override; // pending requests are aborted without calling back

    void setTransferTimeout(int milliseconds);
    int transferTimeout() const { return m_timeoutMs; }

    static QByteArray userAgent();
    // A request to `url` with the headers and attributes above.
    QNetworkRequest prepare(const QUrl &url) const;
    // A request to one of the connection's own endpoints (token, pushed authorization, device authorization,
    // revocation, introspection, userinfo, its "who am I" URL): prepare(url), with the connection's TLS client
    // certificate when it has one (RFC 8705 §2 client authentication, §3 certificate-bound tokens). Every request of
    // app/auth made for a connection is prepared here, so none leaves without the certificate.
    QNetworkRequest prepare(const QUrl &url, const ProviderConfig &config, const ClientCredentials &credentials) const;

    // application/x-www-form-urlencoded (RFC 6749 Appendix B): UTF-8, percent-encoded, space as "+".
    static QByteArray formEncode(const QString &value);
    static QByteArray formBody(const FormParams &params);
    // The same parameters as one JSON object of strings, for providers whose token endpoint takes only JSON
    // (ProviderConfig::RequestFormat::Json); a name given more than once (RFC 8707 resource) becomes an array.
    static QByteArray jsonBody(const FormParams &params);

    // `verb` is "GET" or "POST". `done` runs exactly once, from the event loop.
    void send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body, Callback done);
    // Reports a failure found before sending (URL policy, missing credentials) the same way: later, from the
    // event loop, so callers never see their callback run inside their own call.
    void fail(const Error &error, Callback done);
    // The request of every endpoint that authenticates the client: token (RFC 6749 §3.2), revocation (RFC 7009
    // §2.1) and introspection (RFC 7662 §2.1). `url` must pass UrlPolicy (honouring config.allowInsecureHttp);
    // `form` goes as application/x-www-form-urlencoded (or, with `format` Json, as jsonBody()) with
    // ClientAuthenticator's parameters or header per config.clientAuth. A refusal before sending (URL policy,
    // missing credentials) is reported to `done` as fail() does and also returned, for the caller's log; a null
    // Error means the request was sent. `headers` are added as they are (a DPoP proof, RFC 9449 §4.1).
    Error postAuthenticatedForm(const QUrl &url, const ProviderConfig &config, const ClientCredentials &credentials,
        FormParams form, Callback done, ClientAuth clientAuth = ClientAuth::Apply,
        ProviderConfig::RequestFormat format = ProviderConfig::RequestFormat::Form,
        const QList<QNetworkReply::RawHeaderPair> &headers = {});
    // Aborts every pending request; their callbacks get "cancelled".
    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        QPointer<QNetworkReply> reply;
        bool tooLarge = false;
        bool cancelled = false;
    };
    void finish(QNetworkReply *reply, const Callback &done);
    void checkSize(QNetworkReply *reply, qint64 size);

    QNetworkAccessManager *m_network;
    int m_timeoutMs = kDefaultTimeoutMs;
    QHash<QNetworkReply *, std::shared_ptr<Pending>> m_pending;
};

} // namespace keyway
