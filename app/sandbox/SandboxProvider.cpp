#include "sandbox/SandboxProvider.h"

#include "common/Log.h"
#include "common/Redactor.h"
#include "jose/Base64Url.h"
#include "jose/ClientAssertion.h"
#include "jose/DpopProof.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/Random.h"
#include "sandbox/SandboxForm.h"
#include "sandbox/SandboxOwnerProof.h"
#include "sandbox/SandboxPages.h"
#include "sandbox/SandboxPersonality.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace keyway {

namespace {

// RFC 9449 §8: the sandbox's DPoP nonce changes every five minutes; the last one is still taken.
constexpr qint64 kDpopNonceWindow = 300;
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QStringList kApiScopes
    = {QStringLiteral("contacts.read"), QStringLiteral("contacts.write"), QStringLiteral("calendar.read")};

// Compares two secrets (CSRF tokens, the client secret) in time that depends on neither: both are hashed first,
// so the comparison always runs over 32 bytes.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray ha = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    char diff = 0;
    for (int i = 0; i < ha.size(); ++i)
        diff |= char(ha.at(i) ^ hb.at(i));
    return diff == 0 && !a.isNull() && !b.isNull();
}

QByteArray mediaType(const HttpRequest &request)
{
    return request.header("Content-Type").split(';').first().trimmed().toLower();
}

bool isGet(const HttpRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    HttpResponse r = HttpResponse::json(status, QJsonDocument(object));
    r.setHeader("Pragma", "no-cache"); // RFC 6749 §5.1, for HTTP/1.0 caches; no-store is HttpResponse's default
    return r;
}

// RFC 6749 §5.2 (token endpoint), RFC 7009 §2.2.1, RFC 7662 §2.3, RFC 8628 §3.5 share this shape.
HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    QJsonObject body {{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    HttpResponse r = jsonResponse(status, body);
    if (status == 401)
        r.setHeader("WWW-Authenticate", "Basic realm=\"keyway-sandbox\""); // RFC 6749 §5.2 invalid_client
    return r;
}

// RFC 9449 §7.1: a resource's challenge for DPoP, with the algorithms it takes and, when asked for, its nonce (§9).
HttpResponse dpopChallenge(int status, const QString &error, const QString &description, const QString &nonce = {})
{
    QString safe = description;
    safe.remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
    const QString challenge = QStringLiteral("DPoP algs=\"%1\", error=\"%2\", error_description=\"%3\"")
                                  .arg(Jws::supportedAlgorithms().join(QLatin1Char(' ')), error, safe);
    HttpResponse r = jsonResponse(
        status, QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    r.setHeader("WWW-Authenticate", challenge.toUtf8());
    if (!nonce.isEmpty())
        r.setHeader("DPoP-Nonce", nonce.toLatin1());
    return r;
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r = HttpResponse::error(405);
    r.setHeader("Allow", allow);
    return r;
}

HttpResponse errorPage(int status, const QString &title, const QString &message, const QString &detail = {})
{
    return HttpResponse::html(status, SandboxPages::error(title, message, detail));
}

QStringList splitScopes(const QString &scope)
{
    // RFC 6749 §3.3: space-delimited, case-sensitive; the order carries no meaning, duplicates are dropped.
    QStringList out;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.contains(s))
            out << s;
    }
    return out;
}

QString unknownScope(const QStringList &scopes, const QStringList &allowed)
{
    for (const QString &s : scopes) {
        if (!allowed.contains(s))
            return s;
    }
    return {};
}

// RFC 8252 §7.3 and §8.3: http on a loopback IP literal, any port, the registered path /callback, nothing else;
// for a client with one registered URI, RFC 6749 §3.1.2.3: that URI exactly, port included.
QString redirectUriProblem(const QString &redirectUri, const SandboxPersonality &client)
{
    if (redirectUri.isEmpty())
        return QStringLiteral("redirect_uri is missing.");
    if (!client.exactRedirectUri.isEmpty()) {
        if (redirectUri != client.exactRedirectUri)
            return QStringLiteral("redirect_uri does not match the one registered for %1, which is compared exactly, "
                                  "port included: %2")
                .arg(client.clientId, client.exactRedirectUri);
        return {};
    }
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || redirectUri.contains(QLatin1Char(' ')))
        return QStringLiteral("redirect_uri is not a valid URL.");
    if (url.scheme() != QLatin1String("http"))
        return QStringLiteral("redirect_uri must use http on the loopback interface (RFC 8252 §7.3).");
    if (url.host() == QLatin1String("localhost"))
        return QStringLiteral("redirect_uri must name 127.0.0.1 or [::1], not localhost (RFC 8252 §8.3).");
    if (url.host() != QLatin1String("127.0.0.1") && url.host() != QLatin1String("::1"))
        return QStringLiteral("redirect_uri must be on 127.0.0.1 or [::1] (RFC 8252 §7.3).");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QStringLiteral("redirect_uri must not carry user info, a query or a fragment.");
    if (url.path() != QLatin1String("/callback"))
        return QStringLiteral("redirect_uri must have the registered path /callback (any port is accepted).");
    return {};
}

// An account name as typed on the consent page: 1 to 64 letters, digits, spaces and . _ - @ + '
QString accountProblem(const QString &account)
{
    if (account.isEmpty() || account.size() > 64)
        return QStringLiteral("Type an account name of 1 to 64 characters.");
    for (const QChar c : account) {
        if (!c.isLetterOrNumber() && !QStringLiteral(" ._-@+'").contains(c))
            return QStringLiteral("An account name may hold letters, digits, spaces and . _ - @ + ' only.");
    }
    return {};
}

QString emailFor(const QString &account)
{
    QString local;
    for (const QChar c : account.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'))
            local += c;
        else if (!local.endsWith(QLatin1Char('-')))
            local += QLatin1Char('-');
    }
    while (local.startsWith(QLatin1Char('-')) || local.startsWith(QLatin1Char('.')))
        local.remove(0, 1);
    while (local.endsWith(QLatin1Char('-')) || local.endsWith(QLatin1Char('.')))
        local.chop(1);
    return (local.isEmpty() ? QStringLiteral("user") : local) + QStringLiteral("@example.test");
}

// RFC 7636 §4.1 / §4.2: 43 to 128 unreserved characters; a base64url SHA-256 challenge has 43.
bool isPkceText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(text).hasMatch();
}

QString challengeFor(const QString &verifier)
{
    return Base64Url::encodeToString(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// OpenID Connect Core §3.1.3.6: base64url of the left half of SHA-256 of the access token.
QString atHash(const QString &accessToken)
{
    const QByteArray digest = QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha256);
    return Base64Url::encodeToString(digest.left(digest.size() / 2));
}

QByteArray encodeParam(const QString &value)
{
    // Everything but RFC 3986 unreserved characters is percent-encoded, '+' included, so a form decoder and a
    // URL decoder read the same value.
    return QUrl::toPercentEncoding(value);
}

} // namespace

const QStringList &SandboxProvider::supportedScopes()
{
    static const QStringList scopes
        = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access"),
            QStringLiteral("contacts.read"), QStringLiteral("contacts.write"), QStringLiteral("calendar.read")};
    return scopes;
}

SandboxProvider::SandboxProvider()
{
    openStore({});
}

SandboxProvider::~SandboxProvider() = default;

Error SandboxProvider::openStore(const QString &path)
{
    m_api.reset();
    m_keys.reset();
    m_store = std::make_unique<SandboxStore>();
    const Error error = m_store->open(path);
    if (!error.isNull() && !path.isEmpty()) {
        // Serve from memory rather than not at all; the caller reports the error.
        m_store = std::make_unique<SandboxStore>();
        m_store->open({});
    }
    m_keys = std::make_unique<SandboxKeys>(*m_store);
    m_api = std::make_unique<SandboxApi>(*m_store);
    // The store's issuer is not touched here: only serving on a port says which issuer the tokens are for
    // (setIssuer), and `keyway sandbox fault` opens the store without serving it.
    return error;
}

Error SandboxProvider::prepareKeys()
{
    return m_keys->ensureKey();
}

void SandboxProvider::setIssuer(const QString &issuer)
{
    m_issuer = issuer;
    m_store->setIssuer(issuer);
}

void SandboxProvider::setAccessTokenLifetime(std::chrono::seconds lifetime)
{
    m_store->setSetting(QStringLiteral("access_token_lifetime"),
        qBound(std::chrono::seconds(1), lifetime, std::chrono::seconds(30 * 24 * 3600)).count());
}

std::chrono::seconds SandboxProvider::accessTokenLifetime() const
{
    return std::chrono::seconds(m_store->setting(QStringLiteral("access_token_lifetime"), 3600));
}

void SandboxProvider::setRefreshLifetimes(std::chrono::milliseconds idle, std::chrono::milliseconds absolute)
{
    m_store->setSetting(QStringLiteral("refresh_idle_lifetime_ms"), qMax<qint64>(0, idle.count()));
    m_store->setSetting(QStringLiteral("refresh_absolute_lifetime_ms"), qMax<qint64>(0, absolute.count()));
}

void SandboxProvider::setDeviceInterval(std::chrono::seconds interval)
{
    m_store->setSetting(
        QStringLiteral("device_interval"), qBound(std::chrono::seconds(1), interval, std::chrono::seconds(60)).count());
}

std::chrono::seconds SandboxProvider::deviceInterval() const
{
    return std::chrono::seconds(m_store->setting(QStringLiteral("device_interval"), 5));
}

void SandboxProvider::reset()
{
    m_store->forgetGrants();
}

qint64 SandboxProvider::providerNow() const
{
    return nowSeconds() + qint64(faultValue(Fault::ClockSkew)) * 60;
}

bool SandboxProvider::isFaultable(const HttpRequest &request)
{
    return request.path == QLatin1String("/token") || request.path == QLatin1String("/userinfo")
        || request.path == QLatin1String("/api") || request.path.startsWith(QLatin1String("/api/"));
}

Error SandboxProvider::setFault(Fault fault, int value)
{
    const SandboxFaults::Info &info = SandboxFaults::info(fault);
    Error error;
    if (info.kind == SandboxFaults::Kind::Action) {
        if (value == 0)
            return {};
        switch (fault) {
        case Fault::ExpireAccessTokens: {
            // Not inside the logging statement: it is not evaluated when the category is off.
            const int expired = m_store->expireAllAccessTokens();
            qCInfo(lcSandbox) << "fault: expired" << expired << "access tokens";
            break;
        }
        case Fault::RevokeRefreshTokens: {
            const int revoked = m_store->revokeAllRefreshTokens();
            qCInfo(lcSandbox) << "fault: revoked" << revoked << "refresh tokens";
            break;
        }
        case Fault::RotateKeys:
            error = m_keys->rotate();
            break;
        default:
            break;
        }
    } else {
        const int stored = SandboxFaults::clamp(fault, value);
        m_store->setFaultValue(info.name, stored);
        qCInfo(lcSandbox).noquote() << "fault" << info.name << (stored == 0 ? QStringLiteral("off") : QString::number(stored));
    }
    if (m_faultsChanged)
        m_faultsChanged();
    return error;
}

