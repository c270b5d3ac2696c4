#pragma once

#include "catalog/Integration.h"
#include "core/ConnectOffer.h"

#include <QPalette>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConnectFormPage;
}

class QLabel;
class QLineEdit;

namespace keyway {

class ClientCertificatePanel;
class ConnectionService;
class CredentialsForm;
class Discovery;
class ScopesPanel;
struct ConnectRequest;
struct ConnectionRecord;

// The connect form: how to connect (the integration's auth modes), the connection's name, what to register at the
// provider (setup steps, the redirect URI to register with its Copy button), the integration's template values
// checked against their patterns as they are typed, the credentials of the mode (CredentialsForm), the permissions
// (ScopesPanel) and the advanced options. It collects a ConnectRequest and says what is missing; protocol answers
// come from the core.
class ConnectFormPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectFormPage)
public:
    ConnectFormPage(ConnectionService &service, const Integration &integration, QWidget *parent = nullptr);
    ~ConnectFormPage() override;

    bool selectMode(AuthMode mode);
    std::optional<AuthMode> currentMode() const;
    // Starts from an existing connection (ConnectionPlanner::reconnectPlan): same mode, name, client, client
    // authentication, template values, redirect URI and granted scopes.
    void setReconnect(const ConnectionRecord &record);

    QStringList problems() const;
    ConnectRequest request() const;
    CredentialsForm *credentials() const { return m_credentials; }
    ScopesPanel *scopes() const { return m_scopes; }
    ClientCertificatePanel *certificate() const { return m_certificate; }
    // What the token security options offer now (ConnectOffer), and whether the provider's metadata has been read.
    ConnectOffer offer() const { return m_offer; }
    bool isDiscovering() const;
    void clearSecrets();
    // The widgets in keyboard order, top to bottom.
    QList<QWidget *> focusOrder() const;

signals:
    void changed();
    void keyPairGenerated();
    // The provider's metadata was read (or could not be): offer() is final.
    void offerSettled();

private:
    struct Variable
    {
        QString name;
        QString label;
        QLineEdit *edit = nullptr;
        QLabel *message = nullptr;
        bool required = false;
        QString pattern;
        QString example;
    };

    void buildVariables();
    void onModeChanged();
    void updateModeHint();
    // Shows the PKCE warning while the form would sign in without PKCE.
    void updatePkceWarning();
    void updateVariables();
    void updateRedirect();
    // Reads the provider's metadata when ConnectOffer::wantsDiscovery says so.
    void discover();
    // Shows the token security options ConnectOffer gives for the mode and client authentication.
    void updateOffer();
    static QMap<QString, QString> parseParams(const QString &text, QStringList *bad);

    std::unique_ptr<Ui::ConnectFormPage> m_ui;
    ConnectionService &m_service;
    Integration m_integration;
    CredentialsForm *m_credentials;
    ScopesPanel *m_scopes;
    ClientCertificatePanel *m_certificate;
    Discovery *m_discovery = nullptr;
    std::optional<OAuthSettings> m_discovered;
    ConnectOffer m_offer;
    QList<Variable> m_variables;
    QPalette m_warnPalette;
};

} // namespace keyway
