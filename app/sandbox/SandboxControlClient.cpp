#include "sandbox/SandboxControlClient.h"

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace keyway {

SandboxControlClient::SandboxControlClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_baseUrl(QStringLiteral("http://127.0.0.1:%1").arg(SandboxServer::kDefaultPort))
{
    m_manager->setProxy(QNetworkProxy::NoProxy); // loopback never goes through a proxy
}

void SandboxControlClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void SandboxControlClient::fetchStatus(Callback done)
{
    send({}, std::move(done));
}

void SandboxControlClient::setFault(const QString &name, const QString &value, Callback done)
{
    send(QJsonDocument(QJsonObject {{QStringLiteral("fault"), name}, {QStringLiteral("value"), value}})
             .toJson(QJsonDocument::Compact),
        std::move(done));
}

void SandboxControlClient::resetFaults(Callback done)
{
    send(QJsonDocument(QJsonObject {{QStringLiteral("reset"), true}}).toJson(QJsonDocument::Compact), std::move(done));
}

void SandboxControlClient::send(const QByteArray &body, Callback done)
{
    const QString host = m_baseUrl.host();
    if (m_baseUrl.scheme() != QLatin1String("http") || (host != QLatin1String("127.0.0.1") && host != QLatin1String("::1"))) {
        done(Error::make(QStringLiteral("sandbox_not_running"), tr("The sandbox only runs on 127.0.0.1."), m_baseUrl.toString()));
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_sandbox/faults"));
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (body.isEmpty()) {
        reply = m_manager->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_manager->post(request, body);
    }
    const QString where = m_baseUrl.toString();
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), where, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            done(Error::make(QStringLiteral("sandbox_not_running"),
                tr("No Keyway Sandbox answers at %1. Open Keyway, or run keyway sandbox serve.").arg(where),
                reply->errorString()));
            return;
        }
        if (status != 200) {
            const QString description = object.value(QStringLiteral("error_description")).toString();
            if (object.contains(QStringLiteral("error"))) {
                done(Error::make(QStringLiteral("sandbox_error"),
                    description.isEmpty() ? tr("The sandbox refused the request.") : description,
                    QStringLiteral("HTTP %1 %2").arg(status).arg(object.value(QStringLiteral("error")).toString()), status));
            } else {
                done(Error::make(QStringLiteral("sandbox_bad_answer"),
                    tr("Something answers at %1, but it is not a Keyway Sandbox.").arg(where),
                    QStringLiteral("HTTP %1").arg(status), status));
            }
            return;
        }
        if (!object.value(QStringLiteral("faults")).isArray()) {
            done(Error::make(
                QStringLiteral("sandbox_bad_answer"), tr("Something answers at %1, but it is not a Keyway Sandbox.").arg(where)));
            return;
        }
        done(object);
    });
}

} // namespace keyway
