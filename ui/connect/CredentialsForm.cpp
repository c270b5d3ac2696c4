#include "connect/CredentialsForm.h"

#include "ui_CredentialsForm.h"

#include "auth/ServiceAccountKey.h"
#include "connect/PrivateKeyPanel.h"
#include "core/ConnectRequest.h"
#include "widgets/Icons.h"
#include "widgets/MaskedField.h"
#include "widgets/WrappedLabelHeight.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace keyway {

namespace {

QString clientAuthName(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::ClientSecretBasic:
        return CredentialsForm::tr("client_secret_basic: secret in the Authorization header");
    case ClientAuthMethod::ClientSecretPost:
        return CredentialsForm::tr("client_secret_post: secret in the request body");
    case ClientAuthMethod::PrivateKeyJwt:
        return CredentialsForm::tr("private_key_jwt: assertion signed with your private key");
    case ClientAuthMethod::TlsClientAuth:
        return CredentialsForm::tr("tls_client_auth: your TLS client certificate (from a CA)");
    case ClientAuthMethod::SelfSignedTlsClientAuth:
        return CredentialsForm::tr("self_signed_tls_client_auth: your self-signed TLS client certificate");
    case ClientAuthMethod::None:
        break;
    }
    return CredentialsForm::tr("none: public client, PKCE only");
}

QString providerName(const Integration &in)
{
    return in.name.isEmpty() ? in.id : in.name;
}

} // namespace

CredentialsForm::CredentialsForm(const Integration &integration, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::CredentialsForm>())
    , m_integration(integration)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("credentialsGroup"));
}

CredentialsForm::~CredentialsForm()
{
    clearSecrets();
}

void CredentialsForm::setReconnect(const ReconnectPlan &plan)
{
    m_reconnect = plan;
    // The client authenticates as it did (the combo falls back to what the mode offers).
    if (plan.clientAuth)
        m_clientAuthChoice = plan.clientAuth;
}

void CredentialsForm::fillReconnect()
{
    if (!m_reconnect)
        return;
    for (Field &f : m_fields) {
        if (f.key == QLatin1String("clientId"))
            f.edit->setText(m_reconnect->clientId);
        if (f.key == QLatin1String("username"))
            f.edit->setText(m_reconnect->username);
    }
    updateClientRows();
}

CredentialsForm::Field &CredentialsForm::addField(
    const QString &key, const QString &label, bool required, bool secret, const QString &placeholder)
{
    Field f;
    f.key = key;
    f.label = label;
    f.required = required;
    f.secret = secret;
    f.edit = new QLineEdit(this);
    f.edit->setObjectName(QStringLiteral("field_") + key);
    f.edit->setAccessibleName(label);
    f.edit->setPlaceholderText(placeholder.isEmpty() ? (required ? QString() : tr("Optional")) : placeholder);
    if (secret) {
        f.edit->setEchoMode(QLineEdit::Password);
        f.edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        // A toggle to check what was pasted, off by default.
        QAction *show = f.edit->addAction(Icons::get(QStringLiteral("reveal")), QLineEdit::TrailingPosition);
        show->setCheckable(true);
        show->setToolTip(tr("Show"));
        QLineEdit *edit = f.edit;
        MaskedField::describe(edit, true);
        connect(show, &QAction::toggled, edit, [edit, show](bool on) {
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            MaskedField::describe(edit, !on);
            show->setIcon(Icons::get(on ? QStringLiteral("hide") : QStringLiteral("reveal")));
            show->setToolTip(on ? tr("Hide") : tr("Show"));
        });
    }
    f.caption = new QLabel(label + QLatin1Char(':'), this);
    f.caption->setBuddy(f.edit);
    m_ui->credentialsForm->addRow(f.caption, f.edit);
    m_order << f.edit;
    connect(f.edit, &QLineEdit::textChanged, this, [this] {
        updateClientRows();
        emit changed();
    });
    m_fields << f;
    return m_fields.last();
}

