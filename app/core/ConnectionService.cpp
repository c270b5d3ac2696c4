#include "core/ConnectionService.h"

#include "auth/DpopSigner.h"
#include "auth/TokenEndpoint.h"
#include "core/ConnectRun.h"
#include "core/ConnectionServicePrivate.h"
#include "core/DerivedConnection.h"
#include "core/DpopBinding.h"
#include "core/EmbeddedProviders.h"
#include "http/OriginTrust.h"

#include <QPointer>
#include <QUuid>

namespace keyway {

ConnectionService::ConnectionService(Database &database, SecretStore &secrets, Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_catalog(catalog)
    // Every request of the core goes through it: the certificates of embedded providers are trusted for their own
    // origins there (OriginTrust).
    , m_network(new OriginTrust::NetworkAccessManager(this))
    , m_repository(std::make_unique<ConnectionRepository>(database))
    , d(std::make_unique<ConnectionServicePrivate>(this))
{
    // TLS: Qt verifies certificates by default and nothing here ever ignores an SSL error.
    // The origins of embedded providers are pinned when one is first used, not here: reading the catalogue would
    // cost every command (issue 27).
    EmbeddedProviders::setBeforeUse([service = QPointer<ConnectionService>(this)] {
        if (service)
            EmbeddedProviders::trustCatalogue(service->m_catalog.all());
    });
    connect(&m_catalog, &Catalog::changed, this, [this] { EmbeddedProviders::trustCatalogue(m_catalog.all()); });
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    d->jwks = new JwksCache(m_network, this);
    d->index = new ConnectionIndex(m_secrets, m_database.path(), this);
    d->refresher = new RefreshCoordinator(m_network, m_secrets, *m_repository, this);
    d->refresher->setJwksCache(d->jwks);
    FlowFactory::registerRenewers(*d->refresher);
    connect(d->refresher, &RefreshCoordinator::recorded, this,
        [this](const QString &id, const QString &step, const QString &outcome, int status, const QString &detail) {
            d->record(id, step, outcome, status, detail);
        });
    connect(d->refresher, &RefreshCoordinator::connectionUpdated, this, [this](const QString &id) {
        if (const auto r = connection(id)) {
            // A temporary problem (Warning) backs off like an error.
            if (r->status == ConnectionStatus::Warning || r->status == ConnectionStatus::Error)
                ++d->failures[id];
            else
                d->failures.remove(id);
            d->schedule(*r);
        }
        emit connectionChanged(id);
    });
    connect(d->refresher, &RefreshCoordinator::unsavedChanged, this, &ConnectionService::unsavedTokensChanged);
    connect(d->refresher, &RefreshCoordinator::needsReauthorization, this, &ConnectionService::needsReauthorization);
    d->api = new ApiClient(
        m_network,
        [this](const QString &id, bool force, const QByteArray &rejected, const ApiClient::CredentialsDone &done) {
            d->credentials(id, force, done, rejected);
        },
        this);
    connect(d->api, &ApiClient::recorded, this,
        [this](const QString &id, const QString &step, const QString &outcome, int status, const QString &detail) {
            d->record(id, step, outcome, status, detail);
        });
    connect(d->api, &ApiClient::historyRecorded, this, [this](const HistoryEntry &entry) {
        m_repository->addHistory(entry);
        emit requestRecorded(entry.connectionId);
    });
    // Only the ids and the few records that allow plain http are read here: parsing every stored connection
    // costs real time with thousands of them, before the window can show (issue 18).
    QList<ConnectionRecord> insecure = m_repository->allowingInsecureHttp();
    for (ConnectionRecord &r : insecure)
        withdrawStaleInsecureHttp(r);
    const QStringList ids = m_repository->ids();
    d->knownIds = QSet<QString>(ids.cbegin(), ids.cend());
    connect(this, &ConnectionService::connectionAdded, this, [this](const QString &id) { d->knownIds.insert(id); });
    connect(this, &ConnectionService::connectionRemoved, this, [this](const QString &id) {
        d->knownIds.remove(id);
        d->lastUsed.remove(id);
        d->failures.remove(id);
    });
    d->dataVersion = m_repository->dataVersion();
    d->lastLook = QDateTime::currentDateTimeUtc().addSecs(-1);
    d->watcher = new QTimer(this);
    d->watcher->setInterval(kWatchIntervalMs);
    d->watcher->setTimerType(Qt::CoarseTimer);
    connect(d->watcher, &QTimer::timeout, this, [this] { d->watchOtherProcesses(); });
}

bool ConnectionService::hasUnsavedTokens() const
{
    return d->refresher->hasUnsaved();
}

void ConnectionService::withdrawStaleInsecureHttp(ConnectionRecord &record)
{
    // Plain http beyond loopback is the user's choice today, not when the connection was made: once the
    // integration no longer allows it (or is gone), the connections saved with it lose it too.
    ConnectionSettings settings = ConnectionSettings::fromJson(record.settings);
    if (!settings.provider.allowInsecureHttp)
        return;
    const std::optional<Integration> integration = m_catalog.find(record.integrationId);
    if (integration && integration->allowInsecureHttp())
        return;
    settings.provider.allowInsecureHttp = false;
    record.settings = settings.toJson();
    const Error error = m_repository->save(record);
    if (!error.isNull())
        qCWarning(lcService) << "could not withdraw plain http from connection" << record.id << error.toString();
}

ConnectionService::~ConnectionService() = default;

void ConnectionService::setSettings(const Settings &settings)
{
    const bool reschedule
        = settings.autoRefresh != m_settings.autoRefresh || settings.refreshLeadSeconds != m_settings.refreshLeadSeconds;
    m_settings = settings;
    if (m_settings.autoRefresh)
        d->watcher->start();
    else
        d->watcher->stop();
    // Only when the schedule changes. Only a connection whose token this process handed out, or whose renewal failed
    // here, has a renewal to schedule (RefreshPolicy::nextScheduledRenewal, the failure backoff), so only those are
    // read: at the window's start none (issue 18: the query over 10,000 connections and their policy took 35 to
    // 55 ms before the first paint).
    if (reschedule) {
        QSet<QString> ids(d->failures.keyBegin(), d->failures.keyEnd());
        for (auto it = d->lastUsed.keyBegin(); it != d->lastUsed.keyEnd(); ++it)
            ids.insert(*it);
        for (const QString &id : std::as_const(ids))
            if (const auto r = m_repository->find(id))
                d->schedule(*r);
    }
}

QList<ConnectionRecord> ConnectionService::connections() const
{
    return m_repository->all();
}

QList<ConnectionSummary> ConnectionService::summaries() const
{
    return m_repository->summaries();
}

std::optional<ConnectionSummary> ConnectionService::summary(const QString &id) const
{
    return m_repository->summary(id);
}

bool ConnectionService::hasLiveConnections() const
{
    return m_repository->hasLive();
}

std::optional<ConnectionRecord> ConnectionService::connection(const QString &id) const
{
    return m_repository->find(id);
}

Result<ConnectionRecord> ConnectionService::resolve(const QString &idOrName) const
{
    if (const auto exact = connection(idOrName))
        return *exact;
    QList<ConnectionRecord> matches;
    for (const ConnectionRecord &r : connections())
        if ((idOrName.size() >= 4 && r.id.startsWith(idOrName)) || (!r.name.isEmpty() && r.name == idOrName))
            matches << r;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error::make(QStringLiteral("not_found"), tr("No connection \"%1\" (see keyway connections).").arg(idOrName));
    return Error::make(QStringLiteral("ambiguous"),
        tr("\"%1\" matches %n connection(s): give more of the id.", nullptr, int(matches.size())).arg(idOrName));
}

Result<ConnectionRecord> ConnectionService::choose(const QString &reference) const
{
    // A whole id always names its own connection (ConnectionChooser's first rule): one row read, not every record,
    // which costs half a second with 10,000 connections on the path of a script's or kubectl's token (issue 27).
    if (const auto exact = connection(reference))
        return *exact;
    return ConnectionChooser::choose(connections(), defaultConnections(), reference);
}

QHash<QString, QString> ConnectionService::defaultConnections() const
{
    QHash<QString, QString> defaults = m_repository->defaultConnections();
    // Only whether it still exists and for which integration: its summary, not its whole record (the window asks
    // on every change of a connection).
    for (auto it = defaults.begin(); it != defaults.end();) {
        const std::optional<ConnectionSummary> c = summary(it.value());
        if (!c || c->integrationId != it.key())
            it = defaults.erase(it);
        else
            ++it;
    }
    return defaults;
}

Error ConnectionService::setDefaultConnection(const QString &connectionId)
{
    const std::optional<ConnectionRecord> c = connection(connectionId);
    if (!c)
        return Error::make(QStringLiteral("not_found"), tr("No such connection."), connectionId);
    const QString before = m_repository->defaultConnections().value(c->integrationId);
    const Error error = m_repository->setDefaultConnection(c->integrationId, c->id);
    if (!error.isNull())
        return error;
    if (!before.isEmpty() && before != c->id)
        emit connectionChanged(before);
    emit connectionChanged(c->id);
    return {};
}

QList<ConnectionEvent> ConnectionService::events(const QString &id) const
{
    return m_repository->events(id);
}

QList<HistoryEntry> ConnectionService::history(const QString &id) const
{
    return m_repository->history(id);
}

Error ConnectionService::rename(const QString &id, const QString &name)
{
    auto r = connection(id);
    if (!r)
        return Error::make(QStringLiteral("not_found"), tr("No such connection."), id);
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && !d->nameIsFree(trimmed, id))
        return Error::make(
            QStringLiteral("name_taken"), tr("Another connection is already named \"%1\": choose another name.").arg(trimmed));
    if (const Error error = m_repository->rename(id, trimmed); !error.isNull())
        return error;
    emit connectionChanged(id);
    return Error();
}

Error ConnectionService::adopt(const ConnectionRecord &record, const QString &detail)
{
    if (connection(record.id))
        return Error::make(QStringLiteral("exists"), tr("This connection already exists."), record.id);
    ConnectionRecord r = record;
    withdrawStaleInsecureHttp(r); // the copy may predate the integration's change of mind
    if (const Error error = m_repository->save(r); !error.isNull())
        return error;
    d->record(r.id, QStringLiteral("recovered"), QStringLiteral("info"), 0, detail);
    d->schedule(r);
    emit connectionAdded(r.id);
    return Error();
}

QString ConnectionService::fingerprint(const StoredCredentials &credentials)
{
    return ConnectionServicePrivate::fingerprint(credentials);
}

ConnectionIndex &ConnectionService::secretIndex() const
{
    return *d->index;
}

ConnectAttempt *ConnectionService::connectIntegration(const ConnectRequest &request)
{
    return ConnectRun::start(this, d.get(), request);
}

void ConnectionService::accessToken(const QString &id, bool forceRefresh, QObject *context, TokenCallback done)
{
    present(id, forceRefresh, context,
        [done](const Result<PresentedCredential> &p) { p ? done(p.value().secret) : done(p.error()); });
}

void ConnectionService::present(const QString &id, bool forceRefresh, QObject *context, PresentCallback done)
{
    done = boundTo(context, std::move(done));
    d->credentials(id, forceRefresh, [done](const ConnectionSettings &settings, const StoredCredentials &c, const Error &error) {
        if (!error.isNull())
            return done(error);
        done(PresentedCredential::from(settings, c));
    });
}

void ConnectionService::presentWithProof(const QString &id, bool forceRefresh, const ApiRequest &request, QObject *context,
    PresentCallback done, const QString &serverNonce)
{
    done = boundTo(context, std::move(done));
    d->credentials(id, forceRefresh,
        [done, request, serverNonce](const ConnectionSettings &settings, const StoredCredentials &c, const Error &error) {
            if (!error.isNull())
                return done(error);
            PresentedCredential presented = PresentedCredential::from(settings, c);
            const Error unbound = Error::make(QStringLiteral("not_dpop_bound"),
                tr("This connection's access token is not bound to a DPoP key, so it needs no proof: use it alone."),
                presented.tokenType);
            if (!presented.dpopBound)
                return done(unbound);
            // RFC 9449 §9: the nonce the resource server asked the tool for goes in the proof, as one Keyway saw itself.
            if (!serverNonce.isEmpty()
                && !DpopSigner::rememberNonce(ApiClient::resolveUrl(settings.apiBaseUrl, request.url), serverNonce))
                return done(Error::make(QStringLiteral("bad_dpop_nonce"),
                    tr("That is not a DPoP nonce: give the value of the server's DPoP-Nonce header as it is."), serverNonce));
            // The proof of the very request an API call would send (same token, same nonce, same placement).
            const Result<OutgoingRequest> outgoing = ApiClient::build(request, settings, c);
            if (!outgoing)
                return done(outgoing.error());
            for (const auto &[name, value] : outgoing.value().headers)
                if (name.compare(DpopSigner::proofHeader(), Qt::CaseInsensitive) == 0)
                    presented.dpopProof = value;
            // The credential would not travel in a header there (an integration that puts it in the query).
            if (presented.dpopProof.isEmpty())
                return done(unbound);
            done(presented);
        });
}

void ConnectionService::refresh(const QString &id, QObject *context, DoneCallback done, const QByteArray &rejectedAccessToken)
{
    done = boundTo(context, std::move(done));
    if (const auto r = connection(id)) {
        const Error embedded = EmbeddedProviders::ensureRunning(ConnectionSettings::fromJson(r->settings).embeddedProvider);
        if (!embedded.isNull())
            return done(embedded);
    }
    RefreshCoordinator::Request request;
    request.force = true;
    request.leadSeconds = m_settings.refreshLeadSeconds;
    request.rejectedAccessToken = rejectedAccessToken;
    d->refresher->renew(
        id, request, [done](const Result<StoredCredentials> &result) { done(result ? Error() : result.error()); });
}

bool ConnectionService::cancelRefreshRetry(const QString &id)
{
    return d->refresher->cancelRetry(id);
}

void ConnectionService::disconnect(const QString &id, QObject *context, DoneCallback done)
{
    done = boundTo(context, std::move(done));
    if (!connection(id))
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    // Holding the connection's lock: no renewal (here or in another process) writes new secrets while they are
    // revoked and deleted.
    d->exclusively(id, [this, id, done](std::shared_ptr<ConnectionLock> lock, const Error &lockError) {
        if (!lockError.isNull())
            return done(lockError);
        disconnectHoldingLock(id, [lock, done](const Error &error) { done(error); });
    });
}

void ConnectionService::disconnectHoldingLock(const QString &id, DoneCallback done)
{
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    EmbeddedProviders::ensureRunning(settings.embeddedProvider); // revocation is best effort
    m_secrets.read(secretKey(id), [this, id, settings, done](const QByteArray &bytes, const Error &readError) {
        // Without the keychain nothing can be revoked or deleted: say so and keep the connection.
        if (!readError.isNull() && readError.code != QLatin1String("not_found"))
            return done(readError);
        // A damaged or missing entry: nothing to revoke, the local record still goes.
        const StoredCredentials c = StoredCredentials::fromBytes(bytes).value_or(StoredCredentials());
        c.registerSecrets();
        // revokedAtProvider false with no error: the provider has no revocation endpoint.
        auto removeLocal = [this, id, done](const Error &revocationError, bool revokedAtProvider = true) {
            m_secrets.remove(secretKey(id), [this, id, done, revocationError, revokedAtProvider](const Error &removeError) {
                if (!removeError.isNull())
                    return done(removeError);
                // Say what is true (issue 14, Glewlwyd): the local secrets are gone, but a token whose revocation
                // failed may still work at the provider until it expires.
                const Error notRevoked = revocationError.isNull()
                    ? Error()
                    : Error::make(QStringLiteral("revocation_failed"),
                        tr("The local secrets were deleted, but revoking the token at the provider failed, so it may "
                           "stay valid there until it expires. To end it now, remove Keyway's access in your account "
                           "settings at the provider."),
                        revocationError.toString(), revocationError.httpStatus);
                if (auto r = connection(id)) {
                    r->status = ConnectionState::next(r->status, ConnectionState::Event::Revoked);
                    r->statusDetail = !notRevoked.isNull()
                        ? tr("Not revoked at the provider (%1): the token may stay valid there until it expires.")
                              .arg(revocationError.message)
                        : !revokedAtProvider ? tr("Not revoked at the provider, which has no revocation endpoint: the token may "
                                                  "stay valid there until it expires.")
                                             : QString();
                    r->expiresAt = QDateTime();
                    r->tokenFingerprint.clear();
                    m_repository->save(*r);
                }
                delete d->refreshTimers.take(id);
                d->record(id, QStringLiteral("disconnect"), QStringLiteral("ok"), 0, tr("Secrets deleted from the keychain"));
                emit connectionChanged(id);
                // No secret left: the keychain's index no longer lists it (KeychainRecovery).
                d->index->remove({id}, [done, notRevoked](const Error &) { done(notRevoked); });
            });
        };
        // RFC 7009: revoke the refresh token (which ends the grant) and the access token at the provider.
        const QByteArray token = c.tokens.refreshToken.isEmpty() ? c.tokens.accessToken : c.tokens.refreshToken;
        if (settings.provider.revocationUrl.isEmpty() || token.isEmpty()) {
            d->record(id, QStringLiteral("revoke"), QStringLiteral("info"), 0,
                tr("The provider has no revocation endpoint; only local secrets are removed"));
            return removeLocal({}, false);
        }
        auto *revoker = new Revoker(m_network, this);
        const QString hint = c.tokens.refreshToken.isEmpty() ? QStringLiteral("access_token") : QStringLiteral("refresh_token");
        revoker->revoke(
            settings.provider, c.client, token, hint, [this, revoker, id, c, settings, removeLocal](const Error &error) {
                d->record(id, QStringLiteral("revoke"), error.isNull() ? QStringLiteral("ok") : QStringLiteral("error"),
                    error.isNull() ? 200 : error.httpStatus, error.isNull() ? tr("Revoked at the provider") : error.toString());
                if (!error.isNull() || c.tokens.refreshToken.isEmpty() || c.tokens.accessToken.isEmpty()) {
                    revoker->deleteLater();
                    return removeLocal(error);
                }
                revoker->revoke(settings.provider, c.client, c.tokens.accessToken, QStringLiteral("access_token"),
                    [revoker, removeLocal](const Error &) {
                        revoker->deleteLater();
                        removeLocal({});
                    });
            });
    });
}

void ConnectionService::remove(const QString &id, QObject *context, DoneCallback done)
{
    done = boundTo(context, std::move(done));
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    if (!canRemove(r->status))
        return done(Error::make(QStringLiteral("still_connected"),
            tr("Disconnect this connection first: only revoked or failed connections can be removed."),
            statusToString(r->status)));
    // A refresh still running (a failed connection retries) would write new secrets after they were deleted.
    if (d->refresher->isRefreshing(id))
        return done(Error::make(QStringLiteral("busy"), tr("This connection is being refreshed: try again in a moment.")));
    d->exclusively(id, [this, id, done](std::shared_ptr<ConnectionLock> lock, const Error &lockError) {
        if (!lockError.isNull())
            return done(lockError);
        removeHoldingLock(id, [lock, done](const Error &error) { done(error); });
    });
}

void ConnectionService::removeHoldingLock(const QString &id, DoneCallback done)
{
    // The keychain first: a record is never forgotten while a secret of it may still be stored.
    m_secrets.remove(secretKey(id), [this, id, done](const Error &removeError) {
        if (!removeError.isNull() && removeError.code != QLatin1String("not_found"))
            return done(removeError);
        delete d->refreshTimers.take(id);
        const Error error = m_repository->remove(id);
        if (!error.isNull())
            return done(error);
        qCInfo(lcService) << "removed connection" << id;
        emit connectionRemoved(id);
        d->index->remove({id}, [done](const Error &) { done({}); });
    });
}

void ConnectionService::credentials(const QString &id, QObject *context, CredentialsCallback done)
{
    done = boundTo(context, std::move(done));
    m_secrets.read(secretKey(id), [done](const QByteArray &bytes, const Error &error) {
        if (!error.isNull())
            return done(error);
        const std::optional<StoredCredentials> c = StoredCredentials::fromBytes(bytes);
        if (!c)
            return done(Error::make(QStringLiteral("keychain_corrupt"), tr("The stored credentials are damaged.")));
        c->registerSecrets();
        done(*c);
    });
}

void ConnectionService::verifySignature(const QString &id, const QByteArray &token, QObject *context, SignatureCallback done)
{
    done = boundTo(context, std::move(done));
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    const auto jws = std::make_shared<Result<Jws>>(Jws::parse(token));
    if (!*jws)
        return done(jws->error());
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    if (settings.provider.jwksUrl.isEmpty())
        return done(Error::make(
            QStringLiteral("no_jwks"), tr("The provider publishes no key set (jwks_uri), so the signature cannot be checked.")));
    EmbeddedProviders::ensureRunning(settings.embeddedProvider); // its keys are served by the embedded provider
    const QUrl url(settings.provider.jwksUrl);
    const bool allowInsecureHttp = settings.provider.allowInsecureHttp;
    // One pass over the keys that fit the token's kid and alg; *none tells that no key fitted at all.
    auto check = [jws](const Jwks &keys, QString *keyId, bool *none) {
        const Jws &signature = jws->value();
        if (!Jws::isSupportedAlgorithm(signature.algorithm())) {
            *none = false;
            return Error::make(QStringLiteral("alg_not_allowed"),
                tr("The token is signed with \"%1\", which Keyway does not accept.").arg(signature.algorithm()));
        }
        const QList<Jwk> candidates = keys.candidates(signature.keyId(), signature.algorithm());
        *none = candidates.isEmpty();
        Error last = Error::make(QStringLiteral("unknown_key"),
            tr("No key in the provider's key set matches the token (kid \"%1\").").arg(signature.keyId()));
        for (const Jwk &key : candidates) {
            const Error error = signature.verify(key);
            if (error.isNull()) {
                *keyId = key.keyId();
                return Error();
            }
            last = error;
        }
        return last;
    };
    auto unavailable = [](const Error &error) {
        return Error::make(
            QStringLiteral("keys_unavailable"), tr("The provider's key set could not be fetched."), error.toString());
    };
    d->jwks->keys(
        url, false,
        [this, url, check, unavailable, done, allowInsecureHttp](const Jwks &keys, const Error &error) {
            if (!error.isNull())
                return done(unavailable(error));
            QString keyId;
            bool none = false;
            const Error result = check(keys, &keyId, &none);
            if (!none)
                return result.isNull() ? done(keyId) : done(result);
            // RFC 7517 §5 / OIDC Core §10.1.1: the provider may have rotated its keys; fetch them once more.
            d->jwks->keys(
                url, true,
                [check, unavailable, done](const Jwks &fresh, const Error &fetchError) {
                    if (!fetchError.isNull())
                        return done(unavailable(fetchError));
                    QString freshKeyId;
                    bool stillNone = false;
                    const Error again = check(fresh, &freshKeyId, &stillNone);
                    again.isNull() ? done(freshKeyId) : done(again);
                },
                this, allowInsecureHttp);
        },
        this, allowInsecureHttp);
}

void ConnectionService::introspect(
    const QString &id, bool refreshToken, QObject *context, std::function<void(const Result<QJsonObject> &)> done)
{
    done = boundTo(context, std::move(done));
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    if (settings.provider.introspectionUrl.isEmpty())
        return done(Error::make(QStringLiteral("no_introspection"), tr("This provider has no token introspection endpoint.")));
    credentials(id, this, [this, id, settings, refreshToken, done](const Result<StoredCredentials> &stored) {
        if (!stored)
            return done(stored.error());
        const StoredCredentials &c = stored.value();
        auto *introspection = new Introspection(m_network, this);
        introspection->introspect(settings.provider, c.client, refreshToken ? c.tokens.refreshToken : c.tokens.accessToken,
            refreshToken ? QStringLiteral("refresh_token") : QStringLiteral("access_token"),
            [this, id, introspection, done](const Result<QJsonObject> &result) {
                introspection->deleteLater();
                d->record(id, QStringLiteral("introspect"), result ? QStringLiteral("ok") : QStringLiteral("error"),
                    result ? 200 : result.error().httpStatus,
                    result ? tr("active: %1").arg(result.value().value(QStringLiteral("active")).toBool() ? tr("yes") : tr("no"))
                           : result.error().toString());
                done(result);
            });
    });
}

void ConnectionService::exchangeToken(
    const QString &id, const TokenExchangeRequest &exchange, QObject *context, ExchangeCallback done)
{
    done = boundTo(context, std::move(done));
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    if (!exchange.hasTarget())
        return done(Error::make(
            QStringLiteral("no_target"), tr("Name the service the exchanged token is for: an audience or a resource.")));
    const AuthMode mode = ConnectionSettings::fromJson(r->settings).authMode;
    if (!AuthModes::isOAuthClient(mode) || AuthModes::credential(mode) != AuthModes::Credential::AccessToken)
        return done(Error::make(QStringLiteral("not_exchangeable"),
            tr("Only a connection holding an OAuth access token can exchange it for another.")));
    d->credentials(id, false,
        [this, id, exchange, done](const ConnectionSettings &settings, const StoredCredentials &c, const Error &error) {
            if (!error.isNull())
                return done(error);
            if (c.tokens.accessToken.isEmpty())
                return done(Error::make(
                    QStringLiteral("not_exchangeable"), tr("This connection holds no access token to exchange: connect again.")));
            const QString target
                = exchange.audience.trimmed().isEmpty() ? exchange.resources.join(QLatin1Char(' ')) : exchange.audience.trimmed();
            // The same token request as a sign-in or a renewal (TokenEndpoint): the connection's client authentication,
            // DPoP proof and TLS client certificate; only the grant differs.
            auto *endpoint = new TokenEndpoint(m_network, this);
            endpoint->exchangeToken(settings.provider, c.client, c.tokens.accessToken, exchange,
                [this, id, target, endpoint, done](const Result<TokenSet> &issued, int httpStatus) {
                    endpoint->deleteLater();
                    d->record(id, QStringLiteral("exchange"), issued ? QStringLiteral("ok") : QStringLiteral("error"), httpStatus,
                        issued ? tr("Token for %1 (%2)").arg(target, Redactor::fingerprint(issued.value().accessToken))
                               : tr("Token for %1: %2").arg(target, issued.error().toString()));
                    done(issued);
                });
        });
}

Error ConnectionService::checkDerived(
    const QString &parentId, const TokenExchangeRequest &exchange, const QString &name, const QString &apiBase) const
{
    if (!connection(parentId))
        return Error::make(QStringLiteral("not_found"), tr("No such connection."), parentId);
    if (name.trimmed().isEmpty())
        return Error::make(QStringLiteral("empty_name"), tr("Give the new connection a name."));
    // Names pick connections on the command line: two alike would make both ambiguous.
    if (!d->nameIsFree(name.trimmed(), {}))
        return Error::make(QStringLiteral("name_taken"),
            tr("Another connection is already named \"%1\": choose another name.").arg(name.trimmed()));
    const Result<QString> base = DerivedConnection::apiBase(exchange, apiBase);
    return base ? Error() : base.error();
}

void ConnectionService::saveExchanged(const QString &parentId, const TokenExchangeRequest &exchange, const TokenSet &issued,
    const QString &name, const QString &apiBase, QObject *context, SavedCallback done)
{
    done = boundTo(context, std::move(done));
    if (const Error refused = checkDerived(parentId, exchange, name, apiBase); !refused.isNull())
        return done(refused);
    const ConnectionRecord parent = *connection(parentId);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<DerivedConnection::Made> made
        = DerivedConnection::make(parent, exchange, issued, name, apiBase, id, QDateTime::currentDateTimeUtc());
    if (!made)
        return done(made.error());
    made.value().secrets.registerSecrets();
    // As a connect saves (ConnectRun::save): under the connection's lock, its id into the keychain's index, then its
    // secret, then the record; a record the database refused leaves no secret behind.
    d->exclusively(
        id, [this, id, derived = made.value(), parent, done](std::shared_ptr<ConnectionLock> lock, const Error &locked) {
            if (!locked.isNull())
                return done(locked);
            d->index->add(QStringList {id} + d->liveIds(), [this, id, derived, parent, lock, done](const Error &) {
                m_secrets.write(
                    secretKey(id), derived.secrets.toBytes(), [this, id, derived, parent, lock, done](const Error &written) {
                        if (!written.isNull())
                            return done(written);
                        Error saved = m_repository->save(derived.record);
                        if (saved.isNull())
                            saved = m_repository->recordAuthorized(id, derived.record.createdAt, false);
                        if (!saved.isNull()) {
                            m_secrets.remove(secretKey(id), [](const Error &) {});
                            return done(saved);
                        }
                        const QString apiBaseUrl = ConnectionSettings::fromJson(derived.record.settings).apiBaseUrl;
                        d->record(id, QStringLiteral("derived"), QStringLiteral("ok"), 0,
                            tr("Derived from %1 by token exchange; its token goes to %2").arg(parent.name, apiBaseUrl));
                        d->record(parent.id, QStringLiteral("exchange_saved"), QStringLiteral("ok"), 0,
                            tr("Exchanged token saved as %1 (%2)").arg(derived.record.name, derived.record.tokenFingerprint));
                        emit connectionAdded(id);
                        done(id);
                    });
            });
        });
}

ApiCall *ConnectionService::send(const QString &id, const ApiRequest &request)
{
    return d->api->send(id, request);
}

void ConnectionService::outgoingRequest(const QString &id, const ApiRequest &request, bool withSecret, QObject *context,
    std::function<void(const Result<OutgoingRequest> &)> done)
{
    if (withSecret)
        return d->api->prepare(id, request, context, std::move(done));
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    Result<OutgoingRequest> built = OutgoingRequest::build(request, settings, OutgoingRequest::placeholder());
    if (built)
        DpopBinding::bindPlaceholder(built.value(), settings);
    done(built);
}

QHash<QString, QDateTime> ConnectionService::lastRequests() const
{
    return m_repository->lastRequests();
}

void ConnectionService::check(const QString &id, QObject *context, DoneCallback done)
{
    done = boundTo(context, std::move(done));
    using Event = ConnectionState::Event;
    const auto r = connection(id);
    if (!r || r->status == ConnectionStatus::Revoked || r->status == ConnectionStatus::Pending)
        return done({});
    const ConnectionCapabilities can = ConnectionCapabilities::of(*r);
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    const QString url = !settings.whoamiUrl.isEmpty() ? settings.whoamiUrl : settings.provider.userinfoUrl;
    QPointer<ConnectionService> self(this);
    m_secrets.read(secretKey(id), [self, id, can, url, done](const QByteArray &, const Error &error) {
        if (!self)
            return;
        if (error.code == QLatin1String("not_found")) {
            self->d->record(
                id, QStringLiteral("check"), QStringLiteral("error"), 0, tr("The keychain holds no tokens for this connection"));
            self->d->settle(
                id, Event::CredentialsLost, tr("Its tokens are no longer in the keychain: reconnect to use it again."));
            return done(error);
        }
        // A keychain that cannot answer right now is said where it matters (using the connection), not judged here.
        if (!error.isNull() || !can.identifiable || url.isEmpty())
            return done(error);
        ApiRequest request;
        request.url = QUrl(url);
        request.keepHistory = false;
        ApiCall *call = self->send(id, request);
        connect(call, &ApiCall::finished, self, [self, id, can, done](const ApiResponse &response) {
            if (!self)
                return;
            const int status = response.status;
            if (status >= 200 && status < 300) {
                self->d->record(id, QStringLiteral("check"), QStringLiteral("ok"), status,
                    response.refreshedAndRetried ? tr("The provider accepts the connection (after a refresh)")
                                                 : tr("The provider accepts the access token"));
                self->d->settle(id, Event::Verified, {});
                return done({});
            }
            // A failed refresh on the way was judged by the refresh itself (invalid_grant: needs re-authorization).
            if (response.refreshedAndRetried && !response.error.isNull()) {
                self->d->record(id, QStringLiteral("check"), QStringLiteral("error"), 0, response.error.toString());
                return done(response.error);
            }
            if (status == 401) {
                // RFC 6750 §3.1 invalid_token even after a renewal: the provider refuses this connection's credential.
                const Error refused = Error::make(QStringLiteral("invalid_token"),
                    can.renewable ? tr("The provider no longer accepts this connection: reconnect.")
                                  : tr("The provider no longer accepts this credential: enter a new one (Reconnect)."),
                    QStringLiteral("HTTP 401"), 401);
                self->d->record(id, QStringLiteral("check"), QStringLiteral("error"), 401, refused.toString());
                self->d->settle(id, can.renewable ? Event::GrantRejected : Event::Failed, refused.message);
                return done(refused);
            }
            if (status == 0 || status >= 500) {
                const Error unavailable = status == 0
                    ? response.error
                    : Error::make(QStringLiteral("server_error"),
                        tr("The provider answered HTTP %1 when Keyway checked the connection.").arg(status), {}, status);
                self->d->record(id, QStringLiteral("check"), QStringLiteral("error"), status, unavailable.toString());
                self->d->settle(id, Event::TransientFailure, unavailable.message);
                return done(unavailable);
            }
            // Any other answer (403 for a missing scope, 404) says nothing about the token itself.
            self->d->record(id, QStringLiteral("check"), QStringLiteral("info"), status,
                tr("The provider answered HTTP %1; the token was not judged").arg(status));
            done({});
        });
    });
}

QString ConnectionService::originOf(const QString &id, const QUrl &url) const
{
    const auto r = connection(id);
    const QString base = r ? ConnectionSettings::fromJson(r->settings).apiBaseUrl : QString();
    return CredentialOrigins::of(ApiClient::resolveUrl(base, url));
}

bool ConnectionService::isOwnOrigin(const QString &id, const QUrl &url) const
{
    const auto r = connection(id);
    if (!r)
        return false;
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    return CredentialOrigins::belongsTo(settings, ApiClient::resolveUrl(settings.apiBaseUrl, url));
}

Error ConnectionService::allowOrigin(const QString &id, const QString &origin)
{
    auto r = connection(id);
    const QString parsed = CredentialOrigins::parse(origin);
    if (!r || parsed.isEmpty())
        return Error::make(QStringLiteral("bad_origin"), tr("\"%1\" is not an origin of a connection.").arg(origin), id);
    ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    if (settings.allowedOrigins.contains(parsed))
        return Error();
    settings.allowedOrigins << parsed;
    r->settings = settings.toJson();
    if (const Error error = m_repository->save(*r); !error.isNull())
        return error;
    d->record(id, QStringLiteral("origin_allowed"), QStringLiteral("info"), 0,
        tr("The credential may now also be sent to %1").arg(parsed));
    emit connectionChanged(id);
    return Error();
}

void ConnectionService::diagnostics(const QString &id, QObject *context, DiagnosticsCallback done)
{
    diagnostics(id, true, context, std::move(done));
}

void ConnectionService::diagnostics(const QString &id, bool includePersonalData, QObject *context, DiagnosticsCallback done)
{
    done = boundTo(context, std::move(done));
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    credentials(id, this, [this, r, includePersonalData, done](const Result<StoredCredentials> &stored) {
        const StoredCredentials c = stored ? stored.value() : StoredCredentials();
        const Error error = stored ? Error() : stored.error();
        QJsonObject bundle;
        bundle.insert(QStringLiteral("keyway_version"), QStringLiteral(KEYWAY_VERSION));
        bundle.insert(QStringLiteral("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        bundle.insert(QStringLiteral("environment"), DiagnosticBundle::environment(m_secrets.description()));
        QJsonObject connection {{QStringLiteral("id"), r->id}, {QStringLiteral("integration"), r->integrationId},
            {QStringLiteral("auth_mode"), r->authMode}, {QStringLiteral("name"), r->name},
            {QStringLiteral("account"), r->accountLabel}, {QStringLiteral("subject"), r->accountSubject},
            {QStringLiteral("status"), statusToString(r->status)}, {QStringLiteral("status_detail"), r->statusDetail},
            {QStringLiteral("expires_at"), r->expiresAt.isValid() ? r->expiresAt.toString(Qt::ISODate) : QString()},
            {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(r->requestedScopes)},
            {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(r->grantedScopes)},
            {QStringLiteral("settings"), r->settings}};
        // RFC 9396 §7: what the provider granted beyond scopes. They may name accounts or amounts: personal data.
        if (includePersonalData && !c.tokens.authorizationDetails.isEmpty())
            connection.insert(QStringLiteral("granted_authorization_details"), c.tokens.authorizationDetails);
        bundle.insert(QStringLiteral("connection"), connection);
        QJsonObject tokens;
        if (error.isNull()) {
            auto describe = [](const QByteArray &token) {
                QJsonObject o {{QStringLiteral("fingerprint"), Redactor::fingerprint(token)}};
                if (Jwt::looksLikeJwt(QString::fromUtf8(token))) {
                    const auto decoded = Jwt::decode(QString::fromUtf8(token));
                    if (decoded) {
                        o.insert(QStringLiteral("header"), decoded.value().header());
                        o.insert(QStringLiteral("claims"), decoded.value().claims());
                    }
                }
                return o;
            };
            if (!c.tokens.accessToken.isEmpty())
                tokens.insert(QStringLiteral("access_token"), describe(c.tokens.accessToken));
            if (!c.tokens.refreshToken.isEmpty())
                tokens.insert(QStringLiteral("refresh_token"),
                    QJsonObject {{QStringLiteral("fingerprint"), Redactor::fingerprint(c.tokens.refreshToken)}});
            if (!c.tokens.idToken.isEmpty())
                tokens.insert(QStringLiteral("id_token"), describe(c.tokens.idToken));
        } else {
            tokens.insert(QStringLiteral("error"), error.toString());
        }
        bundle.insert(QStringLiteral("tokens"), tokens);
        QJsonArray events;
        for (const ConnectionEvent &e : m_repository->events(r->id))
            events.append(QJsonObject {{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)}, {QStringLiteral("step"), e.step},
                {QStringLiteral("outcome"), e.outcome}, {QStringLiteral("http_status"), e.httpStatus},
                {QStringLiteral("detail"), Redactor::redact(e.detail)}});
        bundle.insert(QStringLiteral("events"), events);
        QJsonArray history;
        for (const HistoryEntry &h : m_repository->history(r->id))
            history.append(QJsonObject {{QStringLiteral("at"), h.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("method"), h.method}, {QStringLiteral("url"), SensitiveFields::redactUrl(h.url)},
                {QStringLiteral("status"), h.status}, {QStringLiteral("duration_ms"), double(h.durationUs) / 1000.0}});
        bundle.insert(QStringLiteral("history"), history);
        // A last pass over the whole text: nothing secret leaves in a support bundle.
        bundle = includePersonalData ? DiagnosticBundle::withPersonalDataNoted(bundle)
                                     : DiagnosticBundle::withoutPersonalData(bundle);
        const QByteArray text = Redactor::redact(QString::fromUtf8(QJsonDocument(bundle).toJson())).toUtf8();
        done(QJsonDocument::fromJson(text));
    });
}

} // namespace keyway
