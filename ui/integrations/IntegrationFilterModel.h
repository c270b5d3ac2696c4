#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace keyway {

// Instant filter over IntegrationListModel: every word typed must appear in the integration's name, id,
// category, description or scopes; optionally only one category, or only integrations with connections.
class IntegrationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationFilterModel)
public:
    // Category value that keeps only integrations with at least one connection.
    static QString connectedOnly() { return QStringLiteral(":connected"); }

    explicit IntegrationFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    QString category() const { return m_category; }

public slots:
    void setSearchText(const QString &text);
    void setCategory(const QString &category); // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_category;
};

} // namespace keyway
