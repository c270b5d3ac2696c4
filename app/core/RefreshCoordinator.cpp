#include "core/RefreshCoordinator.h"

#include "auth/ClientCredentialsFlow.h"
#include "auth/TokenEndpoint.h"
#include "common/Log.h"
#include "common/Redactor.h"
#include "core/ConnectionState.h"
#include "store/ConnectionRepository.h"
#include "store/SecretStore.h"

#include <QTimer>

#include <csignal>

namespace keyway {

namespace {
QString secretKey(const QString &id)
{
    return QStringLiteral("connection/") + id;
}

// Test hook for TestRefreshCrashSafety, inert unless KEYWAY_TEST_CRASH_AT names a step: the process is killed
// there with SIGKILL, exactly as `kill -9` or a power cut would, so the test can show that every step leaves
// the connection either working or saying it needs re-authorization. Steps, in order:
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

bool isTransient(const Error &error)
{
    return error.code == QLatin1String("network_error") || error.code == QLatin1String("server_error")
        || error.code == QLatin1String("temporarily_unavailable") || error.code == QLatin1String("timeout")
        || error.httpStatus >= 500;
}
} // namespace

RefreshCoordinator::RefreshCoordinator(QNetworkAccessManager *network, SecretStore &secrets, ConnectionRepository &repository,
                                       QObject *parent)
    : QObject(parent), m_network(network), m_secrets(secrets), m_repository(repository)
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
    m_renewers.insert(QStringLiteral("oauth2_authorization_code"), refreshGrant);
    m_renewers.insert(QStringLiteral("device_code"), refreshGrant);
    // RFC 6749 §4.4.3: no refresh token for client credentials; simply ask again, exactly as the first time
    // (scope, audience and RFC 8707 resources included).
    m_renewers.insert(QStringLiteral("oauth2_client_credentials"),
                      [](TokenEndpoint &endpoint, const ConnectionSettings &settings, const StoredCredentials &c, RenewDone done) {
                          ClientCredentialsFlow::requestToken(endpoint, settings.provider, c.client, std::move(done));
                      });
}

void RefreshCoordinator::refresh(const QString &connectionId, Done done)
{
    auto it = m_inFlight.find(connectionId);
    if (it != m_inFlight.end()) {
        it->append(std::move(done));
        return;
    }
    m_inFlight.insert(connectionId, {std::move(done)});
    attempt(connectionId, 1);
}

