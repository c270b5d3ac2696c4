#include "auth/PushedAuthorizationRequest.h"

#include "auth/DpopSigner.h"
#include "auth/ProtocolClient.h"
#include "auth/ProtocolError.h"
#include "auth/ResponseBody.h"
#include "common/Log.h"
#include "common/Redactor.h"

#include <QUrlQuery>

namespace keyway {

PushedAuthorizationRequest::PushedAuthorizationRequest(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ProtocolClient(network, this))
{
}

PushedAuthorizationRequest::~PushedAuthorizationRequest() = default;

void PushedAuthorizationRequest::abortAll()
{
    m_client->abortAll();
}

void PushedAuthorizationRequest::push(
    const ProviderConfig &config, const ClientCredentials &client, const QUrl &authorizationUrl, Done done)
{
    // RFC 9126 §2.1: the same parameters as the authorization request, form-encoded, with client authentication.
    ProtocolClient::FormParams form;
    const auto items = QUrlQuery(authorizationUrl).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        form.append({name, value});
    const QUrl endpoint(config.pushedAuthorizationUrl);
    const QString shown = endpoint.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QUrl browserUrl = authorizationUrl;
    browserUrl.setQuery(QString());
    const QString clientIdParam = config.clientIdParam;
    const QString clientId = client.clientId;

    auto handle = [done, shown, browserUrl, clientIdParam, clientId](const ProtocolClient::Answer &answer) {
        if (!answer.error.isNull()) {
            qCWarning(lcAuth).noquote() << "Pushed authorization request to" << shown << "failed:" << answer.error.toString();
            return done(answer.error);
        }
        const QString what = tr("an answer to the pushed authorization request");
        const Result<QJsonObject> body
            = ResponseBody::toObject(answer.httpStatus, answer.contentType, answer.body, QStringLiteral("json"), what);
        if (body && ProtocolError::isErrorObject(body.value()))
            return done(ProtocolError::fromObject(body.value(), answer.httpStatus)); // RFC 9126 §2.3
        if (answer.httpStatus < 200 || answer.httpStatus >= 300)
            return done(ProtocolError::fromHttpStatus(answer.httpStatus, what));
        if (!body)
            return done(body.error());
        // RFC 9126 §2.2: 201 Created with request_uri and expires_in (a positive integer).
        const QString requestUri = body.value().value(QStringLiteral("request_uri")).toString();
        const qint64 expiresIn = body.value().value(QStringLiteral("expires_in")).toInteger(0);
        if (requestUri.isEmpty() || expiresIn <= 0)
            return done(Error::make(QStringLiteral("invalid_par_response"),
                tr("The provider's answer to the pushed authorization request has no usable request_uri."),
                QStringLiteral("HTTP %1, request_uri %2, expires_in %3")
                    .arg(answer.httpStatus)
                    .arg(requestUri.isEmpty() ? QStringLiteral("missing") : QStringLiteral("present"))
                    .arg(expiresIn),
                answer.httpStatus));
        qCInfo(lcAuth).noquote() << "Pushed authorization request to" << shown << "-> HTTP" << answer.httpStatus
                                 << "request_uri good for" << expiresIn << "s";
        // RFC 9126 §4: the browser gets client_id and request_uri, nothing else.
        QUrlQuery query;
        query.addQueryItem(clientIdParam, QString::fromUtf8(QUrl::toPercentEncoding(clientId)));
        query.addQueryItem(QStringLiteral("request_uri"), QString::fromUtf8(QUrl::toPercentEncoding(requestUri)));
        QUrl url = browserUrl;
        url.setQuery(query);
        done(url);
    };
    send(endpoint, config, client, form, handle, false);
}

void PushedAuthorizationRequest::send(const QUrl &endpoint, const ProviderConfig &config, const ClientCredentials &client,
    const ProtocolClient::FormParams &form, const ProtocolClient::Callback &handle, bool nonceRetried)
{
    const QString shown = endpoint.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QList<QNetworkReply::RawHeaderPair> headers;
    if (!config.dpopAlgorithm.isEmpty()) {
        // RFC 9449 §10.1: the pushed request carries a proof of the connection's key (besides dpop_jkt in the form,
        // §10), new for each request (§11.1).
        const Result<QByteArray> proof = DpopSigner::proof(client.dpopKeyPem, config.dpopAlgorithm, "POST", endpoint);
        if (!proof) {
            qCWarning(lcAuth).noquote() << "Pushed authorization request not sent:" << proof.error().toString();
            return m_client->fail(proof.error(), handle);
        }
        headers.append({DpopSigner::proofHeader(), proof.value()});
    }
    auto answered = [this, endpoint, config, client, form, handle, nonceRetried, dpop = !headers.isEmpty()](
                        const ProtocolClient::Answer &answer) {
        // m_client is our child: its callbacks never outlive this object.
        if (dpop && answer.error.isNull()) {
            DpopSigner::rememberNonce(endpoint, answer.headers);
            // RFC 9449 §8: the server wants its nonce in the proof; the request was refused, so it goes once more.
            if (!nonceRetried && DpopSigner::asksForNonce(answer.httpStatus, answer.body, QByteArray())
                && !DpopSigner::nonceFor(endpoint).isEmpty()) {
                qCInfo(lcAuth).noquote() << "Pushed authorization request -> the server asks for a DPoP nonce; sending again";
                return send(endpoint, config, client, form, handle, true);
            }
        }
        handle(answer);
    };
    const Error refused = m_client->postAuthenticatedForm(endpoint, config, client, form, answered,
        ProtocolClient::ClientAuth::Apply, ProviderConfig::RequestFormat::Form, headers);
    if (refused.isNull())
        qCInfo(lcAuth).noquote() << "Pushed authorization request to" << shown << "with"
                                 << ProviderConfig::clientAuthName(config.clientAuth)
                                 << (headers.isEmpty() ? "" : "and a DPoP proof");
}

} // namespace keyway