int SandboxProvider::faultValue(Fault fault) const
{
    return m_store->faultValue(SandboxFaults::info(fault).name);
}

bool SandboxProvider::consumeFault(Fault fault)
{
    if (!m_store->consumeFault(SandboxFaults::info(fault).name))
        return false;
    qCInfo(lcSandbox).noquote() << "fault applied:" << SandboxFaults::info(fault).name;
    if (m_faultsChanged)
        m_faultsChanged();
    return true;
}

void SandboxProvider::clearFaults()
{
    m_store->clearFaults();
    if (m_faultsChanged)
        m_faultsChanged();
}

QJsonObject SandboxProvider::status() const
{
    QJsonArray faults;
    const QMap<QString, int> values = m_store->faultValues();
    for (const SandboxFaults::Info &info : SandboxFaults::catalog())
        faults.append(SandboxFaults::toJson(info.fault, values.value(info.name)));
    return QJsonObject {{QStringLiteral("issuer"), m_issuer},
        {QStringLiteral("access_token_lifetime"), qint64(accessTokenLifetime().count())},
        {QStringLiteral("device_interval"), qint64(deviceInterval().count())}, {QStringLiteral("store"), m_store->path()},
        {QStringLiteral("faults"), faults}};
}

QJsonObject SandboxProvider::discoveryDocument() const
{
    QJsonArray authMethods {QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
        QStringLiteral("private_key_jwt"), QStringLiteral("none")};
    if (!m_mtlsIssuer.isEmpty())
        authMethods.append(QStringLiteral("self_signed_tls_client_auth"));
    QJsonObject document {
        {QStringLiteral("issuer"), m_issuer},
        {QStringLiteral("authorization_endpoint"), url("/authorize")},
        {QStringLiteral("token_endpoint"), url("/token")},
        {QStringLiteral("userinfo_endpoint"), url("/userinfo")},
        {QStringLiteral("jwks_uri"), url("/jwks")},
        {QStringLiteral("revocation_endpoint"), url("/revoke")},
        {QStringLiteral("introspection_endpoint"), url("/introspect")},
        {QStringLiteral("device_authorization_endpoint"), url("/device")},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(supportedScopes())},
        {QStringLiteral("response_types_supported"), QJsonArray {QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray {QStringLiteral("query")}},
        {QStringLiteral("grant_types_supported"),
            QJsonArray {QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                QStringLiteral("client_credentials"), kDeviceGrant}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray {QStringLiteral("S256")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("introspection_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
            QJsonArray::fromStringList(Jws::supportedAlgorithms())},
        {QStringLiteral("subject_types_supported"), QJsonArray {QStringLiteral("public")}},
        // RFC 9449 §5.1: the token endpoint takes DPoP proofs signed with these.
        {QStringLiteral("dpop_signing_alg_values_supported"), QJsonArray::fromStringList(Jws::supportedAlgorithms())},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray {QStringLiteral("RS256")}},
        {QStringLiteral("claims_supported"),
            QJsonArray {QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("exp"),
                QStringLiteral("iat"), QStringLiteral("auth_time"), QStringLiteral("nonce"), QStringLiteral("at_hash"),
                QStringLiteral("name"), QStringLiteral("preferred_username"), QStringLiteral("email"),
                QStringLiteral("email_verified")}},
        {QStringLiteral("request_parameter_supported"), false},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("claims_parameter_supported"), false},
        // RFC 9207 §3: every authorization response, errors included, carries iss.
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("service_documentation"), url("/")},
        // Lets a second Keyway (SandboxServer::start) recognise a sandbox already serving this port.
        {QStringLiteral("keyway_sandbox"), true},
    };
    if (!m_mtlsIssuer.isEmpty()) {
        // RFC 8705 §3.3 and §5: certificate-bound tokens, and where a client using mutual TLS sends its requests.
        const auto alias = [this](const char *path) { return m_mtlsIssuer + QLatin1String(path); };
        document.insert(QStringLiteral("tls_client_certificate_bound_access_tokens"), true);
        document.insert(QStringLiteral("mtls_endpoint_aliases"),
            QJsonObject {{QStringLiteral("token_endpoint"), alias("/token")},
                {QStringLiteral("revocation_endpoint"), alias("/revoke")},
                {QStringLiteral("introspection_endpoint"), alias("/introspect")},
                {QStringLiteral("userinfo_endpoint"), alias("/userinfo")},
                {QStringLiteral("device_authorization_endpoint"), alias("/device")}});
    }
    return document;
}

QString SandboxProvider::certificateThumbprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256)));
}

Result<SelfSignedCertificate> SandboxProvider::registerClientCertificate(const QString &clientId)
{
    Result<SelfSignedCertificate> made = SelfSignedCertificate::generate(clientId, {}, 825, /*serverAuth=*/false);
    if (!made)
        return made;
    const QSslCertificate certificate(made.value().certificatePem, QSsl::Pem);
    const QString thumbprint = certificateThumbprint(certificate);
    m_store->addClientKey(clientId,
        QJsonObject {{QStringLiteral("kid"), thumbprint}, {QStringLiteral("x5t#S256"), thumbprint},
            {QStringLiteral("x5c"), QJsonArray {QString::fromLatin1(certificate.toDer().toBase64())}}});
    return made;
}

// ---------------------------------------------------------------------------------------------------------------
// Routing

HttpResponse SandboxProvider::answer(const HttpRequest &request)
{
    HttpResponse response;
    m_store->transaction([&] {
        if (isFaultable(request) && consumeFault(Fault::ServiceUnavailable)) {
            response = HttpResponse::error(503, QStringLiteral("sandbox fault service-unavailable"));
            response.setHeader("Retry-After", "2"); // RFC 9110 §10.2.3
        } else if (isFaultable(request) && consumeFault(Fault::ServerError)) {
            response = HttpResponse::error(500, QStringLiteral("sandbox fault server-error"));
        } else {
            response = route(request);
        }
        m_store->logRequest(QString::fromLatin1(request.method), request.path, response.status());
    });
    return response;
}

HttpResponse SandboxProvider::handle(const HttpRequest &request)
{
    HttpResponse response;
    m_store->transaction([&] { response = route(request); });
    return response;
}

