#include "connect/ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include "catalog/Catalog.h"
#include "common/CheckStyle.h"
#include "common/Icons.h"
#include "common/Names.h"
#include "common/SetupText.h"
#include "common/StatusStyle.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectionService.h"
#include "store/ConnectionRecord.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

namespace keyway {

namespace {
constexpr qint64 kMaxKeyFileBytes = 1024 * 1024; // key files are a few KB; refuse anything absurd

QString objectNameFor(const QString &key)
{
    if (key.startsWith(QLatin1String("var:")))
        return QStringLiteral("var_") + key.mid(4);
    return QStringLiteral("field_") + key;
}

bool isOAuthMode(AuthMode mode)
{
    return mode == AuthMode::AuthorizationCode || mode == AuthMode::ClientCredentials || mode == AuthMode::JwtBearer
        || mode == AuthMode::DeviceCode;
}
} // namespace

ConnectDialog::ConnectDialog(ConnectionService &service, const QString &integrationId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_service(service)
    , m_deviceTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectDialog"));
    const std::optional<Integration> found = service.catalog().find(integrationId);
    if (found)
        m_integration = *found;
    else
        m_integration.id = integrationId;

    const QString name = m_integration.name.isEmpty() ? integrationId : m_integration.name;
    setWindowTitle(tr("Connect %1").arg(name));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setText(tr("Connect %1").arg(name));
    QFont waiting = m_ui->waitingTitle->font();
    waiting.setPointSizeF(waiting.pointSizeF() * 1.2);
    waiting.setBold(true);
    m_ui->waitingTitle->setFont(waiting);
    const int iconSize = fontMetrics().height() * 2;
    m_ui->iconLabel->setPixmap(Icons::fromFile(service.catalog().iconPath(m_integration)).pixmap(QSize(iconSize, iconSize)));

    m_connectButton = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setIcon(Icons::get(QStringLiteral("connect")));
    m_connectButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    m_ui->pkceCombo->addItem(tr("As the integration says"), -1);
    m_ui->pkceCombo->addItem(tr("On"), 1);
    m_ui->pkceCombo->addItem(tr("Off (only for providers that reject it)"), 0);
    m_ui->advancedGroup->setVisible(false);
    const QString setup = SetupText::stepsHtml(m_integration);
    m_ui->setupLabel->setText(setup);
    m_ui->setupLabel->setVisible(false);
    m_ui->setupToggle->setVisible(!setup.isEmpty());
    connect(m_ui->setupToggle, &QToolButton::toggled, this, [this](bool on) {
        m_ui->setupLabel->setVisible(on);
        m_ui->setupToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_ui->setupToggle->setAccessibleName(on ? tr("Hide setup instructions") : tr("Show setup instructions"));
    });
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_ui->advancedGroup->setVisible(on);
        m_ui->advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_ui->advancedToggle->setAccessibleName(on ? tr("Hide advanced options") : tr("Show advanced options"));
    });
    m_ui->authParamsEdit->setMaximumHeight(fontMetrics().height() * 4);
    m_ui->tokenParamsEdit->setMaximumHeight(fontMetrics().height() * 4);
    connect(m_ui->authParamsEdit, &QPlainTextEdit::textChanged, this, &ConnectDialog::updateValidation);
    connect(m_ui->tokenParamsEdit, &QPlainTextEdit::textChanged, this, &ConnectDialog::updateValidation);

    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPointSizeF(font().pointSizeF() * 2.4);
    code.setBold(true);
    m_ui->userCodeLabel->setFont(code);
    m_ui->copyCodeButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->copyLinkButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->openAgainButton->setIcon(Icons::get(QStringLiteral("open-external")));
    m_ui->cancelWaitButton->setIcon(Icons::get(QStringLiteral("stop")));
    connect(m_ui->copyCodeButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->userCodeLabel->text()); });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, [this] {
        if (m_attempt)
            QGuiApplication::clipboard()->setText(m_attempt->authorizationUrl().toString());
    });
    connect(m_ui->openAgainButton, &QPushButton::clicked, this, [this] {
        if (m_attempt)
            m_attempt->openBrowserAgain();
    });
    connect(m_ui->cancelWaitButton, &QPushButton::clicked, this, &ConnectDialog::cancelAttempt);
    m_deviceTimer->setInterval(1000);
    connect(m_deviceTimer, &QTimer::timeout, this, &ConnectDialog::updateDeviceExpiry);

    CheckStyle::apply(m_ui->scopeList);
    connect(m_ui->scopeList, &QListWidget::itemChanged, this, &ConnectDialog::updateScopes);
    connect(m_ui->extraScopesEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateScopes);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::rebuildFields);

    // Problems and errors use the palette-checked error colour (StatusStyle), never colour alone.
    QPalette warn = m_ui->scopeWarningsLabel->palette();
    const QColor errorColour = StatusStyle::isDark(palette()) ? StatusStyle::background(ConnectionStatus::Error, palette())
                                                              : StatusStyle::background(ConnectionStatus::Error, palette());
    warn.setColor(QPalette::WindowText, errorColour);
    m_ui->errorLabel->setPalette(warn);
    m_ui->scopeWarningsLabel->setPalette(warn);
    m_ui->errorDetailEdit->setMaximumHeight(fontMetrics().height() * 5);

    buildModes();
    buildVariables();
    buildScopes();
    rebuildFields();
    clearError();
    showWaiting(false);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 44);
}

