#include "core/KeychainRecovery.h"

#include "common/ContextCallback.h"
#include "common/Log.h"
#include "core/ConnectionService.h"
#include "core/StoredCredentials.h"
#include "store/ConnectionIndex.h"
#include "store/SecretStore.h"

#include <QTimer>

#include <algorithm>

namespace keyway {

namespace {
QString secretKey(const QString &id)
{
    return QStringLiteral("connection/") + id;
}
} // namespace

KeychainRecovery::KeychainRecovery(ConnectionService &service, SecretStore &secrets, bool databaseRecovered, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_secrets(secrets)
    , m_databaseRecovered(databaseRecovered)
{
}

void KeychainRecovery::find(Scope scope, QObject *context, FindCallback done)
{
    done = boundTo(context, std::move(done));
    if (scope == Scope::IfNeeded && !m_databaseRecovered && m_service.hasLiveConnections()) {
        QTimer::singleShot(0, this, [done] { done(QList<Lost>()); });
        return;
    }
    m_service.secretIndex().read(
        boundTo(this, ConnectionIndex::IdsCallback([this, done](const QStringList &ids, const Error &error) {
            if (!error.isNull())
                return done(error);
            QStringList unknown;
            for (const QString &id : ids)
                if (!m_service.connection(id))
                    unknown << id;
            readItems(unknown, {}, {}, done);
        })));
}

// One item after the other: what each holds decides whether it can be rebuilt. An id whose item is gone (its
// connection was removed by a process that lost the race to update the index) is dropped from the index.
void KeychainRecovery::readItems(QStringList ids, QList<Lost> found, QStringList gone, FindCallback done)
{
    if (ids.isEmpty()) {
        if (gone.isEmpty())
            return done(found);
        m_service.secretIndex().remove(gone, [found, done](const Error &) { done(found); });
        return;
    }
    const QString id = ids.takeFirst();
    m_secrets.read(secretKey(id),
        boundTo(this,
            SecretStore::ReadCallback([this, id, ids, found, gone, done](const QByteArray &bytes, const Error &error) mutable {
                if (!error.isNull() && error.code != QLatin1String("not_found"))
                    return done(error);
                if (!error.isNull()) {
                    gone << id;
                    return readItems(ids, found, gone, done);
                }
                const std::optional<StoredCredentials> stored = StoredCredentials::fromBytes(bytes);
                Lost lost;
                lost.id = id;
                if (stored)
                    lost.record = recordFromCopy(id, stored->record);
                if (lost.record) {
                    stored->registerSecrets();
                    lost.record->status = ConnectionStatus::Connected;
                    lost.record->statusDetail = tr("Recovered from the keychain");
                    lost.record->expiresAt = stored->tokens.expiresAt;
                    lost.record->tokenFingerprint = ConnectionService::fingerprint(*stored);
                }
                found << lost;
                readItems(ids, found, gone, done);
            })));
}

void KeychainRecovery::recover(QObject *context, OutcomeCallback done)
{
    done = boundTo(context, std::move(done));
    find(Scope::Always, this, [this, done](const Result<QList<Lost>> &lost) {
        Outcome outcome;
        if (!lost) {
            outcome.error = lost.error();
            return done(outcome);
        }
        recoverNext(lost.value(), outcome, done);
    });
}

void KeychainRecovery::recoverNext(QList<Lost> lost, Outcome outcome, OutcomeCallback done)
{
    for (const Lost &item : lost) {
        if (!item.record) {
            ++outcome.notRebuildable;
            continue;
        }
        const Error error = m_service.adopt(*item.record, tr("Recovered from the keychain after the database lost its record"));
        if (error.isNull())
            outcome.done << item.id;
        else
            outcome.failed << qMakePair(item.id, error);
    }
    qCInfo(lcService) << "recovered" << outcome.done.size() << "connections from the keychain;" << outcome.failed.size()
                      << "failed," << outcome.notRebuildable << "without a record copy";
    QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
}

void KeychainRecovery::revokeAndRemove(QObject *context, OutcomeCallback done)
{
    done = boundTo(context, std::move(done));
    find(Scope::Always, this, [this, done](const Result<QList<Lost>> &lost) {
        Outcome outcome;
        if (!lost) {
            outcome.error = lost.error();
            return done(outcome);
        }
        removeNext(lost.value(), outcome, done);
    });
}

// One connection after the other: taken back in, disconnected (revoked at the provider, secrets deleted, id
// unlisted), then removed with its record. An item without a record copy is only deleted. Every step is bound to
// this object, so nothing runs on after it is gone.
void KeychainRecovery::removeNext(QList<Lost> lost, Outcome outcome, OutcomeCallback done)
{
    if (lost.isEmpty())
        return done(outcome);
    const Lost item = lost.takeFirst();
    auto next = [this, lost, done](Outcome outcome) { removeNext(lost, outcome, done); };
    if (!item.record) {
        m_secrets.remove(
            secretKey(item.id), boundTo(this, SecretStore::DoneCallback([this, item, outcome, next](const Error &error) mutable {
                if (!error.isNull()) {
                    outcome.failed << qMakePair(item.id, error);
                    return next(outcome);
                }
                outcome.done << item.id;
                m_service.secretIndex().remove(
                    {item.id}, boundTo(this, SecretStore::DoneCallback([outcome, next](const Error &) { next(outcome); })));
            })));
        return;
    }
    if (const Error adoptError = m_service.adopt(*item.record, tr("Taken back from the keychain to be revoked"));
        !adoptError.isNull()) {
        outcome.failed << qMakePair(item.id, adoptError);
        return next(outcome);
    }
    m_service.disconnect(item.id, this, [this, item, outcome, next](const Error &revocationError) mutable {
        const auto record = m_service.connection(item.id);
        if (!record || record->status != ConnectionStatus::Revoked) {
            // The keychain refused: nothing was deleted, and the connection stays listed, to try again.
            outcome.failed << qMakePair(item.id, revocationError);
            return next(outcome);
        }
        m_service.remove(item.id, this, [item, outcome, next, revocationError](const Error &removeError) mutable {
            if (!removeError.isNull())
                outcome.failed << qMakePair(item.id, removeError);
            else if (!revocationError.isNull())
                outcome.failed << qMakePair(item.id, revocationError);
            else
                outcome.done << item.id;
            next(outcome);
        });
    });
}

QString KeychainRecovery::notice(const QList<Lost> &lost)
{
    return tr("Keyway's database has no record of %n connection(s) whose tokens are still in the keychain (the database "
              "was deleted, emptied or replaced).",
        nullptr, int(lost.size()));
}

QString KeychainRecovery::describeRecovery(const Outcome &outcome)
{
    if (!outcome.error.isNull())
        return tr("The keychain could not be read: %1").arg(outcome.error.message);
    QString text = tr("%n connection(s) recovered from the keychain.", nullptr, int(outcome.done.size()));
    for (const auto &[id, error] : outcome.failed)
        text += QLatin1Char(' ') + tr("%1 could not be recovered: %2").arg(id.left(8), error.message);
    if (outcome.notRebuildable > 0)
        text += QLatin1Char(' ')
            + tr("%n connection(s) saved by an older Keyway cannot be rebuilt: revoke and remove them, then connect again.",
                nullptr, int(outcome.notRebuildable));
    return text;
}

QString KeychainRecovery::describeRemoval(const Outcome &outcome)
{
    if (!outcome.error.isNull())
        return tr("The keychain could not be read: %1").arg(outcome.error.message);
    QString text = tr("%n connection(s) revoked at their providers and removed.", nullptr, int(outcome.done.size()));
    for (const auto &[id, error] : outcome.failed)
        text += QLatin1Char(' ') + tr("%1: %2").arg(id.left(8), error.message);
    return text;
}

} // namespace keyway
