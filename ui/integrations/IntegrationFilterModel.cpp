#include "integrations/IntegrationFilterModel.h"

#include "integrations/IntegrationListModel.h"

namespace keyway {

IntegrationFilterModel::IntegrationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Connection counts change without the row set changing; re-filter for the "connected" view.
    setDynamicSortFilter(true);
}

void IntegrationFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void IntegrationFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

bool IntegrationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category == connectedOnly()) {
        if (index.data(IntegrationListModel::ConnectionCountRole).toInt() == 0)
            return false;
    } else if (!m_category.isEmpty() && index.data(IntegrationListModel::CategoryRole).toString() != m_category) {
        return false;
    }
    const QString haystack = index.data(IntegrationListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace keyway