void CredentialsForm::setMode(std::optional<AuthMode> mode)
{
    // A client id the user typed stays; the provider's public client does not follow into a mode it cannot do.
    QString keptClientId = value(QStringLiteral("clientId")).trimmed();
    if (keptClientId == m_integration.oauth.publicClientId)
        keptClientId.clear();
    const QString keptKeyId = value(QStringLiteral("keyId"));
    clearSecrets();
    QFormLayout *form = m_ui->credentialsForm;
    while (form->rowCount() > 0)
        form->removeRow(0); // deletes the row's widgets
    m_fields.clear();
    m_order.clear();
    m_clientAuthCombo = nullptr;
    m_clientNote = nullptr;
    m_keyPanel = nullptr;
    m_serviceAccountStatus = nullptr;
    m_mode = mode;
    if (!mode) {
        setVisible(false);
        return;
    }
    // Reconnecting in the same mode: ConnectionService takes the stored secret when the form leaves it empty, so
    // the fields say they may stay empty; problems() decides per secret.
    const bool same = m_reconnect && mode && m_reconnect->authMode == mode;
    switch (*mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::DeviceCode:
        addClientRows(*mode);
        break;
    case AuthMode::JwtBearer:
        addServiceAccountRows();
        break;
    case AuthMode::ApiKey:
        addField(QStringLiteral("apiKey"), m_integration.apiKey.label.isEmpty() ? tr("API key") : m_integration.apiKey.label,
            true, true, same ? tr("Leave empty to keep the stored key") : QString());
        break;
    case AuthMode::Basic: {
        const BasicSettings &b = m_integration.basic;
        addField(QStringLiteral("username"), b.usernameLabel.isEmpty() ? tr("User name") : b.usernameLabel, true, false,
            same ? tr("Leave empty to keep the stored account") : QString());
        addField(QStringLiteral("password"), b.passwordLabel.isEmpty() ? tr("Password") : b.passwordLabel, !b.passwordOptional,
            true, same ? tr("Leave empty to keep the stored one") : QString());
        break;
    }
    case AuthMode::BearerToken:
        addField(QStringLiteral("bearerToken"), tr("Access token"), true, true, tr("Paste the token"));
        break;
    }
    m_updating = true;
    for (Field &f : m_fields) {
        if (f.key == QLatin1String("clientId"))
            f.edit->setText(keptClientId);
        if (f.key == QLatin1String("keyId"))
            f.edit->setText(keptKeyId);
    }
    m_updating = false;
    // The published public client is what the field shows when nothing else was typed (issue 16: "show what will
    // actually be used").
    const ClientPlan plan = clientPlan();
    if (plan.publicClient)
        for (Field &f : m_fields)
            if (f.key == QLatin1String("clientId") && f.edit->text().isEmpty())
                f.edit->setText(plan.clientId);
    updateClientRows();
    setVisible(!m_fields.isEmpty());
}

void CredentialsForm::addClientRows(AuthMode mode)
{
    QFormLayout *form = m_ui->credentialsForm;
    const OAuthSettings &o = m_integration.oauth;
    addField(QStringLiteral("clientId"), tr("Client ID"), true, false);

    // The choice of client authentication, for a confidential client doing the code or client credentials grant.
    if ((mode == AuthMode::AuthorizationCode || mode == AuthMode::ClientCredentials) && o.clientAuth != ClientAuthMethod::None) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("field_clientAuth"));
        // Long item texts must not widen the dialog beyond its width.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        combo->setAccessibleName(tr("Client authentication"));
        combo->setAccessibleDescription(tr("How Keyway proves to the token endpoint that it is your registered client"));
        QList<ClientAuthMethod> methods
            = {ClientAuthMethod::ClientSecretBasic, ClientAuthMethod::ClientSecretPost, ClientAuthMethod::PrivateKeyJwt};
        // The client credentials grant always authenticates the client (RFC 6749 §4.4.2).
        if (mode == AuthMode::AuthorizationCode)
            methods << ClientAuthMethod::None;
        // RFC 8705 §2: a TLS client certificate, only where the integration or the server names it.
        const QList<ClientAuthMethod> certificateMethods
            = {ClientAuthMethod::TlsClientAuth, ClientAuthMethod::SelfSignedTlsClientAuth};
        methods << certificateMethods;
        for (ClientAuthMethod method : std::as_const(methods)) {
            const QString id = Integration::toString(method);
            // RFC 8414 §2: when the server lists the methods it supports, offer only those (and the catalogue's).
            const bool listed = o.tokenEndpointAuthMethodsSupported.contains(id);
            if (!o.tokenEndpointAuthMethodsSupported.isEmpty() && !listed && method != o.clientAuth)
                continue;
            if (certificateMethods.contains(method) && !listed && method != o.clientAuth)
                continue;
            // The marker first: a narrow dialog elides the end of the text, and the explanation can go, not the marker.
            combo->addItem(method == o.clientAuth ? tr("Default: %1").arg(clientAuthName(method)) : clientAuthName(method), id);
            if (method == o.clientAuth)
                combo->setItemData(combo->count() - 1, tr("What %1 documents").arg(providerName(m_integration)), Qt::ToolTipRole);
        }
        const ClientAuthMethod chosen = m_clientAuthChoice.value_or(o.clientAuth);
        combo->setCurrentIndex(std::max(0, combo->findData(Integration::toString(chosen))));
        // A choice this mode does not offer (none, for client credentials) falls back to what the combo shows.
        if (m_clientAuthChoice)
            m_clientAuthChoice = Integration::clientAuthFromString(combo->currentData().toString());
        auto *caption = new QLabel(tr("Client a&uthentication:"), this);
        caption->setBuddy(combo);
        form->addRow(caption, combo);
        m_order << combo;
        m_clientAuthCombo = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_clientAuthChoice = Integration::clientAuthFromString(m_clientAuthCombo->currentData().toString());
            updateClientRows();
            emit changed();
        });
    }

    // What the core says will be used, in words: the published public client, or a public client's "none".
    m_clientNote = new QLabel(this);
    m_clientNote->setObjectName(QStringLiteral("clientNote"));
    m_clientNote->setWordWrap(true);
    // Its own height at the width it is given, not a share of the dialog's spare room (text above a gap).
    m_clientNote->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    keepWrappedLabelHeight(m_clientNote);
    m_clientNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_clientNote->setAccessibleName(tr("How the client signs in"));
    form->addRow(QString(), m_clientNote);

    const bool required = mode == AuthMode::ClientCredentials;
    addField(QStringLiteral("clientSecret"), tr("Client secret"), required, true);
    addPrivateKeyRow(true);
    addField(QStringLiteral("keyId"), tr("Key ID (kid)"), false, false, tr("Optional: the key's thumbprint"));
}

