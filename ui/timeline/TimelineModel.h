#pragma once

#include "store/ConnectionRecord.h"

#include <QAbstractTableModel>

namespace keyway {

class ConnectionService;

// A connection's recorded events, newest first, in words: when (with milliseconds and the UTC offset), what
// happened as its outcome makes it ("Renewal failed", core/EventText), how long after the event before it, the
// attempt when a step is being retried, the HTTP status and the detail. Details were redacted by the core before
// they were stored.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column { TimeColumn, EventColumn, OutcomeColumn, AfterColumn, HttpColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, OutcomeRole, StepRole, SearchTextRole };

    explicit TimelineModel(ConnectionService &service, QObject *parent = nullptr);

    void setConnection(const QString &connectionId);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-12-05 14:03:07.123 +01:00": local time, milliseconds, and the offset from UTC.
    static QString timeText(const QDateTime &at);
    // "184 ms", "2.4 s", "3 min 5 s"; sub-millisecond spans as "0.4 ms".
    static QString spanText(qint64 msecs);
    // One row as a line of text (tab-separated columns), for copying.
    QString rowText(int row) const;
    // The header line for copied rows.
    QString headerText() const;

public slots:
    void reload();

private:
    struct Row
    {
        ConnectionEvent event;
        QString title;
        qint64 after = -1; // ms since the event before it, when it belongs to the same run (-1: none)
        int attempt = 1; // a step tried again after it failed
    };

    ConnectionService &m_service;
    QString m_connectionId;
    QList<Row> m_rows;
};

} // namespace keyway
