#include "store/ConnectionIndex.h"

#include "common/Log.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace keyway {

ConnectionIndex::ConnectionIndex(SecretStore &secrets, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_key(keyFor(databasePath))
{
}

QString ConnectionIndex::keyFor(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    return QStringLiteral("index/")
        + QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray ConnectionIndex::encode(const QStringList &ids)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("v"), 1}, {QStringLiteral("ids"), QJsonArray::fromStringList(ids)}})
        .toJson(QJsonDocument::Compact);
}

QStringList ConnectionIndex::decode(const QByteArray &bytes)
{
    QStringList ids;
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (json.value(QStringLiteral("v")).toInt() != 1)
        return ids;
    for (const QJsonValue &v : json.value(QStringLiteral("ids")).toArray())
        if (v.isString() && !v.toString().isEmpty() && !ids.contains(v.toString()))
            ids << v.toString();
    return ids;
}

void ConnectionIndex::read(IdsCallback done)
{
    if (!isEnabled()) {
        QTimer::singleShot(0, this, [done] { done({}, {}); });
        return;
    }
    m_secrets.read(m_key, [done](const QByteArray &bytes, const Error &error) {
        if (!error.isNull() && error.code != QLatin1String("not_found"))
            return done({}, error);
        done(error.isNull() ? decode(bytes) : QStringList(), {});
    });
}

void ConnectionIndex::add(const QStringList &ids, SecretStore::DoneCallback done)
{
    update(
        [ids](QStringList current) {
            for (const QString &id : ids)
                if (!id.isEmpty() && !current.contains(id))
                    current << id;
            return current;
        },
        std::move(done));
}

void ConnectionIndex::remove(const QStringList &ids, SecretStore::DoneCallback done)
{
    update(
        [ids](QStringList current) {
            for (const QString &id : ids)
                current.removeAll(id);
            return current;
        },
        std::move(done));
}

void ConnectionIndex::update(Change change, SecretStore::DoneCallback done)
{
    if (!isEnabled()) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    // Read, change, write back only when something changed; the next update starts when this one has ended.
    m_queue.append([this, change = std::move(change), done = std::move(done)] {
        QPointer<ConnectionIndex> self(this);
        read([self, change, done](const QStringList &current, const Error &readError) {
            if (!self)
                return done(readError);
            auto finish = [self, done](const Error &error) {
                if (!error.isNull())
                    qCWarning(lcStore) << "the keychain index of connections could not be updated:" << error.toString();
                done(error);
                if (self) {
                    self->m_busy = false;
                    self->runNext();
                }
            };
            if (!readError.isNull())
                return finish(readError);
            const QStringList next = change(current);
            if (next == current)
                return finish({});
            // An empty list is no item at all: a keychain without connections holds nothing of Keyway's.
            if (next.isEmpty())
                return self->m_secrets.remove(self->m_key, finish);
            self->m_secrets.write(self->m_key, encode(next), finish);
        });
    });
    runNext();
}

void ConnectionIndex::runNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    m_queue.takeFirst()();
}

} // namespace keyway