HttpResponse SandboxProvider::route(const HttpRequest &request)
{
    HttpResponse response = routeToEndpoint(request);
    // RFC 9110 §6.6.1: the Date of a sandbox whose clock is off says so (Keyway measures the offset from it).
    if (isFaultActive(Fault::ClockSkew))
        response.setHeader("Date",
            QLocale::c()
                .toString(QDateTime::fromSecsSinceEpoch(providerNow(), QTimeZone::utc()),
                    QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                .toLatin1());
    return response;
}

HttpResponse SandboxProvider::routeToEndpoint(const HttpRequest &request)
{
    const QString &path = request.path;
    const auto getOnly = [&](auto produce) -> HttpResponse { return isGet(request) ? produce() : methodNotAllowed("GET, HEAD"); };
    const auto postOnly
        = [&](auto produce) -> HttpResponse { return request.method == "POST" ? produce() : methodNotAllowed("POST"); };

    if (path == QLatin1String("/"))
        return getOnly([&] { return HttpResponse::html(200, SandboxPages::home(m_issuer)); });
    if (path == QLatin1String("/.well-known/openid-configuration")
        || path == QLatin1String("/.well-known/oauth-authorization-server"))
        return getOnly([&] { return jsonResponse(200, discoveryDocument()); });
    if (path == QLatin1String("/jwks"))
        return getOnly([&] { return jwks(request); });
    if (path == QLatin1String("/authorize")) {
        // OpenID Connect Core §3.1.2.1: the authorization endpoint takes GET and POST.
        if (isGet(request) || request.method == "POST")
            return authorize(request);
        return methodNotAllowed("GET, HEAD, POST");
    }
    if (path == QLatin1String("/authorize/decision"))
        return postOnly([&] { return authorizeDecision(request); });
    if (path == QLatin1String("/authorize/abort"))
        return getOnly([&] { return authorizeAbort(request); });
    if (path == QLatin1String("/token"))
        return postOnly([&] { return token(request); });
    if (path == QLatin1String("/revoke"))
        return postOnly([&] { return revoke(request); });
    if (path == QLatin1String("/introspect"))
        return postOnly([&] { return introspect(request); });
    if (path == QLatin1String("/userinfo")) {
        // OpenID Connect Core §5.3.1: GET and POST.
        if (isGet(request) || request.method == "POST")
            return userinfo(request);
        return methodNotAllowed("GET, HEAD, POST");
    }
    if (path == QLatin1String("/device"))
        return postOnly([&] { return deviceAuthorization(request); });
    if (path == QLatin1String("/device/verify")) {
        if (isGet(request) || request.method == "POST")
            return deviceVerify(request);
        return methodNotAllowed("GET, HEAD, POST");
    }
    if (path == QLatin1String("/device/confirm"))
        return postOnly([&] { return deviceConfirm(request); });
    if (path == QLatin1String("/device/approve"))
        return postOnly([&] { return deviceApprove(request); });
    if (path == QLatin1String("/api") || path.startsWith(QLatin1String("/api/")))
        return api(request);
    if (path == QLatin1String("/_sandbox/faults"))
        return control(request);
    if (path == QLatin1String("/_sandbox/owner"))
        return getOnly([&] { return owner(request); });
    return HttpResponse::error(404);
}

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers

std::optional<SandboxForm> SandboxProvider::postedForm(const HttpRequest &request, HttpResponse *failure, bool oauthErrors) const
{
    const auto fail = [&](const QString &description) -> std::optional<SandboxForm> {
        *failure = oauthErrors ? oauthError(400, QStringLiteral("invalid_request"), description)
                               : errorPage(400, QStringLiteral("Bad request"), description);
        return std::nullopt;
    };
    // RFC 6749 §3.2 / §4.1.3: parameters come as application/x-www-form-urlencoded.
    if (mediaType(request) != "application/x-www-form-urlencoded")
        return fail(QStringLiteral("The body must be application/x-www-form-urlencoded."));
    const Result<SandboxForm> form = SandboxForm::parse(request.body);
    if (!form.ok())
        return fail(form.error().detail);
    // RFC 6749 §3.1 / §3.2: a parameter must not appear more than once (the consent form's scope boxes may).
    const QString repeated = form.value().repeated(oauthErrors ? QStringList() : QStringList {QStringLiteral("scope")});
    if (!repeated.isEmpty())
        return fail(QStringLiteral("The parameter %1 appears more than once.").arg(repeated.left(40)));
    return form.value();
}

std::optional<SandboxProvider::Client> SandboxProvider::authenticateClient(
    const HttpRequest &request, const SandboxForm &form, HttpResponse *failure) const
{
    const auto invalidClient = [&](const QString &description) -> std::optional<Client> {
        *failure = oauthError(401, QStringLiteral("invalid_client"), description);
        return std::nullopt;
    };
    const auto invalidRequest = [&](const QString &description) -> std::optional<Client> {
        *failure = oauthError(400, QStringLiteral("invalid_request"), description);
        return std::nullopt;
    };

    QString id = form.value(QStringLiteral("client_id"));
    QString secret = form.value(QStringLiteral("client_secret"));
    const QList<QByteArray> authorizations = request.headerValues("Authorization");
    if (authorizations.size() > 1)
        return invalidRequest(QStringLiteral("More than one Authorization header."));
    if (!authorizations.isEmpty()) {
        const QByteArray value = authorizations.first();
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = value.left(space).toLower();
        if (scheme != "basic")
            return invalidRequest(QStringLiteral("The token endpoint takes client credentials with HTTP Basic or in "
                                                 "the body, not \"%1\".")
                                      .arg(QString::fromLatin1(value.left(space).left(20))));
        // RFC 6749 §2.3.1: base64 of form-urlencoded id ":" form-urlencoded secret.
        const auto decoded
            = QByteArray::fromBase64Encoding(value.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (!decoded || colon < 0)
            return invalidClient(QStringLiteral("The Basic credentials are not base64 of client_id:client_secret."));
        QString basicId;
        QString basicSecret;
        if (!SandboxForm::decodeComponent(decoded.decoded.left(colon), &basicId)
            || !SandboxForm::decodeComponent(decoded.decoded.mid(colon + 1), &basicSecret))
            return invalidClient(QStringLiteral("The Basic credentials are not correctly form-urlencoded."));
        // RFC 6749 §2.3: one authentication method per request.
        if (form.has(QStringLiteral("client_secret")))
            return invalidRequest(QStringLiteral("The client authenticated both with HTTP Basic and with "
                                                 "client_secret in the body; use one method."));
        if (!id.isNull() && id != basicId)
            return invalidRequest(QStringLiteral("client_id in the body differs from the one in HTTP Basic."));
        id = basicId;
        secret = basicSecret;
    }
    if (form.has(QStringLiteral("client_assertion")) || form.has(QStringLiteral("client_assertion_type"))) {
        // RFC 6749 §2.3: one authentication method per request.
        if (!authorizations.isEmpty() || form.has(QStringLiteral("client_secret")))
            return invalidRequest(QStringLiteral("The client sent a client assertion and a client secret; use one method."));
        return assertionClient(form, failure);
    }
    if (id.isEmpty())
        return invalidClient(QStringLiteral("No client_id was sent."));

    const SandboxPersonality *personality = SandboxPersonality::find(id);
    if (!personality)
        return invalidClient(
            QStringLiteral("Unknown client \"%1\". The sandbox knows %2.").arg(id.left(64), SandboxPersonality::clientIds()));
    if (personality->accepts(SandboxPersonality::ClientAuth::SelfSignedTlsClientAuth)) {
        // RFC 8705 §2: the certificate is the client's only credential; a secret besides it is another method.
        if (!authorizations.isEmpty() || !secret.isEmpty())
            return invalidClient(QStringLiteral("%1 authenticates with its TLS client certificate "
                                                "(self_signed_tls_client_auth), not with a client secret.")
                                     .arg(id));
        return certificateClient(request, id, failure);
    }
    if (personality->isPublic()) {
        if (!secret.isEmpty())
            return invalidClient(
                QStringLiteral("%1 is a public client and has no secret: leave the client secret empty.").arg(id));
        return Client {id, false, personality, {}};
    }
    if (secret.isEmpty())
        return invalidClient(QStringLiteral("%1 must authenticate with its client secret.").arg(id));
    // RFC 6749 §2.3: the client uses the method it registered (token_endpoint_auth_method, RFC 7591 §2).
    using A = SandboxPersonality::ClientAuth;
    const A used = authorizations.isEmpty() ? A::SecretPost : A::SecretBasic;
    if (!personality->accepts(used))
        return invalidClient(QStringLiteral("%1 is registered for %2 only, and this request used %3.")
                                 .arg(id, SandboxPersonality::clientAuthName(personality->clientAuth.first()),
                                     SandboxPersonality::clientAuthName(used)));
    if (!sameSecret(secret, confidentialClientSecret()))
        return invalidClient(QStringLiteral("Wrong client secret for %1.").arg(id));
    return Client {id, true, personality, {}};
}

std::optional<SandboxProvider::Client> SandboxProvider::certificateClient(
    const HttpRequest &request, const QString &id, HttpResponse *failure) const
{
    const SandboxPersonality *personality = SandboxPersonality::find(id);
    const auto invalidClient = [&](const QString &description) -> std::optional<Client> {
        *failure = oauthError(401, QStringLiteral("invalid_client"), description);
        return std::nullopt;
    };
    if (!request.overTls) {
        return invalidClient(QStringLiteral("%1 must send its token requests to the mutual-TLS endpoint %2 "
                                            "(mtls_endpoint_aliases) with its client certificate.")
                                 .arg(id, m_mtlsIssuer + QStringLiteral("/token")));
    }
    const QString thumbprint = certificateThumbprint(request.peerCertificate);
    if (thumbprint.isEmpty())
        return invalidClient(
            QStringLiteral("%1 must present its client certificate in the TLS handshake (RFC 8705 §2.2).").arg(id));
    // RFC 8705 §2.2: a self-signed certificate is trusted because it is the one registered for the client, never
    // because of who signed it.
    for (const QJsonObject &registered : m_store->clientKeys(id)) {
        if (registered.value(QStringLiteral("x5t#S256")).toString() == thumbprint)
            return Client {id, true, personality, thumbprint};
    }
    return invalidClient(QStringLiteral("The TLS client certificate (x5t#S256 %1) is not registered for %2: make and "
                                        "register one with keyway sandbox client-cert --out FOLDER.")
                             .arg(thumbprint, id));
}

std::optional<SandboxProvider::Client> SandboxProvider::assertionClient(const SandboxForm &form, HttpResponse *failure) const
{
    const auto invalidClient = [&](const QString &description) -> std::optional<Client> {
        *failure = oauthError(401, QStringLiteral("invalid_client"), description);
        return std::nullopt;
    };
    // RFC 7523 §2.2.
    if (form.value(QStringLiteral("client_assertion_type")) != ClientAssertion::assertionType())
        return invalidClient(
            QStringLiteral("client_assertion_type must be %1 (RFC 7523 §2.2).").arg(ClientAssertion::assertionType()));
    const Result<Jws> jws = Jws::parse(form.value(QStringLiteral("client_assertion")));
    if (!jws.ok())
        return invalidClient(QStringLiteral("The client assertion is not a signed JWT: %1").arg(jws.error().message));
    const QJsonObject claims = QJsonDocument::fromJson(jws.value().payload()).object();
    // RFC 7523 §3 items 1 and 2: iss and sub are the client's id.
    const QString id = claims.value(QStringLiteral("iss")).toString();
    if (id.isEmpty() || claims.value(QStringLiteral("sub")).toString() != id)
        return invalidClient(QStringLiteral("The client assertion's iss and sub must both be the client_id (RFC 7523 §3)."));
    if (form.has(QStringLiteral("client_id")) && form.value(QStringLiteral("client_id")) != id)
        return invalidClient(QStringLiteral("client_id differs from the client assertion's iss."));
    const SandboxPersonality *personality = SandboxPersonality::find(id);
    if (!personality)
        return invalidClient(
            QStringLiteral("Unknown client \"%1\". The sandbox knows %2.").arg(id.left(64), SandboxPersonality::clientIds()));
    if (!personality->accepts(SandboxPersonality::ClientAuth::PrivateKeyJwt))
        return invalidClient(QStringLiteral("%1 does not authenticate with private_key_jwt.").arg(id));

    // The signature, with a public key registered for this client (`keyway sandbox client-key`).
    const QList<QJsonObject> registered = m_store->clientKeys(id);
    if (registered.isEmpty())
        return invalidClient(QStringLiteral("No public key is registered for %1: register one with keyway sandbox client-key "
                                            "%1 FILE.")
                                 .arg(id));
    bool verified = false;
    QString why;
    for (const QJsonObject &json : registered) {
        const Result<Jwk> key = Jwk::fromJson(json);
        if (!key.ok() || (!jws.value().keyId().isEmpty() && key.value().keyId() != jws.value().keyId()))
            continue;
        const Error error = jws.value().verify(key.value());
        verified = error.isNull();
        if (verified)
            break;
        why = error.message;
    }
    if (!verified)
        return invalidClient(why.isEmpty() ? QStringLiteral("No key registered for %1 has the client assertion's kid.").arg(id)
                                           : QStringLiteral("The client assertion's signature does not verify: %1").arg(why));

    // RFC 7523 §3 item 3: aud identifies this server, by its issuer or its token endpoint.
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    QStringList audiences;
    if (aud.isArray()) {
        for (const QJsonValue &v : aud.toArray())
            audiences << v.toString();
    } else {
        audiences << aud.toString();
    }
    if (!audiences.contains(m_issuer) && !audiences.contains(url("/token")))
        return invalidClient(
            QStringLiteral("The client assertion's aud must be the issuer %1 or the token endpoint %2 (RFC 7523 §3).")
                .arg(m_issuer, url("/token")));
    // RFC 7523 §3 items 4 and 5, with a minute of leeway for clocks; an assertion may live an hour at most.
    constexpr qint64 kLeeway = 60;
    const qint64 now = nowSeconds();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return invalidClient(QStringLiteral("The client assertion has no exp (RFC 7523 §3)."));
    if (qint64(exp.toDouble()) + kLeeway <= now)
        return invalidClient(QStringLiteral("The client assertion expired (its exp has passed)."));
    if (qint64(exp.toDouble()) > now + 3600 + kLeeway)
        return invalidClient(QStringLiteral("The client assertion lives longer than the hour the sandbox accepts."));
    if (const QJsonValue nbf = claims.value(QStringLiteral("nbf")); nbf.isDouble() && qint64(nbf.toDouble()) > now + kLeeway)
        return invalidClient(QStringLiteral("The client assertion is not valid yet (nbf)."));
    // RFC 7523 §3 item 7: the sandbox, as oidc-provider, takes each jti once until the assertion expires.
    const QString jti = claims.value(QStringLiteral("jti")).toString();
    if (jti.isEmpty())
        return invalidClient(QStringLiteral("The client assertion has no jti; the sandbox needs one to refuse replays."));
    if (!m_store->useAssertionId(id, jti, (qint64(exp.toDouble()) + kLeeway) * 1000))
        return invalidClient(QStringLiteral("The client assertion's jti was already used: an assertion is taken once "
                                            "(RFC 7523 §3)."));
    return Client {id, true, personality, {}};
}

std::optional<SandboxStore::AccessToken> SandboxProvider::accessTokenOf(const HttpRequest &request, HttpResponse *failure)
{
    const QList<QByteArray> authorizations = request.headerValues("Authorization");
    if (request.query.hasQueryItem(QStringLiteral("access_token"))) {
        *failure = SandboxApi::bearerError(400, QStringLiteral("invalid_request"),
            QStringLiteral("Send the access token in the Authorization header, not "
                           "in the URL (RFC 6750 §2.1)."));
        return std::nullopt;
    }
    if (authorizations.isEmpty()) {
        // RFC 6750 §3.1: no credentials at all get the bare challenge, without an error code.
        *failure = SandboxApi::bearerError(401, {},
            QStringLiteral("This request needs an access token: send "
                           "Authorization: Bearer TOKEN."));
        return std::nullopt;
    }
    if (authorizations.size() > 1) {
        *failure = SandboxApi::bearerError(
            400, QStringLiteral("invalid_request"), QStringLiteral("More than one Authorization header."));
        return std::nullopt;
    }
    const QByteArray value = authorizations.first();
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = (space < 0 ? value : value.left(space)).toLower();
    const bool dpop = scheme == "dpop";
    if (scheme != "bearer" && !dpop) {
        *failure = SandboxApi::bearerError(
            401, {}, QStringLiteral("This API takes Bearer tokens (RFC 6750) and DPoP-bound tokens (RFC 9449)."));
        return std::nullopt;
    }
    // RFC 6750 §2.1 and RFC 9449 §7.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    static const QRegularExpression b64token(QStringLiteral("^[A-Za-z0-9._~+/-]+=*$"));
    const QString token = space < 0 ? QString() : QString::fromLatin1(value.mid(space + 1).trimmed());
    if (!b64token.match(token).hasMatch()) {
        *failure = SandboxApi::bearerError(400, QStringLiteral("invalid_request"),
            QStringLiteral("The Authorization header is not \"Bearer\" or \"DPoP\" followed by one token."));
        return std::nullopt;
    }
    const std::optional<SandboxStore::AccessToken> access = m_store->accessToken(token);
    const qint64 now = SandboxStore::nowMs();
    QString why;
    if (!access)
        why = QStringLiteral("The access token is unknown (or the sandbox was reset since).");
    else if (access->revoked)
        why = QStringLiteral("The access token was revoked.");
    else if (access->isExpired(now))
        why = QStringLiteral("The access token expired.");
    if (!why.isEmpty()) {
        *failure = dpop ? dpopChallenge(401, QStringLiteral("invalid_token"), why)
                        : SandboxApi::bearerError(401, QStringLiteral("invalid_token"), why);
        return std::nullopt;
    }
    // RFC 8705 §3: a certificate-bound token is accepted only over a TLS connection with that very certificate.
    if (!access->certificateThumbprint.isEmpty()
        && certificateThumbprint(request.peerCertificate) != access->certificateThumbprint) {
        const QString description = request.overTls
            ? QStringLiteral("The access token is bound to a TLS client certificate (cnf x5t#S256) that this connection "
                             "did not present (RFC 8705 §3).")
            : QStringLiteral("The access token is bound to a TLS client certificate (cnf x5t#S256): send it to %1 with "
                             "that certificate (RFC 8705 §3).")
                  .arg(m_mtlsIssuer.isEmpty() ? QStringLiteral("the mutual-TLS listener") : m_mtlsIssuer);
        *failure = dpop ? dpopChallenge(401, QStringLiteral("invalid_token"), description)
                        : SandboxApi::bearerError(401, QStringLiteral("invalid_token"), description);
        return std::nullopt;
    }
    if (access->dpopJkt.isEmpty()) {
        if (dpop) {
            *failure = dpopChallenge(401, QStringLiteral("invalid_token"),
                QStringLiteral("The access token is not bound to a DPoP key: send it as a Bearer token."));
            return std::nullopt;
        }
        return access;
    }
    // RFC 9449 §7.2: a bound token presented as a Bearer token is refused, whoever sends it.
    if (!dpop) {
        *failure = dpopChallenge(401, QStringLiteral("invalid_token"),
            QStringLiteral("The access token is bound to a DPoP key: send it with the DPoP scheme and a proof signed with "
                           "that key (RFC 9449 §7.1)."));
        return std::nullopt;
    }
    // RFC 9449 §9: the resource's nonce, for a personality that demands one.
    const SandboxPersonality *personality = SandboxPersonality::find(access->clientId);
    const bool demandsNonce = personality && personality->demandsDpopNonce;
    const Result<DpopProof::Verified> proof = verifyProof(request, token.toLatin1(), demandsNonce);
    if (!proof.ok()) {
        const bool nonce = proof.error().code == QLatin1String("use_dpop_nonce");
        *failure = dpopChallenge(
            401, proof.error().code, proof.error().detail, nonce ? dpopNonce(nowSeconds() / kDpopNonceWindow) : QString());
        return std::nullopt;
    }
    // RFC 9449 §7.1 and §6.1: the proof's key is the one the token is bound to.
    if (proof.value().jkt != access->dpopJkt) {
        *failure = dpopChallenge(401, QStringLiteral("invalid_token"),
            QStringLiteral("The DPoP proof is signed by another key than the one the access token is bound to (cnf.jkt)."));
        return std::nullopt;
    }
    return access;
}

std::optional<QString> SandboxProvider::tokenRequestProof(const HttpRequest &request, const Client &client, HttpResponse *failure)
{
    const bool mustSend = client.personality && client.personality->requiresDpop;
    if (!request.hasHeader("DPoP")) {
        if (!mustSend)
            return QString();
        // RFC 9449 §5.2: a client registered with dpop_bound_access_tokens sends a proof with every token request.
        *failure = oauthError(400, QStringLiteral("invalid_dpop_proof"),
            QStringLiteral("%1 must send a DPoP proof with every token request (RFC 9449 §5.2).").arg(client.id));
        return std::nullopt;
    }
    const Result<DpopProof::Verified> proof
        = verifyProof(request, {}, client.personality && client.personality->demandsDpopNonce);
    if (!proof.ok()) {
        *failure = oauthError(400, proof.error().code, proof.error().detail);
        // RFC 9449 §8: use_dpop_nonce, with the nonce to use in the DPoP-Nonce header.
        if (proof.error().code == QLatin1String("use_dpop_nonce"))
            failure->setHeader("DPoP-Nonce", dpopNonce(nowSeconds() / kDpopNonceWindow).toLatin1());
        return std::nullopt;
    }
    return proof.value().jkt;
}

Result<DpopProof::Verified> SandboxProvider::verifyProof(
    const HttpRequest &request, const QByteArray &accessToken, bool demandsNonce)
{
    const auto refused = [](const QString &detail) -> Result<DpopProof::Verified> {
        return Error::make(QStringLiteral("invalid_dpop_proof"), QString(), detail);
    };
    // RFC 9449 §4.3 check 1: exactly one DPoP header.
    const QList<QByteArray> proofs = request.headerValues("DPoP");
    if (proofs.isEmpty())
        return refused(QStringLiteral("The request has no DPoP header with a proof (RFC 9449 §4.1)."));
    if (proofs.size() > 1)
        return refused(QStringLiteral("The request has more than one DPoP header (RFC 9449 §4.3)."));
    DpopProof::Expected expected;
    expected.method = request.method;
    expected.url = QUrl(m_issuer + request.path);
    expected.accessToken = accessToken;
    expected.now = providerNow();
    const Result<DpopProof::Verified> proof = DpopProof::verify(proofs.first(), expected);
    if (!proof.ok())
        return refused(proof.error().detail);
    // RFC 9449 §4.3 check 10 (§8, §9): the nonce, checked before the jti is taken so the retry with it is fresh.
    if (demandsNonce && !isCurrentDpopNonce(proof.value().nonce))
        return Error::make(QStringLiteral("use_dpop_nonce"), QString(),
            proof.value().nonce.isEmpty()
                ? QStringLiteral("The DPoP proof must carry the nonce this server gives in DPoP-Nonce (RFC 9449 §8, §9).")
                : QStringLiteral("The DPoP proof's nonce is not this server's current one: use the one in DPoP-Nonce."));
    // RFC 9449 §11.1: a proof is taken once while its iat is inside the window, per key.
    const qint64 keptUntilMs = (proof.value().issuedAt + expected.maxAgeSeconds + expected.leewaySeconds) * 1000;
    if (!m_store->useAssertionId(QStringLiteral("dpop:") + proof.value().jkt, proof.value().jti, keptUntilMs))
        return refused(QStringLiteral("The DPoP proof's jti was already used: a proof is taken once (RFC 9449 §11.1)."));
    return proof;
}

QString SandboxProvider::dpopNonce(qint64 window)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        "dpop-nonce " + QByteArray::number(window), m_store->ownerSecret(), QCryptographicHash::Sha256);
    return Base64Url::encodeToString(mac.left(18));
}

