#include "core/ConnectRun.h"

#include "core/ClientRegistrar.h"
#include "core/ConnectionServicePrivate.h"
#include "core/DpopSetup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace keyway {

namespace {
Error cancelledError()
{
    return Error::make(QStringLiteral("cancelled"), ConnectionService::tr("Connecting was cancelled."));
}
} // namespace

ConnectAttempt *ConnectRun::start(ConnectionService *service, ConnectionServicePrivate *d, const ConnectRequest &request)
{
    auto *attempt = new ConnectAttempt(service);
    auto *run = new ConnectRun(service, d, attempt, request);
    QObject::connect(attempt, &ConnectAttempt::failed, run, &ConnectRun::recordFailure);
    QObject::connect(attempt, &ConnectAttempt::succeeded, attempt, &QObject::deleteLater, Qt::QueuedConnection);
    QObject::connect(attempt, &ConnectAttempt::failed, attempt, &QObject::deleteLater, Qt::QueuedConnection);
    QTimer::singleShot(0, run, &ConnectRun::begin);
    return attempt;
}

ConnectRun::ConnectRun(
    ConnectionService *service, ConnectionServicePrivate *d, ConnectAttempt *attempt, const ConnectRequest &request)
    : QObject(attempt)
    , m_service(service)
    , d(d)
    , m_attempt(attempt)
    , m_original(request)
    , m_request(request)
{
}

bool ConnectRun::finishedByCancel()
{
    if (!m_attempt->isCancelRequested())
        return false;
    m_attempt->finishError(cancelledError());
    return true;
}

void ConnectRun::note(const QString &step, const QString &outcome, int status, const QString &detail)
{
    ConnectionEvent e;
    e.at = QDateTime::currentDateTimeUtc();
    e.step = step;
    e.outcome = outcome;
    e.httpStatus = status;
    e.detail = Redactor::redact(detail);
    m_events.append(e);
}

void ConnectRun::recordFailure(const Error &error)
{
    const QString id = m_original.reconnectId;
    if (id.isEmpty())
        return;
    for (ConnectionEvent e : std::as_const(m_events)) {
        e.connectionId = id;
        d->repository().addEvent(e);
    }
    d->record(id, QStringLiteral("reconnect"), QStringLiteral("error"), error.httpStatus, error.toString());
}

// Reconnecting without typing the secret again: the client secret, private key (or API key, password) kept in
// the keychain for this connection are used, as long as the client stays the same.
void ConnectRun::begin()
{
    const ConnectRequest &request = m_original;
    if (request.reconnectId.isEmpty())
        if (const auto registered = registeredSecretFor(request))
            return completeFromRegistration(*registered);
    const std::optional<ConnectionRecord> existing
        = request.reconnectId.isEmpty() ? std::nullopt : m_service->connection(request.reconnectId);
    if (!existing || (!d->needsStoredSecrets(request) && !d->needsStoredCertificate(*existing, request)))
        return plan(request);
    d->secrets().read(secretKey(existing->id), [this, existing](const QByteArray &bytes, const Error &error) {
        if (finishedByCancel())
            return;
        if (!error.isNull() && error.code != QLatin1String("not_found"))
            return m_attempt->finishError(error);
        const std::optional<StoredCredentials> stored
            = error.isNull() ? StoredCredentials::fromBytes(bytes) : std::optional<StoredCredentials>();
        if (stored)
            stored->registerSecrets();
        ConnectRequest completed = m_original;
        if (!stored && d->needsStoredSecrets(m_original)) {
            const Error missing = d->missingStoredSecret(*existing, m_original);
            if (!missing.isNull())
                return m_attempt->finishError(missing);
        } else if (stored) {
            d->fillFromStored(completed, *existing, *stored);
        }
        plan(completed);
    });
}

