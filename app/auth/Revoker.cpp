#include "auth/Revoker.h"

#include "auth/ProtocolClient.h"
#include "auth/ProtocolError.h"
#include "auth/ResponseBody.h"
#include "common/Log.h"
#include "common/Redactor.h"

namespace keyway {

Revoker::Revoker(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ProtocolClient(network, this))
{
}

Revoker::~Revoker() = default;

void Revoker::setTransferTimeout(int milliseconds)
{
    m_client->setTransferTimeout(milliseconds);
}

void Revoker::abortAll()
{
    m_client->abortAll();
}

void Revoker::revoke(const ProviderConfig &config, const ClientCredentials &credentials, const QByteArray &token,
    const QString &tokenTypeHint, Done done)
{
    auto report = [done](const ProtocolClient::Answer &answer) { done(answer.error); };
    if (config.revocationUrl.isEmpty()) {
        m_client->fail(Error::make(QStringLiteral("revocation_unsupported"),
                           tr("This provider offers no way to revoke tokens; remove the app's access in the "
                              "provider's account settings instead.")),
            report);
        return;
    }
    if (token.isEmpty()) {
        m_client->fail(Error::make(QStringLiteral("missing_token"), tr("There is no token to revoke.")), report);
        return;
    }
    Redactor::registerSecret(token);
    ProtocolClient::FormParams form {{QStringLiteral("token"), QString::fromUtf8(token)}};
    if (!tokenTypeHint.isEmpty())
        form.append({QStringLiteral("token_type_hint"), tokenTypeHint}); // RFC 7009 §2.1

    const QString fingerprint = Redactor::fingerprint(token);
    auto handle = [done, fingerprint](const ProtocolClient::Answer &answer) {
        if (!answer.error.isNull()) {
            qCWarning(lcAuth).noquote() << "Revocation of" << fingerprint << "failed:" << answer.error.toString();
            done(answer.error);
            return;
        }
        const int status = answer.httpStatus;
        if (status == 200) {
            qCInfo(lcAuth).noquote() << "Revoked" << fingerprint;
            done(Error());
            return;
        }
        Error e;
        const Result<QJsonObject> body
            = ResponseBody::toObject(status, answer.contentType, answer.body, QString(), tr("a revocation answer"));
        if (status == 503) {
            // RFC 7009 §2.2.1: the client may retry later; Retry-After says when.
            QString detail = QStringLiteral("HTTP 503");
            const QByteArray retryAfter = answer.header("Retry-After");
            if (!retryAfter.isEmpty())
                detail += QStringLiteral(", Retry-After: ") + ProtocolError::sanitize(QString::fromLatin1(retryAfter), 40);
            e = Error::make(QStringLiteral("temporarily_unavailable"),
                tr("The provider cannot revoke the token right now. Try again later."), detail, status);
        } else if (body.ok() && ProtocolError::isErrorObject(body.value())) {
            e = ProtocolError::fromObject(body.value(), status);
        } else {
            e = ProtocolError::fromHttpStatus(status, tr("a revocation answer"));
        }
        qCWarning(lcAuth).noquote() << "Revocation of" << fingerprint << "refused:" << e.code << e.detail;
        done(e);
    };
    if (m_client->postAuthenticatedForm(QUrl(config.revocationUrl), config, credentials, form, handle).isNull())
        qCInfo(lcAuth).noquote() << "Revoking" << (tokenTypeHint.isEmpty() ? QStringLiteral("token") : tokenTypeHint)
                                 << fingerprint;
}

} // namespace keyway
