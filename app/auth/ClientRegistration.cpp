#include "auth/ClientRegistration.h"

#include "auth/ProtocolClient.h"
#include "auth/ProtocolError.h"
#include "auth/ResponseBody.h"
#include "auth/UrlPolicy.h"
#include "common/Log.h"
#include "common/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace keyway {

namespace {

QString origin(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80));
}

// RFC 7591 §3.2.2's error codes, in plain words; the server's error_description goes to the detail.
Error refusal(const QString &code, const QString &description, int status)
{
    QString message;
    if (code == QLatin1String("invalid_redirect_uri"))
        message = ClientRegistration::tr("The provider refused Keyway's redirect URI, so it cannot register Keyway as a "
                                         "client. Register a client by hand and enter its client ID when connecting.");
    else if (code == QLatin1String("invalid_client_metadata"))
        message = ClientRegistration::tr("The provider refused to register Keyway with the settings of a desktop app "
                                         "(public client, authorization code with PKCE).");
    else if (code == QLatin1String("invalid_software_statement") || code == QLatin1String("unapproved_software_statement"))
        message = ClientRegistration::tr("The provider registers only approved software (a software statement), "
                                         "which Keyway does not have. Register a client by hand instead.");
    else if (code == QLatin1String("invalid_token") || status == 401 || status == 403)
        message = ClientRegistration::tr("The provider did not accept the registration without a valid initial access "
                                         "token. Ask its administrator for one and give it on standard input "
                                         "(--initial-access-token-stdin).");
    else
        message = ClientRegistration::tr("The provider refused to register Keyway as a client.");
    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (!code.isEmpty())
        detail += QStringLiteral(", ") + ProtocolError::sanitize(code, 64);
    if (!description.isEmpty())
        detail += QStringLiteral(": ") + ProtocolError::sanitize(description);
    return Error::make(
        code.isEmpty() ? QStringLiteral("registration_refused") : ProtocolError::sanitize(code, 64), message, detail, status);
}

Error invalidAnswer(const QString &detail, int status)
{
    return Error::make(QStringLiteral("invalid_registration_response"),
        ClientRegistration::tr("The provider's answer to the registration could not be used."), detail, status);
}

} // namespace

ClientRegistration::ClientRegistration(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new ProtocolClient(network, this))
{
}

ClientRegistration::~ClientRegistration() = default;

void ClientRegistration::abortAll()
{
    m_client->abortAll();
}

Result<QJsonObject> ClientRegistration::metadata(const QString &redirectUri, const QStringList &authMethodsSupported, bool dpop)
{
    // RFC 8252 §8.4: a native app is a public client; PKCE protects its code. A server that takes only secrets gets
    // a confidential registration, and the secret it returns is kept in the keychain (RFC 8252 §8.5 notes it is
    // not a proof of identity there, but the server demands one).
    QString method;
    if (authMethodsSupported.isEmpty() || authMethodsSupported.contains(QStringLiteral("none")))
        method = QStringLiteral("none");
    else if (authMethodsSupported.contains(QStringLiteral("client_secret_basic")))
        method = QStringLiteral("client_secret_basic");
    else if (authMethodsSupported.contains(QStringLiteral("client_secret_post")))
        method = QStringLiteral("client_secret_post");
    else
        return Error::make(QStringLiteral("registration_unsupported"),
            tr("The provider registers only clients that authenticate in ways Keyway cannot register (%1).")
                .arg(authMethodsSupported.join(QStringLiteral(", ")).left(200)));
    // RFC 7591 §2: redirect_uris, token_endpoint_auth_method, grant_types, response_types, client_name; OpenID
    // Connect Dynamic Client Registration §2: application_type native (loopback redirects allowed).
    QJsonObject client {{QStringLiteral("application_type"), QStringLiteral("native")},
        {QStringLiteral("client_name"), QStringLiteral("Keyway")}, {QStringLiteral("redirect_uris"), QJsonArray {redirectUri}},
        {QStringLiteral("grant_types"), QJsonArray {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), QJsonArray {QStringLiteral("code")}},
        {QStringLiteral("token_endpoint_auth_method"), method}};
    // RFC 9449 §5.2: the client always uses DPoP, so the server may refuse it any token request without a proof
    // and no token of it can be replayed as a Bearer token. Left out otherwise (its default is false).
    if (dpop)
        client.insert(QStringLiteral("dpop_bound_access_tokens"), true);
    return client;
}

