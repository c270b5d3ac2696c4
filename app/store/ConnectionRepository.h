#pragma once

#include "common/Error.h"
#include "store/ConnectionRecord.h"

#include <QList>
#include <optional>

namespace keyway {

class Database;

// Reads and writes connections, their event log and request history in SQLite. Holds no secrets: event
// details and history are passed through Redactor before they are stored.
class ConnectionRepository
{
    Q_DISABLE_COPY_MOVE(ConnectionRepository)
public:
    explicit ConnectionRepository(Database &database);

    bool save(const ConnectionRecord &record, Error *error);   // insert or update by id
    std::optional<ConnectionRecord> find(const QString &id) const;
    QList<ConnectionRecord> all() const;
    bool remove(const QString &id, Error *error);              // the connection with its events and history

    bool addEvent(const ConnectionEvent &event, Error *error);
    QList<ConnectionEvent> events(const QString &connectionId, int limit = 1000) const;

    bool addHistory(const HistoryEntry &entry, Error *error);
    QList<HistoryEntry> history(const QString &connectionId, int limit = 200) const;

private:
    Database &m_db;
};

} // namespace keyway