ConnectDialog::~ConnectDialog()
{
    if (m_attempt && !m_attempt->isFinished())
        m_attempt->cancel();
    clearSecrets();
}

void ConnectDialog::buildModes()
{
    for (AuthMode mode : std::as_const(m_integration.authModes))
        m_ui->modeCombo->addItem(Names::authMode(mode), Integration::toString(mode));
    m_ui->modeCombo->setEnabled(m_ui->modeCombo->count() > 1);
}

bool ConnectDialog::selectMode(AuthMode mode)
{
    const int index = m_ui->modeCombo->findData(Integration::toString(mode));
    if (index < 0)
        return false;
    m_ui->modeCombo->setCurrentIndex(index);
    return true;
}

std::optional<AuthMode> ConnectDialog::currentMode() const
{
    return Integration::authModeFromString(m_ui->modeCombo->currentData().toString());
}

void ConnectDialog::buildVariables()
{
    auto *form = qobject_cast<QFormLayout *>(m_ui->variablesGroup->layout());
    for (const TemplateVariable &v : std::as_const(m_integration.variables)) {
        Field f;
        f.key = QStringLiteral("var:") + v.name;
        f.label = v.label.isEmpty() ? v.name : v.label;
        f.required = !v.optional && v.defaultValue.isEmpty();
        f.pattern = v.pattern;
        f.edit = new QLineEdit(m_ui->variablesGroup);
        f.edit->setObjectName(objectNameFor(f.key));
        f.edit->setPlaceholderText(!v.defaultValue.isEmpty() ? v.defaultValue : v.example);
        f.edit->setAccessibleName(f.label);
        f.edit->setAccessibleDescription(v.description);
        f.edit->setToolTip(v.description);
        f.message = new QLabel(m_ui->variablesGroup);
        f.message->setObjectName(objectNameFor(f.key) + QStringLiteral("_message"));
        f.message->setWordWrap(true);
        f.message->setPalette(m_ui->errorLabel->palette());
        auto *label = new QLabel(f.label + (f.required ? QStringLiteral(":") : tr(" (optional):")), m_ui->variablesGroup);
        label->setBuddy(f.edit);
        auto *column = new QVBoxLayout;
        column->addWidget(f.edit);
        if (!v.description.isEmpty()) {
            auto *hint = new QLabel(v.description, m_ui->variablesGroup);
            hint->setWordWrap(true);
            column->addWidget(hint);
        }
        column->addWidget(f.message);
        form->addRow(label, column);
        connect(f.edit, &QLineEdit::textChanged, this, &ConnectDialog::updateValidation);
        m_variableFields << f;
    }
    m_ui->variablesGroup->setVisible(!m_variableFields.isEmpty());
}

void ConnectDialog::buildScopes()
{
    const ScopeVocabulary &vocabulary = m_service.catalog().vocabulary();
    const QStringList supported = vocabulary.supportedBy(m_integration);
    const QSignalBlocker blocker(m_ui->scopeList);
    for (const QString &id : supported) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(vocabulary.description(id), id), m_ui->scopeList);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(m_integration.unifiedScopes.value(id).join(QLatin1Char(' ')));
    }
    m_ui->scopeList->setVisible(!supported.isEmpty());
    const int rows = std::clamp(int(supported.size()), 1, 6);
    m_ui->scopeList->setMaximumHeight(m_ui->scopeList->sizeHintForRow(0) * rows + 2 * m_ui->scopeList->frameWidth() + 2);
}

