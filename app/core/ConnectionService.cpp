#include "core/ConnectionService.h"

#include "auth/AuthorizationCodeFlow.h"
#include "auth/Introspection.h"
#include "auth/Revoker.h"
#include "catalog/Catalog.h"
#include "catalog/Discovery.h"
#include "common/Log.h"
#include "common/Redactor.h"
#include "common/SensitiveFields.h"
#include "core/ApiClient.h"
#include "core/ConnectionCapabilities.h"
#include "core/ConnectionChooser.h"
#include "core/ConnectionPlanner.h"
#include "core/ConnectionState.h"
#include "core/CredentialOrigins.h"
#include "core/DiagnosticBundle.h"
#include "core/EmbeddedProviders.h"
#include "core/FlowFactory.h"
#include "core/RefreshCoordinator.h"
#include "core/RefreshPolicy.h"
#include "jose/JwksCache.h"
#include "jose/Jws.h"
#include "jose/Jwt.h"
#include "store/ConnectionIndex.h"
#include "store/ConnectionLock.h"
#include "store/ConnectionRepository.h"
#include "store/Database.h"
#include "store/SecretStore.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace keyway {

namespace {
QString secretKey(const QString &id)
{
    return QStringLiteral("connection/") + id;
}
} // namespace

// The parts of the service that callers need not see: flows in progress, refresh timers, helpers.
class ConnectionServicePrivate
{
public:
    explicit ConnectionServicePrivate(ConnectionService *q)
        : q(q)
    {
    }

    ConnectionService *q;
    JwksCache *jwks = nullptr;
    RefreshCoordinator *refresher = nullptr;
    ApiClient *api = nullptr;
    ConnectionIndex *index = nullptr;
    QHash<QString, QTimer *> refreshTimers;
    QHash<QString, QDateTime> lastUsed; // when this process last handed out a connection's token
    QHash<QString, int> failures; // renewals failed in a row, for the scheduler's backoff
    QTimer *watcher = nullptr;
    int dataVersion = -1;
    QDateTime lastLook;
    QSet<QString> knownIds;

    void record(const QString &id, const QString &step, const QString &outcome, int httpStatus, const QString &detail)
    {
        ConnectionEvent e;
        e.connectionId = id;
        e.at = QDateTime::currentDateTimeUtc();
        e.step = step;
        e.outcome = outcome;
        e.httpStatus = httpStatus;
        e.detail = detail;
        q->m_repository->addEvent(e, nullptr);
        emit q->eventRecorded(id);
    }

    // Moves a connection through the state machine outside a refresh (the start-up check) and says so.
    void settle(const QString &id, ConnectionState::Event event, const QString &detail)
    {
        auto r = q->connection(id);
        if (!r)
            return;
        const ConnectionStatus before = r->status;
        const ConnectionStatus after = ConnectionState::next(before, event);
        if (after == before && (event == ConnectionState::Event::Verified || r->statusDetail == detail))
            return;
        r->status = after;
        r->statusDetail = after == ConnectionStatus::Connected ? QString() : detail;
        q->m_repository->save(*r, nullptr);
        schedule(*r);
        emit q->connectionChanged(id);
        if (after == ConnectionStatus::NeedsReauthorization && before != ConnectionStatus::NeedsReauthorization)
            emit q->needsReauthorization(id);
    }

    // The window keeps the tokens it uses fresh ahead of time (RefreshPolicy): a renewal is scheduled for a token
    // used since it was obtained, when it becomes due, never sooner than the policy's minimum interval after the
    // last renewal, and after failures with a growing backoff. The renewal itself is unforced: under the lock,
    // a token another process renewed meanwhile is not renewed again.
    void schedule(const ConnectionRecord &r, qint64 minimumWaitMs = 0)
    {
        delete refreshTimers.take(r.id);
        if (!q->m_settings.autoRefresh || !r.expiresAt.isValid()
            || !refresher->canRenew(ConnectionSettings::fromJson(r.settings).authMode)
            || r.status == ConnectionStatus::NeedsReauthorization || r.status == ConnectionStatus::Revoked
            || r.status == ConnectionStatus::Pending)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime obtained = r.refreshedAt.isValid() ? r.refreshedAt : r.updatedAt;
        const bool used = lastUsed.value(r.id) > obtained;
        QDateTime next = RefreshPolicy::nextScheduledRenewal(
            obtained, r.expiresAt, r.refreshedAt, used, q->m_settings.refreshLeadSeconds, now);
        // After a failure (keychain or network down) wait before the next try, longer each time, instead of
        // spinning on an answer that comes back at once (TestKeychainMidSession).
        const int failed = failures.value(r.id);
        if ((r.status == ConnectionStatus::Warning || r.status == ConnectionStatus::Error) && failed > 0)
            next = qMax(next.isValid() ? next : now, r.updatedAt.addMSecs(RefreshPolicy::failureBackoffMs(failed)));
        if (!next.isValid())
            return;
        auto *timer = new QTimer(q);
        timer->setSingleShot(true);
        const qint64 wait = qBound<qint64>(minimumWaitMs, now.msecsTo(next), 24LL * 24 * 3600 * 1000);
        // Coarse timers may fire a little early or late (5%, or whole seconds for the very coarse kind): fine for an
        // hour-long token, not for a five-second one.
        timer->setTimerType(wait > 600000 ? Qt::VeryCoarseTimer : Qt::CoarseTimer);
        // A timer cannot wait longer than ~24 days; it simply fires and reschedules.
        timer->setInterval(int(wait));
        const QString id = r.id;
        QObject::connect(timer, &QTimer::timeout, q, [this, id] {
            refreshTimers.remove(id);
            RefreshCoordinator::Request request;
            request.leadSeconds = q->m_settings.refreshLeadSeconds;
            // Unforced: a timer that fired early, or a token another process renewed, is not renewed; either way
            // the next renewal is scheduled from what is stored now.
            refresher->renew(id, request, [this, id](const Result<StoredCredentials> &) {
                if (const auto current = q->connection(id))
                    schedule(*current, 500);
            });
        });
        timer->start();
        refreshTimers.insert(id, timer);
    }

