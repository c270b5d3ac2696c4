#include "integrations/IntegrationListModel.h"

#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "widgets/Icons.h"
#include "widgets/Names.h"
#include "widgets/StatusStyle.h"

namespace keyway {

IntegrationListModel::IntegrationListModel(ConnectionService &service, ConnectionListModel &connections, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_connections(connections)
{
    connect(&service.catalog(), &Catalog::changed, this, &IntegrationListModel::reload);
    connect(&connections, &ConnectionListModel::summaryChanged, this, &IntegrationListModel::recount);
    reload();
}

void IntegrationListModel::reload()
{
    beginResetModel();
    const Catalog &catalog = m_service.catalog();
    m_integrations = catalog.all();
    m_search.clear(); // prepared at the first search (searchEntries)
    // Icons are made when a row is first shown: making one reads and checks its SVG, and only the visible rows
    // need theirs (issue 22: hundreds of integrations must not slow the start).
    m_icons = QList<QIcon>(m_integrations.size());
    endResetModel();
    recount();
}

void IntegrationListModel::recount()
{
    const QHash<QString, ConnectionListModel::Summary> &counts = m_connections.summary();
    const auto same = [](const ConnectionListModel::Summary &a, const ConnectionListModel::Summary &b) {
        return a.count == b.count && a.worst == b.worst && a.needingUser == b.needingUser;
    };
    bool changed = counts.size() != m_counts.size();
    for (auto it = counts.begin(); !changed && it != counts.end(); ++it)
        changed = !m_counts.contains(it.key()) || !same(m_counts.value(it.key()), it.value());
    if (!changed)
        return;
    m_counts = counts;
    if (!m_integrations.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
            {ConnectionCountRole, WorstStatusRole, NeedsUserRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
}

const QList<IntegrationSearch::Entry> &IntegrationListModel::searchEntries() const
{
    if (m_search.size() != m_integrations.size()) {
        m_search.clear();
        m_search.reserve(m_integrations.size());
        for (const Integration &in : m_integrations) {
            // The category as the window names it is searched too ("Calendar and email").
            m_search << IntegrationSearch::prepare(in, &m_service.catalog().vocabulary(), {Names::category(in.category)});
        }
    }
    return m_search;
}

int IntegrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_integrations.size());
}

const Integration *IntegrationListModel::integration(int row) const
{
    if (row < 0 || row >= m_integrations.size())
        return nullptr;
    return &m_integrations.at(row);
}

QModelIndex IntegrationListModel::indexOf(const QString &integrationId) const
{
    for (int row = 0; row < m_integrations.size(); ++row) {
        if (m_integrations.at(row).id == integrationId)
            return index(row);
    }
    return {};
}

QVariant IntegrationListModel::data(const QModelIndex &index, int role) const
{
    const Integration *in = index.isValid() ? integration(index.row()) : nullptr;
    if (!in)
        return {};
    const ConnectionListModel::Summary summary = m_counts.value(in->id);
    const int count = summary.count;
    // The badge's colour is the worst status; it is said in words too (tooltip, accessible text).
    const QString connections = count > 0 && summary.worst != ConnectionStatus::Connected
        ? tr("%n connection(s) (worst: %1)", nullptr, count).arg(StatusStyle::text(summary.worst))
        : tr("%n connection(s)", nullptr, count);
    switch (role) {
    case Qt::DisplayRole:
        return in->name;
    case Qt::DecorationRole:
        if (m_icons.at(index.row()).isNull())
            m_icons[index.row()] = Icons::fromFile(m_service.catalog().iconPath(*in));
        return m_icons.at(index.row());
    case Qt::ToolTipRole:
        return count > 0 ? in->description + QLatin1Char('\n') + connections : in->description;
    case Qt::AccessibleTextRole:
        return count > 0 ? tr("%1, %2, %3").arg(in->name, Names::category(in->category), connections)
                         : tr("%1, %2").arg(in->name, Names::category(in->category));
    case IdRole:
        return in->id;
    case CategoryRole:
        return in->category;
    case ConnectionCountRole:
        return count;
    case DescriptionRole:
        return in->description;
    case WorstStatusRole:
        return int(summary.worst);
    case NeedsUserRole:
        return summary.needingUser;
    case ListedRole:
        return in->listed;
    default:
        return {};
    }
}

} // namespace keyway
