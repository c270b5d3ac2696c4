#include "core/RefreshCoordinator.h"

#include "auth/ClientCredentialsFlow.h"
#include "auth/Introspection.h"
#include "auth/RefreshedIdToken.h"
#include "auth/TokenEndpoint.h"
#include "catalog/Integration.h"
#include "common/Log.h"
#include "common/Redactor.h"
#include "core/ConnectionPlanner.h"
#include "core/ConnectionState.h"
#include "core/RefreshPolicy.h"
#include "store/ConnectionLock.h"
#include "store/ConnectionRepository.h"
#include "store/SecretStore.h"

#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace keyway {

namespace {
QString secretKey(const QString &id)
{
    return QStringLiteral("connection/") + id;
}

// Test hook for TestRefreshCrashSafety and TestCrossProcessRefresh, inert unless KEYWAY_TEST_CRASH_AT names a step:
// the process is killed there with SIGKILL, exactly as `kill -9` or a power cut would. Steps, in order:
//   before_send      the renewal is marked in flight in the database, nothing sent yet
//   before_response  the provider has answered (and may have rotated the refresh token), nothing read yet
//   after_response   the new tokens are in memory, nothing written
//   during_write     the new tokens are in the keychain, the database still describes the old ones
//   after_write      both written, the caller not yet told
void crashPointForTests(const char *step)
{
    static const QByteArray wanted = qgetenv("KEYWAY_TEST_CRASH_AT");
    if (!wanted.isEmpty() && wanted == step)
        std::raise(SIGKILL);
}

// Test hook: KEYWAY_TEST_HOLD_LOCK_MS=N makes a renewal wait N ms after taking the connection's lock, so a test can
// kill the holder while it holds it. Inert unless set.
int holdLockForTestsMs()
{
    static const int ms = qEnvironmentVariableIntValue("KEYWAY_TEST_HOLD_LOCK_MS");
    return ms;
}

bool isTransient(const Error &error)
{
    return error.code == QLatin1String("network_error") || error.code == QLatin1String("server_error")
        || error.code == QLatin1String("temporarily_unavailable") || error.code == QLatin1String("timeout")
        || error.httpStatus >= 500 || error.httpStatus == 429;
}

// The provider answered with an OAuth error object (RFC 6749 §5.2) below 500: it refused the request and issued
// nothing, so a refresh token it was sent is as good (or as dead) as before. Keyway's own codes for answers that
// are not such an object, and the server's own failure codes, say nothing of the kind.
bool providerRefused(const Error &error, int httpStatus)
{
    static const QStringList notARefusal = {
        QStringLiteral("server_error"),
        QStringLiteral("temporarily_unavailable"),
        QStringLiteral("http_error"),
        QStringLiteral("invalid_token_response"),
        QStringLiteral("invalid_response"),
        QStringLiteral("html_response"),
        QStringLiteral("empty_response"),
        QStringLiteral("response_too_large"),
        QStringLiteral("unexpected_redirect"),
        QStringLiteral("network_error"),
        QStringLiteral("cancelled"),
        QStringLiteral("timeout"),
    };
    return httpStatus > 0 && httpStatus < 500 && !notARefusal.contains(error.code);
}

QString when(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

struct RefreshCoordinator::Operation
{
    QString id;
    Request request;
    QDateTime askedAt;
    QDateTime askedRefreshedAt; // the connection's refreshed_at when the renewal was asked for
    QList<Done> waiters;
    // A forced request that arrived while this (unforced) one was deciding: it runs next.
    std::shared_ptr<Operation> followUp;

    std::unique_ptr<ConnectionLock> lock;
    std::optional<StoredCredentials> heldUnsaved;
    ConnectionRecord record;
    ConnectionSettings settings;
    StoredCredentials current;
    int attempt = 1;
    QDateTime sentAt;
    QTimer *retryTimer = nullptr; // running only between a failed attempt and the next
};

struct RefreshCoordinator::Unsaved
{
    StoredCredentials credentials;
    std::unique_ptr<ConnectionLock> lock; // kept: no other process may renew from the keychain's spent token
    QDateTime sentAt;
    bool rotated = false;
    int httpStatus = 0;
    int failures = 1;
    QTimer *timer = nullptr;
};

RefreshCoordinator::RefreshCoordinator(
    QNetworkAccessManager *network, SecretStore &secrets, ConnectionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_repository(repository)
    , m_lockTimeoutMs(ConnectionLock::kDefaultTimeoutMs)
{
    // RFC 6749 §6: the refresh_token grant, for every mode that received a refresh token.
    const Renewer refreshGrant = [](TokenEndpoint &endpoint, const ConnectionSettings &settings, const StoredCredentials &c,
                                     RenewDone done) {
        if (c.tokens.refreshToken.isEmpty())
            return done(Error::make(QStringLiteral("no_refresh_token"),
                            tr("The provider gave no refresh token, so this connection cannot renew itself: connect again.")),
                0);
        endpoint.refresh(settings.provider, c.client, c.tokens.refreshToken, {}, std::move(done));
    };
    setRenewer(AuthMode::AuthorizationCode, refreshGrant, Spends::RefreshToken);
    setRenewer(AuthMode::DeviceCode, refreshGrant, Spends::RefreshToken);
    // RFC 6749 §4.4.3: no refresh token for client credentials; simply ask again, exactly as the first time
    // (scope, audience and RFC 8707 resources included).
    setRenewer(AuthMode::ClientCredentials,
        [](TokenEndpoint &endpoint, const ConnectionSettings &settings, const StoredCredentials &c, RenewDone done) {
            ClientCredentialsFlow::requestToken(endpoint, settings.provider, c.client, std::move(done));
        });
}

RefreshCoordinator::~RefreshCoordinator()
{
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it)
        qCWarning(lcRefresh)
            << "renewed tokens of connection" << it.key()
            << "were never saved: the keychain stayed unavailable; the next renewal will check whether they are lost";
}

void RefreshCoordinator::setRenewer(AuthMode authMode, Renewer renewer, Spends spends)
{
    m_renewers.insert(authMode, std::move(renewer));
    m_spends.insert(authMode, spends);
}

StoredCredentials RefreshCoordinator::unsaved(const QString &connectionId) const
{
    const auto u = m_unsaved.value(connectionId);
    return u ? u->credentials : StoredCredentials();
}

bool RefreshCoordinator::spendsSingleUseToken(const ConnectionSettings &settings, const StoredCredentials &credentials) const
{
    if (m_spends.value(settings.authMode, Spends::Nothing) != Spends::RefreshToken || credentials.tokens.refreshToken.isEmpty())
        return false;
    // Only a provider documented not to rotate may be sent the same refresh token again without a thought.
    return settings.provider.refreshRotates.value_or(true);
}

void RefreshCoordinator::renew(const QString &connectionId, const Request &request, Done done)
{
    if (const auto it = m_operations.constFind(connectionId); it != m_operations.cend()) {
        const std::shared_ptr<Operation> &running = *it;
        if (!request.force || running->request.force) {
            running->waiters.append(std::move(done));
            return;
        }
        if (!running->followUp) {
            running->followUp = std::make_shared<Operation>();
            running->followUp->id = connectionId;
            running->followUp->request = request;
            running->followUp->askedAt = QDateTime::currentDateTimeUtc();
            if (const auto r = m_repository.find(connectionId))
                running->followUp->askedRefreshedAt = r->refreshedAt;
        }
        running->followUp->waiters.append(std::move(done));
        return;
    }
    auto op = std::make_shared<Operation>();
    op->id = connectionId;
    op->request = request;
    op->askedAt = QDateTime::currentDateTimeUtc();
    if (const auto r = m_repository.find(connectionId))
        op->askedRefreshedAt = r->refreshedAt;
    op->waiters.append(std::move(done));
    m_operations.insert(connectionId, op);
    start(connectionId);
}

void RefreshCoordinator::start(const QString &connectionId)
{
    const std::shared_ptr<Operation> op = m_operations.value(connectionId);
    if (!op)
        return;
    // Tokens this process renewed but could not save: it already holds the lock, and they are the newest.
    if (const std::shared_ptr<Unsaved> held = m_unsaved.take(connectionId)) {
        delete held->timer;
        op->lock = std::move(held->lock);
        op->heldUnsaved = held->credentials;
        emit unsavedChanged();
        return onLocked(op);
    }
    ConnectionLock::acquire(
        connectionId, this, m_lockTimeoutMs, [this, op](std::unique_ptr<ConnectionLock> lock, const Error &error) {
            if (!lock)
                return finish(op, error);
            op->lock = std::move(lock);
            if (const int hold = holdLockForTestsMs(); hold > 0)
                return QTimer::singleShot(hold, this, [this, op] { onLocked(op); });
            onLocked(op);
        });
}

void RefreshCoordinator::onLocked(const std::shared_ptr<Operation> &op)
{
    // Everything is read again now that no other process can change it.
    const auto record = m_repository.find(op->id);
    if (!record)
        return finish(op, Error::make(QStringLiteral("not_found"), tr("No such connection.")));
    op->record = *record;
    op->settings = ConnectionSettings::fromJson(record->settings);
    if (!m_renewers.contains(op->settings.authMode))
        return finish(op,
            Error::make(QStringLiteral("not_renewable"), tr("This kind of connection has no token to refresh."),
                Integration::toString(op->settings.authMode)));
    if (op->heldUnsaved) {
        op->current = *op->heldUnsaved;
        return decide(op);
    }
    m_secrets.read(secretKey(op->id), [this, op](const QByteArray &bytes, const Error &readError) {
        if (!readError.isNull()) {
            markFailure(op->id, readError, false);
            return finish(op, readError);
        }
        const std::optional<StoredCredentials> credentials = StoredCredentials::fromBytes(bytes);
        if (!credentials) {
            const Error e
                = Error::make(QStringLiteral("keychain_corrupt"), tr("The stored credentials are damaged: connect again."));
            markFailure(op->id, e, true);
            return finish(op, e);
        }
        credentials->registerSecrets();
        op->current = *credentials;
        decide(op);
    });
}

void RefreshCoordinator::decide(const std::shared_ptr<Operation> &op)
{
    const ConnectionRecord &r = op->record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (r.status == ConnectionStatus::Revoked)
        return finish(op, Error::make(QStringLiteral("revoked"), tr("This connection was disconnected: connect again.")));
    if (r.status == ConnectionStatus::NeedsReauthorization)
        return finish(op,
            Error::make(QStringLiteral("needs_reauthorization"), tr("The authorization is no longer valid: connect again."),
                r.statusDetail));
    if (op->request.force) {
        // Another renewal finished after this one was asked for (in this process or another), or another process
        // renewed a moment before (scripts started together): its tokens are as fresh as a new request would make
        // them. A caller of this process that renews twice in a row gets two renewals.
        const bool renewedSinceAsked = r.refreshedAt.isValid() && r.refreshedAt != op->askedRefreshedAt;
        const bool justRenewedElsewhere = r.refreshedAt.isValid() && m_ownRenewals.value(op->id) != r.refreshedAt
            && r.refreshedAt.msecsTo(op->askedAt) <= RefreshPolicy::kForcedCoalesceMs;
        // Unless it is the very token that was just refused: then that renewal is no answer.
        const bool refused
            = !op->request.rejectedAccessToken.isEmpty() && op->current.tokens.accessToken == op->request.rejectedAccessToken;
        if ((renewedSinceAsked || justRenewedElsewhere) && !refused && !r.refreshPendingSince.isValid()) {
            qCInfo(lcRefresh) << "connection" << op->id << "was renewed at" << when(r.refreshedAt) << "- using that";
            return finish(op, op->current);
        }
    } else if (!RefreshPolicy::isDue(
                   op->current.tokens.obtainedAt, op->current.tokens.expiresAt, r.refreshedAt, op->request.leadSeconds, now)) {
        return finish(op, op->current);
    }
    if (r.refreshPendingSince.isValid())
        return resolveUncertain(op);
    send(op);
}

void RefreshCoordinator::resolveUncertain(const std::shared_ptr<Operation> &op)
{
    const QDateTime since = op->record.refreshPendingSince;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    emit recorded(op->id, QStringLiteral("refresh"), QStringLiteral("info"), 0,
        tr("A renewal sent at %1 never finished (its process ended or its answer was lost): the provider may already "
           "have replaced the refresh token")
            .arg(when(since)));
    auto clearAndSend = [this, op] {
        m_repository.setRefreshPending(op->id, {});
        op->record.refreshPendingSince = {};
        send(op);
    };
    if (!spendsSingleUseToken(op->settings, op->current))
        return clearAndSend();
    // Within the provider's reuse grace period the old refresh token is still accepted.
    const int grace = op->settings.provider.refreshReuseGraceSeconds;
    if (grace > 0 && since.secsTo(now) < grace)
        return clearAndSend();

    auto withoutAnswer = [this, op, now] {
        // No way to ask: keep using the access token while it is valid, and present the refresh token only when
        // nothing else is left (if it was spent, the grant is lost either way).
        const TokenSet &t = op->current.tokens;
        if (!op->request.force && !t.accessToken.isEmpty() && t.expiresAt.isValid() && now < t.expiresAt) {
            emit recorded(op->id, QStringLiteral("refresh"), QStringLiteral("info"), 0,
                tr("Using the current access token until it expires at %1 before trying the refresh token again")
                    .arg(when(t.expiresAt)));
            return finish(op, op->current);
        }
        m_repository.setRefreshPending(op->id, {});
        op->record.refreshPendingSince = {};
        send(op);
    };
    if (op->settings.provider.introspectionUrl.isEmpty())
        return withoutAnswer();
    // RFC 7662: ask the provider whether the refresh token is still active, without presenting it for a grant.
    auto *introspection = new Introspection(m_network, this);
    introspection->introspect(op->settings.provider, op->current.client, op->current.tokens.refreshToken,
        QStringLiteral("refresh_token"),
        [this, op, introspection, clearAndSend, withoutAnswer](const Result<QJsonObject> &answer) {
            introspection->deleteLater();
            if (!answer) {
                emit recorded(op->id, QStringLiteral("introspect"), QStringLiteral("error"), answer.error().httpStatus,
                    answer.error().toString());
                return withoutAnswer();
            }
            if (answer.value().value(QStringLiteral("active")).toBool(false)) {
                emit recorded(op->id, QStringLiteral("introspect"), QStringLiteral("ok"), 200,
                    tr("The provider says the refresh token is still valid"));
                return clearAndSend();
            }
            emit recorded(op->id, QStringLiteral("introspect"), QStringLiteral("ok"), 200,
                tr("The provider says the refresh token is no longer valid"));
            const Error lost = Error::make(QStringLiteral("invalid_grant"),
                tr("An interrupted renewal used up this connection's refresh token and its replacement "
                   "was lost: connect again."),
                QStringLiteral("refresh token inactive after an unfinished renewal"));
            m_repository.setRefreshPending(op->id, {});
            markFailure(op->id, lost, true);
            finish(op, lost);
        });
}

void RefreshCoordinator::send(const std::shared_ptr<Operation> &op)
{
    op->sentAt = QDateTime::currentDateTimeUtc();
    // Written before the request leaves: a process killed from here on leaves a mark the next one finds.
    m_repository.setRefreshPending(op->id, op->sentAt);
    crashPointForTests("before_send");
    emit recorded(op->id, QStringLiteral("refresh"), QStringLiteral("info"), 0,
        op->attempt == 1 ? tr("Refreshing (refresh token %1)").arg(Redactor::fingerprint(op->current.tokens.refreshToken))
                         : tr("Retrying the refresh (attempt %1)").arg(op->attempt));
    auto *endpoint = new TokenEndpoint(m_network, this);
    m_renewers.value(op->settings.authMode)(*endpoint, op->settings, op->current,
        [this, op, endpoint](const Result<TokenSet> &result, int httpStatus) { onAnswer(op, endpoint, result, httpStatus); });
}

void RefreshCoordinator::onAnswer(
    const std::shared_ptr<Operation> &op, TokenEndpoint *endpoint, const Result<TokenSet> &result, int httpStatus)
{
    crashPointForTests("before_response");
    endpoint->deleteLater();
    if (result) {
        const TokenSet received = result.value();
        auto accept = [this, op, received, httpStatus] {
            StoredCredentials updated = op->current;
            updated.tokens.mergeRefresh(received);
            updated.registerSecrets();
            crashPointForTests("after_response");
            store(op, updated, httpStatus);
        };
        if (!m_jwks)
            return accept();
        // OpenID Connect Core §12.2: an id_token in the answer must describe the same user as the sign-in's.
        RefreshedIdToken::check(*m_jwks, op->settings.provider, op->settings.clientId, op->current.tokens, received, this,
            [this, op, accept, httpStatus](const Error &refusal) {
                if (refusal.isNull())
                    return accept();
                // The answer is refused as a whole; if the provider rotated, the kept refresh
                // token is spent, and the new one belongs to the answer refused: only a new
                // sign-in can tell who this connection is.
                emit recorded(op->id, QStringLiteral("refresh"), QStringLiteral("error"), httpStatus, refusal.toString());
                m_repository.setRefreshPending(op->id, {});
                markFailure(op->id, refusal, true);
                finish(op, refusal);
            });
        return;
    }

    const Error &error = result.error();
    emit recorded(op->id, QStringLiteral("refresh"), QStringLiteral("error"), httpStatus, error.toString());
    if (error.code == QLatin1String("invalid_grant") || error.code == QLatin1String("no_refresh_token")) {
        m_repository.setRefreshPending(op->id, {});
        markFailure(op->id, error, true);
        return finish(op, error);
    }
    // Whether the refresh token may have been spent: not when the request never got there, was refused before
    // being handled, or spends nothing.
    const bool unprocessed = endpoint->lastRequestUnprocessed() || providerRefused(error, httpStatus);
    const bool spends = spendsSingleUseToken(op->settings, op->current);
    if (unprocessed || !spends)
        m_repository.setRefreshPending(op->id, {});
    // RFC 9110 §10.2.3: a provider that says when to come back is waited for, when that is soon; one that asks for
    // longer than kMaxRetryAfterSeconds is not retried now (tokens kept).
    const int retryAfter = endpoint->lastRetryAfterSeconds();
    const bool retryable = isTransient(error) && (unprocessed || !spends);
    if (retryable && op->attempt <= m_retryDelays.size() && retryAfter <= kMaxRetryAfterSeconds) {
        const int delay = qMax(m_retryDelays.at(op->attempt - 1), retryAfter * 1000);
        ++op->attempt;
        // Issue 16: the wait is said with its length and the attempts left, not only after the last one failed.
        emit recorded(op->id, QStringLiteral("refresh"), QStringLiteral("info"), httpStatus,
            tr("%1 Retrying in %2 s (attempt %3 of %4).")
                .arg(error.message)
                .arg((delay + 999) / 1000)
                .arg(op->attempt)
                .arg(m_retryDelays.size() + 1));
        op->retryTimer = new QTimer(this);
        op->retryTimer->setSingleShot(true);
        connect(op->retryTimer, &QTimer::timeout, this, [this, op] {
            op->retryTimer->deleteLater();
            op->retryTimer = nullptr;
            send(op);
        });
        op->retryTimer->start(delay);
        return;
    }
    if (!unprocessed && spends) {
        // RFC 9700 §4.14.2: the provider may have rotated the refresh token and its answer is lost; sending the old
        // one again would look like theft. Keep everything and let the next renewal find out first.
        const Error uncertain = Error::make(error.code,
            tr("%1 The provider may have renewed the token without Keyway hearing of it: "
               "Keyway keeps the current tokens and checks before trying again.")
                .arg(error.message),
            error.detail, error.httpStatus);
        markFailure(op->id, uncertain, false);
        return finish(op, uncertain);
    }
    markFailure(op->id, error, false);
    finish(op, error);
}

void RefreshCoordinator::store(const std::shared_ptr<Operation> &op, const StoredCredentials &updated, int httpStatus)
{
    // Keychain first: the new (possibly rotated) refresh token must be safe before anyone uses it. This process holds
    // the connection's lock and read the entry under it (onLocked): it is replaced without being read again.
    m_secrets.overwrite(secretKey(op->id), updated.toBytes(), [this, op, updated, httpStatus](const Error &writeError) {
        if (!writeError.isNull())
            return keepUnsaved(op, updated, writeError);
        crashPointForTests("during_write");
        const bool rotated
            = !updated.tokens.refreshToken.isEmpty() && updated.tokens.refreshToken != op->current.tokens.refreshToken;
        commit(op->id, updated, op->sentAt, rotated, httpStatus);
        crashPointForTests("after_write");
        finish(op, updated);
    });
}

void RefreshCoordinator::commit(
    const QString &connectionId, const StoredCredentials &updated, const QDateTime &sentAt, bool rotated, int httpStatus)
{
    const auto record = m_repository.find(connectionId);
    if (record) {
        ConnectionRepository::RefreshOutcome outcome;
        outcome.sentAt = sentAt;
        outcome.expiresAt = updated.tokens.expiresAt;
        outcome.tokenFingerprint = Redactor::fingerprint(updated.tokens.accessToken);
        if (updated.tokens.scopeReturned)
            outcome.grantedScopes = ConnectionPlanner::grantedScopes(record->requestedScopes, updated.tokens);
        outcome.status = ConnectionState::next(record->status, ConnectionState::Event::Refreshed);
        outcome.refreshTokenUsed = !updated.tokens.refreshToken.isEmpty();
        outcome.refreshTokenRotated = rotated;
        const Error error = m_repository.recordRefresh(connectionId, outcome);
        if (!error.isNull())
            qCWarning(lcRefresh) << "could not record the refresh of" << connectionId << error.toString();
        m_ownRenewals.insert(connectionId, QDateTime::fromMSecsSinceEpoch(sentAt.toMSecsSinceEpoch(), Qt::UTC));
    }
    emit recorded(connectionId, QStringLiteral("refresh"), QStringLiteral("ok"), httpStatus,
        tr("New access token %1%2")
            .arg(Redactor::fingerprint(updated.tokens.accessToken),
                updated.tokens.refreshToken.isEmpty()
                    ? QString()
                    : tr(", refresh token %1").arg(Redactor::fingerprint(updated.tokens.refreshToken))));
    emit connectionUpdated(connectionId);
}

void RefreshCoordinator::keepUnsaved(
    const std::shared_ptr<Operation> &op, const StoredCredentials &updated, const Error &writeError)
{
    const Error e = Error::make(writeError.code,
        tr("The renewed tokens could not be saved in the keychain (%1): Keyway keeps them in memory and saves "
           "them as soon as the keychain is available again. Until then the connection is at risk: if "
           "Keyway quits first, you may have to connect again.")
            .arg(writeError.message),
        writeError.detail);
    emit recorded(op->id, QStringLiteral("keychain_write"), QStringLiteral("error"), 0, e.toString());
    auto held = std::make_shared<Unsaved>();
    held->credentials = updated;
    held->lock = std::move(op->lock); // the database still says "in flight": other processes wait, or check first
    held->sentAt = op->sentAt;
    held->rotated = !updated.tokens.refreshToken.isEmpty() && updated.tokens.refreshToken != op->current.tokens.refreshToken;
    held->timer = new QTimer(this);
    held->timer->setSingleShot(true);
    held->timer->setInterval(1000);
    const QString id = op->id;
    connect(held->timer, &QTimer::timeout, this, [this, id] { retrySave(id); });
    held->timer->start();
    m_unsaved.insert(id, held);
    markFailure(id, e, false);
    emit unsavedChanged();
    finish(op, updated); // the callers get the new tokens: they are valid
}

void RefreshCoordinator::retrySave(const QString &connectionId)
{
    const std::shared_ptr<Unsaved> held = m_unsaved.value(connectionId);
    if (!held)
        return;
    m_secrets.write(secretKey(connectionId), held->credentials.toBytes(), [this, connectionId, held](const Error &writeError) {
        if (m_unsaved.value(connectionId) != held)
            return; // taken over by a renewal meanwhile
        if (!writeError.isNull()) {
            held->timer->setInterval(int(qMin<qint64>(30000, 1000LL << qMin(held->failures++, 5))));
            held->timer->start();
            return;
        }
        m_unsaved.remove(connectionId);
        held->timer->deleteLater();
        emit recorded(connectionId, QStringLiteral("keychain_write"), QStringLiteral("ok"), 0,
            tr("The renewed tokens held in memory are now saved in the keychain"));
        commit(connectionId, held->credentials, held->sentAt, held->rotated, held->httpStatus);
        emit unsavedChanged(); // `held` (and with it the lock) goes when this callback ends
    });
}

void RefreshCoordinator::markFailure(const QString &connectionId, const Error &error, bool grantRejected)
{
    auto record = m_repository.find(connectionId);
    if (!record)
        return;
    const ConnectionStatus before = record->status;
    record->status = ConnectionState::next(
        record->status, grantRejected ? ConnectionState::Event::GrantRejected : ConnectionState::failureEvent(error));
    record->statusDetail = error.toString();
    m_repository.save(*record);
    emit connectionUpdated(connectionId);
    if (record->status == ConnectionStatus::NeedsReauthorization && before != ConnectionStatus::NeedsReauthorization)
        emit needsReauthorization(connectionId);
}

bool RefreshCoordinator::cancelRetry(const QString &connectionId)
{
    const std::shared_ptr<Operation> op = m_operations.value(connectionId);
    if (!op || !op->retryTimer)
        return false;
    delete op->retryTimer;
    op->retryTimer = nullptr;
    const Error cancelled = Error::make(QStringLiteral("cancelled"),
        tr("The renewal was stopped before attempt %1. The connection keeps its current tokens.").arg(op->attempt));
    emit recorded(connectionId, QStringLiteral("refresh"), QStringLiteral("info"), 0, cancelled.message);
    finish(op, cancelled);
    return true;
}

void RefreshCoordinator::finish(const std::shared_ptr<Operation> &op, const Result<StoredCredentials> &result)
{
    if (m_operations.value(op->id) == op)
        m_operations.remove(op->id);
    op->lock.reset();
    const QList<Done> waiting = std::move(op->waiters);
    op->waiters.clear();
    const std::shared_ptr<Operation> next = std::move(op->followUp);
    if (next) {
        m_operations.insert(next->id, next);
        start(next->id);
    }
    for (const Done &done : waiting)
        done(result);
}

} // namespace keyway
