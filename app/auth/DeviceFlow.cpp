#include "auth/DeviceFlow.h"

#include "auth/BrowserLauncher.h"
#include "auth/ClientAuthenticator.h"
#include "auth/ProtocolClient.h"
#include "auth/ProtocolError.h"
#include "auth/ResponseBody.h"
#include "auth/TokenEndpoint.h"
#include "auth/UrlPolicy.h"
#include "common/JsonPath.h"
#include "common/Redactor.h"

#include <QTimer>

namespace keyway {

namespace {

constexpr int kDefaultLifetimeSeconds = 600; // when a server leaves out the REQUIRED expires_in
constexpr int kMaxUserCodeLength = 64;
constexpr int kMaxNetworkBackoffSeconds = 60;

// A whole number of seconds from a JSON number or numeric string; -1 when absent or not one.
qint64 seconds(const QJsonValue &value)
{
    const QString text = JsonPath::scalarText(value);
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? n : -1;
}

bool isTransient(const Error &error)
{
    return error.code == QLatin1String("network_error") || error.code == QLatin1String("server_error")
        || error.code == QLatin1String("temporarily_unavailable") || error.httpStatus >= 500;
}

} // namespace

DeviceFlow::DeviceFlow(const Options &options, QNetworkAccessManager *network, JwksCache *jwks, QObject *parent)
    : Flow(parent)
    , m_options(options)
    , m_network(network)
    , m_jwks(jwks)
{
}

DeviceFlow::~DeviceFlow() = default;

void DeviceFlow::start()
{
    const ProviderConfig &config = m_options.config;
    if (config.deviceAuthorizationUrl.isEmpty() || config.tokenUrl.isEmpty())
        return fail(Error::make(QStringLiteral("missing_endpoint"),
            tr("The provider's device authorization or token endpoint is not known."),
            config.deviceAuthorizationUrl.isEmpty() ? QStringLiteral("device_authorization_url") : QStringLiteral("token_url")));
    const QUrl url(config.deviceAuthorizationUrl);
    Error error = UrlPolicy::check(url, config.allowInsecureHttp);
    if (!error.isNull())
        return fail(error);

    m_client = new ProtocolClient(m_network, this);
    // RFC 8705 §2: a client that authenticates with its certificate does so here as at the token endpoint.
    QNetworkRequest request = m_client->prepare(url, config, m_options.client);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    ProtocolClient::FormParams form;
    if (!config.scopes.isEmpty())
        form.append({QStringLiteral("scope"), config.joinedScopes()});
    // The API the token is for (Auth0's audience, RFC 8707's resource), where a provider wants it up front.
    for (const char *name : {"audience", "resource"}) {
        const QString value = config.tokenParams.value(QLatin1String(name));
        if (!value.isEmpty())
            form.append({QLatin1String(name), value});
    }
    // RFC 8628 §3.1: client_id, or the client's authentication when it is confidential (RFC 6749 §2.3).
    error = ClientAuthenticator::apply(config, m_options.client, &request, &form);
    if (!error.isNull())
        return fail(error);

    emit step(QStringLiteral("device_authorization"), QStringLiteral("info"), 0,
        tr("Asking %1 for a user code (client_id %2, scope \"%3\")")
            .arg(
                url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), m_options.client.clientId, config.joinedScopes()));
    m_client->send(request, "POST", ProtocolClient::formBody(form), [this](const ProtocolClient::Answer &answer) {
        if (ended())
            return;
        if (!answer.error.isNull()) {
            emit step(
                QStringLiteral("device_authorization"), QStringLiteral("error"), answer.httpStatus, answer.error.toString());
            return fail(answer.error);
        }
        onAuthorization(answer.httpStatus, answer.contentType, answer.body);
    });
}

