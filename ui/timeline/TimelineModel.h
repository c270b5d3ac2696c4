#pragma once

#include "store/ConnectionRecord.h"

#include <QAbstractTableModel>

namespace keyway {

class ConnectionService;

// A connection's recorded events (time, step, outcome, HTTP status, detail), newest first. Details were
// redacted by the core before they were stored.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Column { TimeColumn, StepColumn, OutcomeColumn, HttpColumn, DetailColumn, ColumnCount };

    explicit TimelineModel(ConnectionService &service, QObject *parent = nullptr);

    void setConnection(const QString &connectionId);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stepText(const QString &step);

public slots:
    void reload();

private:
    ConnectionService &m_service;
    QString m_connectionId;
    QList<ConnectionEvent> m_events;
};

} // namespace keyway