void CredentialsForm::addServiceAccountRows()
{
    QFormLayout *form = m_ui->credentialsForm;
    auto *button = new QPushButton(Icons::get(QStringLiteral("import")), tr("Load service account key file (JSON)…"), this);
    button->setObjectName(QStringLiteral("field_serviceAccount_file"));
    button->setAccessibleName(tr("Load service account key file (JSON)"));
    form->addRow(QString(), button);
    m_order << button;
    connect(button, &QPushButton::clicked, this, &CredentialsForm::loadServiceAccount);
    m_serviceAccountStatus = new QLabel(tr("No key file loaded. Alternatively enter the issuer and a private key below."), this);
    m_serviceAccountStatus->setObjectName(QStringLiteral("field_serviceAccount_status"));
    m_serviceAccountStatus->setWordWrap(true);
    form->addRow(QString(), m_serviceAccountStatus);
    addField(QStringLiteral("clientId"), tr("Issuer (client ID or email)"), false, false);
    addPrivateKeyRow(false);
    if (m_reconnect && m_reconnect->storedPrivateKey && m_reconnect->authMode == AuthMode::JwtBearer) {
        m_serviceAccountStatus->setText(tr("No key file loaded: the stored key is kept unless you load another one."));
        m_keyPanel->setNote(tr("The stored private key is kept unless you load another one."));
    }
    addField(QStringLiteral("keyId"), tr("Key ID (kid)"), false, false);
    addField(QStringLiteral("subject"), tr("Act as user (subject)"), false, false, tr("Optional: domain-wide delegation"));
}

void CredentialsForm::addPrivateKeyRow(bool canGenerate)
{
    m_keyPanel = new PrivateKeyPanel(canGenerate, providerName(m_integration), this);
    m_keyPanel->setObjectName(QStringLiteral("privateKeyPanel"));
    auto *caption = new QLabel(tr("Private key (PEM):"), this);
    caption->setBuddy(m_keyPanel->focusOrder().value(0));
    m_ui->credentialsForm->addRow(caption, m_keyPanel);
    m_order << m_keyPanel->focusOrder();
    connect(m_keyPanel, &PrivateKeyPanel::keyChanged, this, [this](const QString &thumbprint) {
        // A loaded key fills an empty key id; a generated one sets it (keyPairGenerated).
        for (Field &f : m_fields)
            if (f.key == QLatin1String("keyId") && f.edit->text().trimmed().isEmpty())
                f.edit->setText(thumbprint);
        updateClientRows();
        emit changed();
    });
    connect(m_keyPanel, &PrivateKeyPanel::keyPairGenerated, this, [this] {
        for (Field &f : m_fields)
            if (f.key == QLatin1String("keyId"))
                f.edit->setText(m_keyPanel->thumbprint());
        emit keyPairGenerated();
    });
}

