#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace keyway {

// The connections view's filter over ConnectionListModel: words typed (each must appear in the name, account,
// integration or status) and a status filter; sorting by any column (SortRole).
class ConnectionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFilterModel)
public:
    enum class StatusFilter {
        All,
        NeedsAttention, // needs the user, a temporary problem, or expiring
        NeedsUser, // needs re-authorization or has an error
        Working, // connected (or expiring)
        Revoked,
    };

    explicit ConnectionFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace keyway