bool SandboxProvider::isCurrentDpopNonce(const QString &nonce)
{
    if (nonce.isEmpty())
        return false;
    const qint64 window = nowSeconds() / kDpopNonceWindow;
    return sameSecret(nonce, dpopNonce(window)) || sameSecret(nonce, dpopNonce(window - 1));
}

QJsonObject SandboxProvider::userClaims(const QString &account, const QStringList &scopes) const
{
    QJsonObject claims {{QStringLiteral("sub"), account}};
    if (scopes.contains(QStringLiteral("profile"))) {
        claims.insert(QStringLiteral("name"), account);
        claims.insert(QStringLiteral("preferred_username"), account);
    }
    if (scopes.contains(QStringLiteral("email"))) {
        claims.insert(QStringLiteral("email"), emailFor(account));
        claims.insert(QStringLiteral("email_verified"), true);
    }
    return claims;
}

std::optional<HttpResponse> SandboxProvider::tokenResponseFault()
{
    if (consumeFault(Fault::MalformedTokenResponse)) {
        HttpResponse r(200);
        r.setBody("{\"access_token\":\"" + Random::token(16).toLatin1() + "\",\"token_type\":\"Bearer\",\"expires_i",
            "application/json");
        return r;
    }
    if (consumeFault(Fault::HtmlTokenResponse)) {
        HttpResponse r(200);
        r.setBody("<!DOCTYPE html>\n<html><head><title>Sign in to the network</title></head>\n<body><h1>Sign in to "
                  "continue</h1><p>This network requires you to sign in before you can use the internet.</p>"
                  "</body></html>\n",
            "text/html; charset=utf-8");
        return r;
    }
    return std::nullopt;
}

