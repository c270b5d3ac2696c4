#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class IntegrationPage;
}

class QMessageBox;
class QSortFilterProxyModel;

namespace keyway {

class ConnectionListModel;
class ConnectionService;
struct Integration;

// What one integration is: description, ways to connect, what to register at the provider (the loopback
// redirect URI, with a copy button) and the accounts already connected through it.
class IntegrationPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationPage)
public:
    IntegrationPage(ConnectionService &service, ConnectionListModel &connections, QWidget *parent = nullptr);
    ~IntegrationPage() override;

    void showIntegration(const QString &integrationId);
    QString integrationId() const { return m_integrationId; }
    QString selectedConnectionId() const;

    // The redirect URI to register for the authorization-code mode, and a note on its port (RFC 8252 §7.3).
    static QString redirectUri(const Integration &integration);
    static QString redirectNote(const Integration &integration);

    // For a custom integration: asks, then deletes its file and any client registration (ClientRegistrar::remove);
    // returns the confirmation.
    QMessageBox *removeWithConfirmation();

signals:
    void connectRequested(const QString &integrationId);
    void connectionActivated(const QString &connectionId);
    void reconnectRequested(const QString &connectionId);
    void integrationRemoved(const QString &integrationId, const QString &name);
    void message(const QString &text);

private:
    void updateConnectionsVisibility();
    void openSelected();

    std::unique_ptr<Ui::IntegrationPage> m_ui;
    ConnectionService &m_service;
    QSortFilterProxyModel *m_connections;
    QString m_integrationId;
};

} // namespace keyway
