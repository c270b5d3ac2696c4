#pragma once

#include "store/SecretStore.h"

#include <QPointer>
#include <QStringList>

#include <functional>

namespace keyway {

// Which connections of one database have secrets in the keychain. QtKeychain cannot list a keychain's items, so
// without this a lost database (deleted, emptied, damaged) would leave tokens in the keychain that nothing knows of
// and nobody revokes. The list is itself a keychain item: it holds no secret, but it lives and is lost together with
// the items it lists (a file beside the database would be lost with the data folder, when it is needed most). Its
// key, "index/<SHA-256 of the database's absolute path>", keeps the connections of different databases apart
// (another profile, a test). Its value: {"v":1,"ids":[...]}; with no id left the item is deleted.
//
// An id is added before the connection's secrets are first written and removed after they are deleted, so every
// stored secret is listed; an id whose item turns out to be gone is dropped by whoever finds it. Updates within a
// process run one after the other. Two processes updating it at the very same moment can lose one's change: every
// addition therefore also re-adds the ids the caller knows to be live (its database's connections), so the next
// update restores what was lost.
class ConnectionIndex : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndex)
public:
    using IdsCallback = std::function<void(const QStringList &ids, const Error &error)>;

    // An empty path or ":memory:" (a database that cannot be lost and found again) disables the index: reads answer
    // an empty list, updates do nothing.
    ConnectionIndex(SecretStore &secrets, const QString &databasePath, QObject *parent = nullptr);

    bool isEnabled() const { return !m_key.isEmpty(); }
    QString key() const { return m_key; }
    static QString keyFor(const QString &databasePath);

    // The listed ids; none (and no error) when the index was never written.
    void read(IdsCallback done);
    void add(const QStringList &ids, SecretStore::DoneCallback done);
    void remove(const QStringList &ids, SecretStore::DoneCallback done);

    static QByteArray encode(const QStringList &ids);
    static QStringList decode(const QByteArray &bytes);

private:
    using Change = std::function<QStringList(const QStringList &)>;
    void update(Change change, SecretStore::DoneCallback done);
    void runNext();

    SecretStore &m_secrets;
    QString m_key;
    QList<std::function<void()>> m_queue;
    bool m_busy = false;
};

} // namespace keyway