HttpResponse SandboxProvider::issueTokens(
    const QString &grantId, const QStringList &scopes, bool firstIdToken, const QString &dpopJkt, const QString &boundCertificate)
{
    const std::optional<SandboxStore::Grant> grant = m_store->grant(grantId);
    if (!grant)
        return oauthError(500, QStringLiteral("server_error"), QStringLiteral("The grant vanished."));
    const QString clientId = grant->clientId;
    const QString account = grant->account;
    const QString nonce = firstIdToken ? grant->nonce : QString();
    const qint64 authTime = grant->authTime;

    // OpenID Connect Core §11: a refresh token only when offline_access was granted (a narrower refresh keeps
    // it), and never for a client acting on its own behalf (RFC 6749 §4.4.3).
    const SandboxPersonality *personality = SandboxPersonality::find(clientId);
    const bool expiring = !personality || personality->accessTokensExpire;
    const bool withRefresh = expiring && !account.isEmpty() && grant->scopes.contains(QStringLiteral("offline_access"));
    // A token that does not expire lives until revoked; the store wants a lifetime, so a hundred years.
    const SandboxStore::Issued issued = m_store->issue(grantId, scopes, withRefresh,
        expiring ? accessTokenLifetime() : std::chrono::seconds(100LL * 365 * 24 * 3600), dpopJkt, boundCertificate);

    // RFC 9449 §5: a token bound to the proof's key is of token_type DPoP.
    const QString tokenType = !dpopJkt.isEmpty() ? QStringLiteral("DPoP")
        : !personality                           ? QStringLiteral("Bearer")
        : firstIdToken                           ? personality->tokenType
                                                 : personality->refreshTokenType;
    QJsonObject body {{QStringLiteral("access_token"), issued.accessToken}, {QStringLiteral("token_type"), tokenType},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}};
    if (expiring && !consumeFault(Fault::OmitExpiresIn))
        body.insert(QStringLiteral("expires_in"), issued.expiresInSeconds);
    if (!issued.refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), issued.refreshToken);

    if (!account.isEmpty() && scopes.contains(QStringLiteral("openid"))) {
        const qint64 now = providerNow();
        const qint64 skew = qint64(faultValue(Fault::ClockSkew)) * 60;
        QJsonObject claims = userClaims(account, scopes);
        claims.insert(QStringLiteral("iss"), m_issuer);
        claims.insert(QStringLiteral("aud"), clientId);
        claims.insert(QStringLiteral("azp"), clientId);
        claims.insert(QStringLiteral("iat"), now);
        claims.insert(QStringLiteral("exp"), now + qMax<qint64>(accessTokenLifetime().count(), 300));
        claims.insert(QStringLiteral("auth_time"), authTime + skew);
        claims.insert(QStringLiteral("at_hash"), atHash(issued.accessToken));
        // OpenID Connect Core §12.2: an id_token from a refresh carries no nonce.
        if (!nonce.isEmpty())
            claims.insert(QStringLiteral("nonce"), consumeFault(Fault::WrongNonce) ? Random::token(16) : nonce);
        if (const Error e = prepareKeys(); !e.isNull())
            return oauthError(500, QStringLiteral("server_error"), e.toString());
        const Result<QString> idToken
            = consumeFault(Fault::UnknownSigningKey) ? m_keys->signWithUnknownKey(claims) : m_keys->sign(claims);
        if (!idToken.ok())
            return oauthError(500, QStringLiteral("server_error"), idToken.error().toString());
        body.insert(QStringLiteral("id_token"), idToken.value());
    }
    qCDebug(lcSandbox).noquote() << "issued" << Redactor::fingerprint(issued.accessToken) << "to" << clientId << "for"
                                 << (account.isEmpty() ? QStringLiteral("itself") : account);
    switch (personality ? personality->tokenResponse : SandboxPersonality::TokenResponse::Json) {
    case SandboxPersonality::TokenResponse::Json:
        break;
    case SandboxPersonality::TokenResponse::NestedJson:
        return jsonResponse(200, QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("data"), body}});
    case SandboxPersonality::TokenResponse::Form: {
        QByteArray form;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (!form.isEmpty())
                form += '&';
            const QString value = it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger());
            form += encodeParam(it.key()) + '=' + encodeParam(value);
        }
        HttpResponse r(200);
        r.setBody(form, "application/x-www-form-urlencoded");
        r.setHeader("Pragma", "no-cache");
        return r;
    }
    }
    return jsonResponse(200, body);
}

HttpResponse SandboxProvider::redirectToClient(
    const QString &redirectUri, Params params, bool hasState, const QString &state, int status)
{
    if (consumeFault(Fault::WrongState))
        params.append({QStringLiteral("state"), hasState ? state + QStringLiteral("-tampered") : QStringLiteral("tampered")});
    else if (hasState)
        params.append({QStringLiteral("state"), state});
    // RFC 9207 §2: iss tells the client which server answered (mix-up defence).
    params.append(
        {QStringLiteral("iss"), consumeFault(Fault::WrongIssuer) ? QStringLiteral("https://mix-up.example") : m_issuer});
    QByteArray query;
    for (const auto &p : params) {
        if (!query.isEmpty())
            query += '&';
        query += encodeParam(p.first) + '=' + encodeParam(p.second);
    }
    const QUrl location = QUrl::fromEncoded(redirectUri.toUtf8() + '?' + query, QUrl::StrictMode);
    return HttpResponse::redirect(location, status);
}

HttpResponse SandboxProvider::consentPage(
    const SandboxStore::Pending &pending, const QString &action, const QString &login, const QString &error, int status)
{
    SandboxPages::Consent page;
    page.action = action;
    page.requestId = pending.id;
    page.csrf = pending.csrf;
    page.clientId = pending.clientId;
    page.scopes = pending.scopes;
    page.login = login;
    page.error = error;
    if (pending.deviceKey.isEmpty()) {
        page.abortUrl = QStringLiteral("/authorize/abort?request=%1&csrf=%2")
                            .arg(QString::fromLatin1(encodeParam(pending.id)), QString::fromLatin1(encodeParam(pending.csrf)));
    } else if (const std::optional<SandboxStore::Device> device = m_store->device(pending.deviceKey)) {
        page.userCode = SandboxStore::formatUserCode(device->userCode);
    }
    return HttpResponse::html(status, SandboxPages::consent(page));
}

std::optional<QStringList> SandboxProvider::grantedScopes(const SandboxForm &form, const QStringList &requested)
{
    QStringList granted;
    for (const QString &s : form.values(QStringLiteral("scope"))) {
        if (!requested.contains(s))
            return std::nullopt; // the form offered only requested scopes; anything else was made up
        if (!granted.contains(s))
            granted << s;
    }
    if (requested.contains(QStringLiteral("openid")) && !granted.contains(QStringLiteral("openid")))
        granted.prepend(QStringLiteral("openid"));
    // In the order they were requested, so the scope string reads the same as the request's.
    QStringList ordered;
    for (const QString &s : requested) {
        if (granted.contains(s))
            ordered << s;
    }
    return ordered;
}

