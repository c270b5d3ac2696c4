#include "catalog/Discovery.h"

#include "catalog/TemplateExpander.h"
#include "common/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace keyway {

namespace {

Error discoveryError(const QString &code, const QString &message, const QString &detail, int status = 0)
{
    return Error::make(code, message, detail, status);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

} // namespace

Discovery::Discovery(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

Discovery::~Discovery()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl Discovery::wellKnownUrl(const QString &issuer, Kind kind, bool allowInsecureHttp)
{
    if (!TemplateExpander::checkUrl(issuer, allowInsecureHttp).isNull())
        return {};
    QUrl url(issuer, QUrl::StrictMode);
    // RFC 8414 §2 / OIDC Discovery §3: the issuer has no query or fragment.
    if (url.hasQuery() || url.hasFragment())
        return {};
    QString path = url.path(QUrl::FullyEncoded);
    if (kind == Kind::OpenIdConnect) {
        // OIDC Discovery §4: remove any terminating "/" and append /.well-known/openid-configuration.
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QStringLiteral("/.well-known/openid-configuration"), QUrl::StrictMode);
    } else {
        // RFC 8414 §3.1: insert the well-known suffix between the host and the issuer's path component;
        // a terminating "/" of the issuer's path is removed first.
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path, QUrl::StrictMode);
    }
    return url;
}

void Discovery::start(const QString &issuer, Kind kind, const OAuthSettings &base)
{
    const QUrl url = wellKnownUrl(issuer, kind, base.allowInsecureHttp);
    if (!url.isValid()) {
        abort();
        const QString why = TemplateExpander::checkUrl(issuer, base.allowInsecureHttp).detail;
        failLater(
            discoveryError(QStringLiteral("invalid_issuer"), tr("The issuer must be an https URL without query or fragment."),
                why.isEmpty() ? issuer : issuer + QStringLiteral(": ") + why));
        return;
    }
    startWithUrl(url, issuer, kind, base);
}

void Discovery::startWithUrl(const QUrl &metadataUrl, const QString &expectedIssuer, Kind kind, const OAuthSettings &base)
{
    abort();
    m_expectedIssuer = expectedIssuer;
    m_kind = kind;
    m_base = base;
    if (const Error refused = TemplateExpander::checkUrl(metadataUrl.toString(QUrl::FullyEncoded), base.allowInsecureHttp);
        !refused.isNull()) {
        failLater(discoveryError(QStringLiteral("invalid_issuer"), tr("The metadata URL must be an https URL."),
            metadataUrl.toString() + QStringLiteral(": ") + refused.detail));
        return;
    }
    QNetworkRequest request(metadataUrl);
    request.setRawHeader("Accept", "application/json");
    // A redirect would move the document away from the issuer's own URL: not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(TimeoutMs);
    qCInfo(lcCatalog) << "discovery: fetching" << metadataUrl.toString();
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > MaxDocumentSize && reply == m_reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            m_reply.clear();
            fail(discoveryError(QStringLiteral("discovery_failed"), tr("The provider's metadata document is too large."),
                QStringLiteral("more than %1 bytes").arg(MaxDocumentSize)));
        }
    });
    connect(reply, &QNetworkReply::finished, this, &Discovery::onFinished);
}

void Discovery::abort()
{
    ++m_generation; // a failure queued by an earlier start() is dropped
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Discovery::failLater(const Error &error)
{
    // Signals are always emitted from the event loop, never from inside start(): callers need not guard
    // against re-entrancy.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, error, generation] {
            if (generation == m_generation)
                fail(error);
        },
        Qt::QueuedConnection);
}

void Discovery::fail(const Error &error)
{
    qCWarning(lcCatalog) << "discovery failed:" << error.toString();
    Q_EMIT failed(error);
}

void Discovery::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString url = reply->url().toString();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        fail(discoveryError(QStringLiteral("discovery_failed"), tr("The provider's metadata could not be fetched."),
            QStringLiteral("%1: %2").arg(url, reply->errorString())));
        return;
    }
    if (status != 200) {
        // A redirect is not followed either: the document must live at the issuer's own well-known URL.
        fail(discoveryError(QStringLiteral("discovery_failed"),
            status == 404 ? tr("The provider has no metadata document at the expected address.")
                          : tr("The provider's metadata could not be fetched."),
            QStringLiteral("%1: HTTP %2").arg(url).arg(status), status));
        return;
    }
    const QByteArray body = reply->read(MaxDocumentSize + 1);
    if (body.size() > MaxDocumentSize) {
        fail(discoveryError(QStringLiteral("discovery_failed"), tr("The provider's metadata document is too large."), url));
        return;
    }
    const Result<OAuthSettings> settings = parseMetadata(body, m_expectedIssuer, m_kind, m_base);
    if (!settings.ok()) {
        Error e = settings.error();
        e.detail = url + QStringLiteral(": ") + e.detail;
        fail(e);
        return;
    }
    Q_EMIT finished(settings.value());
}

