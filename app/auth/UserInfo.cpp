#include "auth/UserInfo.h"

#include "auth/DpopSigner.h"
#include "auth/ProtocolClient.h"
#include "auth/ProtocolError.h"
#include "auth/ResponseBody.h"
#include "auth/UrlPolicy.h"
#include "common/JsonPath.h"
#include "common/Log.h"
#include "common/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace keyway {

namespace {

QByteArray mediaType(const QByteArray &contentType)
{
    const int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower();
}

} // namespace

UserInfo::UserInfo(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ProtocolClient(network, this))
{
}

UserInfo::~UserInfo() = default;

void UserInfo::setTransferTimeout(int milliseconds)
{
    m_client->setTransferTimeout(milliseconds);
}

void UserInfo::setDpop(const QByteArray &keyPem, const QString &algorithm)
{
    m_dpopKeyPem = keyPem;
    m_dpopAlgorithm = algorithm;
}

void UserInfo::setClientCertificate(const ProviderConfig &config, const ClientCredentials &credentials)
{
    // Only the certificate and its key: nothing else of the client is needed here.
    m_certificateConfig = ProviderConfig();
    m_certificateConfig.clientCertificate = config.clientCertificate;
    m_certificateCredentials = ClientCredentials();
    m_certificateCredentials.tlsKeyPem = credentials.tlsKeyPem;
}

void UserInfo::abortAll()
{
    m_client->abortAll();
}

void UserInfo::fetch(const ProviderConfig &config, const QByteArray &accessToken, Done done)
{
    if (config.userinfoUrl.isEmpty()) {
        m_client->fail(
            Error::make(QStringLiteral("userinfo_unsupported"), tr("This provider has no address to ask who is connected.")),
            [done](const ProtocolClient::Answer &answer) { done(answer.error); });
        return;
    }
    fetch(QUrl(config.userinfoUrl), accessToken, config.allowInsecureHttp, Headers(), std::move(done));
}

void UserInfo::fetch(const QUrl &url, const QByteArray &accessToken, bool allowInsecureHttp, Done done)
{
    fetch(url, accessToken, allowInsecureHttp, Headers(), std::move(done));
}

void UserInfo::fetch(
    const QUrl &url, const QByteArray &accessToken, bool allowInsecureHttp, const Headers &extraHeaders, Done done)
{
    auto report = [done](const ProtocolClient::Answer &answer) { done(answer.error); };
    Error error = UrlPolicy::check(url, allowInsecureHttp);
    if (!error.isNull()) {
        m_client->fail(error, report);
        return;
    }
    if (accessToken.isEmpty()) {
        m_client->fail(Error::make(QStringLiteral("missing_token"), tr("There is no access token to ask with.")), report);
        return;
    }
    Redactor::registerSecret(accessToken);

    QNetworkRequest request = m_client->prepare(url, m_certificateConfig, m_certificateCredentials);
    for (const auto &header : extraHeaders) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) != 0)
            request.setRawHeader(header.first, header.second);
    }
    if (m_dpopAlgorithm.isEmpty()) {
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + accessToken); // RFC 6750 §2.1
    } else {
        const Result<QByteArray> proof = DpopSigner::proof(m_dpopKeyPem, m_dpopAlgorithm, "GET", url, accessToken);
        if (!proof) {
            m_client->fail(proof.error(), report);
            return;
        }
        request.setRawHeader("Authorization", DpopSigner::scheme().toLatin1() + ' ' + accessToken); // RFC 9449 §7.1
        request.setRawHeader(DpopSigner::proofHeader(), proof.value());
    }

    const QString shownUrl = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    const bool dpop = !m_dpopAlgorithm.isEmpty();
    m_client->send(request, "GET", QByteArray(), [done, shownUrl, url, dpop](const ProtocolClient::Answer &answer) {
        if (!answer.error.isNull()) {
            done(answer.error);
            return;
        }
        if (dpop)
            DpopSigner::rememberNonce(url, answer.headers); // RFC 9449 §9
        const int status = answer.httpStatus;
        const QString what = tr("information about the account");
        const QByteArray type = mediaType(answer.contentType);

        if (status == 401 || (status == 403 && !answer.header("WWW-Authenticate").isEmpty())) {
            const Error e = ProtocolError::fromWwwAuthenticate(answer.header("WWW-Authenticate"), status);
            qCWarning(lcAuth).noquote() << "Userinfo" << shownUrl << "refused:" << e.code << e.detail;
            done(e);
            return;
        }
        if (answer.body.size() > ResponseBody::kMaxBytes) {
            done(ResponseBody::toObject(status, answer.contentType, answer.body, QString(), what).error());
            return;
        }

        const ResponseBody::Kind kind = ResponseBody::detect(answer.contentType, answer.body);
        QJsonDocument doc;
        if (kind == ResponseBody::Kind::Json) {
            QJsonParseError parseError;
            doc = QJsonDocument::fromJson(answer.body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                doc = QJsonDocument();
        }
        if (doc.isObject() && ProtocolError::isErrorObject(doc.object())) {
            done(ProtocolError::fromObject(doc.object(), status));
            return;
        }
        if (status < 200 || status >= 300) {
            done(ProtocolError::fromHttpStatus(status, what));
            return;
        }
        if (type == "application/jwt") {
            // OIDC Core §5.3.2: signed or encrypted userinfo. Keyway asks for JSON and does not read these.
            done(Error::make(QStringLiteral("unsupported_response"),
                tr("The provider sent signed account information, which Keyway cannot read."),
                QStringLiteral("HTTP %1, application/jwt").arg(status), status));
            return;
        }
        if (doc.isObject()) {
            done(doc.object());
            return;
        }
        if (doc.isArray()) {
            QJsonObject indexed;
            const QJsonArray array = doc.array();
            for (int i = 0; i < array.size(); ++i)
                indexed.insert(QString::number(i), array.at(i));
            done(indexed);
            return;
        }
        // Not JSON: let ResponseBody phrase it (web page, empty, unreadable).
        Result<QJsonObject> read = ResponseBody::toObject(status, answer.contentType, answer.body, QStringLiteral("json"), what);
        if (read.ok()) {
            // A form-encoded answer: not what a userinfo endpoint sends.
            done(Error::make(QStringLiteral("invalid_response"),
                tr("The provider's answer is not JSON, so it could not be read as %1.").arg(what),
                QStringLiteral("HTTP %1, %2").arg(status).arg(QString::fromLatin1(type)), status));
            return;
        }
        done(read.error());
    });
}

QString UserInfo::accountLabel(const QJsonObject &claims, const QString &preferredField)
{
    if (!preferredField.isEmpty()) {
        const QString value = JsonPath::scalarText(JsonPath::value(claims, preferredField)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    for (const char *field : {"email", "preferred_username", "name", "login", "sub"}) {
        const QString value = JsonPath::scalarText(claims.value(QLatin1String(field))).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace keyway
