#include "store/DatabaseRecovery.h"

#include "common/Log.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

namespace keyway {

namespace {

const QStringList &connectionColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),           QStringLiteral("integration_id"), QStringLiteral("name"),
        QStringLiteral("auth_mode"),    QStringLiteral("account_label"),  QStringLiteral("account_subject"),
        QStringLiteral("requested_scopes"), QStringLiteral("granted_scopes"), QStringLiteral("status"),
        QStringLiteral("status_detail"), QStringLiteral("expires_at"),   QStringLiteral("settings"),
        QStringLiteral("token_fingerprint"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
    };
    return columns;
}

QString freeBackupName(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = path + QStringLiteral(".damaged-") + stamp;
    for (int i = 2; QFile::exists(candidate) || QFile::exists(candidate + QStringLiteral("-wal")); ++i)
        candidate = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(i);
    return candidate;
}

// Copies what can be read of the backup's connections table into `target`, row by row, so a damaged page
// further on loses only the rows behind it. Reads a scratch copy: opening a database lets SQLite replay or reset its
// WAL, and the backup must stay exactly as it was found.
QString salvage(const QString &backup, Database &target, QStringList *recovered)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("salvage.sqlite"));
    if (!scratch.isValid() || !QFile::copy(backup, copy))
        return QStringLiteral("cannot make a scratch copy of the backup");
    if (QFile::exists(backup + QStringLiteral("-wal")))
        QFile::copy(backup + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    const QString name = QStringLiteral("keyway-salvage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(copy);
        source.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!source.open()) {
            problem = source.lastError().text();
        } else {
            QSqlQuery read(source);
            read.setForwardOnly(true);
            if (!read.exec(QStringLiteral("SELECT %1 FROM connections ORDER BY rowid").arg(connectionColumns().join(QStringLiteral(", "))))) {
                problem = read.lastError().text();
            } else {
                QStringList placeholders;
                for (const QString &column : connectionColumns())
                    placeholders << QLatin1Char(':') + column;
                QSqlQuery write(target.handle());
                write.prepare(QStringLiteral("INSERT OR IGNORE INTO connections (%1) VALUES (%2)")
                                  .arg(connectionColumns().join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
                while (read.next()) {
                    for (int i = 0; i < connectionColumns().size(); ++i)
                        write.bindValue(placeholders.at(i), read.value(i));
                    if (read.value(0).toString().isEmpty() || !write.exec())
                        continue;
                    recovered->append(read.value(0).toString());
                }
                if (read.lastError().type() != QSqlError::NoError)
                    problem = read.lastError().text();
            }
            read = QSqlQuery();
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

Result<DatabaseRecovery::Report> DatabaseRecovery::recover(const QString &path, Database &database)
{
    database.close();
    Report report;
    report.backupPath = freeBackupName(path);
    auto failed = [&](const QString &detail) {
        return Error::make(QStringLiteral("database_recovery_failed"),
                           tr("Keyway's database %1 is damaged and could not be set aside. Move it (with any -wal and -shm "
                              "files next to it) to a safe place and start Keyway again; your tokens are safe in the keychain.")
                               .arg(path),
                           detail);
    };
    if (!QFile::rename(path, report.backupPath))
        return failed(QStringLiteral("cannot rename %1 to %2").arg(path, report.backupPath));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, report.backupPath + QLatin1String(suffix)))
            qCWarning(lcStore) << "could not move" << side << "aside";
    }
    qCWarning(lcStore) << "damaged database moved aside to" << report.backupPath;

    Error error;
    if (!database.open(path, &error))
        return failed(error.toString());
    report.salvageProblem = salvage(report.backupPath, database, &report.recoveredIds);
    qCInfo(lcStore) << "recovered" << report.recoveredIds.size() << "connection records from the damaged database"
                    << (report.salvageProblem.isEmpty() ? QString() : QStringLiteral("(stopped: %1)").arg(report.salvageProblem));
    return report;
}

QString DatabaseRecovery::describe(const Report &report)
{
    QString text = tr("Keyway's database was damaged. It was kept as %1 and a new one was started.").arg(report.backupPath);
    if (report.recoveredIds.isEmpty())
        text += QLatin1Char(' ') + tr("No connection could be read from it: connect your integrations again (their old tokens stay in "
                                      "the keychain until you remove them there).");
    else
        text += QLatin1Char(' ') + tr("%n connection(s) were recovered and keep their tokens from the keychain.", nullptr,
                                      int(report.recoveredIds.size()))
            + (report.salvageProblem.isEmpty() ? QString() : QLatin1Char(' ') + tr("Some may be missing: connect those again."));
    return text;
}

} // namespace keyway