// RFC 7591: a confidential client Keyway registered for a custom integration (ClientRegistrar) is used when the
// request names no other client; its secret is in the keychain entry of the registration.
std::optional<QString> ConnectRun::registeredSecretFor(const ConnectRequest &request) const
{
    if (request.integrationId.isEmpty() || !request.clientSecret.isEmpty() || !request.privateKeyPem.isEmpty())
        return std::nullopt;
    const std::optional<Integration> integration = d->catalog().find(request.integrationId);
    if (!integration || integration->builtin || !integration->oauth.registeredClient
        || !integration->oauth.registeredClient->confidential)
        return std::nullopt;
    const QString registeredId = integration->oauth.registeredClient->clientId;
    if (!request.clientId.trimmed().isEmpty() && request.clientId.trimmed() != registeredId)
        return std::nullopt;
    return integration->id;
}

void ConnectRun::completeFromRegistration(const QString &integrationId)
{
    d->secrets().read(ClientRegistrar::secretKey(integrationId), [this](const QByteArray &bytes, const Error &error) {
        if (finishedByCancel())
            return;
        const QJsonObject entry = error.isNull() ? QJsonDocument::fromJson(bytes).object() : QJsonObject();
        const QByteArray secret = entry.value(QStringLiteral("client_secret")).toString().toUtf8();
        if (secret.isEmpty())
            return m_attempt->finishError(Error::make(QStringLiteral("registration_secret_missing"),
                ConnectionService::tr("The client secret Keyway registered for this integration is not in the keychain. "
                                      "Remove the integration and add it again to register anew."),
                error.isNull() ? QStringLiteral("no client_secret in the registration entry") : error.toString()));
        Redactor::registerSecret(secret);
        ConnectRequest completed = m_original;
        completed.clientId = entry.value(QStringLiteral("client_id")).toString();
        completed.clientSecret = secret;
        // The secret goes only to the token endpoint it was registered for (as a kept secret, issue 15.3).
        completed.keptSecretOrigin = entry.value(QStringLiteral("token_origin")).toString();
        plan(completed);
    });
}

