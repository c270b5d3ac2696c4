#pragma once

#include "core/ApiCall.h"
#include "core/ConnectionSettings.h"
#include "core/OutgoingRequest.h"
#include "core/StoredCredentials.h"
#include "store/ConnectionRecord.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace keyway {

// Sends requests with a connection's credential (request console, `keyway request`). The credential is
// attached only on the connection's own origins (CredentialOrigins) or on an origin the user allowed for the
// request; anything else is refused ("foreign_origin") or, when asked, sent without it. A 401 answer from one
// of the connection's own origins leads to exactly one refresh and one retry (RFC 6750 §3.1 invalid_token); a
// second 401, or a 401 from any other origin, is returned as it is. Redirects are followed only to the same
// origin, so a credential never travels to another host. Every request is recorded in the connection's
// history with the credential masked. A DPoP-bound token (RFC 9449 §7) goes with a new proof on every request,
// and a resource server's 401 use_dpop_nonce leads to one more try with its nonce (§9).
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    using CredentialsDone = std::function<void(const ConnectionSettings &, const StoredCredentials &, const Error &)>;
    // Provides the connection's settings and secrets; forceRefresh asks for a new access token first, and
    // rejectedAccessToken is the one the API just refused (RefreshCoordinator::Request).
    using CredentialProvider
        = std::function<void(const QString &id, bool forceRefresh, const QByteArray &rejectedAccessToken, CredentialsDone done)>;

    ApiClient(QNetworkAccessManager *network, CredentialProvider provider, QObject *parent = nullptr);

    ApiCall *send(const QString &connectionId, const ApiRequest &request);
    // The request send() would put on the wire now (same credential, same placement), for "Copy as cURL";
    // `done` is dropped when `context` is gone.
    void prepare(const QString &connectionId, const ApiRequest &request, QObject *context,
        std::function<void(const Result<OutgoingRequest> &)> done);
    // The one place an API request is put together with the connection's credential: OutgoingRequest::build, then
    // for a DPoP-bound token a fresh proof for this very request (RFC 9449 §7.1, DpopBinding). send(), prepare()
    // and ConnectionService::presentWithProof all go through it.
    static Result<OutgoingRequest> build(
        const ApiRequest &request, const ConnectionSettings &settings, const StoredCredentials &credentials);
    static QUrl resolveUrl(const QString &baseUrl, const QUrl &url);

signals:
    void recorded(
        const QString &connectionId, const QString &step, const QString &outcome, int httpStatus, const QString &detail);
    void historyRecorded(const keyway::HistoryEntry &entry);

private:
    // `retry`: after a 401, with a renewed token; `nonceRetried`: again with the server's DPoP nonce (RFC 9449 §9).
    void attempt(ApiCall *call, const QString &connectionId, const ApiRequest &request, bool retry,
        const QByteArray &rejectedAccessToken = {}, bool nonceRetried = false);

    QNetworkAccessManager *m_network;
    CredentialProvider m_provider;
};

} // namespace keyway