Result<OAuthSettings> Discovery::parseMetadata(
    const QByteArray &body, const QString &expectedIssuer, Kind kind, const OAuthSettings &base)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return discoveryError(QStringLiteral("discovery_failed"), tr("The provider's metadata is not valid JSON."),
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("expected a JSON object"));
    const QJsonObject m = doc.object();

    // RFC 8414 §3.3 / OIDC Discovery §4.3: the issuer MUST be identical to the one used to build the URL.
    const QString issuer = m.value(QStringLiteral("issuer")).toString();
    if (issuer != expectedIssuer)
        return discoveryError(QStringLiteral("issuer_mismatch"),
            tr("The provider's metadata names a different issuer; it was not used."),
            QStringLiteral("expected \"%1\", got \"%2\"").arg(expectedIssuer, issuer.left(200)));

    OAuthSettings out = base;
    out.issuer = issuer;
    QStringList problems;
    const auto endpoint = [&](const char *key, QString *target, bool required) {
        const QString name = QString::fromLatin1(key);
        const QJsonValue v = m.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required && target->isEmpty())
                problems << QStringLiteral("%1 is missing").arg(name);
            return;
        }
        const QString why = v.isString() ? TemplateExpander::checkUrl(v.toString(), base.allowInsecureHttp).detail
                                         : QStringLiteral("expected a string");
        if (!why.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(name, why);
            return;
        }
        if (target->isEmpty()) // hand-entered endpoints win
            *target = v.toString();
    };
    endpoint("authorization_endpoint", &out.authorizationUrl, false);
    endpoint("token_endpoint", &out.tokenUrl, false);
    endpoint("revocation_endpoint", &out.revocationUrl, false);
    endpoint("introspection_endpoint", &out.introspectionUrl, false);
    endpoint("userinfo_endpoint", &out.userinfoUrl, false);
    endpoint("device_authorization_endpoint", &out.deviceAuthorizationUrl, false);
    endpoint("pushed_authorization_request_endpoint", &out.pushedAuthorizationUrl, false); // RFC 9126 §5
    endpoint("registration_endpoint", &out.registrationUrl, false); // RFC 8414 §2, RFC 7591 §3
    // OIDC Discovery §3: jwks_uri is REQUIRED for OpenID Providers.
    endpoint("jwks_uri", &out.jwksUrl, kind == Kind::OpenIdConnect);
    if (kind == Kind::OpenIdConnect && out.authorizationUrl.isEmpty())
        problems << QStringLiteral("authorization_endpoint is missing");
    if (!problems.isEmpty())
        return discoveryError(QStringLiteral("discovery_failed"), tr("The provider's metadata is incomplete or invalid."),
            problems.join(QStringLiteral("; ")));

    out.scopesSupported = stringList(m.value(QStringLiteral("scopes_supported")));
    out.grantTypesSupported = stringList(m.value(QStringLiteral("grant_types_supported")));
    out.codeChallengeMethodsSupported = stringList(m.value(QStringLiteral("code_challenge_methods_supported")));
    out.tokenEndpointAuthMethodsSupported = stringList(m.value(QStringLiteral("token_endpoint_auth_methods_supported")));
    out.issParameterSupported = m.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool(false);
    out.dpopSigningAlgValuesSupported = stringList(m.value(QStringLiteral("dpop_signing_alg_values_supported")));
    out.requirePushedAuthorizationRequests = m.value(QStringLiteral("require_pushed_authorization_requests")).toBool(false);
    const QJsonObject aliases = m.value(QStringLiteral("mtls_endpoint_aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        if (it.value().isString() && TemplateExpander::checkUrl(it.value().toString(), base.allowInsecureHttp).isNull())
            out.mtlsEndpointAliases.insert(it.key(), it.value().toString());
    }
    if (kind == Kind::OpenIdConnect)
        out.openid = true;
    // Keep the default client authentication only if the server supports it (RFC 8414 §2: the default when the
    // list is omitted is client_secret_basic).
    if (!out.tokenEndpointAuthMethodsSupported.isEmpty()
        && !out.tokenEndpointAuthMethodsSupported.contains(Integration::toString(out.clientAuth))) {
        if (out.tokenEndpointAuthMethodsSupported.contains(QStringLiteral("client_secret_basic")))
            out.clientAuth = ClientAuthMethod::ClientSecretBasic;
        else if (out.tokenEndpointAuthMethodsSupported.contains(QStringLiteral("client_secret_post")))
            out.clientAuth = ClientAuthMethod::ClientSecretPost;
    }
    return out;
}

} // namespace keyway