// Plans the connection once the request is complete.
void ConnectRun::plan(const ConnectRequest &request)
{
    if (finishedByCancel())
        return;
    ConnectRequest req = request;
    if (req.integrationId.isEmpty() && !req.issuer.isEmpty())
        req.integrationId = QStringLiteral("openid-connect");
    if (!req.issuer.isEmpty() && !req.variables.contains(QStringLiteral("issuer")))
        req.variables.insert(QStringLiteral("issuer"), req.issuer);
    const std::optional<ConnectionRecord> existing
        = req.reconnectId.isEmpty() ? std::nullopt : m_service->connection(req.reconnectId);
    if (existing && req.integrationId.isEmpty())
        req.integrationId = existing->integrationId;
    const auto integration = d->catalog().find(req.integrationId);
    if (!integration)
        return m_attempt->finishError(Error::make(QStringLiteral("unknown_integration"),
            ConnectionService::tr("There is no integration \"%1\" (see keyway integrations).").arg(req.integrationId)));
    // Reconnecting keeps the template values (issuer, subdomain, ...) the connection was made with, unless the
    // request gives new ones.
    if (existing && existing->integrationId == integration->id) {
        const ConnectionSettings kept = ConnectionSettings::fromJson(existing->settings);
        const QJsonObject stored = kept.variables;
        for (const TemplateVariable &v : integration->variables)
            if (!req.variables.contains(v.name) && stored.value(v.name).isString())
                req.variables.insert(v.name, stored.value(v.name).toString());
        // ...and the exact redirect URI the user registered at the provider.
        if (req.redirectUri.isEmpty())
            req.redirectUri = kept.redirectUri;
        // ...and DPoP when the connection used it (`connect --dpop`: the provider may refuse unbound tokens).
        if (req.dpop < 0 && !kept.provider.dpopAlgorithm.isEmpty())
            req.dpop = 1;
        if (req.par < 0 && kept.provider.pushAuthorization)
            req.par = 1;
        // ...and asks for the scopes the connection had (offline_access included: without it some providers issue
        // no refresh token), not the integration's defaults, unless the request names others.
        if (req.authMode.isEmpty())
            req.authMode = existing->authMode;
        if (req.scopes.isEmpty() && req.authMode == existing->authMode)
            req.scopes = existing->requestedScopes;
        // ...and the same client authenticates the way it did (client_secret_post where the provider wanted it,
        // its TLS client certificate, RFC 8705 §2, with the kept certificate, begin()), with what the keychain kept,
        // unless the request names another way or brings a new secret or key.
        const std::optional<ClientAuthMethod> keptAuth = ConnectionPlanner::reconnectPlan(*existing).clientAuth;
        const bool nothingNew = (req.clientSecret.isEmpty() && req.privateKeyPem.isEmpty()) || !req.keptSecretOrigin.isEmpty();
        if (req.clientAuthMethod.isEmpty() && req.authMode == existing->authMode && nothingNew
            && req.clientId.trimmed() == kept.clientId && keptAuth)
            req.clientAuthMethod = Integration::toString(*keptAuth);
    }
    // Names pick connections on the command line: two alike would make both ambiguous.
    if (!req.name.trimmed().isEmpty() && !d->nameIsFree(req.name.trimmed(), req.reconnectId))
        return m_attempt->finishError(Error::make(QStringLiteral("name_taken"),
            ConnectionService::tr("Another connection is already named \"%1\": choose another name.").arg(req.name.trimmed())));
    const Error embedded = EmbeddedProviders::ensureRunning(integration->embeddedProvider);
    if (!embedded.isNull())
        return m_attempt->finishError(embedded);
    auto planned = ConnectionPlanner::plan(*integration, req, d->catalog().vocabulary());
    if (!planned)
        return m_attempt->finishError(planned.error());
    m_request = req;
    m_plan = planned.value();
    // RFC 9700 §2.1.1: PKCE may be off for a provider that rejects it, but never silently.
    if (m_plan.mode == AuthMode::AuthorizationCode && !m_plan.oauth.pkce) {
        note(QStringLiteral("pkce"), QStringLiteral("warning"), 0, integration->pkceOffWarning());
        emit m_attempt->warning(integration->pkceOffWarning());
    }
    for (const QString &unsupported : std::as_const(m_plan.scopeWarnings)) {
        // Not silently: the front ends show it before the browser opens.
        const QString text = ConnectionService::tr("%1 has no mapping for the unified scope %2; it is not requested")
                                 .arg(integration->name, unsupported);
        note(QStringLiteral("scopes"), QStringLiteral("info"), 0, text);
        emit m_attempt->progress(QStringLiteral("scopes"), text);
    }
    if (m_plan.oauth.needsDiscovery())
        return discover();
    checkStore();
}

// OpenID Connect Discovery (or RFC 8414 metadata for plain OAuth servers) fills in the endpoints.
void ConnectRun::discover()
{
    auto *discovery = new Discovery(d->network(), this);
    const auto kind = m_plan.oauth.openid ? Discovery::Kind::OpenIdConnect : Discovery::Kind::OAuthAuthorizationServer;
    connect(discovery, &Discovery::finished, this, [this](const OAuthSettings &settings) {
        note(QStringLiteral("discovery"), QStringLiteral("ok"), 200,
            ConnectionService::tr("Endpoints from %1").arg(settings.issuer));
        ConnectionPlanner::applyDiscovered(m_plan, settings);
        // RFC 9449 §5.1: the algorithms the server takes for DPoP proofs are known only now.
        if (const Error error = DpopSetup::apply(m_plan); !error.isNull())
            return m_attempt->finishError(error);
        checkStore();
    });
    connect(discovery, &Discovery::failed, m_attempt, &ConnectAttempt::finishError);
    connect(m_attempt, &ConnectAttempt::cancelRequested, discovery, [this, discovery] {
        discovery->abort();
        m_attempt->finishError(cancelledError());
    });
    if (!m_plan.oauth.discoveryUrl.isEmpty())
        discovery->startWithUrl(QUrl(m_plan.oauth.discoveryUrl), m_plan.oauth.issuer, kind, m_plan.oauth);
    else
        discovery->start(m_plan.oauth.issuer, kind, m_plan.oauth);
}