ConnectDialog::Field &ConnectDialog::addField(
    const QString &key, const QString &label, bool required, bool secret, const QString &placeholder)
{
    auto *form = qobject_cast<QFormLayout *>(m_ui->credentialsGroup->layout());
    Field f;
    f.key = key;
    f.label = label;
    f.required = required;
    f.secret = secret;
    f.edit = new QLineEdit(m_ui->credentialsGroup);
    f.edit->setObjectName(objectNameFor(key));
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
        connect(show, &QAction::toggled, edit, [edit, show](bool on) {
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            show->setIcon(Icons::get(on ? QStringLiteral("hide") : QStringLiteral("reveal")));
            show->setToolTip(on ? tr("Hide") : tr("Show"));
        });
    }
    auto *caption = new QLabel(label + QLatin1Char(':'), m_ui->credentialsGroup);
    caption->setBuddy(f.edit);
    form->addRow(caption, f.edit);
    m_generated << caption << f.edit;
    connect(f.edit, &QLineEdit::textChanged, this, &ConnectDialog::updateValidation);
    m_fields << f;
    return m_fields.last();
}

QPushButton *ConnectDialog::addFileButton(const QString &key, const QString &text)
{
    auto *form = qobject_cast<QFormLayout *>(m_ui->credentialsGroup->layout());
    auto *button = new QPushButton(Icons::get(QStringLiteral("import")), text, m_ui->credentialsGroup);
    button->setObjectName(objectNameFor(key) + QStringLiteral("_file"));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    form->addRow(QString(), button);
    m_generated << button;
    return button;
}

void ConnectDialog::addPrivateKeyRow()
{
    // A PEM key is several lines and a secret: it is loaded from a file or the clipboard, never shown.
    auto *form = qobject_cast<QFormLayout *>(m_ui->credentialsGroup->layout());
    auto *row = new QWidget(m_ui->credentialsGroup);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *status = new QLabel(tr("No private key loaded."), row);
    status->setObjectName(QStringLiteral("field_privateKey_status"));
    status->setWordWrap(true);
    auto *fromFile = new QPushButton(Icons::get(QStringLiteral("import")), tr("From &file…"), row);
    fromFile->setObjectName(QStringLiteral("field_privateKey_file"));
    fromFile->setAccessibleName(tr("Load private key from a PEM file"));
    auto *paste = new QPushButton(Icons::get(QStringLiteral("copy")), tr("&Paste"), row);
    paste->setObjectName(QStringLiteral("field_privateKey_paste"));
    paste->setAccessibleName(tr("Paste private key from the clipboard"));
    layout->addWidget(status, 1);
    layout->addWidget(fromFile);
    layout->addWidget(paste);
    auto *caption = new QLabel(tr("Private key (PEM):"), m_ui->credentialsGroup);
    caption->setBuddy(fromFile);
    form->addRow(caption, row);
    m_generated << caption << fromFile << paste;
    connect(fromFile, &QPushButton::clicked, this, &ConnectDialog::loadPrivateKey);
    connect(paste, &QPushButton::clicked, this,
        [this] { setPrivateKey(QGuiApplication::clipboard()->text().toUtf8(), tr("the clipboard")); });
}

bool ConnectDialog::setPrivateKey(const QByteArray &pem, const QString &source)
{
    auto *status = findChild<QLabel *>(QStringLiteral("field_privateKey_status"));
    const bool ok = pem.contains("-----BEGIN") && pem.contains("PRIVATE KEY-----");
    if (ok) {
        m_privateKeyPem = pem.trimmed();
        if (status)
            status->setText(tr("Private key loaded from %1.").arg(source));
        clearError();
    } else if (status) {
        status->setText(tr("%1 holds no PEM private key (-----BEGIN … PRIVATE KEY-----).").arg(source));
    }
    updateValidation();
    return ok;
}

