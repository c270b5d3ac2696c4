#pragma once

#include "store/ConnectionRecord.h"

#include <QAbstractTableModel>

namespace keyway {

class ConnectionService;

// The requests sent with one connection (ConnectionService::history), newest first, for the console's
// history list and re-run.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column { TimeColumn, MethodColumn, UrlColumn, StatusColumn, DurationColumn, SizeColumn, ColumnCount };

    explicit HistoryModel(ConnectionService &service, QObject *parent = nullptr);

    void setConnection(const QString &connectionId);
    std::optional<HistoryEntry> entry(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sizeText(qint64 bytes);
    // "0.42 ms", "3.1 ms", "184 ms": a loopback answer is not "0 ms".
    static QString durationText(qint64 microseconds);
    // "200", "no answer" (0), "cancelled" (-1).
    static QString statusText(int status);

public slots:
    void reload();

private:
    ConnectionService &m_service;
    QString m_connectionId;
    QList<HistoryEntry> m_entries;
};

} // namespace keyway
