#include "connection/ConnectionListModel.h"

#include "catalog/Catalog.h"
#include "common/StatusStyle.h"
#include "core/ConnectionService.h"

#include <QLocale>

namespace keyway {

ConnectionListModel::ConnectionListModel(ConnectionService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(&service, &ConnectionService::connectionAdded, this, &ConnectionListModel::update);
    connect(&service, &ConnectionService::connectionChanged, this, &ConnectionListModel::update);
    connect(&service, &ConnectionService::connectionRemoved, this, &ConnectionListModel::removeId);
    reload();
}

void ConnectionListModel::reload()
{
    beginResetModel();
    m_records = m_service.connections();
    endResetModel();
}

void ConnectionListModel::update(const QString &id)
{
    const std::optional<ConnectionRecord> record = m_service.connection(id);
    if (!record) {
        removeId(id);
        return;
    }
    const QModelIndex existing = indexOf(id);
    if (existing.isValid()) {
        m_records[existing.row()] = *record;
        emit dataChanged(index(existing.row(), 0), index(existing.row(), ColumnCount - 1));
        return;
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records << *record;
    endInsertRows();
}

void ConnectionListModel::removeId(const QString &id)
{
    const QModelIndex existing = indexOf(id);
    if (!existing.isValid())
        return;
    beginRemoveRows({}, existing.row(), existing.row());
    m_records.removeAt(existing.row());
    endRemoveRows();
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex ConnectionListModel::indexOf(const QString &connectionId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == connectionId)
            return index(row, 0);
    }
    return {};
}

std::optional<ConnectionRecord> ConnectionListModel::record(int row) const
{
    if (row < 0 || row >= m_records.size())
        return std::nullopt;
    return m_records.at(row);
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ConnectionRecord &r = m_records.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case IntegrationIdRole:
        return r.integrationId;
    case StatusRole:
        return int(r.status);
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case NameColumn:
            return r.name.isEmpty() ? r.accountLabel : r.name;
        case AccountColumn:
            return r.accountLabel;
        case StatusColumn:
            return role == SortRole ? QVariant(int(r.status)) : QVariant(StatusStyle::text(r.status));
        case ExpiresColumn:
            if (role == SortRole)
                return r.expiresAt.isValid() ? r.expiresAt.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
            return r.expiresAt.isValid() ? QLocale().toString(r.expiresAt.toLocalTime(), QLocale::ShortFormat) : tr("No expiry");
        case IntegrationColumn: {
            const std::optional<Integration> in = m_service.catalog().find(r.integrationId);
            return in ? in->name : r.integrationId;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return r.statusDetail.isEmpty() ? StatusStyle::description(r.status) : r.statusDetail;
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AccountColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Access token expires");
    case IntegrationColumn:
        return tr("Integration");
    default:
        return {};
    }
}

} // namespace keyway
