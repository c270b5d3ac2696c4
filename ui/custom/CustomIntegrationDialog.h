#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class CustomIntegrationDialog;
}

class QPushButton;
class QTimer;

namespace keyway {

class ClientRegistrar;
class ConnectionService;
class CustomIntegrationBuilder;
struct Error;
struct Integration;

// "Add custom integration…": the user gives an issuer URL, a name, how the client authenticates and the
// default scopes; CustomIntegrationBuilder discovers the provider's metadata (OpenID Connect Discovery, else
// RFC 8414) and saves the integration file exactly as `keyway integrations add --issuer` does. The choices the
// metadata cannot know (client authentication, scopes) are then written into the same file through
// Catalog::saveCustom, which validates it again. Errors are shown in plain words with the technical detail
// beneath. Plain http is possible only through the explicit, warned-about opt-in. "Register Keyway with this
// server" (RFC 7591, `keyway integrations add --register`) is offered once the issuer's metadata, read while the
// user types, lists a registration_endpoint; ClientRegistrar then registers the client and saves the integration.
// "Bind tokens to a DPoP key" (RFC 9449, `--dpop`) is offered where the metadata lists DPoP signing algorithms
// (ConnectOffer's rule): the file says oauth.dpop, and a client Keyway registers is registered for DPoP-bound tokens
// only (RFC 9449 §5.2), both by the same core code as the command line.
class CustomIntegrationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomIntegrationDialog)
public:
    explicit CustomIntegrationDialog(ConnectionService &service, QWidget *parent = nullptr);
    ~CustomIntegrationDialog() override;

    // What is missing or wrong in the form (empty: ready).
    QStringList problems() const;
    bool isBusy() const;
    // The id the integration will be saved under (typed, or made from the name or the issuer's host).
    QString integrationId() const;

public slots:
    void start();
    void reject() override;

signals:
    // The integration was saved (the catalogue has reloaded); the window selects it.
    void added(const QString &integrationId, const QString &name);

private:
    void updateValidation();
    void updateSuggestedId();
    // Reads the issuer's metadata (debounced) to offer registration and DPoP only where the server takes them.
    void probeMetadata();
    void setRegistrationOffered(bool offered, const QString &why);
    void setDpopOffered(bool offered, const QString &why);
    void setBusy(bool busy);
    void growToFit();
    void onCreated(const Integration &integration);
    void showError(const Error &error);
    void clearError();

    std::unique_ptr<Ui::CustomIntegrationDialog> m_ui;
    ConnectionService &m_service;
    QPointer<CustomIntegrationBuilder> m_builder;
    QPointer<ClientRegistrar> m_registrar;
    QPointer<CustomIntegrationBuilder> m_probe;
    QTimer *m_probeTimer = nullptr;
    QPushButton *m_addButton = nullptr;
    bool m_idEdited = false;
    bool m_registrationOffered = false; // the issuer's metadata lists a registration_endpoint
    bool m_dpopOffered = false; // the issuer's metadata lists dpop_signing_alg_values_supported
};

} // namespace keyway
