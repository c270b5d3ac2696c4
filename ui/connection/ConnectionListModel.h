#pragma once

#include "store/ConnectionSummary.h"

#include <array>

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace keyway {

class ConnectionService;

// Every connection as a table (name, account, status, expiry, integration, last request, Reconnect): the window's
// one index of connection summaries (ConnectionSummary: no settings, scopes or events, which are read when a
// connection is opened). It is loaded with one query of only those columns, then kept current from the service's
// signals, which also announce what other Keyway processes changed (ConnectionService::kWatchIntervalMs): only the
// connection that changed is read again. Views narrow it with proxy models (ConnectionFilterModel, or a
// QSortFilterProxyModel on IntegrationIdRole); the sidebar and the status bars count from it (summary()), and the
// counts are kept per integration and status as rows change, so nothing recounts every connection.
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
    enum Role {
        IdRole = Qt::UserRole + 1,
        IntegrationIdRole,
        StatusRole,
        SortRole,
        ActionRole,
        SearchTextRole,
        DefaultRole // bool: the connection the command line uses for its integration (ConnectionService::choose)
    };

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
    std::optional<ConnectionSummary> at(int row) const;
    const QList<ConnectionSummary> &rows() const { return m_records; }
    // Per integration id; the whole list under the empty id. Integrations without connections are absent.
    const QHash<QString, Summary> &summary() const;
    // The action the row offers in ActionColumn ("Reconnect…"), empty when none is needed.
    static QString actionText(ConnectionStatus status);
    // Whether `leftRow` sorts before `rightRow` by `column`: what comparing their SortRole values says, without a
    // QVariant per comparison (sorting 10,000 rows makes about 130,000 comparisons at start-up).
    bool lessThan(int leftRow, int rightRow, int column) const;
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
    // Adds (+1) or takes away (-1) one connection's status from its integration's counts and the whole list's.
    void count(const ConnectionSummary &s, int delta);
    QString integrationName(const QString &integrationId) const;

    ConnectionService &m_service;
    QList<ConnectionSummary> m_records;
    QHash<QString, int> m_rows; // connection id -> row
    QHash<QString, QDateTime> m_lastUsed;
    QHash<QString, QString> m_defaults; // integration id -> its default connection's id
    mutable QHash<QString, QString> m_integrationNames;
    // How many connections of each status, per integration id (the whole list under the empty id).
    using StatusCounts = std::array<int, int(ConnectionStatus::Warning) + 1>;
    QHash<QString, StatusCounts> m_counts;
    mutable QHash<QString, Summary> m_summary;
    mutable QSet<QString> m_dirty; // integration ids whose Summary is out of date
};

} // namespace keyway
