#include "integrations/IntegrationFilterModel.h"

#include "integrations/IntegrationListModel.h"

namespace keyway {

IntegrationFilterModel::IntegrationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Connection counts change without the row set changing; re-filter for the "connected" view.
    setDynamicSortFilter(true);
    sort(0); // by rank (lessThan); without search text, the catalogue's own order
}

void IntegrationFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetRanks();
    m_list = qobject_cast<const IntegrationListModel *>(model);
    if (model) {
        const auto forget = [this] { forgetRanks(); };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void IntegrationFilterModel::forgetRanks()
{
    m_ranks.clear();
    m_recent.clear();
}

void IntegrationFilterModel::setSearchText(const QString &text)
{
    IntegrationSearch search(text);
    if (search.text() == m_search.text())
        return;
    m_search = search;
    m_ranks.clear();
    invalidate(); // filter and order
}

void IntegrationFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

std::optional<IntegrationSearch::Rank> IntegrationFilterModel::rank(int sourceRow) const
{
    if (!m_list)
        return std::nullopt;
    const QList<IntegrationSearch::Entry> &entries = m_list->searchEntries();
    if (m_ranks.size() != entries.size()) {
        const Recent *same = nullptr;
        const Recent *narrower = nullptr; // the longest recent text this one continues
        for (const Recent &recent : std::as_const(m_recent)) {
            if (recent.ranks.size() != entries.size())
                continue;
            if (recent.search.text() == m_search.text())
                same = &recent;
            else if (m_search.continues(recent.search)
                && (!narrower || recent.search.text().size() > narrower->search.text().size()))
                narrower = &recent;
        }
        if (same)
            m_ranks = same->ranks;
        else if (narrower)
            m_ranks = m_search.matchAll(entries, narrower->search, narrower->ranks);
        else
            m_ranks = m_search.matchAll(entries);
        if (!same && !m_search.isEmpty()) {
            if (m_recent.size() >= kRecent)
                m_recent.removeFirst();
            m_recent.append({m_search, m_ranks});
        }
    }
    return m_ranks.value(sourceRow);
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
    // Without text every listed row stays, in the catalogue's order: nothing to match (nor to prepare, at start-up).
    // An unlisted one (a sandbox personality) shows once its category is chosen, it has a connection, or it matches.
    if (m_search.isEmpty())
        return !m_category.isEmpty() || index.data(IntegrationListModel::ListedRole).toBool()
            || index.data(IntegrationListModel::ConnectionCountRole).toInt() > 0;
    return rank(sourceRow).has_value();
}

bool IntegrationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_search.isEmpty())
        return left.row() < right.row();
    const std::optional<IntegrationSearch::Rank> a = rank(left.row());
    const std::optional<IntegrationSearch::Rank> b = rank(right.row());
    if (a && b && *a != *b)
        return *a < *b;
    return left.row() < right.row();
}

} // namespace keyway
