#include "store/DatabaseRecovery.h"

#include "common/Log.h"
#include "store/ConnectionRecord.h"
#include "store/Database.h"
#include "store/SqlitePageReader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
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
    // clang-format off
    static const QStringList columns = {
        QStringLiteral("id"),           QStringLiteral("integration_id"), QStringLiteral("name"),
        QStringLiteral("auth_mode"),    QStringLiteral("account_label"),  QStringLiteral("account_subject"),
        QStringLiteral("requested_scopes"), QStringLiteral("granted_scopes"), QStringLiteral("status"),
        QStringLiteral("status_detail"), QStringLiteral("expires_at"),   QStringLiteral("settings"),
        QStringLiteral("token_fingerprint"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
    };
    // clang-format on
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

// The user's default connection of each integration (issue 21), for the connections recovered. Best effort: a
// damaged page here costs only those choices, which the user can make again.
void salvageDefaults(QSqlDatabase &source, Database &target, const QStringList &recovered)
{
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT integration_id, connection_id FROM integration_defaults")))
        return;
    QSqlQuery write(target.handle());
    write.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO integration_defaults (integration_id, connection_id) VALUES (:integration, :connection)"));
    while (read.next()) {
        if (!recovered.contains(read.value(1).toString()))
            continue;
        write.bindValue(QStringLiteral(":integration"), read.value(0));
        write.bindValue(QStringLiteral(":connection"), read.value(1));
        write.exec();
    }
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
            if (!read.exec(QStringLiteral("SELECT %1 FROM connections ORDER BY rowid")
                               .arg(connectionColumns().join(QStringLiteral(", "))))) {
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
            salvageDefaults(source, target, *recovered);
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// A row of the connections table, as SqlitePageReader found it: at least the 15 columns of schema 1 (later
// migrations only add columns), with their types, a known status and settings that are a JSON object. Rows of the
// other tables (7 or 10 columns), of the schema (5) or of an index never have this shape.
bool isConnectionRow(const QVariantList &values)
{
    if (values.size() < connectionColumns().size())
        return false;
    auto isText = [&](int i) { return values.at(i).typeId() == QMetaType::QString; };
    auto isInteger = [&](int i) { return values.at(i).typeId() == QMetaType::LongLong; };
    for (int i : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12})
        if (!isText(i))
            return false;
    if (!(values.at(10).isNull() || isInteger(10)) || !isInteger(13) || !isInteger(14))
        return false;
    for (int i : {0, 1, 3})
        if (values.at(i).toString().isEmpty())
            return false;
    const QString status = values.at(8).toString();
    if (statusToString(statusFromString(status)) != status)
        return false;
    QJsonParseError error {};
    return QJsonDocument::fromJson(values.at(11).toString().toUtf8(), &error).isObject()
        && error.error == QJsonParseError::NoError;
}

// The second pass, for what SQLite could not reach (a truncated file, a lost interior page): every connection row
// on any page of the backup (and its log) that parses. When a row is found more than once (an older copy in the
// main file, a newer one in the log), the one updated last wins. Rows already recovered by the first pass are
// kept as they are.
void salvagePages(const QString &backup, Database &target, QStringList *recovered)
{
    QFile file(backup);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QFile wal(backup + QStringLiteral("-wal"));
    const bool hasWal = wal.open(QIODevice::ReadOnly);
    const SqlitePageReader::Scan scan = SqlitePageReader::read(file, hasWal ? &wal : nullptr);
    QHash<QString, QVariantList> newest;
    for (const SqlitePageReader::Row &row : scan.rows) {
        if (!isConnectionRow(row.values))
            continue;
        const QString id = row.values.at(0).toString();
        const auto existing = newest.constFind(id);
        if (existing == newest.cend() || existing->at(14).toLongLong() < row.values.at(14).toLongLong())
            newest.insert(id, row.values.mid(0, connectionColumns().size()));
    }
    QStringList placeholders;
    for (const QString &column : connectionColumns())
        placeholders << QLatin1Char(':') + column;
    QSqlQuery write(target.handle());
    write.prepare(QStringLiteral("INSERT OR IGNORE INTO connections (%1) VALUES (%2)")
                      .arg(connectionColumns().join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        if (recovered->contains(it.key()))
            continue;
        for (int i = 0; i < connectionColumns().size(); ++i)
            write.bindValue(placeholders.at(i), it.value().at(i));
        if (write.exec() && write.numRowsAffected() == 1)
            recovered->append(it.key());
    }
    qCInfo(lcStore) << "page scan of the damaged database:" << scan.rows.size() << "rows on" << scan.pageCount << "pages of"
                    << scan.pageSize << "bytes," << newest.size() << "connections";
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

    const Error error = database.open(path);
    if (!error.isNull())
        return failed(error.toString());
    report.salvageProblem = salvage(report.backupPath, database, &report.recoveredIds);
    if (!report.salvageProblem.isEmpty())
        salvagePages(report.backupPath, database, &report.recoveredIds);
    qCInfo(lcStore) << "recovered" << report.recoveredIds.size() << "connection records from the damaged database"
                    << (report.salvageProblem.isEmpty() ? QString() : QStringLiteral("(stopped: %1)").arg(report.salvageProblem));
    return report;
}

QString DatabaseRecovery::describe(const Report &report)
{
    QString text = tr("Keyway's database was damaged. It was kept as %1 and a new one was started.").arg(report.backupPath);
    if (report.recoveredIds.isEmpty())
        text += QLatin1Char(' ')
            + tr("No connection could be read from it: connect your integrations again, unless Keyway finds them in "
                 "the keychain.");
    else
        text += QLatin1Char(' ')
            + tr("%n connection(s) were recovered and keep their tokens from the keychain.", nullptr,
                int(report.recoveredIds.size()))
            + (report.salvageProblem.isEmpty() ? QString()
                                               : QLatin1Char(' ')
                        + tr("Some may be missing: Keyway looks for them in the keychain; connect again any it cannot find."));
    return text;
}

} // namespace keyway
