#pragma once

#include "catalog/Integration.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectRequest.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace Ui {
class ConnectDialog;
}

class QPushButton;

namespace keyway {

class ConnectFormPage;
class ConnectWaitingPage;
class ConnectionService;
class MessagePanel;
struct ConnectionRecord;
struct Error;

// Connects one integration: the form (ConnectFormPage: mode, credentials, permissions, advanced options), then the
// attempt it starts in the core (ConnectWaitingPage: the browser sign-in, the device code), and an error in plain
// words with the provider's own message below it (MessagePanel). It only routes: what the form holds and what the
// core says belong to the pages and the core.
class ConnectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    ConnectDialog(ConnectionService &service, const QString &integrationId, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Re-authorizes an existing connection in place: same mode, name, client, client authentication, non-secret
    // settings and granted scopes. Secrets the keychain still holds for it may be left empty (the core reuses them).
    void setReconnect(const ConnectionRecord &record);
    // Asks for these provider scopes too (an API answered insufficient_scope naming them).
    void addScopes(const QStringList &providerScopes);
    bool selectMode(AuthMode mode);
    std::optional<AuthMode> currentMode() const;

    // What is missing or wrong in the form (empty: ready to connect).
    QStringList problems() const;
    // The request the form describes now (secrets included; used by start() and by tests).
    ConnectRequest request() const;
    bool isWaiting() const;
    // Whether the user chooses how the client authenticates (a confidential client doing the authorization code or
    // client credentials grant), and the choice the form shows now.
    bool offersClientAuthChoice() const;
    std::optional<ClientAuthMethod> clientAuthMethod() const;
    bool setClientAuthMethod(ClientAuthMethod method);
    // The public half of the loaded or generated private key, as the JWK to register at the provider.
    QJsonObject publicJwk() const;
    // Whether the integration lets this connection use plain http (the dialog then shows a warning).
    bool warnsAboutInsecureHttp() const;
    ConnectAttempt *attempt() const { return m_attempt; }
    ConnectFormPage *form() const { return m_form; }
    MessagePanel *errorPanel() const;

public slots:
    void start();
    void cancelAttempt();
    void reject() override;

signals:
    void connected(const QString &connectionId);
    // A key pair made by "Generate key pair" is in place (its public JWK is shown).
    void keyPairGenerated();

private:
    void updateValidation();
    void showWaiting(bool waiting);
    void onFailed(const Error &error);
    void updateTabOrder();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    ConnectionService &m_service;
    Integration m_integration;
    ConnectFormPage *m_form = nullptr;
    ConnectWaitingPage *m_waiting = nullptr;
    QString m_reconnectId;
    QPointer<ConnectAttempt> m_attempt;
    bool m_cancelling = false;
    QPushButton *m_connectButton = nullptr;
};

} // namespace keyway
