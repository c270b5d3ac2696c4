#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "store/ConnectionRecord.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace keyway {

class ConnectionService;
class SecretStore;

// Connections whose secrets are still in the keychain although the database has no record of them: the database
// file was deleted, emptied or replaced, or was damaged beyond what DatabaseRecovery could read. Left alone, Keyway
// would say "No connections yet" while live tokens sit in the keychain, never revoked. ConnectionIndex says which
// ids have secrets; each one's keychain item carries a copy of its record (StoredCredentials::record), so the
// connection is rebuilt as it was and works at once (recover), or revoked at its provider (RFC 7009 §2, through
// ConnectionService::disconnect) and removed (revokeAndRemove). An item written before records were copied into it
// cannot be rebuilt or revoked (nothing says where its provider is): revokeAndRemove deletes it.
//
// The window looks on every start; the command line only when the database holds no live connection or was just
// recovered (so listing connections does not touch the keychain every time). Both say it once, in plain words, and
// offer the two ways out (`keyway connections --recover | --revoke-lost`, or the window's notice bar).
class KeychainRecovery : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainRecovery)
public:
    struct Lost
    {
        QString id;
        std::optional<ConnectionRecord> record; // ready to take back in; nullopt when the item holds no copy
    };
    struct Outcome
    {
        QStringList done; // recovered, or revoked and removed
        QList<QPair<QString, Error>> failed; // the id and why (revocation failures are here even though removed)
        int notRebuildable = 0; // recover(): items without a record copy, left as they are
        Error error; // the keychain could not be read at all
    };
    enum class Scope {
        Always, // compare the index with the database whatever it holds
        IfNeeded, // only when the database holds no live connection, or was recovered from damage at this start
    };
    // The lost connections, or why the keychain could not be read.
    using FindCallback = std::function<void(const Result<QList<Lost>> &lost)>;
    using OutcomeCallback = std::function<void(const Outcome &outcome)>;

    KeychainRecovery(ConnectionService &service, SecretStore &secrets, bool databaseRecovered, QObject *parent = nullptr);

    // The façade's async contract (common/ContextCallback.h): `done` is dropped when `context` dies first.
    void find(Scope scope, QObject *context, FindCallback done);
    void recover(QObject *context, OutcomeCallback done);
    void revokeAndRemove(QObject *context, OutcomeCallback done);

    // "Keyway's database has no record of N connections whose tokens are still in the keychain ..."
    static QString notice(const QList<Lost> &lost);
    // What recover() or revokeAndRemove() did, in one paragraph.
    static QString describeRecovery(const Outcome &outcome);
    static QString describeRemoval(const Outcome &outcome);

private:
    void readItems(QStringList ids, QList<Lost> found, QStringList gone, FindCallback done);
    void recoverNext(QList<Lost> lost, Outcome outcome, OutcomeCallback done);
    void removeNext(QList<Lost> lost, Outcome outcome, OutcomeCallback done);

    ConnectionService &m_service;
    SecretStore &m_secrets;
    bool m_databaseRecovered;
};

} // namespace keyway
