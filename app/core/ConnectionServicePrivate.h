#pragma once

// Private to app/core: the inner parts of ConnectionService (flows in progress, refresh timers, helpers),
// shared by ConnectionService.cpp and ConnectRun.cpp (one connect, in named steps). Nothing outside app/core
// includes this file.

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

namespace keyway {

// Where a connection's secrets live in the secret store.
inline QString secretKey(const QString &id)
{
    return QStringLiteral("connection/") + id;
}

// The parts of the service that callers need not see: flows in progress, refresh timers, helpers.
class ConnectionServicePrivate
{
public:
    explicit ConnectionServicePrivate(ConnectionService *q)
        : q(q)
    {
    }

    ConnectionService *q;

    // The service's parts, for ConnectRun (a friend of the service is this class alone).
    SecretStore &secrets() const { return q->m_secrets; }
    Catalog &catalog() const { return q->m_catalog; }
    ConnectionRepository &repository() const { return *q->m_repository; }
    QNetworkAccessManager *network() const { return q->m_network; }
    const ConnectionService::Settings &settings() const { return q->m_settings; }
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
        q->m_repository->addEvent(e);
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
        q->m_repository->save(*r);
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

    // RFC 8705: a reconnect that gives no TLS client certificate of a connection that has one takes the kept one (its
    // certificate from the settings, its key from the keychain), whatever other secret it gives.
    static bool needsStoredCertificate(const ConnectionRecord &existing, const ConnectRequest &r)
    {
        return r.clientCertificatePem.isEmpty() && r.clientKeyPem.isEmpty() && r.clientPkcs12.isEmpty()
            && !ConnectionSettings::fromJson(existing.settings).provider.clientCertificate.isEmpty();
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
        const bool secretMissing = needsStoredSecrets(r);
        const bool certificateMissing = needsStoredCertificate(existing, r);
        if (r.clientId.trimmed().isEmpty())
            r.clientId = stored.client.clientId;
        if (r.clientId.trimmed() == stored.client.clientId) {
            bool kept = false;
            if (secretMissing) {
                r.clientSecret = stored.client.clientSecret;
                r.privateKeyPem = stored.client.privateKeyPem;
                kept = !stored.client.clientSecret.isEmpty() || !stored.client.privateKeyPem.isEmpty();
            }
            if (certificateMissing && !stored.client.tlsKeyPem.isEmpty()) {
                r.clientCertificatePem = ConnectionSettings::fromJson(existing.settings).provider.clientCertificate.toUtf8();
                r.clientKeyPem = stored.client.tlsKeyPem;
                kept = true;
            }
            // Issue 15.3: the kept secret is bound to the token endpoint it was used with; entries from before
            // the binding existed take the one the connection last used.
            if (kept)
                r.keptSecretOrigin = !stored.client.tokenOrigin.isEmpty()
                    ? stored.client.tokenOrigin
                    : CredentialOrigins::of(QUrl(ConnectionSettings::fromJson(existing.settings).provider.tokenUrl));
            if (!r.privateKeyPem.isEmpty() && r.privateKeyPem == stored.client.privateKeyPem) {
                if (r.keyId.isEmpty())
                    r.keyId = stored.client.keyId;
                if (r.privateKeyAlg.isEmpty())
                    r.privateKeyAlg = stored.client.privateKeyAlg;
            }
        }
        if (!secretMissing)
            return;
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
            const std::optional<StoredCredentials> c = StoredCredentials::fromBytes(bytes);
            if (!c)
                return done(settings, {},
                    Error::make(QStringLiteral("keychain_corrupt"),
                        ConnectionService::tr("The stored credentials are damaged: connect again.")));
            c->registerSecrets();
            decide(*c);
        });
    }
};

} // namespace keyway