Result<RegisteredClient> ClientRegistration::parseResponse(int status, const QByteArray &contentType, const QByteArray &body,
    const QByteArray &wwwAuthenticate, const QString &endpoint, bool allowInsecureHttp)
{
    const Result<QJsonObject> parsed = ResponseBody::toObject(status, contentType, body, QString(), tr("a registration answer"));
    if (status < 200 || status > 299) {
        // RFC 7591 §3.2.2: 400 with error and error_description; RFC 6750 §3: a Bearer challenge for the initial
        // access token.
        if (parsed.ok() && parsed.value().value(QStringLiteral("error")).isString())
            return refusal(parsed.value().value(QStringLiteral("error")).toString(),
                parsed.value().value(QStringLiteral("error_description")).toString(), status);
        if (!wwwAuthenticate.isEmpty()) {
            const Error challenge = ProtocolError::fromWwwAuthenticate(wwwAuthenticate, status);
            return refusal(challenge.code, challenge.detail, status);
        }
        return refusal(QString(), parsed.ok() ? QString() : parsed.error().detail, status);
    }
    // RFC 7591 §3.2.1: the answer is a JSON object, whatever else a provider's other endpoints send.
    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &jsonError);
    if (!json.isObject())
        return invalidAnswer(ResponseBody::detect(contentType, body) == ResponseBody::Kind::Html
                ? QStringLiteral("a web page instead of JSON: ") + ResponseBody::htmlText(body, 120)
                : QStringLiteral("not a JSON object: ") + jsonError.errorString(),
            status);
    const QJsonObject o = json.object();
    RegisteredClient c;
    // RFC 7591 §3.2.1: client_id is REQUIRED; a string of printable characters.
    const QJsonValue id = o.value(QStringLiteral("client_id"));
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 256)
        return invalidAnswer(QStringLiteral("client_id is missing or not a string of at most 256 characters"), status);
    for (const QChar ch : id.toString())
        if (ch.unicode() < 0x21 || ch.unicode() > 0x7e)
            return invalidAnswer(QStringLiteral("client_id holds characters other than visible ASCII"), status);
    c.clientId = id.toString();
    c.clientSecret = o.value(QStringLiteral("client_secret")).toString().toUtf8();
    if (o.contains(QStringLiteral("client_secret")) && !o.value(QStringLiteral("client_secret")).isString())
        return invalidAnswer(QStringLiteral("client_secret is not a string"), status);
    // REQUIRED with a secret: 0 means it never expires.
    c.clientSecretExpiresAt = o.value(QStringLiteral("client_secret_expires_at")).toVariant().toLongLong();
    c.tokenEndpointAuthMethod = o.value(QStringLiteral("token_endpoint_auth_method")).toString();
    const QString rat = o.value(QStringLiteral("registration_access_token")).toString();
    const QString uri = o.value(QStringLiteral("registration_client_uri")).toString();
    if (!rat.isEmpty() && !uri.isEmpty()) {
        // The registration access token goes only where it came from: the registration endpoint's origin.
        const QUrl configuration(uri, QUrl::StrictMode);
        const Error policy = UrlPolicy::check(configuration, allowInsecureHttp);
        if (!policy.isNull())
            return invalidAnswer(QStringLiteral("registration_client_uri: ") + policy.detail, status);
        if (origin(configuration) != origin(QUrl(endpoint)))
            return invalidAnswer(QStringLiteral("registration_client_uri is not on the registration endpoint's origin (%1)")
                                     .arg(origin(QUrl(endpoint))),
                status);
        c.registrationAccessToken = rat.toUtf8();
        c.registrationClientUri = configuration.toString();
    }
    Redactor::registerSecret(c.clientSecret);
    Redactor::registerSecret(c.registrationAccessToken);
    return c;
}

