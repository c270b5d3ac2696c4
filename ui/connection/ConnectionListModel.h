#pragma once

#include "store/ConnectionRecord.h"

#include <QAbstractTableModel>

namespace keyway {

class ConnectionService;

// Every connection as a table (name, account, status, expiry, integration), kept current from the service's
// signals. Views narrow it to one integration with a QSortFilterProxyModel on IntegrationIdRole.
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListModel)
public:
    enum Column { NameColumn, AccountColumn, StatusColumn, ExpiresColumn, IntegrationColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IntegrationIdRole, StatusRole, SortRole };

    explicit ConnectionListModel(ConnectionService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &connectionId) const;
    std::optional<ConnectionRecord> record(int row) const;

public slots:
    void reload();

private:
    void update(const QString &id);
    void removeId(const QString &id);

    ConnectionService &m_service;
    QList<ConnectionRecord> m_records;
};

} // namespace keyway