void CredentialsForm::loadServiceAccount()
{
    auto *dialog = new QFileDialog(this, tr("Service account key file"), QString(), tr("JSON key files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        QByteArray data;
        if (file.size() <= ServiceAccountKey::kMaxFileSize && file.open(QIODevice::ReadOnly))
            data = file.readAll();
        // The core's parser decides, and names the field at fault (never a part of the key).
        const Result<ServiceAccountKey> key = ServiceAccountKey::parse(data);
        m_serviceAccountJson.fill('\0');
        m_serviceAccountJson.clear();
        if (!key.ok()) {
            if (m_serviceAccountStatus)
                m_serviceAccountStatus->setText(tr("%1: %2").arg(QFileInfo(path).fileName(), key.error().message));
        } else {
            m_serviceAccountJson = data;
            if (m_serviceAccountStatus)
                m_serviceAccountStatus->setText(tr("Loaded the key of %1.").arg(key.value().clientEmail));
        }
        data.fill('\0');
        emit changed();
    });
    dialog->open();
}

const CredentialsForm::Field *CredentialsForm::field(const QString &key) const
{
    for (const Field &f : m_fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

bool CredentialsForm::fillIfEmpty(const QString &key, const QString &text)
{
    const Field *f = field(key);
    if (!f || !f->edit || !f->edit->text().isEmpty())
        return false;
    f->edit->setText(text);
    return true;
}

QString CredentialsForm::value(const QString &key) const
{
    const Field *f = field(key);
    return f ? f->edit->text() : QString();
}

ClientPlan CredentialsForm::clientPlan() const
{
    if (!m_mode)
        return {};
    const std::optional<ClientAuthMethod> choice = m_clientAuthCombo ? m_clientAuthChoice : std::nullopt;
    return ConnectionPlanner::clientPlan(m_integration, *m_mode, value(QStringLiteral("clientId")),
        !value(QStringLiteral("clientSecret")).isEmpty() || keeps(ReconnectPlan::Secret::ClientSecret),
        (m_keyPanel && m_keyPanel->hasKey()) || keeps(ReconnectPlan::Secret::PrivateKey), choice);
}

void CredentialsForm::updateClientRows()
{
    if (m_updating || !m_mode)
        return;
    if (*m_mode != AuthMode::AuthorizationCode && *m_mode != AuthMode::ClientCredentials && *m_mode != AuthMode::DeviceCode)
        return;
    const ClientPlan plan = clientPlan();
    QFormLayout *form = m_ui->credentialsForm;
    if (m_clientAuthCombo)
        form->setRowVisible(m_clientAuthCombo, plan.offersChoice);
    const std::optional<ClientAuthMethod> chosen = clientAuthMethod();
    QString note;
    if (plan.publicClient)
        note = tr("%1 publishes a public client for everyone: nothing to type. Keyway signs in as \"%2\" without a secret "
                  "(client authentication: none); PKCE protects the sign-in.")
                   .arg(providerName(m_integration), plan.clientId);
    else if (chosen == ClientAuthMethod::None)
        // RFC 6749 §2.1: a public client has no secret; PKCE protects its code (RFC 7636).
        note = tr("No secret is sent: the provider must have registered this client as public, and PKCE protects the sign-in.");
    m_clientNote->setText(note);
    form->setRowVisible(m_clientNote, !note.isEmpty());
    const bool sameMode = m_reconnect && m_mode && m_reconnect->authMode == m_mode;
    for (Field &f : m_fields) {
        if (f.key == QLatin1String("clientSecret")) {
            form->setRowVisible(f.edit, plan.asksSecret);
            f.required = plan.needsSecret;
            f.edit->setPlaceholderText(keeps(ReconnectPlan::Secret::ClientSecret) || (sameMode && m_reconnect->storedClientSecret)
                    ? tr("Leave empty to keep the stored secret")
                    : plan.needsSecret ? QString()
                                       : tr("Optional: without it Keyway signs in as a public client"));
        }
        if (f.key == QLatin1String("keyId"))
            form->setRowVisible(f.edit, plan.asksKey);
    }
    if (m_keyPanel) {
        form->setRowVisible(m_keyPanel, plan.asksKey);
        if (plan.asksKey && sameMode && m_reconnect->storedPrivateKey)
            m_keyPanel->setNote(tr("The stored private key is kept unless you load another one."));
    }
}

bool CredentialsForm::offersClientAuthChoice() const
{
    return m_clientAuthCombo && clientPlan().offersChoice;
}

std::optional<ClientAuthMethod> CredentialsForm::clientAuthMethod() const
{
    if (!m_clientAuthCombo || !m_mode || !clientPlan().offersChoice)
        return std::nullopt;
    return m_clientAuthChoice.value_or(m_integration.oauth.clientAuth);
}

bool CredentialsForm::setClientAuthMethod(ClientAuthMethod method)
{
    if (!m_clientAuthCombo)
        return false;
    const int index = m_clientAuthCombo->findData(Integration::toString(method));
    if (index < 0)
        return false;
    m_clientAuthCombo->setCurrentIndex(index);
    m_clientAuthChoice = method;
    updateClientRows();
    return true;
}

QJsonObject CredentialsForm::publicJwk() const
{
    return m_keyPanel ? m_keyPanel->publicJwk() : QJsonObject();
}

bool CredentialsForm::keeps(ReconnectPlan::Secret secret) const
{
    if (!m_reconnect || !m_mode)
        return false;
    const ClientAuthMethod method = m_clientAuthChoice.value_or(m_integration.oauth.clientAuth);
    return m_reconnect->keeps(secret, *m_mode, value(QStringLiteral("clientId")), value(QStringLiteral("username")), method);
}

QStringList CredentialsForm::problems() const
{
    QStringList list;
    if (!m_mode)
        return list;
    const ClientPlan plan = clientPlan();
    for (const Field &f : m_fields) {
        if (f.key == QLatin1String("clientSecret") && !plan.asksSecret)
            continue;
        if (!f.required || !f.edit->text().trimmed().isEmpty())
            continue;
        const ReconnectPlan::Secret kind = f.key == QLatin1String("clientSecret") ? ReconnectPlan::Secret::ClientSecret
            : f.key == QLatin1String("apiKey")                                    ? ReconnectPlan::Secret::ApiKey
            : f.key == QLatin1String("password")                                  ? ReconnectPlan::Secret::Password
            : f.key == QLatin1String("username")                                  ? ReconnectPlan::Secret::Username
                                                                                  : ReconnectPlan::Secret::ClientSecret;
        const bool storable = f.key == QLatin1String("clientSecret") || f.key == QLatin1String("apiKey")
            || f.key == QLatin1String("password") || f.key == QLatin1String("username");
        if (storable && keeps(kind))
            continue;
        list << tr("Enter %1.").arg(f.label);
    }
    const bool hasKey = m_keyPanel && m_keyPanel->hasKey();
    if (plan.asksKey && !hasKey && !keeps(ReconnectPlan::Secret::PrivateKey))
        list << tr("Load the private key.");
    if (*m_mode == AuthMode::JwtBearer && m_serviceAccountJson.isEmpty() && !keeps(ReconnectPlan::Secret::PrivateKey)
        && (value(QStringLiteral("clientId")).trimmed().isEmpty() || !hasKey))
        list << tr("Load a service account key file, or enter the issuer and a private key.");
    return list;
}

void CredentialsForm::fillRequest(ConnectRequest &r) const
{
    if (!m_mode)
        return;
    const ClientPlan plan = clientPlan();
    r.clientId = value(QStringLiteral("clientId")).trimmed();
    if (plan.asksSecret)
        r.clientSecret = value(QStringLiteral("clientSecret")).toUtf8();
    if (m_keyPanel && m_keyPanel->hasKey() && (plan.asksKey || *m_mode == AuthMode::JwtBearer)) {
        r.privateKeyPem = m_keyPanel->pem();
        r.privateKeyAlg = m_keyPanel->algorithm(); // the algorithm the shown public JWK was registered with
    }
    if (const std::optional<ClientAuthMethod> method = clientAuthMethod())
        r.clientAuthMethod = Integration::toString(*method);
    if (plan.asksKey || *m_mode == AuthMode::JwtBearer)
        r.keyId = value(QStringLiteral("keyId")).trimmed();
    r.subject = value(QStringLiteral("subject")).trimmed();
    r.serviceAccountJson = m_serviceAccountJson;
    r.apiKey = value(QStringLiteral("apiKey")).trimmed().toUtf8();
    r.username = value(QStringLiteral("username")).trimmed();
    r.password = value(QStringLiteral("password")).toUtf8();
    r.bearerToken = value(QStringLiteral("bearerToken")).trimmed().toUtf8();
}

void CredentialsForm::clearSecrets()
{
    for (Field &f : m_fields) {
        if (f.secret)
            f.edit->clear();
    }
    if (m_keyPanel)
        m_keyPanel->clear();
    m_serviceAccountJson.fill('\0');
    m_serviceAccountJson.clear();
}

QList<QWidget *> CredentialsForm::focusOrder() const
{
    return m_order;
}

} // namespace keyway
