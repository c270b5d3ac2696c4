#include "connections/ConnectionFilterModel.h"

#include "connection/ConnectionListModel.h"
#include "core/ConnectionState.h"

#include <QRegularExpression>

namespace keyway {

ConnectionFilterModel::ConnectionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectionListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ConnectionFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ConnectionFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

bool ConnectionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The list's own comparison of its rows: no QVariant per comparison (issue 18).
    if (const auto *list = qobject_cast<const ConnectionListModel *>(sourceModel()))
        return list->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ConnectionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_status == StatusFilter::All && m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = ConnectionStatus(index.data(ConnectionListModel::StatusRole).toInt());
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::NeedsAttention:
        if (!ConnectionState::needsUser(status) && status != ConnectionStatus::Warning && status != ConnectionStatus::Expiring)
            return false;
        break;
    case StatusFilter::NeedsUser:
        if (!ConnectionState::needsUser(status))
            return false;
        break;
    case StatusFilter::Working:
        if (status != ConnectionStatus::Connected && status != ConnectionStatus::Expiring)
            return false;
        break;
    case StatusFilter::Revoked:
        if (status != ConnectionStatus::Revoked)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(ConnectionListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace keyway