void ConnectDialog::rebuildFields()
{
    auto *form = qobject_cast<QFormLayout *>(m_ui->credentialsGroup->layout());
    while (form->rowCount() > 0)
        form->removeRow(0); // deletes the row's widgets
    m_generated.clear();
    m_fields.clear();
    m_serviceAccountJson.clear();
    m_privateKeyPem.clear();
    m_privateKeyRequired = false;

    const std::optional<AuthMode> mode = currentMode();
    m_ui->modeHintLabel->setText(mode ? Names::authModeHint(*mode) : tr("This integration lists no way to connect."));
    // Reconnecting asks for the secrets again: the core builds the new credential from this request alone.
    if (mode) {
        const OAuthSettings &o = m_integration.oauth;
        switch (*mode) {
        case AuthMode::AuthorizationCode:
        case AuthMode::ClientCredentials:
        case AuthMode::DeviceCode: {
            addField(QStringLiteral("clientId"), tr("Client ID"), true, false);
            if (o.clientAuth == ClientAuthMethod::PrivateKeyJwt) {
                m_privateKeyRequired = true;
                addPrivateKeyRow();
                addField(QStringLiteral("keyId"), tr("Key ID (kid)"), false, false);
            } else {
                // Public clients (client_auth none, device flow, PKCE) may have no secret.
                const bool secretRequired = *mode == AuthMode::ClientCredentials && o.clientAuth != ClientAuthMethod::None;
                addField(QStringLiteral("clientSecret"), tr("Client secret"), secretRequired, true,
                    secretRequired ? QString() : tr("Optional for public clients"));
            }
            break;
        }
        case AuthMode::JwtBearer: {
            connect(addFileButton(QStringLiteral("serviceAccount"), tr("Load service account key file (JSON)…")),
                &QPushButton::clicked, this, &ConnectDialog::loadServiceAccount);
            auto *loaded = new QLabel(
                tr("No key file loaded. Alternatively enter the issuer and a private key below."), m_ui->credentialsGroup);
            loaded->setObjectName(QStringLiteral("field_serviceAccount_status"));
            loaded->setWordWrap(true);
            form->addRow(QString(), loaded);
            m_generated << loaded;
            addField(QStringLiteral("clientId"), tr("Issuer (client ID or email)"), false, false);
            addPrivateKeyRow();
            addField(QStringLiteral("keyId"), tr("Key ID (kid)"), false, false);
            addField(
                QStringLiteral("subject"), tr("Act as user (subject)"), false, false, tr("Optional: domain-wide delegation"));
            break;
        }
        case AuthMode::ApiKey: {
            const QString label = m_integration.apiKey.label.isEmpty() ? tr("API key") : m_integration.apiKey.label;
            addField(QStringLiteral("apiKey"), label, true, true);
            break;
        }
        case AuthMode::Basic: {
            const BasicSettings &b = m_integration.basic;
            addField(QStringLiteral("username"), b.usernameLabel.isEmpty() ? tr("User name") : b.usernameLabel, true, false);
            addField(QStringLiteral("password"), b.passwordLabel.isEmpty() ? tr("Password") : b.passwordLabel,
                !b.passwordOptional, true);
            break;
        }
        case AuthMode::BearerToken:
            addField(QStringLiteral("bearerToken"), tr("Access token"), true, true, tr("Paste the token"));
            break;
        }
    }
    m_ui->credentialsGroup->setVisible(!m_fields.isEmpty());
    const bool oauth = mode && isOAuthMode(*mode);
    m_ui->scopesGroup->setVisible(oauth);
    const bool browser = mode && *mode == AuthMode::AuthorizationCode;
    m_ui->authParamsEdit->setEnabled(browser);
    m_ui->authParamsLabel->setEnabled(browser);
    m_ui->pkceCombo->setEnabled(browser);
    m_ui->pkceLabel->setEnabled(browser);
    m_ui->browserEdit->setEnabled(browser || (mode && *mode == AuthMode::DeviceCode));
    m_ui->browserLabel->setEnabled(m_ui->browserEdit->isEnabled());
    m_ui->tokenParamsEdit->setEnabled(oauth);
    m_ui->tokenParamsLabel->setEnabled(oauth);
    m_ui->advancedToggle->setVisible(oauth);
    if (!oauth)
        m_ui->advancedToggle->setChecked(false);

    // Keyboard order follows the page from top to bottom.
    setTabOrder(m_ui->modeCombo, m_ui->nameEdit);
    setTabOrder(m_ui->nameEdit, m_ui->setupToggle);
    QWidget *previous = m_ui->setupToggle;
    for (const Field &f : std::as_const(m_variableFields)) {
        setTabOrder(previous, f.edit);
        previous = f.edit;
    }
    for (QWidget *w : std::as_const(m_generated)) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue;
        setTabOrder(previous, w);
        previous = w;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->scopeList), static_cast<QWidget *>(m_ui->extraScopesEdit),
             static_cast<QWidget *>(m_ui->advancedToggle), static_cast<QWidget *>(m_ui->authParamsEdit),
             static_cast<QWidget *>(m_ui->tokenParamsEdit), static_cast<QWidget *>(m_ui->pkceCombo),
             static_cast<QWidget *>(m_ui->browserEdit), static_cast<QWidget *>(m_ui->buttonBox)}) {
        setTabOrder(previous, w);
        previous = w;
    }
    updateScopes();
    updateValidation();
}

