#pragma once

#include "catalog/Integration.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class ScopesPanel;
}

namespace keyway {

class ConnectionService;

// The connect form's permissions: the integration's unified permissions as check boxes, ticked from the scopes the
// core says to start from (its defaults for a new connection, the connection's granted scopes on reconnect), more
// scopes as text, and exactly which provider scopes will be requested (ConnectionPlanner::requestedScopes), with a
// warning for a permission the provider cannot grant. Ticking one more keeps the others.
class ScopesPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopesPanel)
public:
    ScopesPanel(ConnectionService &service, const Integration &integration, QWidget *parent = nullptr);
    ~ScopesPanel() override;

    // The defaults of this mode are ticked, unless the user (or a reconnect) chose already.
    void setMode(AuthMode mode);
    // Starts from these provider scopes (a reconnect: the connection's granted scopes).
    void setScopes(const QStringList &providerScopes);
    // Keeps what will be requested now and adds these provider scopes.
    void addScopes(const QStringList &providerScopes);
    // What the request names: the ticked permission ids and the typed scopes (empty: the integration's defaults).
    QStringList chosen() const;
    // The provider scopes that will be requested, as shown.
    QStringList requested() const;
    QList<QWidget *> focusOrder() const;

signals:
    void changed();

private:
    void fill(const QStringList &providerScopes);
    void update();

    std::unique_ptr<Ui::ScopesPanel> m_ui;
    ConnectionService &m_service;
    Integration m_integration;
    AuthMode m_mode = AuthMode::AuthorizationCode;
    bool m_chosen = false; // the user or a reconnect set the scopes: a mode change keeps them
    bool m_filling = false;
};

} // namespace keyway