QStringList SandboxProvider::narrowedByFault(const QStringList &granted)
{
    if (!consumeFault(Fault::FewerScopes))
        return granted;
    // RFC 6749 §3.3: the provider may grant less than asked, and says so in the token response's scope.
    static const QStringList identity {
        QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access")};
    QStringList kept;
    for (const QString &s : granted) {
        if (identity.contains(s))
            kept << s;
    }
    return kept;
}

// ---------------------------------------------------------------------------------------------------------------
// Authorization endpoint (RFC 6749 §4.1.1, RFC 7636 §4.3, OpenID Connect Core §3.1.2)

HttpResponse SandboxProvider::authorize(const HttpRequest &request)
{
    SandboxForm form;
    if (request.method == "POST") {
        HttpResponse failure;
        const std::optional<SandboxForm> posted = postedForm(request, &failure, false);
        if (!posted)
            return failure;
        form = *posted;
    } else {
        const Result<SandboxForm> parsed = SandboxForm::parse(request.rawQuery);
        if (!parsed.ok())
            return errorPage(400, QStringLiteral("Bad authorization request"), parsed.error().detail);
        form = parsed.value();
    }

    // RFC 6749 §4.1.2.1: without a known client and a valid redirect URI the error is shown here, never
    // redirected, so the endpoint cannot be used as an open redirector.
    const QString repeated = form.repeated();
    if (repeated == QLatin1String("client_id") || repeated == QLatin1String("redirect_uri"))
        return errorPage(400, QStringLiteral("Bad authorization request"),
            QStringLiteral("The parameter %1 appears more than once.").arg(repeated));
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return errorPage(400, QStringLiteral("Unknown application"), QStringLiteral("The request names no client_id."));
    const SandboxPersonality *personality = SandboxPersonality::find(clientId);
    if (!personality)
        return errorPage(400, QStringLiteral("Unknown application"),
            QStringLiteral("The sandbox knows the clients %1, not this one.").arg(SandboxPersonality::clientIds()),
            clientId.left(64));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (const QString problem = redirectUriProblem(redirectUri, *personality); !problem.isEmpty())
        return errorPage(400, QStringLiteral("Invalid redirect URI"), problem, redirectUri.left(200));

    const QString state = form.value(QStringLiteral("state"));
    const bool hasState = form.has(QStringLiteral("state"));
    const auto fail = [&](const char *error, const QString &description) {
        qCInfo(lcSandbox) << "authorization request refused:" << error;
        return redirectToClient(redirectUri,
            {{QStringLiteral("error"), QString::fromLatin1(error)}, {QStringLiteral("error_description"), description}}, hasState,
            state, 302);
    };
    if (!repeated.isEmpty())
        return fail(
            "invalid_request", QStringLiteral("The parameter %1 appears more than once (RFC 6749 §3.1).").arg(repeated.left(40)));
    if (form.has(QStringLiteral("request")))
        return fail("request_not_supported", QStringLiteral("The sandbox does not take request objects."));
    if (form.has(QStringLiteral("request_uri")))
        return fail("request_uri_not_supported", QStringLiteral("The sandbox does not take request_uri."));
    const QString responseType = form.value(QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return fail("invalid_request", QStringLiteral("response_type is missing."));
    if (responseType != QLatin1String("code"))
        return fail("unsupported_response_type", QStringLiteral("The sandbox supports response_type=code only."));
    if (form.has(QStringLiteral("response_mode")) && form.value(QStringLiteral("response_mode")) != QLatin1String("query"))
        return fail("invalid_request", QStringLiteral("The sandbox answers with response_mode=query only."));
    const QString challenge = form.value(QStringLiteral("code_challenge"));
    if (challenge.isEmpty())
        return fail("invalid_request",
            QStringLiteral("PKCE is required: send code_challenge with "
                           "code_challenge_method=S256 (RFC 7636)."));
    // RFC 7636 §4.3: no method means "plain", which the sandbox refuses (RFC 9700 §2.1.1).
    if (form.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return fail("invalid_request", QStringLiteral("code_challenge_method must be S256; plain is not accepted."));
    if (challenge.size() != 43 || !isPkceText(challenge))
        return fail("invalid_request", QStringLiteral("code_challenge is not a base64url SHA-256 value of 43 characters."));
    // RFC 9449 §10: dpop_jkt, the RFC 7638 SHA-256 thumbprint (base64url, 43 characters) of the key the code is for.
    const QString dpopJkt = form.value(QStringLiteral("dpop_jkt"));
    if (form.has(QStringLiteral("dpop_jkt")) && (dpopJkt.size() != 43 || !Base64Url::isValid(dpopJkt.toLatin1())))
        return fail("invalid_request", QStringLiteral("dpop_jkt is not a base64url SHA-256 thumbprint of 43 characters."));
    const QStringList scopes = form.has(QStringLiteral("scope")) ? splitScopes(form.value(QStringLiteral("scope")))
                                                                 : QStringList {QStringLiteral("openid")};
    if (const QString unknown = unknownScope(scopes, supportedScopes()); !unknown.isEmpty())
        return fail("invalid_scope",
            QStringLiteral("The sandbox does not know the scope \"%1\". It knows: %2.")
                .arg(unknown.left(64), supportedScopes().join(QLatin1Char(' '))));
    if (splitScopes(form.value(QStringLiteral("prompt"))).contains(QStringLiteral("none")))
        return fail("login_required",
            QStringLiteral("The sandbox keeps no sign-in session, so it always shows its "
                           "sign-in page."));

    SandboxStore::Pending pending;
    pending.clientId = clientId;
    pending.redirectUri = redirectUri;
    pending.scopes = scopes;
    pending.state = state;
    pending.hasState = hasState;
    pending.nonce = form.value(QStringLiteral("nonce"));
    pending.codeChallenge = challenge;
    pending.dpopJkt = dpopJkt;
    pending.id = m_store->addPending(pending);
    const std::optional<SandboxStore::Pending> added = m_store->pending(pending.id);
    return consentPage(added ? *added : pending, QStringLiteral("/authorize/decision"),
        form.value(QStringLiteral("login_hint")).left(64), {}, 200);
}

HttpResponse SandboxProvider::authorizeDecision(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxForm> form = postedForm(request, &failure, false);
    if (!form)
        return failure;
    const std::optional<SandboxStore::Pending> found = m_store->pending(form->value(QStringLiteral("request")));
    if (!found || !found->deviceKey.isEmpty())
        return errorPage(400, QStringLiteral("This sign-in has ended"),
            QStringLiteral("The sign-in request expired or was already answered. Start again from the "
                           "application."));
    if (!sameSecret(form->value(QStringLiteral("csrf")), found->csrf))
        return errorPage(403, QStringLiteral("Request refused"),
            QStringLiteral("The form did not come from this sign-in page (its CSRF token does not match)."));
    const SandboxStore::Pending pending = *found; // a copy: the store changes below

    if (form->has(QStringLiteral("deny"))) {
        m_store->removePending(pending.id);
        qCInfo(lcSandbox) << "consent denied to" << pending.clientId;
        return redirectToClient(pending.redirectUri,
            {{QStringLiteral("error"), QStringLiteral("access_denied")},
                {QStringLiteral("error_description"), QStringLiteral("The user denied access.")}},
            pending.hasState, pending.state, 303);
    }
    const QString account = form->value(QStringLiteral("login")).trimmed();
    if (const QString problem = accountProblem(account); !problem.isEmpty())
        return consentPage(pending, QStringLiteral("/authorize/decision"), account.left(64), problem, 400);
    std::optional<QStringList> granted = grantedScopes(*form, pending.scopes);
    if (!granted)
        return errorPage(
            400, QStringLiteral("Bad request"), QStringLiteral("The form grants a scope the application did not ask for."));
    granted = narrowedByFault(*granted);

    m_store->removePending(pending.id);
    SandboxStore::Code code;
    code.clientId = pending.clientId;
    code.redirectUri = pending.redirectUri;
    code.scopes = *granted;
    code.account = account;
    code.nonce = pending.nonce;
    code.codeChallenge = pending.codeChallenge;
    code.dpopJkt = pending.dpopJkt;
    code.authTime = nowSeconds();
    const QString value = m_store->addCode(code);
    m_store->noteAccount(account);
    qCInfo(lcSandbox).noquote() << "consent:" << account << "granted" << granted->join(QLatin1Char(' ')) << "to"
                                << pending.clientId;
    // 303: the browser follows a POST's redirect with GET.
    return redirectToClient(pending.redirectUri, {{QStringLiteral("code"), value}}, pending.hasState, pending.state, 303);
}

HttpResponse SandboxProvider::authorizeAbort(const HttpRequest &request)
{
    const Result<SandboxForm> query = SandboxForm::parse(request.rawQuery);
    const std::optional<SandboxStore::Pending> found
        = query.ok() ? m_store->pending(query.value().value(QStringLiteral("request"))) : std::nullopt;
    if (!found || !found->deviceKey.isEmpty())
        return errorPage(400, QStringLiteral("This sign-in has ended"),
            QStringLiteral("The sign-in request expired or was already answered."));
    if (!sameSecret(query.value().value(QStringLiteral("csrf")), found->csrf))
        return errorPage(403, QStringLiteral("Request refused"), QStringLiteral("The cancel link is not valid."));
    const SandboxStore::Pending pending = *found;
    m_store->removePending(pending.id);
    return redirectToClient(pending.redirectUri,
        {{QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_description"), QStringLiteral("The user cancelled the sign-in.")}},
        pending.hasState, pending.state, 302);
}

// ---------------------------------------------------------------------------------------------------------------
// Token endpoint (RFC 6749 §3.2, §4.1.3, §4.4, §6; RFC 8628 §3.4)

HttpResponse SandboxProvider::token(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxForm> form = postedForm(request, &failure, true);
    if (!form)
        return failure;
    const QString grantType = form->value(QStringLiteral("grant_type"));
    // A device poll only gets the fault when it would be answered with tokens (see tokenDeviceCode).
    if (grantType != kDeviceGrant) {
        if (std::optional<HttpResponse> fault = tokenResponseFault())
            return *fault;
    }
    const std::optional<Client> client = authenticateClient(request, *form, &failure);
    if (!client)
        return failure;
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is missing."));
    const std::optional<QString> jkt = tokenRequestProof(request, *client, &failure);
    if (!jkt)
        return failure;
    if (grantType == QLatin1String("authorization_code"))
        return tokenAuthorizationCode(*form, *client, *jkt);
    if (grantType == QLatin1String("refresh_token"))
        return tokenRefresh(*form, *client, *jkt);
    if (grantType == QLatin1String("client_credentials"))
        return tokenClientCredentials(*form, *client, *jkt);
    if (grantType == kDeviceGrant)
        return tokenDeviceCode(*form, *client, *jkt);
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
        QStringLiteral("The sandbox does not support the grant type \"%1\".").arg(grantType.left(80)));
}

HttpResponse SandboxProvider::tokenAuthorizationCode(const SandboxForm &form, const Client &client, const QString &dpopJkt)
{
    const auto invalidGrant
        = [](const QString &description) { return oauthError(400, QStringLiteral("invalid_grant"), description); };
    const QString codeValue = form.value(QStringLiteral("code"));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (codeValue.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("code is missing."));

    const std::optional<SandboxStore::Code> code = m_store->code(codeValue);
    if (!code)
        return invalidGrant(QStringLiteral("The authorization code is unknown or expired."));
    if (code->clientId != client.id)
        return invalidGrant(QStringLiteral("The authorization code was issued to another client."));
    if (code->used) {
        // RFC 6749 §4.1.2: a code used twice revokes what it was exchanged for.
        m_store->revokeGrant(code->grantId);
        qCWarning(lcSandbox) << "authorization code replayed; its grant is revoked";
        return invalidGrant(QStringLiteral("The authorization code was already used; the tokens issued for it are "
                                           "revoked (RFC 6749 §4.1.2)."));
    }
    if (SandboxStore::nowMs() >= code->expiresAt)
        return invalidGrant(QStringLiteral("The authorization code expired."));
    if (redirectUri != code->redirectUri)
        return invalidGrant(redirectUri.isEmpty()
                ? QStringLiteral("redirect_uri is missing; it must equal the authorization request's "
                                 "(RFC 6749 §4.1.3).")
                : QStringLiteral("redirect_uri differs from the authorization request's (RFC 6749 §4.1.3)."));
    if (verifier.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("code_verifier is missing (RFC 7636 §4.5)."));
    if (!isPkceText(verifier))
        return invalidGrant(QStringLiteral("code_verifier is not 43 to 128 unreserved characters (RFC 7636 §4.1)."));
    if (!sameSecret(challengeFor(verifier), code->codeChallenge))
        return invalidGrant(QStringLiteral("code_verifier does not match the code_challenge (RFC 7636 §4.6)."));
    // RFC 9449 §10: a code asked for with dpop_jkt is redeemed only with a proof by that key.
    if (!code->dpopJkt.isEmpty() && dpopJkt != code->dpopJkt)
        return oauthError(400, QStringLiteral("invalid_dpop_proof"),
            QStringLiteral("The authorization code was requested for another DPoP key (dpop_jkt, RFC 9449 §10) than the "
                           "one that signed this proof."));

    SandboxStore::Grant grant;
    grant.clientId = client.id;
    grant.account = code->account;
    grant.scopes = code->scopes;
    grant.nonce = code->nonce;
    grant.authTime = code->authTime;
    // RFC 9449 §5: a public client's refresh tokens are bound to the key of the proof; a confidential client's are
    // already constrained by its authentication.
    grant.dpopJkt = client.confidential ? QString() : dpopJkt;
    const QStringList scopes = code->scopes;
    const QString grantId = m_store->addGrant(grant);
    m_store->markCodeUsed(codeValue, grantId);
    return issueTokens(grantId, scopes, true, dpopJkt, client.certificateThumbprint);
}

HttpResponse SandboxProvider::tokenRefresh(const SandboxForm &form, const Client &client, const QString &dpopJkt)
{
    const auto invalidGrant
        = [](const QString &description) { return oauthError(400, QStringLiteral("invalid_grant"), description); };
    const QString value = form.value(QStringLiteral("refresh_token"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is missing."));
    if (consumeFault(Fault::InvalidClientOnRefresh)) {
        // RFC 6749 §5.2: as after the client's secret was rotated at the provider; the grant itself is untouched.
        return oauthError(401, QStringLiteral("invalid_client"),
            QStringLiteral("Client authentication failed (sandbox fault invalid-client-on-refresh)."));
    }
    const std::optional<SandboxStore::RefreshToken> refresh = m_store->refreshToken(value);
    if (consumeFault(Fault::RefreshInvalidGrant)) {
        if (refresh)
            m_store->revokeGrant(refresh->grantId);
        return invalidGrant(QStringLiteral("The refresh token is no longer valid (sandbox fault refresh-invalid-grant)."));
    }
    if (!refresh)
        return invalidGrant(QStringLiteral("The refresh token is unknown (or the sandbox was reset since)."));
    if (refresh->clientId != client.id)
        return invalidGrant(QStringLiteral("The refresh token was issued to another client."));
    if (refresh->revoked)
        return invalidGrant(QStringLiteral("The refresh token was revoked."));
    if (refresh->consumed) {
        // RFC 9700 §4.14.2: a rotated refresh token presented again means it leaked; end the whole grant.
        m_store->revokeGrant(refresh->grantId);
        qCWarning(lcSandbox) << "refresh token reused; its grant is revoked";
        return invalidGrant(QStringLiteral("The refresh token was already used. Reusing a rotated refresh token revokes "
                                           "the whole grant (RFC 9700 §4.14.2)."));
    }
    const QString grantId = refresh->grantId;
    const std::optional<SandboxStore::Grant> grant = m_store->grant(grantId);
    if (!grant || grant->revoked)
        return invalidGrant(QStringLiteral("The grant was revoked."));
    if (const QString lapsed = lapsedRefreshToken(*refresh, *grant, client); !lapsed.isEmpty())
        return invalidGrant(lapsed);
    // RFC 9449 §5: a bound refresh token is only good with a proof signed by the same key.
    if (!grant->dpopJkt.isEmpty() && dpopJkt != grant->dpopJkt)
        return oauthError(400, QStringLiteral("invalid_dpop_proof"),
            dpopJkt.isEmpty() ? QStringLiteral("The refresh token is bound to a DPoP key: send a DPoP proof signed with it "
                                               "(RFC 9449 §5).")
                              : QStringLiteral("The refresh token is bound to another DPoP key than the one that signed "
                                               "this proof (RFC 9449 §5)."));
    QStringList scopes = grant->scopes;
    if (form.has(QStringLiteral("scope"))) {
        // RFC 6749 §6: a refresh may narrow the scope, never widen it.
        const QStringList requested = splitScopes(form.value(QStringLiteral("scope")));
        if (const QString extra = unknownScope(requested, grant->scopes); !extra.isEmpty())
            return oauthError(400, QStringLiteral("invalid_scope"),
                QStringLiteral("The scope \"%1\" was not granted; a refresh cannot widen the scope.").arg(extra.left(64)));
        scopes = requested;
    }
    m_store->consumeRefreshToken(refresh->hash); // RFC 9700 §4.14.2: rotation, the old token is spent
    return issueTokens(grantId, scopes, false, dpopJkt, client.certificateThumbprint);
}

QString SandboxProvider::lapsedRefreshToken(
    const SandboxStore::RefreshToken &refresh, const SandboxStore::Grant &grant, const Client &client)
{
    if (!client.personality)
        return {};
    const auto lifetime = [this](const char *setting, std::chrono::seconds own) -> qint64 {
        const qint64 scaled = m_store->setting(QLatin1String(setting), 0);
        return scaled > 0 || own.count() == 0 ? scaled : std::chrono::milliseconds(own).count();
    };
    const qint64 idle = client.personality->refreshIdleLifetime.count() > 0
        ? lifetime("refresh_idle_lifetime_ms", client.personality->refreshIdleLifetime)
        : 0;
    const qint64 absolute = client.personality->refreshAbsoluteLifetime.count() > 0
        ? lifetime("refresh_absolute_lifetime_ms", client.personality->refreshAbsoluteLifetime)
        : 0;
    const qint64 now = SandboxStore::nowMs();
    if (absolute > 0 && now - grant.createdAt > absolute)
        return QStringLiteral("The grant ended %1 ms after consent, used or not; the user must sign in again.").arg(absolute);
    const qint64 lastUse = qMax(refresh.issuedAt, refresh.lastUsedAt);
    if (idle > 0 && now - lastUse > idle)
        return QStringLiteral("The refresh token was not used for %1 ms and has lapsed.").arg(idle);
    return {};
}

HttpResponse SandboxProvider::tokenClientCredentials(const SandboxForm &form, const Client &client, const QString &dpopJkt)
{
    if (!client.confidential)
        return oauthError(400, QStringLiteral("unauthorized_client"),
            QStringLiteral("keyway-sandbox is a public client; client credentials need "
                           "keyway-sandbox-confidential and its secret."));
    const QStringList scopes = form.has(QStringLiteral("scope"))
        ? splitScopes(form.value(QStringLiteral("scope")))
        : QStringList {QStringLiteral("contacts.read"), QStringLiteral("calendar.read")};
    if (const QString unknown = unknownScope(scopes, kApiScopes); !unknown.isEmpty())
        return oauthError(400, QStringLiteral("invalid_scope"),
            QStringLiteral("The scope \"%1\" is not available to client credentials, which can have %2.")
                .arg(unknown.left(64), kApiScopes.join(QLatin1Char(' '))));
    SandboxStore::Grant grant;
    grant.clientId = client.id;
    grant.scopes = scopes;
    grant.authTime = nowSeconds();
    return issueTokens(m_store->addGrant(grant), scopes, false, dpopJkt, client.certificateThumbprint);
}

HttpResponse SandboxProvider::tokenDeviceCode(const SandboxForm &form, const Client &client, const QString &dpopJkt)
{
    const QString deviceCode = form.value(QStringLiteral("device_code"));
    if (deviceCode.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("device_code is missing."));
    std::optional<SandboxStore::Device> device = m_store->deviceByDeviceCode(deviceCode);
    if (!device)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The device_code is unknown."));
    if (device->clientId != client.id)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The device_code was issued to another client."));
    if (device->status == SandboxStore::Device::Status::Redeemed)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("The device_code was already used."));
    const qint64 now = SandboxStore::nowMs();
    // RFC 8628 §3.5, the polling answers.
    if (now >= device->expiresAt)
        return oauthError(400, QStringLiteral("expired_token"), QStringLiteral("The device code expired; start again."));
    if (device->status == SandboxStore::Device::Status::Denied)
        return oauthError(400, QStringLiteral("access_denied"), QStringLiteral("The user denied access."));
    // RFC 8628 §3.5: each slow_down adds 5 seconds to the interval "for this and all subsequent requests".
    const bool slowingDown = client.personality && client.personality->deviceSlowDown;
    const qint64 intervalSeconds = qint64(deviceInterval().count()) + (slowingDown ? 5 * device->slowDowns : 0);
    // A poll that left the client on time may arrive a little early: 200 ms of grace.
    const qint64 earlyMs = intervalSeconds * 1000 - (slowingDown ? 200 : 0);
    const bool tooSoon = device->lastPollAt != 0 && now - device->lastPollAt < earlyMs;
    ++device->polls;
    if (tooSoon || (slowingDown && device->polls == 2)) {
        device->lastPollAt = now;
        if (slowingDown)
            ++device->slowDowns;
        m_store->updateDevice(*device);
        return oauthError(400, QStringLiteral("slow_down"),
            QStringLiteral("Poll at most every %1 seconds.").arg(intervalSeconds + (slowingDown ? 5 : 0)));
    }
    device->lastPollAt = now;
    m_store->updateDevice(*device);
    if (device->status == SandboxStore::Device::Status::Pending || (slowingDown && device->polls == 1))
        return oauthError(400, QStringLiteral("authorization_pending"),
            QStringLiteral("The user has not finished on the verification page yet."));
    if (std::optional<HttpResponse> fault = tokenResponseFault())
        return *fault;

    device->status = SandboxStore::Device::Status::Redeemed;
    m_store->updateDevice(*device);
    SandboxStore::Grant grant;
    grant.clientId = client.id;
    grant.account = device->account;
    grant.scopes = device->grantedScopes;
    grant.authTime = device->authTime;
    grant.dpopJkt = client.confidential ? QString() : dpopJkt; // RFC 9449 §5, as for the code exchange
    const QStringList scopes = device->grantedScopes;
    return issueTokens(m_store->addGrant(grant), scopes, true, dpopJkt, client.certificateThumbprint);
}

// ---------------------------------------------------------------------------------------------------------------
// Revocation (RFC 7009), introspection (RFC 7662), userinfo (OpenID Connect Core §5.3)

HttpResponse SandboxProvider::revoke(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxForm> form = postedForm(request, &failure, true);
    if (!form)
        return failure;
    const std::optional<Client> client = authenticateClient(request, *form, &failure);
    if (!client)
        return failure;
    const QString value = form->value(QStringLiteral("token"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is missing."));
    // RFC 7009 §2.1: token_type_hint only speeds up the search; every kind of token is looked for anyway.
    if (const std::optional<SandboxStore::AccessToken> access = m_store->accessToken(value)) {
        if (access->clientId != client->id)
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("The token was issued to another client."));
        m_store->revokeAccessToken(value);
        qCInfo(lcSandbox) << "access token revoked";
    } else if (const std::optional<SandboxStore::RefreshToken> refresh = m_store->refreshToken(value)) {
        if (refresh->clientId != client->id)
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("The token was issued to another client."));
        // RFC 7009 §2.1: revoking a refresh token also ends the access tokens of the same grant.
        m_store->revokeGrant(refresh->grantId);
        qCInfo(lcSandbox) << "refresh token revoked with its grant";
    }
    // RFC 7009 §2.2: 200 also for a token that is unknown or already invalid.
    return HttpResponse(200);
}

HttpResponse SandboxProvider::introspect(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxForm> form = postedForm(request, &failure, true);
    if (!form)
        return failure;
    const std::optional<Client> client = authenticateClient(request, *form, &failure);
    if (!client)
        return failure;
    const QString value = form->value(QStringLiteral("token"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is missing."));

    const QJsonObject inactive {{QStringLiteral("active"), false}};
    const qint64 now = SandboxStore::nowMs();
    // RFC 7662 §2.1: the confidential client may introspect any token; the public one only its own.
    const auto maySee = [&](const QString &owner) { return client->confidential || owner == client->id; };
    const auto describe = [&](const QString &clientId, const QString &account, const QStringList &scopes) {
        QJsonObject body {{QStringLiteral("active"), true}, {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
            {QStringLiteral("client_id"), clientId}, {QStringLiteral("iss"), m_issuer}, {QStringLiteral("aud"), clientId},
            {QStringLiteral("sub"), account.isEmpty() ? clientId : account}};
        if (!account.isEmpty())
            body.insert(QStringLiteral("username"), account);
        return body;
    };
    if (const std::optional<SandboxStore::AccessToken> access = m_store->accessToken(value)) {
        if (!maySee(access->clientId) || !access->isActive(now))
            return jsonResponse(200, inactive);
        QJsonObject body = describe(access->clientId, access->account, access->scopes);
        body.insert(QStringLiteral("token_type"), access->dpopJkt.isEmpty() ? QStringLiteral("Bearer") : QStringLiteral("DPoP"));
        // RFC 9449 §6.2: the key a bound token is bound to.
        QJsonObject cnf;
        if (!access->dpopJkt.isEmpty())
            cnf.insert(QStringLiteral("jkt"), access->dpopJkt);
        // RFC 8705 §3.2: the certificate a bound token is bound to.
        if (!access->certificateThumbprint.isEmpty())
            cnf.insert(QStringLiteral("x5t#S256"), access->certificateThumbprint);
        if (!cnf.isEmpty())
            body.insert(QStringLiteral("cnf"), cnf);
        body.insert(QStringLiteral("iat"), access->issuedAt / 1000);
        body.insert(QStringLiteral("exp"), access->expiresAt / 1000);
        return jsonResponse(200, body);
    }
    if (const std::optional<SandboxStore::RefreshToken> refresh = m_store->refreshToken(value)) {
        const std::optional<SandboxStore::Grant> grant = m_store->grant(refresh->grantId);
        if (!maySee(refresh->clientId) || refresh->revoked || refresh->consumed || !grant || grant->revoked)
            return jsonResponse(200, inactive);
        QJsonObject body = describe(refresh->clientId, grant->account, grant->scopes);
        body.insert(QStringLiteral("token_type"), QStringLiteral("refresh_token"));
        body.insert(QStringLiteral("iat"), refresh->issuedAt / 1000);
        return jsonResponse(200, body);
    }
    return jsonResponse(200, inactive);
}

HttpResponse SandboxProvider::userinfo(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxStore::AccessToken> token = accessTokenOf(request, &failure);
    if (!token)
        return failure;
    if (token->account.isEmpty() || !token->scopes.contains(QStringLiteral("openid")))
        return SandboxApi::bearerError(403, QStringLiteral("insufficient_scope"),
            QStringLiteral("userinfo needs a token granted the openid scope by a signed-in "
                           "user."),
            QStringLiteral("openid"), SandboxApi::schemeFor(!token->dpopJkt.isEmpty()));
    if (consumeFault(Fault::UserinfoFailing))
        return HttpResponse::error(500, QStringLiteral("sandbox fault userinfo-failing"));
    return jsonResponse(200, userClaims(token->account, token->scopes));
}

// ---------------------------------------------------------------------------------------------------------------
// Device flow (RFC 8628)

HttpResponse SandboxProvider::deviceAuthorization(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxForm> form = postedForm(request, &failure, true);
    if (!form)
        return failure;
    const std::optional<Client> client = authenticateClient(request, *form, &failure);
    if (!client)
        return failure;
    const QStringList scopes = form->has(QStringLiteral("scope"))
        ? splitScopes(form->value(QStringLiteral("scope")))
        : QStringList {QStringLiteral("openid"), QStringLiteral("profile")};
    if (const QString unknown = unknownScope(scopes, supportedScopes()); !unknown.isEmpty())
        return oauthError(400, QStringLiteral("invalid_scope"),
            QStringLiteral("The sandbox does not know the scope \"%1\".").arg(unknown.left(64)));

    const SandboxStore::NewDevice made = m_store->addDevice(client->id, scopes);
    const SandboxStore::Device &device = made.device;
    const QString userCode = SandboxStore::formatUserCode(device.userCode);
    const QString verification = url("/device/verify");
    // RFC 8628 §3.2.
    return jsonResponse(200,
        QJsonObject {{QStringLiteral("device_code"), made.deviceCode}, {QStringLiteral("user_code"), userCode},
            {QStringLiteral("verification_uri"), verification},
            {QStringLiteral("verification_uri_complete"),
                verification + QStringLiteral("?user_code=") + QString::fromLatin1(encodeParam(userCode))},
            {QStringLiteral("expires_in"), SandboxStore::kDeviceLifetimeMs / 1000},
            {QStringLiteral("interval"), qint64(deviceInterval().count())}});
}

HttpResponse SandboxProvider::deviceVerify(const HttpRequest &request)
{
    QString typed;
    if (request.method == "POST") {
        HttpResponse failure;
        const std::optional<SandboxForm> form = postedForm(request, &failure, false);
        if (!form)
            return failure;
        typed = form->value(QStringLiteral("user_code"));
    } else {
        const Result<SandboxForm> query = SandboxForm::parse(request.rawQuery);
        if (!query.ok())
            return HttpResponse::html(400, SandboxPages::deviceInput(query.error().detail));
        typed = query.value().value(QStringLiteral("user_code"));
    }
    if (typed.isNull())
        return HttpResponse::html(200, SandboxPages::deviceInput());

    const std::optional<SandboxStore::Device> device = m_store->deviceByUserCode(typed);
    if (!device || SandboxStore::nowMs() >= device->expiresAt || device->status != SandboxStore::Device::Status::Pending)
        return HttpResponse::html(400,
            SandboxPages::deviceInput(QStringLiteral("That code is not valid or has expired. "
                                                     "Check the code your device shows."),
                typed.left(20)));
    SandboxStore::Pending pending;
    pending.clientId = device->clientId;
    pending.scopes = device->scopes;
    pending.deviceKey = device->key;
    const QString userCode = SandboxStore::formatUserCode(device->userCode);
    const std::optional<SandboxStore::Pending> added = m_store->pending(m_store->addPending(pending));
    if (!added)
        return errorPage(500, QStringLiteral("Sandbox error"), QStringLiteral("The sign-in could not be stored."));
    return HttpResponse::html(200, SandboxPages::deviceConfirm(added->id, added->csrf, added->clientId, userCode, added->scopes));
}

HttpResponse SandboxProvider::deviceConfirm(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxForm> form = postedForm(request, &failure, false);
    if (!form)
        return failure;
    const std::optional<SandboxStore::Pending> found = m_store->pending(form->value(QStringLiteral("request")));
    if (!found || found->deviceKey.isEmpty())
        return HttpResponse::html(400,
            SandboxPages::deviceInput(QStringLiteral("This sign-in has ended. Enter the code "
                                                     "again.")));
    if (!sameSecret(form->value(QStringLiteral("csrf")), found->csrf))
        return errorPage(403, QStringLiteral("Request refused"),
            QStringLiteral("The form did not come from this page (its CSRF token does not match)."));
    const SandboxStore::Pending pending = *found;
    std::optional<SandboxStore::Device> device = m_store->device(pending.deviceKey);
    if (!device || SandboxStore::nowMs() >= device->expiresAt || device->status != SandboxStore::Device::Status::Pending) {
        m_store->removePending(pending.id);
        return HttpResponse::html(400, SandboxPages::deviceInput(QStringLiteral("That code is not valid or has expired.")));
    }
    if (form->has(QStringLiteral("abort"))) {
        device->status = SandboxStore::Device::Status::Denied;
        m_store->updateDevice(*device);
        m_store->removePending(pending.id);
        return HttpResponse::html(200,
            SandboxPages::deviceInput(QStringLiteral("The sign-in was aborted, and the device "
                                                     "was told so.")));
    }
    return consentPage(pending, QStringLiteral("/device/approve"), {}, {}, 200);
}

HttpResponse SandboxProvider::deviceApprove(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxForm> form = postedForm(request, &failure, false);
    if (!form)
        return failure;
    const std::optional<SandboxStore::Pending> found = m_store->pending(form->value(QStringLiteral("request")));
    if (!found || found->deviceKey.isEmpty())
        return HttpResponse::html(400,
            SandboxPages::deviceInput(QStringLiteral("This sign-in has ended. Enter the code "
                                                     "again.")));
    if (!sameSecret(form->value(QStringLiteral("csrf")), found->csrf))
        return errorPage(403, QStringLiteral("Request refused"),
            QStringLiteral("The form did not come from this page (its CSRF token does not match)."));
    const SandboxStore::Pending pending = *found;
    std::optional<SandboxStore::Device> device = m_store->device(pending.deviceKey);
    if (!device || SandboxStore::nowMs() >= device->expiresAt || device->status != SandboxStore::Device::Status::Pending) {
        m_store->removePending(pending.id);
        return HttpResponse::html(400, SandboxPages::deviceInput(QStringLiteral("That code is not valid or has expired.")));
    }
    if (form->has(QStringLiteral("deny"))) {
        device->status = SandboxStore::Device::Status::Denied;
        m_store->updateDevice(*device);
        m_store->removePending(pending.id);
        return HttpResponse::html(200, SandboxPages::deviceDone(false));
    }
    const QString account = form->value(QStringLiteral("login")).trimmed();
    if (const QString problem = accountProblem(account); !problem.isEmpty())
        return consentPage(pending, QStringLiteral("/device/approve"), account.left(64), problem, 400);
    std::optional<QStringList> granted = grantedScopes(*form, pending.scopes);
    if (!granted)
        return errorPage(
            400, QStringLiteral("Bad request"), QStringLiteral("The form grants a scope the device did not ask for."));
    granted = narrowedByFault(*granted);
    device->status = SandboxStore::Device::Status::Approved;
    device->account = account;
    device->grantedScopes = *granted;
    device->authTime = nowSeconds();
    m_store->updateDevice(*device);
    m_store->noteAccount(account);
    m_store->removePending(pending.id);
    qCInfo(lcSandbox).noquote() << "device approved:" << account << "granted" << granted->join(QLatin1Char(' ')) << "to"
                                << pending.clientId;
    return HttpResponse::html(200, SandboxPages::deviceDone(true));
}

// ---------------------------------------------------------------------------------------------------------------
// Demo API and control endpoint

HttpResponse SandboxProvider::api(const HttpRequest &request)
{
    HttpResponse failure;
    const std::optional<SandboxStore::AccessToken> token = accessTokenOf(request, &failure);
    if (!token)
        return failure;
    SandboxApi::Caller caller;
    caller.subject
        = token->account.isEmpty() ? QStringLiteral("client:") + token->clientId : QStringLiteral("user:") + token->account;
    caller.scopes = token->scopes;
    caller.scheme = SandboxApi::schemeFor(!token->dpopJkt.isEmpty());
    return m_api->handle(request, request.path.mid(4), caller);
}

HttpResponse SandboxProvider::control(const HttpRequest &request)
{
    // Read-only: faults are switched in the store (`keyway sandbox fault`, the Sandbox panel), which only this
    // user can write, never by whoever can reach a port on 127.0.0.1.
    if (!isGet(request))
        return methodNotAllowed("GET, HEAD");
    return jsonResponse(200, status());
}

HttpResponse SandboxProvider::owner(const HttpRequest &request)
{
    const Result<SandboxForm> query = SandboxForm::parse(request.rawQuery);
    const QByteArray challenge = query.ok() ? query.value().value(QStringLiteral("challenge")).toLatin1() : QByteArray();
    if (challenge.isEmpty() || challenge.size() > SandboxOwnerProof::kMaxChallenge)
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("challenge is missing or too long."));
    return jsonResponse(200,
        QJsonObject {
            {QStringLiteral("proof"), QString::fromLatin1(SandboxOwnerProof::answer(m_store->ownerSecret(), challenge))}});
}

HttpResponse SandboxProvider::jwks(const HttpRequest &)
{
    if (consumeFault(Fault::JwksUnavailable)) {
        HttpResponse r = HttpResponse::error(503, QStringLiteral("sandbox fault jwks-down"));
        r.setHeader("Retry-After", "30");
        return r;
    }
    if (const Error e = prepareKeys(); !e.isNull())
        return oauthError(500, QStringLiteral("server_error"), e.toString());
    HttpResponse r = HttpResponse::json(200, QJsonDocument(m_keys->jwks()));
    r.setHeader("Content-Type", "application/jwk-set+json"); // RFC 7517 §8.5.1
    return r;
}

} // namespace keyway
