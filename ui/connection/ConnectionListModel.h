#pragma once

#include "store/ConnectionRecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace keyway {

class ConnectionService;

// Every connection as a table (name, account, status, expiry, integration, last request, Reconnect), kept
// current from the service's signals. It is the window's one copy of the connection list: the service is asked
// for all of them once, then for the one that changed; views narrow it with proxy models (ConnectionFilterModel,
// or a QSortFilterProxyModel on IntegrationIdRole) and the sidebar counts from it (summary()).
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)
public:
    enum Column {
        NameColumn,
        AccountColumn,
        StatusColumn,
        ExpiresColumn,
        IntegrationColumn,
        LastUsedColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, IntegrationIdRole, StatusRole, SortRole, ActionRole, SearchTextRole };

    // What the sidebar shows of one integration: how many connections, and the status that most needs attention.
    struct Summary
    {
        int count = 0;
        ConnectionStatus worst = ConnectionStatus::Connected;
        int needingUser = 0; // NeedsReauthorization or Error
        int troubled = 0; // a temporary problem, or expiring without a way to renew
    };

    explicit ConnectionListModel(ConnectionService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &connectionId) const;
    std::optional<ConnectionRecord> record(int row) const;
    const QList<ConnectionRecord> &records() const { return m_records; }
    // Per integration id; the whole list under the empty id. Computed once per change of the list.
    const QHash<QString, Summary> &summary() const;
    // The action the row offers in ActionColumn ("Reconnect…"), empty when none is needed.
    static QString actionText(ConnectionStatus status);
    // "in 52 min", "in 1 h 5 min", "expired 3 min ago", "No expiry": the expiry at a glance (the tooltip has the date).
    static QString expiryText(const QDateTime &expiresAt, const QDateTime &now);

public slots:
    void reload();

signals:
    // Any change of rows or of a row's status: the sidebar recounts.
    void summaryChanged();

private:
    void update(const QString &id);
    void removeId(const QString &id);
    void reindex(int from);
    QString integrationName(const QString &integrationId) const;

    ConnectionService &m_service;
    QList<ConnectionRecord> m_records;
    QHash<QString, int> m_rows; // connection id -> row
    QHash<QString, QDateTime> m_lastUsed;
    mutable QHash<QString, QString> m_integrationNames;
    mutable QHash<QString, Summary> m_summary;
    mutable bool m_summaryDirty = true;
};

} // namespace keyway
