#include "auth/ProtocolClient.h"

#include "auth/ClientAuthenticator.h"
#include "auth/ClientCertificate.h"
#include "auth/OneShotBody.h"
#include "auth/ProviderConfig.h"
#include "auth/ResponseBody.h"
#include "auth/UrlPolicy.h"
#include "common/Log.h"
#include "common/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>

namespace keyway {

QByteArray ProtocolClient::Answer::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

ProtocolClient::ProtocolClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

ProtocolClient::~ProtocolClient()
{
    const auto pending = m_pending;
    m_pending.clear();
    for (const auto &p : pending) {
        if (!p->reply)
            continue;
        disconnect(p->reply, nullptr, this, nullptr);
        p->reply->abort();
        p->reply->deleteLater();
    }
}

void ProtocolClient::setTransferTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds > 0 ? milliseconds : kDefaultTimeoutMs;
}

QByteArray ProtocolClient::userAgent()
{
    return QByteArrayLiteral("Keyway/" KEYWAY_VERSION);
}

QNetworkRequest ProtocolClient::prepare(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_timeoutMs);
    return request;
}

QNetworkRequest ProtocolClient::prepare(const QUrl &url, const ProviderConfig &config, const ClientCredentials &credentials) const
{
    QNetworkRequest request = prepare(url);
    // RFC 8705 §2 and §3: the connection's certificate goes to its own endpoints, for client authentication and so
    // that the tokens issued are bound to it (and accepted where they are bound).
    ClientCertificate::presentOn(&request, config, credentials);
    return request;
}

QByteArray ProtocolClient::formEncode(const QString &value)
{
    // Unreserved characters stay, everything else becomes %XX; Appendix B writes a space as "+".
    QByteArray out = value.toUtf8().toPercentEncoding(QByteArray(" "));
    out.replace(' ', '+');
    return out;
}

QByteArray ProtocolClient::formBody(const FormParams &params)
{
    QByteArray body;
    for (const auto &param : params) {
        if (!body.isEmpty())
            body += '&';
        body += formEncode(param.first) + '=' + formEncode(param.second);
    }
    return body;
}

QByteArray ProtocolClient::jsonBody(const FormParams &params)
{
    QJsonObject object;
    for (const auto &[name, value] : params) {
        const QJsonValue earlier = object.value(name);
        if (earlier.isUndefined()) {
            object.insert(name, value);
        } else {
            QJsonArray values = earlier.isArray() ? earlier.toArray() : QJsonArray {earlier};
            values.append(value);
            object.insert(name, values);
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void ProtocolClient::send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body, Callback done)
{
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = m_network->get(request);
    } else {
        // Sent once or not at all: see OneShotBody.
        QNetworkRequest once = request;
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body);
        reply = m_network->sendCustomRequest(once, verb, device);
        device->setParent(reply);
    }
    auto pending = std::make_shared<Pending>();
    pending->reply = reply;
    m_pending.insert(reply, pending);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(reply, length.toLongLong());
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { checkSize(reply, reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] { finish(reply, done); });
    connect(reply, &QObject::destroyed, this, [this, reply] { m_pending.remove(reply); });
}

void ProtocolClient::checkSize(QNetworkReply *reply, qint64 size)
{
    const auto pending = m_pending.value(reply);
    if (!pending || pending->tooLarge || size <= ResponseBody::kMaxBytes)
        return;
    pending->tooLarge = true;
    qCWarning(lcAuth) << "Answer from" << reply->url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                      << "is larger than" << ResponseBody::kMaxBytes << "bytes; aborted";
    reply->abort();
}

void ProtocolClient::finish(QNetworkReply *reply, const Callback &done)
{
    const auto pending = m_pending.take(reply);
    reply->deleteLater();
    if (!pending)
        return;

    Answer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.delivery = answer.httpStatus > 0 ? Delivery::Answered : Delivery::Unknown;
    const QString detail = Redactor::redact(reply->errorString());
    auto tooLarge = [&] {
        answer.body.clear();
        answer.error
            = Error::make(QStringLiteral("response_too_large"), tr("The provider's answer was too large and was not read."),
                QStringLiteral("more than %1 bytes").arg(ResponseBody::kMaxBytes), answer.httpStatus);
    };

    if (pending->tooLarge) {
        tooLarge();
    } else if (pending->cancelled) {
        answer.error = Error::make(QStringLiteral("cancelled"), tr("The request was cancelled."), detail, answer.httpStatus);
    } else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        // QNetworkRequest::setTransferTimeout aborts the reply when it fires.
        answer.error = Error::make(QStringLiteral("network_error"),
            tr("The provider did not answer in time. Check your connection and try again."),
            QStringLiteral("no answer within %1 ms").arg(reply->request().transferTimeout()), answer.httpStatus);
    } else if (answer.httpStatus <= 0) {
        QString message;
        // The request itself goes out only once a connection (and TLS) is up: these failures happen before.
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            message = tr("The secure connection to the provider could not be verified.");
            answer.delivery = Delivery::NotSent;
            break;
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyNotFoundError:
            message = tr("The provider's server could not be found. Check the address and your connection.");
            answer.delivery = Delivery::NotSent;
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::ProxyConnectionRefusedError:
            message = tr("The provider's server refused the connection.");
            answer.delivery = Delivery::NotSent;
            break;
        default:
            message = tr("Could not reach the provider. Check your connection and try again.");
            break;
        }
        answer.error = Error::make(QStringLiteral("network_error"), message, detail);
    } else {
        answer.body = reply->read(ResponseBody::kMaxBytes + 1);
        if (answer.body.size() > ResponseBody::kMaxBytes) {
            tooLarge();
        } else {
            answer.headers = reply->rawHeaderPairs();
            answer.contentType = reply->rawHeader("Content-Type");
        }
    }
    done(answer);
}

void ProtocolClient::fail(const Error &error, Callback done)
{
    QMetaObject::invokeMethod(
        this,
        [error, done] {
            Answer answer;
            answer.error = error;
            done(answer);
        },
        Qt::QueuedConnection);
}

Error ProtocolClient::postAuthenticatedForm(const QUrl &url, const ProviderConfig &config, const ClientCredentials &credentials,
    FormParams form, Callback done, ClientAuth clientAuth, ProviderConfig::RequestFormat format,
    const QList<QNetworkReply::RawHeaderPair> &headers)
{
    Error error = UrlPolicy::check(url, config.allowInsecureHttp);
    QNetworkRequest request = prepare(url, config, credentials);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (error.isNull() && clientAuth == ClientAuth::Apply)
        error = ClientAuthenticator::apply(config, credentials, &request, &form);
    if (!error.isNull()) {
        fail(error, std::move(done));
        return error;
    }
    QByteArray body;
    switch (format) {
    case ProviderConfig::RequestFormat::Form:
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        body = formBody(form);
        break;
    case ProviderConfig::RequestFormat::Json:
        // Not RFC 6749 (§4.1.3, Appendix B): the provider's documented quirk, from its integration file.
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = jsonBody(form);
        break;
    }
    send(request, "POST", body, std::move(done));
    return Error();
}

void ProtocolClient::abortAll()
{
    const auto pending = m_pending.values();
    for (const auto &p : pending) {
        p->cancelled = true;
        if (p->reply)
            p->reply->abort(); // emits finished -> callback with "cancelled"
    }
}

} // namespace keyway
