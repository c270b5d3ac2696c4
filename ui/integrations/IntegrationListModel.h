#pragma once

#include "catalog/Integration.h"
#include "catalog/IntegrationSearch.h"
#include "connection/ConnectionListModel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

namespace keyway {

class ConnectionService;

// The catalogue as a list: one row per integration, sorted by name, with its icon, how many connections use it
// and the status among them that most needs attention (the sidebar's badge). Follows the catalogue (reload) and
// the window's connection list (ConnectionListModel::summary), never loading connections itself.
class IntegrationListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationListModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        ConnectionCountRole,
        DescriptionRole,
        WorstStatusRole, // int(ConnectionStatus) of the connection most in need of attention (with a count > 0)
        NeedsUserRole, // how many of its connections need the user (reconnect, error)
        ListedRole, // shown before anything is searched for (Integration::listed)
    };

    IntegrationListModel(ConnectionService &service, ConnectionListModel &connections, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &integrationId) const;
    const Integration *integration(int row) const;
    int connectionCount(const QString &integrationId) const { return m_counts.value(integrationId).count; }
    // Per row, what IntegrationSearch matches typed text against; prepared at the first search, not at start-up.
    const QList<IntegrationSearch::Entry> &searchEntries() const;

public slots:
    void reload();
    void recount();

private:
    ConnectionService &m_service;
    ConnectionListModel &m_connections;
    QList<Integration> m_integrations;
    mutable QList<IntegrationSearch::Entry> m_search; // see searchEntries()
    mutable QList<QIcon> m_icons; // made on first use (data() is const)
    QHash<QString, ConnectionListModel::Summary> m_counts;
};

} // namespace keyway