    // The connections that still have secrets in the keychain, as the database knows them: every update of the
    // keychain's index re-adds them (see ConnectionIndex).
    QStringList liveIds() const { return q->m_repository->liveIds(); }

    // Redactor's fingerprint of the credential the connection presents (shown to tell tokens apart).
    static QString fingerprint(const StoredCredentials &secrets)
    {
        if (!secrets.tokens.accessToken.isEmpty())
            return Redactor::fingerprint(secrets.tokens.accessToken);
        return Redactor::fingerprint(!secrets.apiKey.isEmpty() ? secrets.apiKey
                : !secrets.password.isEmpty()                  ? secrets.password
                                                               : secrets.username);
    }

    // Other Keyway processes (scripts, the keeper) change connections too: PRAGMA data_version tells, cheaply,
    // that another process committed; then the records changed since the last look are announced.
    void watchOtherProcesses()
    {
        const int version = q->m_repository->dataVersion();
        if (version == dataVersion)
            return;
        dataVersion = version;
        const QDateTime since = lastLook;
        lastLook = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QStringList ids = q->m_repository->ids();
        const QSet<QString> now(ids.cbegin(), ids.cend());
        for (const QString &id : std::as_const(knownIds))
            if (!now.contains(id)) {
                delete refreshTimers.take(id);
                emit q->connectionRemoved(id);
            }
        for (const ConnectionRecord &r : q->m_repository->changedSince(since)) {
            schedule(r);
            if (knownIds.contains(r.id))
                emit q->connectionChanged(r.id);
            else
                emit q->connectionAdded(r.id);
        }
        knownIds = now;
    }

    bool nameIsFree(const QString &name, const QString &exceptId) const { return !q->m_repository->nameTaken(name, exceptId); }

