#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace keyway {

class Database;

// What Keyway does when its database file is damaged (Database::open answered "database_corrupt": a truncated
// file, a bad disk block, a half-copied backup). Nothing is deleted and nothing crashes:
//  1. the damaged file, with its -wal and -shm, is moved aside as "<file>.damaged-<UTC time>", a backup the user
//     (or support) can still inspect;
//  2. a new database is created in its place;
//  3. every connection record that can still be read from the backup is copied into it, with its id. A
//     connection's secrets are in the keychain under "connection/<id>", so a recovered connection works at once.
//     Events and request history are not copied (they are a log, not state).
// Connections that could not be read must be connected again; the message says so.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)
public:
    struct Report
    {
        QString backupPath;
        QStringList recoveredIds;
        QString salvageProblem; // why reading the backup stopped early; empty when it read to the end
    };

    // `database` is opened on the new file at `path`. Error code "database_recovery_failed" when the damaged file
    // cannot be moved aside or the new one cannot be created (the message says what to do by hand).
    static Result<Report> recover(const QString &path, Database &database);
    // One paragraph for the user: what happened, where the backup is, what was recovered, what to do.
    static QString describe(const Report &report);
};

} // namespace keyway