void DeviceFlow::onAuthorization(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    auto reject = [this, httpStatus](const Error &error) {
        emit step(QStringLiteral("device_authorization"), QStringLiteral("error"), httpStatus, error.toString());
        fail(error);
    };
    const Result<QJsonObject> parsed = ResponseBody::toObject(
        httpStatus, contentType, body, m_options.config.responseFormat, tr("a device authorization response"));
    if (!parsed)
        return reject(parsed.error());
    const QJsonObject answer = parsed.value();
    // RFC 8628 §3.2 / RFC 6749 §5.2: an error object, whatever the status.
    if (ProtocolError::isErrorObject(answer))
        return reject(ProtocolError::fromObject(answer, httpStatus));
    if (httpStatus < 200 || httpStatus > 299)
        return reject(ProtocolError::fromHttpStatus(httpStatus, tr("the device authorization endpoint")));

    auto missing = [](const QString &field) {
        return Error::make(QStringLiteral("invalid_device_response"),
            tr("The provider's device authorization answer is incomplete, so the sign-in cannot go on."),
            tr("no valid \"%1\"").arg(field));
    };
    m_deviceCode = JsonPath::scalarText(answer.value(QStringLiteral("device_code")));
    if (m_deviceCode.isEmpty())
        return reject(missing(QStringLiteral("device_code")));
    Redactor::registerSecret(m_deviceCode);
    m_userCode = JsonPath::scalarText(answer.value(QStringLiteral("user_code"))).trimmed();
    if (m_userCode.isEmpty() || m_userCode.size() > kMaxUserCodeLength)
        return reject(missing(QStringLiteral("user_code")));
    for (const QChar c : std::as_const(m_userCode))
        if (!c.isPrint())
            return reject(missing(QStringLiteral("user_code")));

    // The verification page is opened in the user's browser: only https (or http on loopback) is acceptable,
    // never file:, javascript: or a URL with credentials in it.
    auto checkedUrl = [this](const QJsonValue &value) -> QUrl {
        const QUrl url(JsonPath::scalarText(value), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || !UrlPolicy::check(url, m_options.config.allowInsecureHttp).isNull())
            return {};
        return url;
    };
    const QString uriField = answer.contains(QStringLiteral("verification_uri")) ? QStringLiteral("verification_uri")
                                                                                 : QStringLiteral("verification_url");
    m_verificationUri = checkedUrl(answer.value(uriField));
    if (m_verificationUri.isEmpty())
        return reject(missing(QStringLiteral("verification_uri")));
    if (answer.contains(QStringLiteral("verification_uri_complete"))) {
        m_verificationUriComplete = checkedUrl(answer.value(QStringLiteral("verification_uri_complete")));
        if (m_verificationUriComplete.isEmpty())
            emit step(QStringLiteral("device_authorization"), QStringLiteral("warning"), httpStatus,
                tr("verification_uri_complete is not an https URL and is ignored"));
    }

    qint64 lifetime = seconds(answer.value(QStringLiteral("expires_in")));
    if (lifetime <= 0) {
        emit step(QStringLiteral("device_authorization"), QStringLiteral("warning"), httpStatus,
            tr("no expires_in; assuming %1 s").arg(kDefaultLifetimeSeconds));
        lifetime = kDefaultLifetimeSeconds;
    }
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(qMin<qint64>(lifetime, 24 * 3600));
    const qint64 interval = seconds(answer.value(QStringLiteral("interval")));
    // RFC 8628 §3.2: "If no value is provided, clients MUST use 5 as the default."
    m_intervalSeconds = interval > 0 ? int(qMin<qint64>(interval, kMaxIntervalSeconds)) : kDefaultIntervalSeconds;

    emit step(QStringLiteral("device_authorization"), QStringLiteral("ok"), httpStatus,
        tr("User code issued (device code %1); verify at %2%3; expires in %4 s; polling every %5 s")
            .arg(Redactor::fingerprint(m_deviceCode), m_verificationUri.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                m_verificationUriComplete.isEmpty() ? QString() : tr(" (a link with the code filled in was given)"))
            .arg(lifetime)
            .arg(m_intervalSeconds));
    emit deviceCodeReady(m_userCode, m_verificationUri, m_verificationUriComplete, m_expiresAt);
    if (m_options.openBrowser)
        openBrowserAgain();
    m_endpoint = new TokenEndpoint(m_network, this);
    schedulePoll();
}

void DeviceFlow::openBrowserAgain()
{
    if (ended() || m_verificationUri.isEmpty())
        return;
    // RFC 8628 §3.3.1: the complete URI saves the user typing the code (which they should still compare).
    const QUrl url = m_verificationUriComplete.isEmpty() ? m_verificationUri : m_verificationUriComplete;
    const Error error = BrowserLauncher::open(url, m_options.browserCommand);
    if (!error.isNull()) {
        // Not fatal: the user can open the page and type the code themselves.
        emit step(QStringLiteral("browser"), QStringLiteral("error"), 0, error.toString());
        emit browserFailed(error);
        return;
    }
    emit step(QStringLiteral("browser"), QStringLiteral("ok"), 0,
        tr("Browser opened at %1").arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
    emit browserOpened();
}

void DeviceFlow::schedulePoll()
{
    if (ended())
        return;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &DeviceFlow::poll);
    }
    m_timer->start(m_intervalSeconds * 1000);
}