void ConnectDialog::loadServiceAccount()
{
    auto *dialog = new QFileDialog(this, tr("Service account key file"), QString(), tr("JSON key files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto *status = findChild<QLabel *>(QStringLiteral("field_serviceAccount_status"));
        QFile file(path);
        QByteArray data;
        if (file.size() <= kMaxKeyFileBytes && file.open(QIODevice::ReadOnly))
            data = file.readAll();
        QJsonParseError parseError {};
        const QJsonObject json = QJsonDocument::fromJson(data, &parseError).object();
        if (data.isEmpty() || parseError.error != QJsonParseError::NoError || !json.contains(QLatin1String("private_key"))) {
            m_serviceAccountJson.clear();
            if (status)
                status->setText(tr("%1 is not a service account key file (JSON with a private_key).").arg(path));
        } else {
            m_serviceAccountJson = data;
            if (status)
                status->setText(tr("Loaded the key of %1.").arg(json.value(QLatin1String("client_email")).toString()));
        }
        data.fill('\0');
        updateValidation();
    });
    dialog->open();
}

void ConnectDialog::loadPrivateKey()
{
    auto *dialog = new QFileDialog(this, tr("Private key"), QString(), tr("PEM files (*.pem *.key);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        QByteArray data;
        if (file.size() <= kMaxKeyFileBytes && file.open(QIODevice::ReadOnly))
            data = file.readAll();
        setPrivateKey(data, QFileInfo(path).fileName());
        data.fill('\0');
    });
    dialog->open();
}

QString ConnectDialog::value(const QString &key) const
{
    for (const QList<Field> *list : {&m_fields, &m_variableFields}) {
        for (const Field &f : *list) {
            if (f.key == key)
                return f.edit->text();
        }
    }
    return {};
}

QMap<QString, QString> ConnectDialog::parseParams(const QString &text, QStringList *bad)
{
    QMap<QString, QString> params;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (bad)
                *bad << line;
            continue;
        }
        params.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return params;
}

QStringList ConnectDialog::problems() const
{
    QStringList list;
    for (const Field &f : m_variableFields) {
        const QString text = f.edit->text().trimmed();
        if (text.isEmpty()) {
            if (f.required)
                list << tr("Enter %1.").arg(f.label);
            continue;
        }
        const QRegularExpression re(f.pattern);
        if (!f.pattern.isEmpty() && (!re.isValid() || !re.match(text).hasMatch()))
            list << tr("%1 does not look right.").arg(f.label);
    }
    const std::optional<AuthMode> mode = currentMode();
    if (!mode)
        list << tr("This integration has no way to connect.");
    for (const Field &f : m_fields) {
        if (f.required && f.edit->text().trimmed().isEmpty())
            list << tr("Enter %1.").arg(f.label);
    }
    if (m_privateKeyRequired && m_privateKeyPem.isEmpty())
        list << tr("Load the private key.");
    if (mode && *mode == AuthMode::JwtBearer && m_serviceAccountJson.isEmpty()
        && (value(QStringLiteral("clientId")).trimmed().isEmpty() || m_privateKeyPem.isEmpty()))
        list << tr("Load a service account key file, or enter the issuer and a private key.");
    QStringList bad;
    parseParams(m_ui->authParamsEdit->toPlainText(), &bad);
    parseParams(m_ui->tokenParamsEdit->toPlainText(), &bad);
    if (!bad.isEmpty())
        list << tr("Extra parameters must be written name=value: %1").arg(bad.first());
    return list;
}

