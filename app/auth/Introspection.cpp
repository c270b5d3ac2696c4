#include "auth/Introspection.h"

#include "auth/ProtocolClient.h"
#include "auth/ProtocolError.h"
#include "auth/ResponseBody.h"
#include "common/Log.h"
#include "common/Redactor.h"

namespace keyway {

Introspection::Introspection(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ProtocolClient(network, this))
{
}

Introspection::~Introspection() = default;

void Introspection::setTransferTimeout(int milliseconds)
{
    m_client->setTransferTimeout(milliseconds);
}

void Introspection::abortAll()
{
    m_client->abortAll();
}

void Introspection::introspect(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &token,
    const QString &tokenTypeHint, Done done)
{
    auto report = [done](const ProtocolClient::Answer &answer) { done(answer.error); };
    if (config.introspectionUrl.isEmpty()) {
        m_client->fail(
            Error::make(QStringLiteral("introspection_unsupported"), tr("This provider offers no token introspection.")), report);
        return;
    }
    if (token.isEmpty()) {
        m_client->fail(Error::make(QStringLiteral("missing_token"), tr("There is no token to look up.")), report);
        return;
    }
    Redactor::registerSecret(token);
    ProtocolClient::FormParams form {{QStringLiteral("token"), QString::fromUtf8(token)}};
    if (!tokenTypeHint.isEmpty())
        form.append({QStringLiteral("token_type_hint"), tokenTypeHint}); // RFC 7662 §2.1

    const QString fingerprint = Redactor::fingerprint(token);
    auto handle = [done, fingerprint](const ProtocolClient::Answer &answer) {
        if (!answer.error.isNull()) {
            done(answer.error);
            return;
        }
        const int status = answer.httpStatus;
        const QString what = tr("an introspection answer");
        const Result<QJsonObject> body
            = ResponseBody::toObject(status, answer.contentType, answer.body, QStringLiteral("json"), what);
        if (body.ok() && ProtocolError::isErrorObject(body.value())) {
            done(ProtocolError::fromObject(body.value(), status));
            return;
        }
        if (status < 200 || status >= 300) {
            done(ProtocolError::fromHttpStatus(status, what));
            return;
        }
        if (!body.ok()) {
            done(body.error());
            return;
        }
        const QJsonValue active = body.value().value(QLatin1String("active"));
        if (!active.isBool()) {
            done(Error::make(QStringLiteral("invalid_response"),
                tr("The provider's introspection answer does not say whether the token is active."),
                QStringLiteral("HTTP %1, \"active\" missing or not a boolean").arg(status), status));
            return;
        }
        qCInfo(lcAuth).noquote() << "Introspected" << fingerprint << "active:" << active.toBool();
        done(body.value());
    };
    m_client->postAuthenticatedForm(QUrl(config.introspectionUrl), config, credentials, form, handle);
}

} // namespace keyway
