#pragma once

#include "catalog/IntegrationSearch.h"

#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace keyway {

class IntegrationListModel;

// Instant filter over IntegrationListModel, through the core's IntegrationSearch (the same matcher as
// `keyway integrations --search`): the integrations that match what was typed, best match first (an exact or
// prefix name before the rest); optionally only one category, or only integrations with connections.
class IntegrationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationFilterModel)
public:
    // Category value that keeps only integrations with at least one connection.
    static QString connectedOnly() { return QStringLiteral(":connected"); }

    explicit IntegrationFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_search.text(); }
    QString category() const { return m_category; }
    void setSourceModel(QAbstractItemModel *model) override;

public slots:
    void setSearchText(const QString &text);
    void setCategory(const QString &category); // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<IntegrationSearch::Rank> rank(int sourceRow) const;

    const IntegrationListModel *m_list = nullptr; // the source model, when it is one
    IntegrationSearch m_search {QString()};
    QString m_category;
    // The rank of each source row for m_search, computed at once for all rows when first needed (typos count
    // only when no row matches without one); cleared when the text or the rows change.
    mutable QList<std::optional<IntegrationSearch::Rank>> m_ranks;
    // The ranks of the last few texts (issue 18): erasing a letter goes back to a text just typed, and typing on
    // looks only at the rows the text typed so far matched. Cleared when the rows change.
    struct Recent
    {
        IntegrationSearch search;
        QList<std::optional<IntegrationSearch::Rank>> ranks;
    };
    static constexpr int kRecent = 16;
    mutable QList<Recent> m_recent; // most recent last
    void forgetRanks();
};

} // namespace keyway
