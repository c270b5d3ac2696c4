#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace keyway {

// Where secrets live: tokens, client secrets, private keys, passwords. The only implementation used by the
// application is KeychainSecretStore (the OS keychain); MemorySecretStore exists for fast unit tests.
// All operations are asynchronous (the keychain answers over D-Bus / OS APIs) and call back on the caller's
// thread. A missing entry is reported as an Error with code "not_found".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QByteArray &value, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, DoneCallback done) = 0;
    // write(), for a caller that vouches the entry is still as this store last read or wrote it: it holds the
    // entry's cross-process lock and knows no other process wrote it since (RefreshCoordinator under a
    // connection's ConnectionLock). A store that must look at an entry before replacing it (KeychainSecretStore's
    // chunks) may then skip that look: one keychain job per renewal instead of two (issue 18).
    virtual void overwrite(const QString &key, const QByteArray &value, DoneCallback done) { write(key, value, std::move(done)); }
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &key, DoneCallback done) = 0;
    // Which store this is, in words, for diagnostic bundles ("the system keychain (Secret Service)").
    virtual QString description() const = 0;

    static Error notFound(const QString &key)
    {
        return Error::make(QStringLiteral("not_found"), tr("No secret is stored for this item."), key);
    }
};

} // namespace keyway
