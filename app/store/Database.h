#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace keyway {

// The SQLite database for everything that is not a secret. Opens (or creates) the file, switches it to WAL so a
// second Keyway process can read and write at the same time, waits for locks instead of failing, and brings
// the schema up to date through numbered migrations (PRAGMA user_version), each in its own transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    Database();
    ~Database();

    // An empty path opens an in-memory database (unit tests). A null Error once open and migrated; error codes
    // "database_error", "database_corrupt", "database_too_new".
    Error open(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Error migrate();

    QString m_connectionName;
    QString m_path;
};

} // namespace keyway