void RefreshCoordinator::attempt(const QString &connectionId, int attemptNumber)
{
    const auto record = m_repository.find(connectionId);
    if (!record)
        return finish(connectionId, Error::make(QStringLiteral("not_found"), tr("No such connection.")));
    const ConnectionSettings settings = ConnectionSettings::fromJson(record->settings);
    if (!m_renewers.contains(settings.authMode))
        return finish(connectionId, Error::make(QStringLiteral("not_renewable"),
                                                tr("This kind of connection has no token to refresh."), settings.authMode));

    m_secrets.read(secretKey(connectionId), [this, connectionId, attemptNumber, settings](const QByteArray &bytes, const Error &readError) {
        if (!readError.isNull()) {
            markFailure(connectionId, readError, false);
            return finish(connectionId, readError);
        }
        bool ok = false;
        const StoredCredentials credentials = StoredCredentials::fromBytes(bytes, &ok);
        if (!ok) {
            const Error e = Error::make(QStringLiteral("keychain_corrupt"), tr("The stored credentials are damaged: connect again."));
            markFailure(connectionId, e, true);
            return finish(connectionId, e);
        }
        credentials.registerSecrets();
        emit recorded(connectionId, QStringLiteral("refresh"), QStringLiteral("info"), 0,
                      attemptNumber == 1 ? tr("Refreshing (refresh token %1)").arg(Redactor::fingerprint(credentials.tokens.refreshToken))
                                         : tr("Retrying the refresh (attempt %1)").arg(attemptNumber));
        auto *endpoint = new TokenEndpoint(m_network, this);
        m_renewers.value(settings.authMode)(
            *endpoint, settings, credentials,
            [this, endpoint, connectionId, attemptNumber, credentials](const Result<TokenSet> &result, int httpStatus) {
                crashPointForTests("before_response");
                endpoint->deleteLater();
                if (!result) {
                    const Error &error = result.error();
                    emit recorded(connectionId, QStringLiteral("refresh"), QStringLiteral("error"), httpStatus, error.toString());
                    // RFC 9110 §10.2.3: a provider that says when to come back is waited for, when that is soon;
                    // one that asks for longer than kMaxRetryAfterSeconds is not retried now (tokens kept).
                    const int retryAfter = endpoint->lastRetryAfterSeconds();
                    if (isTransient(error) && attemptNumber <= m_retryDelays.size() && retryAfter <= kMaxRetryAfterSeconds) {
                        const int delay = qMax(m_retryDelays.at(attemptNumber - 1), retryAfter * 1000);
                        QTimer::singleShot(delay, this, [this, connectionId, attemptNumber] { attempt(connectionId, attemptNumber + 1); });
                        return;
                    }
                    const bool rejected = error.code == QLatin1String("invalid_grant") || error.code == QLatin1String("no_refresh_token");
                    markFailure(connectionId, error, rejected);
                    return finish(connectionId, error);
                }
                StoredCredentials updated = credentials;
                updated.tokens.mergeRefresh(result.value());
                updated.registerSecrets();
                crashPointForTests("after_response");
                // Keychain first: the new (possibly rotated) refresh token must be safe before anyone uses it.
                m_secrets.write(secretKey(connectionId), updated.toBytes(), [this, connectionId, updated, httpStatus](const Error &writeError) {
                    if (!writeError.isNull()) {
                        const Error e = Error::make(writeError.code, tr("The new token could not be saved in the keychain: %1").arg(writeError.message),
                                                    writeError.detail);
                        emit recorded(connectionId, QStringLiteral("keychain_write"), QStringLiteral("error"), 0, e.toString());
                        markFailure(connectionId, e, false);
                        return finish(connectionId, e);
                    }
                    crashPointForTests("during_write");
                    auto record = m_repository.find(connectionId);
                    if (record) {
                        record->expiresAt = updated.tokens.expiresAt;
                        record->tokenFingerprint = Redactor::fingerprint(updated.tokens.accessToken);
                        if (updated.tokens.scopeReturned)
                            record->grantedScopes = updated.tokens.grantedScopes;
                        record->status = ConnectionState::next(record->status, ConnectionState::Event::Refreshed);
                        record->statusDetail.clear();
                        m_repository.save(*record, nullptr);
                    }
                    emit recorded(connectionId, QStringLiteral("refresh"), QStringLiteral("ok"), httpStatus,
                                  tr("New access token %1%2")
                                      .arg(Redactor::fingerprint(updated.tokens.accessToken),
                                           updated.tokens.refreshToken.isEmpty() ? QString()
                                                                                 : tr(", refresh token %1").arg(Redactor::fingerprint(updated.tokens.refreshToken))));
                    crashPointForTests("after_write");
                    emit connectionUpdated(connectionId);
                    finish(connectionId, updated.tokens);
                });
            });
    });
}

void RefreshCoordinator::markFailure(const QString &connectionId, const Error &error, bool grantRejected)
{
    auto record = m_repository.find(connectionId);
    if (!record)
        return;
    const ConnectionStatus before = record->status;
    record->status = ConnectionState::next(record->status, grantRejected ? ConnectionState::Event::GrantRejected
                                                                         : ConnectionState::Event::TransientFailure);
    record->statusDetail = error.toString();
    m_repository.save(*record, nullptr);
    emit connectionUpdated(connectionId);
    if (record->status == ConnectionStatus::NeedsReauthorization && before != ConnectionStatus::NeedsReauthorization)
        emit needsReauthorization(connectionId);
}

void RefreshCoordinator::finish(const QString &connectionId, const Result<TokenSet> &result)
{
    const QList<Done> waiting = m_inFlight.take(connectionId);
    for (const Done &done : waiting)
        done(result);
}

} // namespace keyway