void DeviceFlow::poll()
{
    if (ended())
        return;
    if (QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        const Error error
            = Error::make(QStringLiteral("expired_token"), ProtocolError::messageForCode(QStringLiteral("expired_token")),
                tr("the user code expired at %1 without approval").arg(m_expiresAt.toString(Qt::ISODate)));
        emit step(QStringLiteral("device_token"), QStringLiteral("error"), 0, error.toString());
        return fail(error);
    }
    ++m_polls;
    m_endpoint->deviceToken(m_options.config, m_options.client, m_deviceCode,
        [this](const Result<TokenSet> &result, int httpStatus) { onToken(result, httpStatus); });
}

void DeviceFlow::onToken(const Result<TokenSet> &result, int httpStatus)
{
    if (ended())
        return;
    if (result) {
        const TokenSet tokens = result.value();
        emit step(QStringLiteral("device_token"), QStringLiteral("ok"), httpStatus,
            tr("Approved after %1 poll(s): access token %2%3")
                .arg(m_polls)
                .arg(Redactor::fingerprint(tokens.accessToken),
                    tokens.refreshToken.isEmpty() ? QString()
                                                  : tr(", refresh token %1").arg(Redactor::fingerprint(tokens.refreshToken))));
        return resolveAccount(tokens);
    }
    const Error &error = result.error();
    // RFC 8628 §3.5.
    if (error.code == QLatin1String("authorization_pending")) {
        if (!m_pendingReported)
            emit step(QStringLiteral("device_token"), QStringLiteral("info"), httpStatus,
                tr("Waiting for approval on the other device"));
        m_pendingReported = true;
        return schedulePoll();
    }
    if (error.code == QLatin1String("slow_down")) {
        // "the interval MUST be increased by 5 seconds for this and all subsequent requests"
        m_intervalSeconds = qMin(m_intervalSeconds + kSlowDownSeconds, kMaxIntervalSeconds);
        emit step(QStringLiteral("device_token"), QStringLiteral("info"), httpStatus,
            tr("The provider asked to slow down: polling every %1 s").arg(m_intervalSeconds));
        return schedulePoll();
    }
    if (isTransient(error) && error.code != QLatin1String("cancelled")) {
        // "On encountering a connection timeout, clients MUST unilaterally reduce their polling frequency";
        // doubling is the RECOMMENDED way.
        m_intervalSeconds = qMax(m_intervalSeconds, qMin(m_intervalSeconds * 2, kMaxNetworkBackoffSeconds));
        emit step(QStringLiteral("device_token"), QStringLiteral("warning"), httpStatus,
            tr("%1; trying again in %2 s").arg(error.toString()).arg(m_intervalSeconds));
        return schedulePoll();
    }
    Error shown = error;
    if (error.code == QLatin1String("access_denied"))
        shown.message = tr("The sign-in was denied on the other device.");
    else if (error.code == QLatin1String("expired_token"))
        shown.message = tr("The code expired before it was approved: start connecting again.");
    emit step(QStringLiteral("device_token"), QStringLiteral("error"), httpStatus, shown.toString());
    fail(shown);
}

void DeviceFlow::resolveAccount(const TokenSet &tokens)
{
    const ProviderConfig &config = m_options.config;
    if (config.openid && config.scopes.contains(QStringLiteral("openid")) && tokens.idToken.isEmpty())
        return fail(Error::make(
            QStringLiteral("missing_id_token"), tr("The provider did not return an ID token for an OpenID Connect sign-in.")));
    AccountResolver::Request request;
    request.config = config;
    request.client = m_options.client;
    request.tokens = tokens;
    request.clockSkewSeconds = m_options.clockSkewSeconds;
    request.whoamiUrl = m_options.whoamiUrl;
    request.accountField = m_options.accountField;
    request.apiHeaders = m_options.apiHeaders;
    request.resolveApi = m_options.resolveApi;
    m_accountResolver = new AccountResolver(m_network, m_jwks, this);
    connect(m_accountResolver, &AccountResolver::step, this, &Flow::step);
    m_accountResolver->resolve(request, [this, tokens](const Result<AccountInfo> &account) {
        if (ended())
            return;
        if (!account)
            return fail(account.error());
        succeed(FlowResult {tokens, account.value(), {}});
    });
}

void DeviceFlow::cancel()
{
    if (ended())
        return;
    fail(cancelledError());
}

void DeviceFlow::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_endpoint)
        m_endpoint->abortAll();
    if (m_client)
        m_client->abortAll();
}

} // namespace keyway
