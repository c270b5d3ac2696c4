#include "core/ApiClient.h"

#include "auth/ClientCertificate.h"
#include "auth/DpopSigner.h"
#include "auth/ProtocolError.h"
#include "common/Redactor.h"
#include "common/SensitiveFields.h"
#include "core/CredentialApplier.h"
#include "core/CredentialOrigins.h"
#include "core/DpopBinding.h"
#include "core/OutgoingRequest.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace keyway {

ApiClient::ApiClient(QNetworkAccessManager *network, CredentialProvider provider, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_provider(std::move(provider))
{
}

QUrl ApiClient::resolveUrl(const QString &baseUrl, const QUrl &url)
{
    if (!url.isRelative() || baseUrl.isEmpty())
        return url;
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString rel = url.toString();
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    return QUrl(base + QLatin1Char('/') + rel);
}

namespace {

// The history row of a request, credentials masked; the caller adds how it ended.
HistoryEntry historyEntry(
    const QString &connectionId, const ApiRequest &request, const OutgoingRequest &outgoing, const ConnectionSettings &settings)
{
    HistoryEntry entry;
    entry.connectionId = connectionId;
    entry.method = QString::fromUtf8(request.method);
    // Issue 15.2: history keeps no credential, by rule and by the integration's own placement.
    const QStringList credentialNames {settings.credentialName};
    entry.url = SensitiveFields::redactUrl(outgoing.maskedUrl.toString(), credentialNames);
    for (const auto &[name, value] : outgoing.maskedHeaders)
        entry.requestHeaders.append({QString::fromUtf8(name),
            SensitiveFields::redactHeaderValue(QString::fromUtf8(name), QString::fromUtf8(value), credentialNames)});
    entry.requestBody = SensitiveFields::redactBody(QString::fromUtf8(request.body), credentialNames).left(64 * 1024);
    return entry;
}

} // namespace

Result<OutgoingRequest> ApiClient::build(
    const ApiRequest &request, const ConnectionSettings &settings, const StoredCredentials &credentials)
{
    Result<OutgoingRequest> built
        = OutgoingRequest::build(request, settings, CredentialApplier::credentialValue(settings, credentials));
    if (!built)
        return built;
    // RFC 9449 §7.1: a DPoP-bound token goes with a fresh proof for this very request.
    if (const Error error = DpopBinding::bind(built.value(), settings, credentials); !error.isNull())
        return error;
    return built;
}

ApiCall *ApiClient::send(const QString &connectionId, const ApiRequest &request)
{
    auto *call = new ApiCall(this);
    QMetaObject::invokeMethod(
        this, [this, call, connectionId, request] { attempt(call, connectionId, request, false); }, Qt::QueuedConnection);
    return call;
}

void ApiClient::prepare(const QString &connectionId, const ApiRequest &request, QObject *context,
    std::function<void(const Result<OutgoingRequest> &)> done)
{
    QPointer<QObject> guard(context);
    m_provider(connectionId, false, {},
        [guard, request, done](const ConnectionSettings &settings, const StoredCredentials &credentials, const Error &error) {
            if (!guard)
                return;
            if (!error.isNull())
                return done(error);
            done(build(request, settings, credentials));
        });
}

void ApiClient::attempt(ApiCall *call, const QString &connectionId, const ApiRequest &request, bool retry,
    const QByteArray &rejectedAccessToken, bool nonceRetried)
{
    QPointer<ApiCall> guard(call);
    // A retry for the server's DPoP nonce is the same request with a new proof: no renewal.
    m_provider(connectionId, retry && !nonceRetried, rejectedAccessToken,
        [this, guard, connectionId, request, retry, nonceRetried](
            const ConnectionSettings &settings, const StoredCredentials &credentials, const Error &error) {
            if (!guard)
                return;
            ApiResponse response;
            response.refreshedAndRetried = retry;
            if (!error.isNull()) {
                // No credential, nothing to send; a cancel that came meanwhile is what the user asked for.
                response.error = guard->isCancelRequested()
                    ? Error::make(QStringLiteral("cancelled"), tr("The request was cancelled."))
                    : error;
                emit guard->finished(response);
                guard->deleteLater();
                return;
            }
            Result<OutgoingRequest> built = build(request, settings, credentials);
            if (!built) {
                response.error = built.error();
                emit guard->finished(response);
                guard->deleteLater();
                return;
            }
            const OutgoingRequest outgoing = std::move(built).value();
            response.credentialSent = outgoing.withCredential;
            if (guard->isCancelRequested()) {
                // Cancelled while the credential was read (a slow keychain, a renewal): the request never leaves, and
                // the history says it was cancelled like one cancelled on its way.
                response.error = Error::make(QStringLiteral("cancelled"), tr("The request was cancelled."));
                if (request.keepHistory) {
                    HistoryEntry entry = historyEntry(connectionId, request, outgoing, settings);
                    entry.status = -1;
                    emit historyRecorded(entry);
                }
                emit guard->finished(response);
                guard->deleteLater();
                return;
            }
            // Only token-based modes can get a new credential without the user, and only the connection's own
            // origins can say its token is no good: a 401 from anywhere else never sends a new token there.
            const bool renewable = outgoing.ownOrigin && AuthModes::renewsWithoutUser(settings.authMode);
            response.sentHeaders = outgoing.maskedHeaders;

            QElapsedTimer timer;
            timer.start();
            QNetworkRequest networkRequest = outgoing.toNetworkRequest();
            // RFC 8705 §3: a certificate-bound token is accepted only over TLS with the same certificate; the
            // certificate goes to the connection's own origins only, never to another the user allowed.
            if (outgoing.ownOrigin)
                ClientCertificate::presentOn(&networkRequest, settings.provider, credentials.client);
            QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, outgoing.method, outgoing.body);
            auto body = std::make_shared<QByteArray>();
            auto truncated = std::make_shared<bool>(false);
            connect(guard, &ApiCall::cancelRequested, reply, [reply] { reply->abort(); });
            connect(reply, &QNetworkReply::downloadProgress, guard, &ApiCall::progress);
            connect(reply, &QIODevice::readyRead, reply, [reply, body, truncated, max = request.maxBodyBytes] {
                const QByteArray chunk = reply->readAll();
                if (*truncated)
                    return;
                if (body->size() + chunk.size() > max) {
                    body->append(chunk.left(max - body->size()));
                    *truncated = true;
                    reply->abort();
                    return;
                }
                body->append(chunk);
            });
            connect(reply, &QNetworkReply::finished, this,
                [this, guard, reply, body, truncated, timer, connectionId, request, retry, nonceRetried, renewable, outgoing,
                    response, settings, sentToken = credentials.tokens.accessToken]() mutable {
                    reply->deleteLater();
                    if (reply->isOpen()) // an aborted reply is closed: nothing left to read
                        body->append(reply->readAll().left(qMax<qint64>(0, request.maxBodyBytes - body->size())));
                    response.elapsedUs = timer.nsecsElapsed() / 1000;
                    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
                    for (const auto &pair : reply->rawHeaderPairs())
                        response.headers.append(pair);
                    response.body = *body;
                    response.truncated = *truncated;
                    response.finalUrl = reply->url();
                    if (reply->error() == QNetworkReply::OperationCanceledError && !*truncated)
                        response.error = Error::make(QStringLiteral("cancelled"), tr("The request was cancelled."));
                    else if (response.status == 0 && reply->error() != QNetworkReply::NoError)
                        response.error = Error::make(QStringLiteral("network_error"),
                            tr("The request failed before an answer came."), reply->errorString());

                    HistoryEntry entry = historyEntry(connectionId, request, outgoing, settings);
                    // -1: the user cancelled it (not "no answer", which the history says for 0).
                    entry.status = response.error.code == QLatin1String("cancelled") ? -1 : response.status;
                    entry.durationUs = response.elapsedUs;
                    entry.responseSize = response.body.size();
                    if (request.keepHistory)
                        emit historyRecorded(entry);

                    if (outgoing.singleUseProof) {
                        // RFC 9449 §9: a resource server may demand its nonce in the proof; it is kept for its origin
                        // and the request is sent once more with a new proof carrying it.
                        DpopSigner::rememberNonce(outgoing.url, reply->rawHeaderPairs());
                        if (!nonceRetried && guard
                            && DpopSigner::asksForNonce(response.status, QByteArray(), reply->rawHeader("WWW-Authenticate"))
                            && !DpopSigner::nonceFor(outgoing.url).isEmpty()) {
                            emit recorded(connectionId, QStringLiteral("api_dpop_nonce"), QStringLiteral("info"), 401,
                                tr("%1 %2 asked for a DPoP nonce: sending it again with one").arg(entry.method, entry.url));
                            return attempt(guard, connectionId, request, retry, {}, true);
                        }
                    }
                    // RFC 6750 §3.1: insufficient_scope (403, some providers say 401) means the token lacks a
                    // permission: a refresh cannot add one, so say which and how to get it instead of renewing.
                    const QMap<QString, QString> challenge = ProtocolError::challengeParams(reply->rawHeader("WWW-Authenticate"));
                    if ((response.status == 401 || response.status == 403)
                        && challenge.value(QStringLiteral("error")) == QLatin1String("insufficient_scope") && guard) {
                        const QString scope = challenge.value(QStringLiteral("scope"));
                        response.error = Error::make(QStringLiteral("insufficient_scope"),
                            scope.isEmpty() ? tr("The API says this request needs a permission the connection was not granted: "
                                                 "reconnect and grant it.")
                                            : tr("The API says this request needs the permission \"%1\", which the connection "
                                                 "was not granted: reconnect with it.")
                                                  .arg(scope),
                            challenge.value(QStringLiteral("error_description")), response.status);
                        response.missingScopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                        emit recorded(connectionId, QStringLiteral("api_insufficient_scope"), QStringLiteral("error"),
                            response.status, response.error.toString());
                        emit guard->finished(response);
                        guard->deleteLater();
                        return;
                    }
                    // RFC 6750 §3.1: 401 means the token is no good (expired, revoked): refresh once, retry once.
                    if (response.status == 401 && !retry && renewable && guard) {
                        emit recorded(connectionId, QStringLiteral("api_401"), QStringLiteral("info"), 401,
                            tr("%1 %2 answered 401: refreshing and retrying once").arg(entry.method, entry.url));
                        return attempt(guard, connectionId, request, true, sentToken);
                    }
                    if (!guard)
                        return;
                    emit guard->finished(response);
                    guard->deleteLater();
                });
        });
}

} // namespace keyway