void ConnectDialog::updateValidation()
{
    for (Field &f : m_variableFields) {
        const QString text = f.edit->text().trimmed();
        QString message;
        if (!text.isEmpty() && !f.pattern.isEmpty()) {
            const QRegularExpression re(f.pattern);
            if (!re.isValid() || !re.match(text).hasMatch()) {
                const TemplateVariable *v = m_integration.variable(f.key.mid(4));
                message = v && !v->example.isEmpty() ? tr("⚠ Not a valid value. Example: %1").arg(v->example)
                                                     : tr("⚠ Not a valid value.");
            }
        }
        f.message->setText(message);
        f.message->setVisible(!message.isEmpty());
        f.edit->setAccessibleDescription(message.isEmpty() ? f.edit->toolTip() : message);
    }
    const QStringList list = problems();
    m_connectButton->setEnabled(list.isEmpty());
    // Say what is missing only once the user has started typing somewhere.
    bool touched = false;
    for (const QList<Field> *fields : {&m_fields, &m_variableFields})
        for (const Field &f : *fields)
            touched = touched || (f.edit && !f.edit->text().isEmpty());
    m_ui->problemLabel->setText(list.isEmpty() ? QString() : list.first());
    m_ui->problemLabel->setVisible(touched && !list.isEmpty());
}

QStringList ConnectDialog::chosenScopes() const
{
    QStringList scopes;
    for (int i = 0; i < m_ui->scopeList->count(); ++i) {
        const QListWidgetItem *item = m_ui->scopeList->item(i);
        if (item->checkState() == Qt::Checked)
            scopes << item->data(Qt::UserRole).toString();
    }
    scopes << m_ui->extraScopesEdit->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    return scopes;
}

void ConnectDialog::updateScopes()
{
    const QStringList chosen = chosenScopes();
    const ScopeVocabulary &vocabulary = m_service.catalog().vocabulary();
    const std::optional<AuthMode> mode = currentMode();
    QStringList defaults = m_integration.oauth.scopes;
    if (mode && *mode == AuthMode::ClientCredentials && m_integration.oauth.clientCredentialsScopes)
        defaults = *m_integration.oauth.clientCredentialsScopes;
    if (chosen.isEmpty()) {
        m_ui->resolvedScopesLabel->setText(defaults.isEmpty()
                ? tr("No scope will be requested (the provider's default applies).")
                : tr("Scopes requested: %1 (the integration's defaults)").arg(defaults.join(QLatin1Char(' '))));
        m_ui->scopeWarningsLabel->hide();
        return;
    }
    const ScopeResolution resolution = vocabulary.resolve(m_integration, chosen);
    m_ui->resolvedScopesLabel->setText(
        tr("Scopes requested: %1")
            .arg(resolution.providerScopes.isEmpty() ? tr("none") : resolution.providerScopes.join(QLatin1Char(' '))));
    QStringList warnings;
    for (const QString &id : resolution.unsupported)
        warnings << tr("⚠ %1 (%2) is not offered by %3 and will not be requested.")
                        .arg(id, vocabulary.description(id), m_integration.name);
    m_ui->scopeWarningsLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->scopeWarningsLabel->setVisible(!warnings.isEmpty());
}

ConnectRequest ConnectDialog::request() const
{
    ConnectRequest r;
    r.integrationId = m_integration.id;
    r.authMode = m_ui->modeCombo->currentData().toString();
    r.name = m_ui->nameEdit->text().trimmed();
    r.reconnectId = m_reconnectId;
    for (const Field &f : m_variableFields) {
        const QString text = f.edit->text().trimmed();
        if (!text.isEmpty())
            r.variables.insert(f.key.mid(4), text);
    }
    r.clientId = value(QStringLiteral("clientId")).trimmed();
    r.clientSecret = value(QStringLiteral("clientSecret")).toUtf8();
    r.privateKeyPem = m_privateKeyPem;
    r.keyId = value(QStringLiteral("keyId")).trimmed();
    r.subject = value(QStringLiteral("subject")).trimmed();
    r.serviceAccountJson = m_serviceAccountJson;
    r.apiKey = value(QStringLiteral("apiKey")).trimmed().toUtf8();
    r.username = value(QStringLiteral("username")).trimmed();
    r.password = value(QStringLiteral("password")).toUtf8();
    r.bearerToken = value(QStringLiteral("bearerToken")).trimmed().toUtf8();
    const std::optional<AuthMode> mode = currentMode();
    if (mode && isOAuthMode(*mode))
        r.scopes = chosenScopes();
    r.extraAuthorizationParams = parseParams(m_ui->authParamsEdit->toPlainText(), nullptr);
    r.extraTokenParams = parseParams(m_ui->tokenParamsEdit->toPlainText(), nullptr);
    r.pkce = m_ui->pkceCombo->currentData().toInt();
    r.browserCommand = m_ui->browserEdit->text().trimmed();
    return r;
}