    // `base`, or "base (2)", "base (3)", ... whichever no other connection has.
    QString freeName(const QString &base, const QString &exceptId) const
    {
        QString name = base;
        for (int n = 2; !nameIsFree(name, exceptId) && n < 10000; ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        return name;
    }

    // Runs `work` holding the connection's ConnectionLock: every writer of a connection's secrets and record (a
    // renewal, a reconnect, a disconnect, a removal) holds it, in whichever Keyway process it runs. The lock goes
    // when the last copy of the shared pointer handed to `work` does.
    void exclusively(const QString &id, const std::function<void(std::shared_ptr<ConnectionLock>, const Error &)> &work)
    {
        if (refresher->hasUnsaved(id))
            return work(nullptr,
                Error::make(QStringLiteral("keychain_pending"),
                    ConnectionService::tr("Keyway holds renewed tokens for this connection that the keychain has not "
                                          "taken yet (is it locked?): unlock it and try again.")));
        ConnectionLock::acquire(
            id, q, ConnectionLock::kDefaultTimeoutMs, [work](std::unique_ptr<ConnectionLock> lock, const Error &error) {
                work(std::shared_ptr<ConnectionLock>(std::move(lock)), error);
            });
    }

    // A reconnect that names no client secret, private key, API key or password may take them from the keychain.
    static bool needsStoredSecrets(const ConnectRequest &r)
    {
        return r.clientSecret.isEmpty() && r.privateKeyPem.isEmpty() && r.serviceAccountJson.isEmpty()
            && ((r.apiKey.isEmpty() && r.password.isEmpty() && r.bearerToken.isEmpty()));
    }

    static bool sameMode(const ConnectionRecord &existing, const ConnectRequest &r)
    {
        return r.authMode.isEmpty() || r.authMode == existing.authMode;
    }

    // Completes a reconnect request with the secrets stored for the connection. A different client id (or
    // username) means a different client (or account): its secret is not the stored one, so nothing is taken.
    static void fillFromStored(ConnectRequest &r, const ConnectionRecord &existing, const StoredCredentials &stored)
    {
        if (!r.integrationId.isEmpty() && r.integrationId != existing.integrationId)
            return;
        if (!sameMode(existing, r))
            return;
        if (r.clientId.trimmed().isEmpty())
            r.clientId = stored.client.clientId;
        if (r.clientId.trimmed() == stored.client.clientId) {
            r.clientSecret = stored.client.clientSecret;
            r.privateKeyPem = stored.client.privateKeyPem;
            // Issue 15.3: the kept secret is bound to the token endpoint it was used with; entries from before
            // the binding existed take the one the connection last used.
            if (!stored.client.clientSecret.isEmpty() || !stored.client.privateKeyPem.isEmpty())
                r.keptSecretOrigin = !stored.client.tokenOrigin.isEmpty()
                    ? stored.client.tokenOrigin
                    : CredentialOrigins::of(QUrl(ConnectionSettings::fromJson(existing.settings).provider.tokenUrl));
            if (!stored.client.privateKeyPem.isEmpty()) {
                if (r.keyId.isEmpty())
                    r.keyId = stored.client.keyId;
                if (r.privateKeyAlg.isEmpty())
                    r.privateKeyAlg = stored.client.privateKeyAlg;
            }
        }
        switch (AuthModes::credential(ConnectionSettings::fromJson(existing.settings).authMode)) {
        case AuthModes::Credential::ApiKey:
            r.apiKey = stored.apiKey;
            break;
        case AuthModes::Credential::Basic:
            if (r.username.isEmpty())
                r.username = QString::fromUtf8(stored.username);
            if (r.username.toUtf8() == stored.username)
                r.password = stored.password;
            break;
        case AuthModes::Credential::AccessToken:
            break;
        }
    }

    // The keychain holds nothing for the connection (it was disconnected, which deletes every secret): a client
    // that authenticated with a secret or a key cannot silently become a public client, so say what is missing.
    static Error missingStoredSecret(const ConnectionRecord &existing, const ConnectRequest &r)
    {
        if (!sameMode(existing, r) || (!r.integrationId.isEmpty() && r.integrationId != existing.integrationId))
            return {};
        const ConnectionSettings settings = ConnectionSettings::fromJson(existing.settings);
        if (!r.clientId.trimmed().isEmpty() && r.clientId.trimmed() != settings.clientId)
            return {};
        if (!AuthModes::isOAuthClient(settings.authMode))
            return {};
        if (settings.authMode == AuthMode::JwtBearer || settings.provider.clientAuth == ProviderConfig::ClientAuth::PrivateKeyJwt)
            return Error::make(QStringLiteral("missing_private_key"),
                ConnectionService::tr("The private key was deleted from the keychain when this connection was disconnected: "
                                      "load it again."));
        if (settings.provider.clientAuth == ProviderConfig::ClientAuth::Basic
            || settings.provider.clientAuth == ProviderConfig::ClientAuth::Post)
            return Error::make(QStringLiteral("missing_client_secret"),
                ConnectionService::tr("The client secret was deleted from the keychain when this connection was disconnected: "
                                      "enter it again."));
        return {};
    }

    // The tokens of a finished flow could not be stored (issue 15.11): revoke what was issued (RFC 7009), so no
    // live grant is left that nobody holds, then fail the attempt with the store's error.
    void revokeUnkept(
        const ConnectionPlan &plan, const StoredCredentials &secrets, const Error &storeError, ConnectAttempt *attempt)
    {
        const QByteArray token = secrets.tokens.refreshToken.isEmpty() ? secrets.tokens.accessToken : secrets.tokens.refreshToken;
        if (token.isEmpty() || plan.settings.provider.revocationUrl.isEmpty())
            return attempt->finishError(storeError);
        auto *revoker = new Revoker(q->m_network, attempt);
        const QString hint
            = secrets.tokens.refreshToken.isEmpty() ? QStringLiteral("access_token") : QStringLiteral("refresh_token");
        revoker->revoke(plan.settings.provider, secrets.client, token, hint, [attempt, storeError](const Error &revokeError) {
            Error e = storeError;
            e.message = revokeError.isNull()
                ? ConnectionService::tr("%1 The tokens the provider issued were revoked.").arg(storeError.message)
                : ConnectionService::tr("%1 Revoking the tokens the provider issued failed too: %2")
                      .arg(storeError.message, revokeError.message);
            attempt->finishError(e);
        });
    }

    // Reads a connection's settings and secrets; renews the access token first when forceRefresh is set or the
    // token is due (RefreshPolicy), through the RefreshCoordinator (single-flight across processes). A valid
    // token costs one keychain read and no lock.
    void credentials(
        const QString &id, bool forceRefresh, const ApiClient::CredentialsDone &done, const QByteArray &rejected = {})
    {
        const auto r = q->connection(id);
        if (!r)
            return done({}, {}, Error::make(QStringLiteral("not_found"), ConnectionService::tr("No such connection."), id));
        if (r->status == ConnectionStatus::Revoked)
            return done({}, {},
                Error::make(
                    QStringLiteral("revoked"), ConnectionService::tr("This connection was disconnected: connect again.")));
        // Keyway knows the grant is gone: handing out the last access token would only make a script fail later.
        if (r->status == ConnectionStatus::NeedsReauthorization)
            return done({}, {},
                Error::make(QStringLiteral("needs_reauthorization"),
                    ConnectionService::tr("The authorization is no longer valid: connect again."), r->statusDetail));
        const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
        const Error embedded = EmbeddedProviders::ensureRunning(settings.embeddedProvider);
        if (!embedded.isNull())
            return done(settings, {}, embedded);
        const QDateTime refreshedAt = r->refreshedAt;
        auto decide = [this, id, forceRefresh, settings, refreshedAt, done, rejected](const StoredCredentials &c) {
            const bool renewable = refresher->canRenew(settings.authMode);
            const bool due = RefreshPolicy::isDue(c.tokens.obtainedAt, c.tokens.expiresAt, refreshedAt,
                q->m_settings.refreshLeadSeconds, QDateTime::currentDateTimeUtc());
            if (!renewable || (!forceRefresh && !due)) {
                lastUsed.insert(id, QDateTime::currentDateTimeUtc());
                return done(settings, c, {});
            }
            RefreshCoordinator::Request request;
            request.force = forceRefresh;
            request.leadSeconds = q->m_settings.refreshLeadSeconds;
            request.rejectedAccessToken = rejected;
            refresher->renew(id, request, [this, id, settings, c, done](const Result<StoredCredentials> &result) {
                if (!result)
                    return done(settings, c, result.error());
                lastUsed.insert(id, QDateTime::currentDateTimeUtc());
                done(settings, result.value(), {});
            });
        };
        // Tokens renewed here that the keychain has not taken yet are the current ones.
        if (refresher->hasUnsaved(id))
            return decide(refresher->unsaved(id));
        q->m_secrets.read(secretKey(id), [this, settings, done, decide](const QByteArray &bytes, const Error &error) {
            if (!error.isNull())
                return done(settings, {}, error);
            bool ok = false;
            const StoredCredentials c = StoredCredentials::fromBytes(bytes, &ok);
            if (!ok)
                return done(settings, {},
                    Error::make(QStringLiteral("keychain_corrupt"),
                        ConnectionService::tr("The stored credentials are damaged: connect again.")));
            c.registerSecrets();
            decide(c);
        });
    }
};

ConnectionService::ConnectionService(Database &database, SecretStore &secrets, Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_catalog(catalog)
    , m_network(new QNetworkAccessManager(this))
    , m_repository(std::make_unique<ConnectionRepository>(database))
    , d(std::make_unique<ConnectionServicePrivate>(this))
{
    // TLS: Qt verifies certificates by default and nothing here ever ignores an SSL error.
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
        m_repository->addHistory(entry, nullptr);
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
    Error error;
    if (!m_repository->save(record, &error))
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
    // Only when the schedule changes, and only the columns the schedule reads (RefreshPolicy): parsing thousands of
    // whole records here would hold up the window's start.
    if (reschedule)
        for (const ConnectionRecord &r : m_repository->schedules())
            d->schedule(r);
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
    return Error::make(
        QStringLiteral("ambiguous"), tr("\"%1\" matches %2 connections: give more of the id.").arg(idOrName).arg(matches.size()));
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
    Error error;
    if (!m_repository->setDefaultConnection(c->integrationId, c->id, &error))
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

bool ConnectionService::rename(const QString &id, const QString &name, Error *error)
{
    auto r = connection(id);
    if (!r) {
        if (error)
            *error = Error::make(QStringLiteral("not_found"), tr("No such connection."), id);
        return false;
    }
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() && !d->nameIsFree(trimmed, id)) {
        if (error)
            *error = Error::make(QStringLiteral("name_taken"),
                tr("Another connection is already named \"%1\": choose another name.").arg(trimmed));
        return false;
    }
    if (!m_repository->rename(id, trimmed, error))
        return false;
    emit connectionChanged(id);
    return true;
}

bool ConnectionService::adopt(const ConnectionRecord &record, const QString &detail, Error *error)
{
    if (connection(record.id)) {
        if (error)
            *error = Error::make(QStringLiteral("exists"), tr("This connection already exists."), record.id);
        return false;
    }
    ConnectionRecord r = record;
    withdrawStaleInsecureHttp(r); // the copy may predate the integration's change of mind
    if (!m_repository->save(r, error))
        return false;
    d->record(r.id, QStringLiteral("recovered"), QStringLiteral("info"), 0, detail);
    d->schedule(r);
    emit connectionAdded(r.id);
    return true;
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
    auto *attempt = new ConnectAttempt(this);
    // Events of the attempt are kept until the connection exists, then written; a failed first connect leaves
    // no half-made connection behind.
    auto events = std::make_shared<QList<ConnectionEvent>>();
    auto note = [events](const QString &step, const QString &outcome, int status, const QString &detail) {
        ConnectionEvent e;
        e.at = QDateTime::currentDateTimeUtc();
        e.step = step;
        e.outcome = outcome;
        e.httpStatus = status;
        e.detail = Redactor::redact(detail);
        events->append(e);
    };
    connect(attempt, &ConnectAttempt::failed, this, [this, request, events](const Error &error) {
        if (request.reconnectId.isEmpty())
            return;
        for (ConnectionEvent e : *events) {
            e.connectionId = request.reconnectId;
            m_repository->addEvent(e, nullptr);
        }
        d->record(request.reconnectId, QStringLiteral("reconnect"), QStringLiteral("error"), error.httpStatus, error.toString());
    });
    connect(attempt, &ConnectAttempt::succeeded, attempt, &QObject::deleteLater, Qt::QueuedConnection);
    connect(attempt, &ConnectAttempt::failed, attempt, &QObject::deleteLater, Qt::QueuedConnection);

    // Plans the connection and runs its flow, once the request is complete (see reconnect below).
    auto start = [this, attempt, events, note](const ConnectRequest &request) {
        if (attempt->isCancelRequested())
            return attempt->finishError(Error::make(QStringLiteral("cancelled"), tr("Connecting was cancelled.")));
        ConnectRequest req = request;
        if (req.integrationId.isEmpty() && !req.issuer.isEmpty())
            req.integrationId = QStringLiteral("openid-connect");
        if (!req.issuer.isEmpty() && !req.variables.contains(QStringLiteral("issuer")))
            req.variables.insert(QStringLiteral("issuer"), req.issuer);
        if (!req.reconnectId.isEmpty() && req.integrationId.isEmpty())
            if (const auto existing = connection(req.reconnectId))
                req.integrationId = existing->integrationId;
        const auto integration = m_catalog.find(req.integrationId);
        if (!integration)
            return attempt->finishError(Error::make(QStringLiteral("unknown_integration"),
                tr("There is no integration \"%1\" (see keyway integrations).").arg(req.integrationId)));
        // Reconnecting keeps the template values (issuer, subdomain, ...) the connection was made with, unless
        // the request gives new ones.
        if (!req.reconnectId.isEmpty())
            if (const auto existing = connection(req.reconnectId); existing && existing->integrationId == integration->id) {
                const ConnectionSettings kept = ConnectionSettings::fromJson(existing->settings);
                const QJsonObject stored = kept.variables;
                for (const TemplateVariable &v : integration->variables)
                    if (!req.variables.contains(v.name) && stored.value(v.name).isString())
                        req.variables.insert(v.name, stored.value(v.name).toString());
                // ...and the exact redirect URI the user registered at the provider.
                if (req.redirectUri.isEmpty())
                    req.redirectUri = kept.redirectUri;
                // ...and asks for the scopes the connection had (offline_access included: without it some providers
                // issue no refresh token), not the integration's defaults, unless the request names others.
                if (req.authMode.isEmpty())
                    req.authMode = existing->authMode;
                if (req.scopes.isEmpty() && req.authMode == existing->authMode)
                    req.scopes = existing->requestedScopes;
            }
        // Names pick connections on the command line: two alike would make both ambiguous.
        if (!req.name.trimmed().isEmpty() && !d->nameIsFree(req.name.trimmed(), req.reconnectId))
            return attempt->finishError(Error::make(QStringLiteral("name_taken"),
                tr("Another connection is already named \"%1\": choose another name.").arg(req.name.trimmed())));
        const Error embedded = EmbeddedProviders::ensureRunning(integration->embeddedProvider);
        if (!embedded.isNull())
            return attempt->finishError(embedded);
        auto planned = ConnectionPlanner::plan(*integration, req, m_catalog.vocabulary());
        if (!planned)
            return attempt->finishError(planned.error());
        auto plan = std::make_shared<ConnectionPlan>(planned.value());
        // RFC 9700 §2.1.1: PKCE may be off for a provider that rejects it, but never silently.
        if (plan->mode == AuthMode::AuthorizationCode && !plan->oauth.pkce) {
            note(QStringLiteral("pkce"), QStringLiteral("warning"), 0, integration->pkceOffWarning());
            emit attempt->warning(integration->pkceOffWarning());
        }
        for (const QString &unsupported : plan->scopeWarnings) {
            // Not silently: the front ends show it before the browser opens.
            const QString text
                = tr("%1 has no mapping for the unified scope %2; it is not requested").arg(integration->name, unsupported);
            note(QStringLiteral("scopes"), QStringLiteral("info"), 0, text);
            emit attempt->progress(QStringLiteral("scopes"), text);
        }

        // Saves the result of a successful flow (or of a credential entered by hand).
        auto persist = [this, attempt, req, plan, events, note](const FlowResult &result) {
            ConnectionPlanner::completeApi(*plan, result.tokens.responseValues);
            StoredCredentials secrets = plan->secrets;
            if (!result.tokens.isNull())
                secrets.tokens = result.tokens;
            secrets.registerSecrets();
            const QString id = req.reconnectId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : req.reconnectId;
            ConnectionRecord r = connection(id).value_or(ConnectionRecord {});
            r.id = id;
            r.integrationId = plan->integration.id;
            r.authMode = Integration::toString(plan->settings.authMode);
            r.accountLabel = result.account.label;
            r.accountSubject = result.account.subject;
            // The user's name, else one after the account ("alice@example.com — Google"), made unique.
            if (!req.name.trimmed().isEmpty())
                r.name = req.name.trimmed();
            else if (r.name.isEmpty())
                r.name = d->freeName(result.account.label.isEmpty()
                        ? plan->integration.name
                        : tr("%1 — %2").arg(result.account.label, plan->integration.name),
                    id);
            r.requestedScopes = plan->requestedScopes;
            r.grantedScopes = ConnectionPlanner::grantedScopes(plan->requestedScopes, secrets.tokens);
            r.status = ConnectionState::next(r.status, ConnectionState::Event::Authorized);
            r.statusDetail.clear();
            r.expiresAt = secrets.tokens.expiresAt;
            r.tokenFingerprint = d->fingerprint(secrets);
            r.settings = plan->settings.toJson();
            if (!r.createdAt.isValid())
                r.createdAt = QDateTime::currentDateTimeUtc();
            // What the connection is goes into the keychain with its secrets, and its id into the keychain's index
            // first, so a lost database can be rebuilt from the keychain (KeychainRecovery).
            secrets.record = recordCopy(r);
            // Holding the connection's lock: no renewal of another process writes over a reconnect's new grant.
            d->exclusively(id,
                [this, attempt, req, plan, events, result, secrets, id, r](
                    std::shared_ptr<ConnectionLock> lock, const Error &lockError) {
                    if (!lockError.isNull())
                        return attempt->finishError(lockError);
                    d->index->add(QStringList {id} + d->liveIds(),
                        [this, attempt, req, plan, events, result, secrets, id, r, lock](const Error &) {
                            m_secrets.write(secretKey(id), secrets.toBytes(),
                                [this, attempt, req, plan, events, result, secrets, id, r, lock](const Error &error) {
                                    if (!error.isNull())
                                        return d->revokeUnkept(*plan, secrets, error, attempt);
                                    Error saveError;
                                    if (!m_repository->save(r, &saveError)
                                        || !m_repository->recordAuthorized(id, QDateTime::currentDateTimeUtc(),
                                            !secrets.tokens.refreshToken.isEmpty(), &saveError))
                                        return attempt->finishError(saveError);
                                    for (ConnectionEvent e : *events) {
                                        e.connectionId = id;
                                        m_repository->addEvent(e, nullptr);
                                    }
                                    d->record(id, QStringLiteral("connected"), QStringLiteral("ok"), 0,
                                        result.account.label.isEmpty() ? tr("Connected")
                                                                       : tr("Connected as %1").arg(result.account.label));
                                    if (const auto saved = connection(id))
                                        d->schedule(*saved);
                                    if (req.reconnectId.isEmpty())
                                        emit connectionAdded(id);
                                    else
                                        emit connectionChanged(id);
                                    attempt->finishOk(id);
                                });
                        });
                });
        };

        auto runFlow = [this, attempt, plan, req, note, persist] {
            if (attempt->isCancelRequested())
                return attempt->finishError(Error::make(QStringLiteral("cancelled"), tr("Connecting was cancelled.")));
            // Issue 15.3 (RFC 6749 §2.3.1, RFC 9700 §4.4): a client secret or key kept in the keychain goes only to the
            // token endpoint origin it was first used with. A changed integration file (or metadata) that moves the
            // token endpoint gets nothing until the user gives the secret again.
            const QString tokenOrigin = CredentialOrigins::of(QUrl(plan->settings.provider.tokenUrl));
            if (!req.keptSecretOrigin.isEmpty() && tokenOrigin != req.keptSecretOrigin)
                return attempt->finishError(Error::make(QStringLiteral("token_endpoint_moved"),
                    tr("The token endpoint of %1 moved from %2 to %3: Keyway does not send the kept client secret or key "
                       "there. Give it again to use the new endpoint.")
                        .arg(plan->integration.name, req.keptSecretOrigin, tokenOrigin.isEmpty() ? tr("(none)") : tokenOrigin)));
            plan->secrets.client.tokenOrigin = req.keptSecretOrigin.isEmpty() ? tokenOrigin : req.keptSecretOrigin;
            FlowFactory::Environment env;
            env.browserCommand = m_settings.browserCommand;
            env.callbackTimeoutSeconds = m_settings.callbackTimeoutSeconds;
            env.clockSkewSeconds = m_settings.clockSkewSeconds;
            env.network = m_network;
            env.jwks = d->jwks;
            Flow *flow = FlowFactory::create(*plan, req, env, attempt);
            if (!flow && !FlowFactory::isEnteredByHand(*plan))
                return attempt->finishError(Error::make(QStringLiteral("unsupported_auth_mode"),
                    tr("This version of Keyway cannot connect with \"%1\" yet.")
                        .arg(Integration::toString(plan->settings.authMode))));
            if (!flow) {
                // Credentials entered by hand: nothing to obtain.
                FlowResult result;
                result.tokens = plan->secrets.tokens;
                return persist(result);
            }
            connect(flow, &Flow::authorizationUrlReady, attempt, &ConnectAttempt::setAuthorizationUrl);
            connect(flow, &Flow::browserOpened, attempt, &ConnectAttempt::browserOpened);
            connect(flow, &Flow::browserFailed, attempt, &ConnectAttempt::browserFailed);
            connect(flow, &Flow::deviceCodeReady, attempt, &ConnectAttempt::deviceCodeReady);
            connect(flow, &Flow::step, attempt,
                [attempt, note](const QString &step, const QString &outcome, int status, const QString &detail) {
                    note(step, outcome, status, detail);
                    emit attempt->progress(step, detail);
                });
            connect(flow, &Flow::finished, attempt, persist);
            connect(flow, &Flow::failed, attempt, &ConnectAttempt::finishError);
            connect(attempt, &ConnectAttempt::cancelRequested, flow, &Flow::cancel);
            connect(attempt, &ConnectAttempt::reopenRequested, flow, &Flow::openBrowserAgain);
            attempt->setRedirectSink([flow = QPointer<Flow>(flow)](const QUrl &url) {
                return flow ? flow->submitRedirect(url)
                            : Error::make(QStringLiteral("sign_in_over"), tr("This sign-in has already ended."));
            });
            flow->start();
        };

        // Issue 15.11: a sign-in whose tokens could not be kept is a sign-in for nothing (and leaves a live grant
        // behind). The secret store must take a write before the browser opens or anything is requested.
        auto checkStoreThenRun = [this, attempt, plan, runFlow] {
            if (FlowFactory::isEnteredByHand(*plan))
                return runFlow();
            const QString probe = QStringLiteral("write-check/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_secrets.write(probe, QByteArrayLiteral("ok"), [this, attempt, probe, runFlow](const Error &error) {
                if (!error.isNull()) {
                    Error e = error;
                    e.message = tr("%1 Nothing was opened or requested: the tokens could not be kept.").arg(error.message);
                    return attempt->finishError(e);
                }
                m_secrets.remove(probe, [](const Error &) {});
                runFlow();
            });
        };

        if (!plan->oauth.needsDiscovery())
            return checkStoreThenRun();
        // OpenID Connect Discovery (or RFC 8414 metadata for plain OAuth servers) fills in the endpoints.
        auto *discovery = new Discovery(m_network, attempt);
        const auto kind = plan->oauth.openid ? Discovery::Kind::OpenIdConnect : Discovery::Kind::OAuthAuthorizationServer;
        connect(discovery, &Discovery::finished, attempt, [plan, note, checkStoreThenRun](const OAuthSettings &settings) {
            note(QStringLiteral("discovery"), QStringLiteral("ok"), 200, tr("Endpoints from %1").arg(settings.issuer));
            ConnectionPlanner::applyDiscovered(*plan, settings);
            checkStoreThenRun();
        });
        connect(discovery, &Discovery::failed, attempt, &ConnectAttempt::finishError);
        connect(attempt, &ConnectAttempt::cancelRequested, discovery, [attempt, discovery] {
            discovery->abort();
            attempt->finishError(Error::make(QStringLiteral("cancelled"), tr("Connecting was cancelled.")));
        });
        if (!plan->oauth.discoveryUrl.isEmpty())
            discovery->startWithUrl(QUrl(plan->oauth.discoveryUrl), plan->oauth.issuer, kind, plan->oauth);
        else
            discovery->start(plan->oauth.issuer, kind, plan->oauth);
    };

    QTimer::singleShot(0, attempt, [this, attempt, request, start] {
        const std::optional<ConnectionRecord> existing
            = request.reconnectId.isEmpty() ? std::nullopt : connection(request.reconnectId);
        if (!existing || !d->needsStoredSecrets(request))
            return start(request);
        // Reconnecting without typing the secret again: the client secret, private key (or API key, password)
        // kept in the keychain for this connection are used, as long as the client stays the same.
        m_secrets.read(
            secretKey(existing->id), [this, attempt, request, start, existing](const QByteArray &bytes, const Error &error) {
                if (attempt->isCancelRequested())
                    return attempt->finishError(Error::make(QStringLiteral("cancelled"), tr("Connecting was cancelled.")));
                if (!error.isNull() && error.code != QLatin1String("not_found"))
                    return attempt->finishError(error);
                bool ok = false;
                const StoredCredentials stored = error.isNull() ? StoredCredentials::fromBytes(bytes, &ok) : StoredCredentials();
                if (ok)
                    stored.registerSecrets();
                ConnectRequest completed = request;
                if (!ok) {
                    const Error missing = d->missingStoredSecret(*existing, request);
                    if (!missing.isNull())
                        return attempt->finishError(missing);
                } else {
                    d->fillFromStored(completed, *existing, stored);
                }
                start(completed);
            });
    });
    return attempt;
}

void ConnectionService::accessToken(const QString &id, bool forceRefresh, TokenCallback done)
{
    present(
        id, forceRefresh, [done](const Result<PresentedCredential> &p) { p ? done(p.value().secret, {}) : done({}, p.error()); });
}

void ConnectionService::present(const QString &id, bool forceRefresh, PresentCallback done)
{
    d->credentials(id, forceRefresh, [done](const ConnectionSettings &settings, const StoredCredentials &c, const Error &error) {
        if (!error.isNull())
            return done(error);
        done(PresentedCredential::from(settings, c));
    });
}

void ConnectionService::refresh(const QString &id, DoneCallback done, const QByteArray &rejectedAccessToken)
{
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

void ConnectionService::disconnect(const QString &id, DoneCallback done)
{
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
        const StoredCredentials c = StoredCredentials::fromBytes(bytes);
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
                    m_repository->save(*r, nullptr);
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

void ConnectionService::remove(const QString &id, DoneCallback done)
{
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
        Error error;
        if (!m_repository->remove(id, &error))
            return done(error);
        qCInfo(lcService) << "removed connection" << id;
        emit connectionRemoved(id);
        d->index->remove({id}, [done](const Error &) { done({}); });
    });
}

void ConnectionService::credentials(const QString &id, CredentialsCallback done)
{
    m_secrets.read(secretKey(id), [done](const QByteArray &bytes, const Error &error) {
        if (!error.isNull())
            return done({}, error);
        bool ok = false;
        const StoredCredentials c = StoredCredentials::fromBytes(bytes, &ok);
        if (!ok)
            return done({}, Error::make(QStringLiteral("keychain_corrupt"), tr("The stored credentials are damaged.")));
        c.registerSecrets();
        done(c, {});
    });
}

void ConnectionService::verifySignature(const QString &id, const QByteArray &token, SignatureCallback done)
{
    const auto r = connection(id);
    if (!r)
        return done({}, Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    const auto jws = std::make_shared<Result<Jws>>(Jws::parse(token));
    if (!*jws)
        return done({}, jws->error());
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    if (settings.provider.jwksUrl.isEmpty())
        return done({},
            Error::make(QStringLiteral("no_jwks"),
                tr("The provider publishes no key set (jwks_uri), so the signature cannot be checked.")));
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
            Error error;
            if (signature.verify(key, &error)) {
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
                return done({}, unavailable(error));
            QString keyId;
            bool none = false;
            const Error result = check(keys, &keyId, &none);
            if (!none)
                return done(keyId, result);
            // RFC 7517 §5 / OIDC Core §10.1.1: the provider may have rotated its keys; fetch them once more.
            d->jwks->keys(
                url, true,
                [check, unavailable, done](const Jwks &fresh, const Error &fetchError) {
                    if (!fetchError.isNull())
                        return done({}, unavailable(fetchError));
                    QString freshKeyId;
                    bool stillNone = false;
                    const Error again = check(fresh, &freshKeyId, &stillNone);
                    done(freshKeyId, again);
                },
                this, allowInsecureHttp);
        },
        this, allowInsecureHttp);
}

void ConnectionService::introspect(const QString &id, bool refreshToken, std::function<void(const Result<QJsonObject> &)> done)
{
    const auto r = connection(id);
    if (!r)
        return done(Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    const ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    if (settings.provider.introspectionUrl.isEmpty())
        return done(Error::make(QStringLiteral("no_introspection"), tr("This provider has no token introspection endpoint.")));
    credentials(id, [this, id, settings, refreshToken, done](const StoredCredentials &c, const Error &error) {
        if (!error.isNull())
            return done(error);
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
    done(OutgoingRequest::build(request, ConnectionSettings::fromJson(r->settings), OutgoingRequest::placeholder()));
}

QHash<QString, QDateTime> ConnectionService::lastRequests() const
{
    return m_repository->lastRequests();
}

void ConnectionService::check(const QString &id, DoneCallback done)
{
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

bool ConnectionService::allowOrigin(const QString &id, const QString &origin, Error *error)
{
    auto r = connection(id);
    const QString parsed = CredentialOrigins::parse(origin);
    if (!r || parsed.isEmpty()) {
        if (error)
            *error = Error::make(QStringLiteral("bad_origin"), tr("\"%1\" is not an origin of a connection.").arg(origin), id);
        return false;
    }
    ConnectionSettings settings = ConnectionSettings::fromJson(r->settings);
    if (settings.allowedOrigins.contains(parsed))
        return true;
    settings.allowedOrigins << parsed;
    r->settings = settings.toJson();
    if (!m_repository->save(*r, error))
        return false;
    d->record(id, QStringLiteral("origin_allowed"), QStringLiteral("info"), 0,
        tr("The credential may now also be sent to %1").arg(parsed));
    emit connectionChanged(id);
    return true;
}

void ConnectionService::diagnostics(const QString &id, std::function<void(const QJsonDocument &, const Error &)> done)
{
    diagnostics(id, true, std::move(done));
}

void ConnectionService::diagnostics(
    const QString &id, bool includePersonalData, std::function<void(const QJsonDocument &, const Error &)> done)
{
    const auto r = connection(id);
    if (!r)
        return done({}, Error::make(QStringLiteral("not_found"), tr("No such connection."), id));
    credentials(id, [this, r, includePersonalData, done](const StoredCredentials &c, const Error &error) {
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
        done(QJsonDocument::fromJson(text), {});
    });
}

} // namespace keyway
