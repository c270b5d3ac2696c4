#pragma once

#include "catalog/Integration.h"
#include "core/ConnectionPlanner.h"

#include <QGroupBox>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Ui {
class CredentialsForm;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keyway {

class PrivateKeyPanel;
struct ConnectRequest;

// What one auth mode needs typed or loaded: the client (id, how it authenticates, its secret or private key), a
// service account key file, an API key, a user name and password, or a pasted token. Which client and client
// authentication a sign-in will actually use is the core's answer (ConnectionPlanner::clientPlan): a provider's
// published public client needs nothing typed and shows "none", a confidential client shows its choice and the
// secret or key it needs. On reconnect the core says which secrets the keychain still holds (ReconnectPlan), and
// those fields may stay empty.
class CredentialsForm : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsForm)
public:
    explicit CredentialsForm(const Integration &integration, QWidget *parent = nullptr);
    ~CredentialsForm() override;

    // Builds the fields of this mode (keeping a typed client id and key id that still make sense).
    void setMode(std::optional<AuthMode> mode);
    // Where a reconnect starts from: its client authentication, and which secrets may stay empty. Call before
    // setMode(); fillReconnect() then puts the client id and user name back.
    void setReconnect(const ReconnectPlan &plan);
    void fillReconnect();

    bool hasFields() const { return !m_fields.isEmpty(); }
    QString value(const QString &key) const;
    // Fills an empty field of the current mode (e.g. the client id a sandbox personality is known by); false when
    // the mode has no such field or it holds something already.
    bool fillIfEmpty(const QString &key, const QString &text);
    ClientPlan clientPlan() const;
    bool offersClientAuthChoice() const;
    std::optional<ClientAuthMethod> clientAuthMethod() const;
    bool setClientAuthMethod(ClientAuthMethod method);
    QJsonObject publicJwk() const;
    QStringList problems() const;
    void fillRequest(ConnectRequest &request) const;
    void clearSecrets();
    QList<QWidget *> focusOrder() const;

signals:
    void changed();
    void keyPairGenerated();

private:
    struct Field
    {
        QString key; // clientId, clientSecret, keyId, subject, apiKey, username, password, bearerToken
        QLineEdit *edit = nullptr;
        QLabel *caption = nullptr;
        bool secret = false;
        bool required = false;
        QString label;
    };

    Field &addField(const QString &key, const QString &label, bool required, bool secret, const QString &placeholder = {});
    void addClientRows(AuthMode mode);
    void addServiceAccountRows();
    void addPrivateKeyRow(bool canGenerate);
    void loadServiceAccount();
    // Shows the client rows the core's client plan calls for (public client note, choice, secret, key).
    void updateClientRows();
    bool keeps(ReconnectPlan::Secret secret) const;
    const Field *field(const QString &key) const;

    std::unique_ptr<Ui::CredentialsForm> m_ui;
    Integration m_integration;
    std::optional<AuthMode> m_mode;
    QList<Field> m_fields;
    QList<QWidget *> m_order; // focus order of the widgets built for the mode
    QComboBox *m_clientAuthCombo = nullptr;
    QLabel *m_clientNote = nullptr;
    PrivateKeyPanel *m_keyPanel = nullptr;
    QLabel *m_serviceAccountStatus = nullptr;
    QByteArray m_serviceAccountJson;
    std::optional<ClientAuthMethod> m_clientAuthChoice; // unset: the catalogue's
    std::optional<ReconnectPlan> m_reconnect;
    bool m_updating = false;
};

} // namespace keyway
