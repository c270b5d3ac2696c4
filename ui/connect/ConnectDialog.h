#pragma once

#include "catalog/Integration.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectRequest.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QPalette>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class ConnectDialog;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace keyway {

class ConnectAttempt;
class ConnectionService;
struct ConnectionRecord;
struct Error;

// Collects what one auth mode needs (fields generated from the integration file), checks template variables
// against their patterns as the user types, shows the provider scopes a choice of Keyway permissions turns
// into, and then follows the ConnectAttempt: waiting for the browser (copy link, open again, cancel), the
// device code (big and copyable), or an error in plain words with the provider's own message.
class ConnectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    ConnectDialog(ConnectionService &service, const QString &integrationId, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Re-authorizes an existing connection in place: same mode, name, client authentication and non-secret
    // settings. Secrets the keychain still holds for it may be left empty (the core reuses them).
    void setReconnect(const ConnectionRecord &record);
    bool selectMode(AuthMode mode);
    std::optional<AuthMode> currentMode() const;

    // What is missing or wrong in the form (empty: ready to connect).
    QStringList problems() const;
    // The request the form describes now (secrets included; used by start() and by tests).
    ConnectRequest request() const;
    bool isWaiting() const;
    // Whether this mode lets the user choose how the client authenticates (a confidential client doing the
    // authorization code or client credentials grant), and the choice the form shows now.
    bool offersClientAuthChoice() const;
    std::optional<ClientAuthMethod> clientAuthMethod() const;
    bool setClientAuthMethod(ClientAuthMethod method);
    // The public half of the loaded or generated private key, as the JWK to register at the provider.
    QJsonObject publicJwk() const { return m_publicJwk; }
    // Whether the integration lets this connection use plain http (the dialog then shows a warning).
    bool warnsAboutInsecureHttp() const;
    ConnectAttempt *attempt() const { return m_attempt; }

public slots:
    void start();
    void cancelAttempt();
    void reject() override;

signals:
    void connected(const QString &connectionId);
    // A key pair made by "Generate key pair" is in place (its public JWK is shown).
    void keyPairGenerated();

private:
    struct Field
    {
        QString key; // clientId, clientSecret, apiKey, ... or "var:<name>"
        QLineEdit *edit = nullptr;
        bool secret = false;
        QLabel *message = nullptr;
        bool required = false;
        QString pattern; // variables only
        QString label;
    };

    void buildModes();
    void rebuildFields();
    void buildVariables();
    void buildScopes();
    Field &addField(const QString &key, const QString &label, bool required, bool secret, const QString &placeholder = {});
    QPushButton *addFileButton(const QString &key, const QString &text);
    void addClientAuthRow(AuthMode mode);
    void addPrivateKeyRow(bool canGenerate);
    bool setPrivateKey(const QByteArray &pem, const QString &source);
    void generateKeyPair();
    void showPublicJwk();
    void loadServiceAccount();
    void loadPrivateKey();
    void updateValidation();
    void updateRedirect();
    void updateScopes();
    QStringList chosenScopes() const;
    QString value(const QString &key) const;
    static QMap<QString, QString> parseParams(const QString &text, QStringList *bad);

    void showWaiting(bool waiting);
    void onFailed(const Error &error);
    void showError(const Error &error);
    void clearError();
    void onDeviceCode(
        const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete, const QDateTime &expiresAt);
    void updateDeviceExpiry();
    void clearSecrets();
    // On reconnect, whether ConnectionService will take this secret ("clientSecret", "privateKey", "apiKey",
    // "password") from the keychain when the form leaves it empty.
    bool keepsStoredSecret(const QString &key) const;

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    ConnectionService &m_service;
    Integration m_integration;
    QList<Field> m_variableFields;
    QList<Field> m_fields;
    QList<QWidget *> m_generated; // credential rows, rebuilt on every mode change
    QByteArray m_serviceAccountJson;
    QByteArray m_privateKeyPem;
    QString m_privateKeyAlg; // the algorithm the shown public JWK names; empty: the core's default
    QJsonObject m_publicJwk;
    std::optional<ClientAuthMethod> m_clientAuthChoice; // unset: the catalogue's
    QComboBox *m_clientAuthCombo = nullptr;
    QComboBox *m_keyAlgCombo = nullptr;
    QPlainTextEdit *m_publicJwkEdit = nullptr;
    bool m_generating = false;
    bool m_rebuildPending = false;
    QUrl m_deviceLink;
    bool m_privateKeyRequired = false;
    QString m_reconnectId;
    // What the reconnected connection was made with, to tell which stored secrets the core can reuse.
    QString m_reconnectAuthMode;
    QString m_reconnectClientId;
    bool m_reconnectHasClientSecret = false; // client_secret_basic / client_secret_post
    bool m_reconnectHasPrivateKey = false; // private_key_jwt or the JWT bearer grant
    QPointer<ConnectAttempt> m_attempt;
    bool m_cancelling = false;
    QPushButton *m_connectButton = nullptr;
    QTimer *m_deviceTimer = nullptr;
    QDateTime m_deviceExpiresAt;
    QPalette m_redirectWarnPalette;
};

} // namespace keyway