// Issue 15.11: a sign-in whose tokens could not be kept is a sign-in for nothing (and leaves a live grant
// behind). The secret store must take a write before the browser opens or anything is requested.
void ConnectRun::checkStore()
{
    if (FlowFactory::isEnteredByHand(m_plan))
        return runFlow();
    const QString probe = QStringLiteral("write-check/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    SecretStore &secrets = d->secrets();
    secrets.write(probe, QByteArrayLiteral("ok"), [this, &secrets, probe](const Error &error) {
        if (!error.isNull()) {
            Error e = error;
            e.message
                = ConnectionService::tr("%1 Nothing was opened or requested: the tokens could not be kept.").arg(error.message);
            return m_attempt->finishError(e);
        }
        secrets.remove(probe, [](const Error &) {});
        runFlow();
    });
}

void ConnectRun::runFlow()
{
    if (finishedByCancel())
        return;
    // Issue 15.3 (RFC 6749 §2.3.1, RFC 9700 §4.4): a client secret or key kept in the keychain goes only to the
    // token endpoint origin it was first used with. A changed integration file (or metadata) that moves the token
    // endpoint gets nothing until the user gives the secret again.
    const QString tokenOrigin = CredentialOrigins::of(QUrl(m_plan.settings.provider.tokenUrl));
    const QString keptOrigin = m_request.keptSecretOrigin;
    if (!keptOrigin.isEmpty() && tokenOrigin != keptOrigin)
        return m_attempt->finishError(Error::make(QStringLiteral("token_endpoint_moved"),
            ConnectionService::tr("The token endpoint of %1 moved from %2 to %3: Keyway does not send the kept client "
                                  "secret or key there. Give it again to use the new endpoint.")
                .arg(
                    m_plan.integration.name, keptOrigin, tokenOrigin.isEmpty() ? ConnectionService::tr("(none)") : tokenOrigin)));
    m_plan.secrets.client.tokenOrigin = keptOrigin.isEmpty() ? tokenOrigin : keptOrigin;
    const ConnectionService::Settings &settings = d->settings();
    FlowFactory::Environment env;
    env.browserCommand = settings.browserCommand;
    env.callbackTimeoutSeconds = settings.callbackTimeoutSeconds;
    env.clockSkewSeconds = settings.clockSkewSeconds;
    env.network = d->network();
    env.jwks = d->jwks;
    Flow *flow = FlowFactory::create(m_plan, m_request, env, m_attempt);
    if (!flow && !FlowFactory::isEnteredByHand(m_plan))
        return m_attempt->finishError(Error::make(QStringLiteral("unsupported_auth_mode"),
            ConnectionService::tr("This version of Keyway cannot connect with \"%1\" yet.")
                .arg(Integration::toString(m_plan.settings.authMode))));
    if (!flow) {
        // Credentials entered by hand: nothing to obtain.
        FlowResult result;
        result.tokens = m_plan.secrets.tokens;
        return persist(result);
    }
    ConnectAttempt *attempt = m_attempt;
    connect(flow, &Flow::authorizationUrlReady, attempt, &ConnectAttempt::setAuthorizationUrl);
    connect(flow, &Flow::browserOpened, attempt, &ConnectAttempt::browserOpened);
    connect(flow, &Flow::browserFailed, attempt, &ConnectAttempt::browserFailed);
    connect(flow, &Flow::deviceCodeReady, attempt, &ConnectAttempt::deviceCodeReady);
    connect(flow, &Flow::step, this, [this](const QString &step, const QString &outcome, int status, const QString &detail) {
        note(step, outcome, status, detail);
        emit m_attempt->progress(step, detail);
    });
    connect(flow, &Flow::finished, this, &ConnectRun::persist);
    connect(flow, &Flow::failed, attempt, &ConnectAttempt::finishError);
    connect(attempt, &ConnectAttempt::cancelRequested, flow, &Flow::cancel);
    connect(attempt, &ConnectAttempt::reopenRequested, flow, &Flow::openBrowserAgain);
    attempt->setRedirectSink([flow = QPointer<Flow>(flow)](const QUrl &url) {
        return flow ? flow->submitRedirect(url)
                    : Error::make(QStringLiteral("sign_in_over"), ConnectionService::tr("This sign-in has already ended."));
    });
    flow->start();
}

// Saves the result of a successful flow (or of a credential entered by hand), holding the connection's lock: no
// renewal of another process writes over a reconnect's new grant.
void ConnectRun::persist(const FlowResult &result)
{
    ConnectionPlanner::completeApi(m_plan, result.tokens.responseValues);
    StoredCredentials secrets = m_plan.secrets;
    if (!result.tokens.isNull())
        secrets.tokens = result.tokens;
    secrets.registerSecrets();
    const ConnectRequest &req = m_request;
    const QString id = req.reconnectId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : req.reconnectId;
    ConnectionRecord r = m_service->connection(id).value_or(ConnectionRecord {});
    r.id = id;
    r.integrationId = m_plan.integration.id;
    r.authMode = Integration::toString(m_plan.settings.authMode);
    r.accountLabel = result.account.label;
    r.accountSubject = result.account.subject;
    // The user's name, else one after the account ("alice@example.com — Google"), made unique.
    if (!req.name.trimmed().isEmpty())
        r.name = req.name.trimmed();
    else if (r.name.isEmpty())
        r.name = d->freeName(result.account.label.isEmpty()
                ? m_plan.integration.name
                : ConnectionService::tr("%1 — %2").arg(result.account.label, m_plan.integration.name),
            id);
    r.requestedScopes = m_plan.requestedScopes;
    r.grantedScopes = ConnectionPlanner::grantedScopes(m_plan.requestedScopes, secrets.tokens);
    r.status = ConnectionState::next(r.status, ConnectionState::Event::Authorized);
    r.statusDetail.clear();
    r.expiresAt = secrets.tokens.expiresAt;
    r.tokenFingerprint = d->fingerprint(secrets);
    r.settings = m_plan.settings.toJson();
    if (!r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    // What the connection is goes into the keychain with its secrets, so a lost database can be rebuilt from the
    // keychain (KeychainRecovery).
    secrets.record = recordCopy(r);
    d->exclusively(id, [this, result, secrets, r](std::shared_ptr<ConnectionLock> lock, const Error &lockError) {
        if (!lockError.isNull())
            return m_attempt->finishError(lockError);
        save(result, secrets, r, lock);
    });
}

// The connection's id goes into the keychain's index first, then its secrets, then the database: a lost database
// can be rebuilt from the keychain, and a secret the keychain refused is revoked rather than left live.
void ConnectRun::save(const FlowResult &result, const StoredCredentials &secrets, const ConnectionRecord &record,
    const std::shared_ptr<ConnectionLock> &lock)
{
    const QString id = record.id;
    d->index->add(QStringList {id} + d->liveIds(), [this, result, secrets, record, lock, id](const Error &) {
        d->secrets().write(secretKey(id), secrets.toBytes(), [this, result, secrets, record, lock, id](const Error &error) {
            if (!error.isNull())
                return d->revokeUnkept(m_plan, secrets, error, m_attempt);
            ConnectionRepository &repository = d->repository();
            Error saveError = repository.save(record);
            if (saveError.isNull())
                saveError
                    = repository.recordAuthorized(id, QDateTime::currentDateTimeUtc(), !secrets.tokens.refreshToken.isEmpty());
            if (!saveError.isNull())
                return m_attempt->finishError(saveError);
            for (ConnectionEvent e : std::as_const(m_events)) {
                e.connectionId = id;
                repository.addEvent(e);
            }
            d->record(id, QStringLiteral("connected"), QStringLiteral("ok"), 0,
                result.account.label.isEmpty() ? ConnectionService::tr("Connected")
                                               : ConnectionService::tr("Connected as %1").arg(result.account.label));
            if (const auto saved = m_service->connection(id))
                d->schedule(*saved);
            if (m_request.reconnectId.isEmpty())
                emit m_service->connectionAdded(id);
            else
                emit m_service->connectionChanged(id);
            m_attempt->finishOk(id);
        });
    });
}

} // namespace keyway