void ClientRegistration::registerClient(const QString &endpoint, const QJsonObject &metadata,
    const QByteArray &initialAccessToken, bool allowInsecureHttp, Registered done)
{
    const QUrl url(endpoint, QUrl::StrictMode);
    const Error policy = endpoint.isEmpty() ? Error::make(QStringLiteral("registration_unsupported"),
                             tr("The provider's metadata lists no registration endpoint (RFC 7591); register a client by hand."))
                                            : UrlPolicy::check(url, allowInsecureHttp);
    if (!policy.isNull())
        return m_client->fail(policy, [done](const ProtocolClient::Answer &answer) { done(answer.error); });
    QNetworkRequest request = m_client->prepare(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!initialAccessToken.isEmpty()) {
        Redactor::registerSecret(initialAccessToken);
        request.setRawHeader("Authorization", "Bearer " + initialAccessToken); // RFC 7591 §3
    }
    qCInfo(lcAuth).noquote() << "Registering a client at" << url.toString(QUrl::RemoveQuery);
    m_client->send(request, "POST", QJsonDocument(metadata).toJson(QJsonDocument::Compact),
        [done, endpoint, allowInsecureHttp](const ProtocolClient::Answer &answer) {
            if (!answer.error.isNull())
                return done(answer.error);
            const Result<RegisteredClient> client = parseResponse(answer.httpStatus, answer.contentType, answer.body,
                answer.header("WWW-Authenticate"), endpoint, allowInsecureHttp);
            if (client.ok())
                qCInfo(lcAuth).noquote() << "Registered the client" << client.value().clientId
                                         << (client.value().manageable() ? "(manageable)" : "(no registration access token)");
            else
                qCWarning(lcAuth).noquote() << "Registration refused:" << client.error().code << client.error().detail;
            done(client);
        });
}

void ClientRegistration::deleteClient(
    const QString &registrationClientUri, const QByteArray &registrationAccessToken, bool allowInsecureHttp, Done done)
{
    const QUrl url(registrationClientUri, QUrl::StrictMode);
    Error policy = UrlPolicy::check(url, allowInsecureHttp);
    if (policy.isNull() && registrationAccessToken.isEmpty())
        policy = Error::make(QStringLiteral("missing_token"), tr("The registration access token is missing."));
    if (!policy.isNull())
        return m_client->fail(policy, [done](const ProtocolClient::Answer &answer) { done(answer.error); });
    Redactor::registerSecret(registrationAccessToken);
    QNetworkRequest request = m_client->prepare(url);
    request.setRawHeader("Authorization", "Bearer " + registrationAccessToken); // RFC 7592 §2.3, RFC 6750 §2.1
    m_client->send(request, "DELETE", QByteArray(), [done](const ProtocolClient::Answer &answer) {
        if (!answer.error.isNull())
            return done(answer.error);
        const int status = answer.httpStatus;
        if (status >= 200 && status <= 299) {
            qCInfo(lcAuth) << "Deleted the client registration";
            return done(Error());
        }
        const QByteArray challenge = answer.header("WWW-Authenticate");
        const Result<QJsonObject> body
            = ResponseBody::toObject(status, answer.contentType, answer.body, QString(), tr("a registration answer"));
        QString detail = QStringLiteral("HTTP %1").arg(status);
        if (body.ok() && body.value().value(QStringLiteral("error")).isString())
            detail += QStringLiteral(", ")
                + ProtocolError::sanitize(body.value().value(QStringLiteral("error")).toString() + QStringLiteral(": ")
                    + body.value().value(QStringLiteral("error_description")).toString());
        else if (!challenge.isEmpty())
            detail += QStringLiteral(", ") + ProtocolError::fromWwwAuthenticate(challenge, status).detail;
        qCWarning(lcAuth).noquote() << "Deleting the client registration failed:" << detail;
        done(Error::make(QStringLiteral("deregistration_failed"),
            tr("The provider did not delete Keyway's client registration; remove the client in the provider's console."), detail,
            status));
    });
}

} // namespace keyway