void ConnectDialog::setReconnect(const ConnectionRecord &record)
{
    m_reconnectId = record.id;
    setWindowTitle(tr("Reconnect %1").arg(record.name.isEmpty() ? record.accountLabel : record.name));
    m_ui->titleLabel->setText(windowTitle());
    m_ui->nameEdit->setText(record.name);
    if (const std::optional<AuthMode> mode = Integration::authModeFromString(record.authMode))
        selectMode(*mode);
    rebuildFields();
    // Non-secret settings the core kept (client id, variables) are filled in again.
    const QJsonObject settings = record.settings;
    const QString clientId
        = settings.value(QLatin1String("client_id")).toString(settings.value(QLatin1String("clientId")).toString());
    for (Field &f : m_fields) {
        if (f.key == QLatin1String("clientId"))
            f.edit->setText(clientId);
        if (f.key == QLatin1String("username"))
            f.edit->setText(settings.value(QLatin1String("username")).toString());
    }
    const QJsonObject variables = settings.value(QLatin1String("variables")).toObject();
    for (Field &f : m_variableFields)
        f.edit->setText(variables.value(f.key.mid(4)).toString());
    QStringList requested = record.requestedScopes;
    for (int i = 0; i < m_ui->scopeList->count(); ++i) {
        QListWidgetItem *item = m_ui->scopeList->item(i);
        const bool on = requested.removeAll(item->data(Qt::UserRole).toString()) > 0;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->extraScopesEdit->setText(requested.join(QLatin1Char(' ')));
    updateValidation();
}

void ConnectDialog::start()
{
    if (isWaiting() || !problems().isEmpty()) {
        updateValidation();
        return;
    }
    clearError();
    const ConnectRequest req = request();
    m_attempt = m_service.connectIntegration(req);
    if (!m_attempt) {
        showError(Error::make(QStringLiteral("internal"), tr("Keyway could not start connecting.")));
        return;
    }
    m_cancelling = false;
    const std::optional<AuthMode> mode = currentMode();
    const bool browser = mode && *mode == AuthMode::AuthorizationCode;
    m_ui->waitingTitle->setText(browser ? tr("Waiting for you to sign in in the browser…") : tr("Connecting…"));
    m_ui->waitingText->setText(browser ? tr("Finish signing in in your browser, then come back here. If no browser "
                                            "opened, copy the link into one.")
                                       : tr("Talking to %1.").arg(m_integration.name));
    m_ui->copyLinkButton->setVisible(browser);
    m_ui->openAgainButton->setVisible(browser);
    m_ui->copyLinkButton->setEnabled(!m_attempt->authorizationUrl().isEmpty());
    m_ui->openAgainButton->setEnabled(!m_attempt->authorizationUrl().isEmpty());
    m_ui->devicePane->hide();
    showWaiting(true);

    ConnectAttempt *attempt = m_attempt;
    connect(attempt, &ConnectAttempt::authorizationUrlReady, this, [this] {
        m_ui->copyLinkButton->setEnabled(true);
        m_ui->openAgainButton->setEnabled(true);
    });
    connect(attempt, &ConnectAttempt::browserOpened, this, [this] {
        m_ui->waitingText->setText(tr("The sign-in page is open in your browser. Finish there; this window "
                                      "continues by itself."));
    });
    connect(attempt, &ConnectAttempt::browserFailed, this, [this](const Error &error) {
        // The core's message already says what to do instead (copy the link).
        m_ui->waitingText->setText(tr("⚠ %1").arg(error.toString()));
    });
    connect(attempt, &ConnectAttempt::deviceCodeReady, this, &ConnectDialog::onDeviceCode);
    connect(attempt, &ConnectAttempt::progress, this, [this](const QString &, const QString &text) {
        if (!text.isEmpty())
            m_ui->waitingText->setText(text);
    });
    connect(attempt, &ConnectAttempt::succeeded, this, [this](const QString &connectionId) {
        m_attempt = nullptr;
        m_deviceTimer->stop();
        clearSecrets();
        emit connected(connectionId);
        QDialog::accept();
    });
    connect(attempt, &ConnectAttempt::failed, this, &ConnectDialog::onFailed);
}

bool ConnectDialog::isWaiting() const
{
    return m_attempt && !m_attempt->isFinished();
}

void ConnectDialog::cancelAttempt()
{
    if (!isWaiting())
        return;
    m_cancelling = true;
    m_attempt->cancel();
}

void ConnectDialog::reject()
{
    if (isWaiting()) {
        // Esc while waiting cancels the attempt and goes back to the form, as the Cancel button does.
        cancelAttempt();
        return;
    }
    QDialog::reject();
}

void ConnectDialog::onFailed(const Error &error)
{
    m_attempt = nullptr;
    m_deviceTimer->stop();
    showWaiting(false);
    if (error.code == QLatin1String("cancelled") && m_cancelling) {
        m_cancelling = false;
        clearError();
        return;
    }
    m_cancelling = false;
    showError(error);
}

void ConnectDialog::showError(const Error &error)
{
    QString text = error.message.isEmpty() ? tr("Connecting failed.") : error.message;
    m_ui->errorLabel->setText(tr("⚠ %1").arg(text));
    m_ui->errorLabel->show();
    QStringList detail;
    if (!error.detail.isEmpty())
        detail << error.detail;
    // The detail often names the status and code already (the provider's own words); add them only if not.
    if (error.httpStatus != 0 && !error.detail.contains(QString::number(error.httpStatus)))
        detail << tr("HTTP status %1").arg(error.httpStatus);
    if (!error.code.isEmpty() && !error.detail.contains(error.code))
        detail << tr("Error code: %1").arg(error.code);
    m_ui->errorDetailEdit->setPlainText(detail.join(QLatin1Char('\n')));
    m_ui->errorDetailEdit->setVisible(!detail.isEmpty());
}

void ConnectDialog::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    m_ui->errorDetailEdit->clear();
    m_ui->errorDetailEdit->hide();
}

void ConnectDialog::showWaiting(bool waiting)
{
    m_ui->stack->setCurrentWidget(waiting ? m_ui->waitingPage : m_ui->formPage);
    m_connectButton->setVisible(!waiting);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setVisible(!waiting);
    if (waiting)
        m_ui->problemLabel->hide();
    else
        updateValidation();
    if (waiting)
        m_ui->cancelWaitButton->setFocus();
}

void ConnectDialog::onDeviceCode(
    const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete, const QDateTime &expiresAt)
{
    // RFC 8628 §3.3: show the user code and where to enter it; the complete URI (with the code) is optional.
    const QUrl link
        = verificationUriComplete.isValid() && !verificationUriComplete.isEmpty() ? verificationUriComplete : verificationUri;
    m_ui->waitingTitle->setText(tr("Enter this code on another device"));
    m_ui->deviceCaption->setText(tr("Go to <a href=\"%1\">%2</a> and enter:")
                                     .arg(link.toString().toHtmlEscaped(), verificationUri.toString().toHtmlEscaped()));
    m_ui->userCodeLabel->setText(userCode);
    m_ui->userCodeLabel->setAccessibleName(tr("Code to enter: %1").arg(userCode));
    m_ui->waitingText->setText(tr("Keyway checks every few seconds whether you have approved the request."));
    m_ui->copyLinkButton->setVisible(false);
    m_ui->openAgainButton->setVisible(false);
    m_ui->devicePane->show();
    m_deviceExpiresAt = expiresAt;
    updateDeviceExpiry();
    m_deviceTimer->start();
    m_ui->copyCodeButton->setFocus();
}

void ConnectDialog::updateDeviceExpiry()
{
    if (!m_deviceExpiresAt.isValid()) {
        m_ui->deviceExpiryLabel->clear();
        return;
    }
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_deviceExpiresAt));
    m_ui->deviceExpiryLabel->setText(left > 0
            ? tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
            : tr("The code has expired."));
}

void ConnectDialog::clearSecrets()
{
    for (Field &f : m_fields) {
        if (f.secret)
            f.edit->clear();
    }
    m_privateKeyPem.fill('\0');
    m_privateKeyPem.clear();
    m_serviceAccountJson.fill('\0');
    m_serviceAccountJson.clear();
}

} // namespace keyway
