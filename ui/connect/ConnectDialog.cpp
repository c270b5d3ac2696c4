#include "connect/ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include "auth/RedirectTarget.h"
#include "catalog/Catalog.h"
#include "common/BackgroundTask.h"
#include "common/CheckStyle.h"
#include "common/Icons.h"
#include "common/Names.h"
#include "common/SetupText.h"
#include "common/StatusStyle.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/SetupGuide.h"
#include "jose/PrivateKey.h"
#include "store/ConnectionRecord.h"

#include <QClipboard>
#include <QComboBox>
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

QString clientAuthName(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::ClientSecretBasic:
        return ConnectDialog::tr("client_secret_basic: secret in the Authorization header");
    case ClientAuthMethod::ClientSecretPost:
        return ConnectDialog::tr("client_secret_post: secret in the request body");
    case ClientAuthMethod::PrivateKeyJwt:
        return ConnectDialog::tr("private_key_jwt: assertion signed with your private key");
    case ClientAuthMethod::None:
        break;
    }
    return ConnectDialog::tr("none: public client, PKCE only");
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
    // The redirect URI to register, where Keyway will listen; the user's own exact one under Advanced.
    m_ui->copyRedirectButton->setIcon(Icons::get(QStringLiteral("copy")));
    connect(m_ui->copyRedirectButton, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->redirectShownEdit->text()); });
    const QString declared = SetupGuide::build(m_integration).redirectUri;
    m_ui->redirectEdit->setPlaceholderText(
        declared.isEmpty() ? tr("As the integration says") : tr("As the integration says (%1)").arg(declared));
    connect(m_ui->redirectEdit, &QLineEdit::textChanged, this, [this] {
        updateRedirect();
        updateValidation();
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
        if (!m_deviceLink.isEmpty())
            QGuiApplication::clipboard()->setText(m_deviceLink.toString());
        else if (m_attempt)
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

    // Plain http is the integration's explicit opt-in; say what it costs every time it is used.
    m_ui->insecureLabel->setPalette(warn);
    // RFC 9700 §2.6 / RFC 6749 §3.1: without TLS, secrets and tokens can be read on the way.
    m_ui->insecureLabel->setText(tr("⚠ Unsafe: %1. Use this only with a server on your own machine or a test network.")
                                     .arg(m_integration.insecureHttpWarning()));
    m_ui->insecureLabel->setAccessibleDescription(m_ui->insecureLabel->text());
    m_ui->insecureLabel->setVisible(warnsAboutInsecureHttp());
    m_ui->redirectNoteLabel->setPalette(palette());
    m_redirectWarnPalette = warn;

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

bool ConnectDialog::offersClientAuthChoice() const
{
    // A confidential client doing the code or client credentials grant may authenticate in several ways
    // (RFC 6749 §2.3, OpenID Connect Core §9); a public client (client_auth none) and the device flow have
    // nothing to choose.
    const std::optional<AuthMode> mode = currentMode();
    if (!mode || (*mode != AuthMode::AuthorizationCode && *mode != AuthMode::ClientCredentials))
        return false;
    return m_integration.oauth.clientAuth != ClientAuthMethod::None;
}

std::optional<ClientAuthMethod> ConnectDialog::clientAuthMethod() const
{
    if (!offersClientAuthChoice())
        return std::nullopt;
    return m_clientAuthChoice.value_or(m_integration.oauth.clientAuth);
}

bool ConnectDialog::setClientAuthMethod(ClientAuthMethod method)
{
    if (!m_clientAuthCombo)
        return false;
    const int index = m_clientAuthCombo->findData(Integration::toString(method));
    if (index < 0)
        return false;
    m_clientAuthCombo->setCurrentIndex(index);
    return true;
}

bool ConnectDialog::warnsAboutInsecureHttp() const
{
    return m_integration.allowInsecureHttp();
}

void ConnectDialog::addClientAuthRow(AuthMode mode)
{
    auto *form = qobject_cast<QFormLayout *>(m_ui->credentialsGroup->layout());
    const OAuthSettings &o = m_integration.oauth;
    auto *combo = new QComboBox(m_ui->credentialsGroup);
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
    for (ClientAuthMethod method : std::as_const(methods)) {
        const QString id = Integration::toString(method);
        // RFC 8414 §2: when the server lists the methods it supports, offer only those (and the catalogue's).
        if (!o.tokenEndpointAuthMethodsSupported.isEmpty() && !o.tokenEndpointAuthMethodsSupported.contains(id)
            && method != o.clientAuth)
            continue;
        QString text = clientAuthName(method);
        if (method == o.clientAuth)
            text = tr("%1 (default)").arg(text);
        combo->addItem(text, id);
        if (method == o.clientAuth)
            combo->setItemData(combo->count() - 1,
                tr("What %1 documents").arg(m_integration.name.isEmpty() ? m_integration.id : m_integration.name),
                Qt::ToolTipRole);
    }
    const ClientAuthMethod chosen = m_clientAuthChoice.value_or(o.clientAuth);
    combo->setCurrentIndex(std::max(0, combo->findData(Integration::toString(chosen))));
    // A choice this mode does not offer (none, for client credentials) falls back to what the combo shows.
    if (m_clientAuthChoice)
        m_clientAuthChoice = Integration::clientAuthFromString(combo->currentData().toString());
    auto *caption = new QLabel(tr("Client a&uthentication:"), m_ui->credentialsGroup);
    caption->setBuddy(combo);
    form->addRow(caption, combo);
    m_generated << caption << combo;
    m_clientAuthCombo = combo;
    // The rows below depend on the choice. They are rebuilt once this signal has returned, because the combo is
    // one of the widgets rebuilt; several changes in a row make one rebuild.
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        m_clientAuthChoice = Integration::clientAuthFromString(combo->currentData().toString());
        if (m_rebuildPending)
            return;
        m_rebuildPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_rebuildPending = false;
                const bool hadFocus = m_clientAuthCombo && m_clientAuthCombo->hasFocus();
                rebuildFields();
                if (hadFocus && m_clientAuthCombo)
                    m_clientAuthCombo->setFocus();
            },
            Qt::QueuedConnection);
    });
}

void ConnectDialog::addPrivateKeyRow(bool canGenerate)
{
    // A PEM key is several lines and a secret: it is loaded from a file or the clipboard, or generated here,
    // and never shown. Only its public half (the JWK to register at the provider) is.
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

    if (canGenerate) {
        auto *generateRow = new QWidget(m_ui->credentialsGroup);
        auto *generateLayout = new QHBoxLayout(generateRow);
        generateLayout->setContentsMargins(0, 0, 0, 0);
        m_keyAlgCombo = new QComboBox(generateRow);
        m_keyAlgCombo->setObjectName(QStringLiteral("field_privateKey_alg"));
        m_keyAlgCombo->setAccessibleName(tr("Key type to generate"));
        // RFC 7518 §3.1: RS256 is the one every server must accept; ES256 is shorter and faster.
        m_keyAlgCombo->addItem(tr("RSA 2048 (RS256)"), QStringLiteral("RS256"));
        m_keyAlgCombo->addItem(tr("EC P-256 (ES256)"), QStringLiteral("ES256"));
        auto *generate = new QPushButton(Icons::get(QStringLiteral("key")), tr("&Generate key pair"), generateRow);
        generate->setObjectName(QStringLiteral("field_privateKey_generate"));
        generate->setAccessibleName(tr("Generate a new key pair"));
        generate->setAccessibleDescription(
            tr("Keyway keeps the private key in the keychain; register the public key it shows at the provider"));
        generateLayout->addWidget(m_keyAlgCombo);
        generateLayout->addWidget(generate);
        generateLayout->addStretch(1);
        auto *generateCaption = new QLabel(tr("New &key:"), m_ui->credentialsGroup);
        generateCaption->setBuddy(m_keyAlgCombo);
        form->addRow(generateCaption, generateRow);
        m_generated << generateCaption << m_keyAlgCombo << generate;
        connect(generate, &QPushButton::clicked, this, &ConnectDialog::generateKeyPair);
    }

    // The public JWK (RFC 7517) to register at the provider, shown once a key is in place.
    auto *jwkRow = new QWidget(m_ui->credentialsGroup);
    jwkRow->setObjectName(QStringLiteral("publicJwkRow"));
    auto *jwkLayout = new QVBoxLayout(jwkRow);
    jwkLayout->setContentsMargins(0, 0, 0, 0);
    m_publicJwkEdit = new QPlainTextEdit(jwkRow);
    m_publicJwkEdit->setObjectName(QStringLiteral("field_publicJwk"));
    m_publicJwkEdit->setReadOnly(true);
    m_publicJwkEdit->setTabChangesFocus(true);
    m_publicJwkEdit->setAccessibleName(tr("Public key to register (JWK)"));
    m_publicJwkEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicJwkEdit->setMaximumHeight(fontMetrics().height() * 7);
    m_publicJwkEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_publicJwkEdit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    auto *jwkButtons = new QHBoxLayout;
    auto *copyJwk = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Cop&y public JWK"), jwkRow);
    copyJwk->setObjectName(QStringLiteral("field_publicJwk_copy"));
    copyJwk->setAccessibleName(tr("Copy the public JWK"));
    auto *copyPem = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Copy public P&EM"), jwkRow);
    copyPem->setObjectName(QStringLiteral("field_publicPem_copy"));
    copyPem->setAccessibleName(tr("Copy the public key as PEM"));
    jwkButtons->addWidget(copyJwk);
    jwkButtons->addWidget(copyPem);
    jwkButtons->addStretch(1);
    auto *jwkHint = new QLabel(tr("Register this public key with the provider (as a JWK or PEM, whichever it asks "
                                  "for). The private key stays in Keyway's keychain."),
        jwkRow);
    jwkHint->setWordWrap(true);
    jwkLayout->addWidget(jwkHint);
    jwkLayout->addWidget(m_publicJwkEdit);
    jwkLayout->addLayout(jwkButtons);
    auto *jwkCaption = new QLabel(tr("Public key:"), m_ui->credentialsGroup);
    jwkCaption->setObjectName(QStringLiteral("publicJwkCaption"));
    jwkCaption->setBuddy(m_publicJwkEdit);
    form->addRow(jwkCaption, jwkRow);
    m_generated << jwkCaption << m_publicJwkEdit << copyJwk << copyPem;
    connect(copyJwk, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(m_publicJwk).toJson(QJsonDocument::Compact)));
    });
    connect(copyPem, &QPushButton::clicked, this, [this] {
        const Result<PrivateKey> key = PrivateKey::fromPem(m_privateKeyPem);
        if (key.ok())
            QGuiApplication::clipboard()->setText(QString::fromLatin1(key.value().publicPem()));
    });
    showPublicJwk();
}

void ConnectDialog::showPublicJwk()
{
    auto *row = findChild<QWidget *>(QStringLiteral("publicJwkRow"));
    auto *caption = findChild<QLabel *>(QStringLiteral("publicJwkCaption"));
    const bool shown = !m_publicJwk.isEmpty();
    if (m_publicJwkEdit)
        m_publicJwkEdit->setPlainText(
            shown ? QString::fromUtf8(QJsonDocument(m_publicJwk).toJson(QJsonDocument::Compact)) : QString());
    if (row)
        row->setVisible(shown);
    if (caption)
        caption->setVisible(shown);
}

bool ConnectDialog::setPrivateKey(const QByteArray &pem, const QString &source)
{
    auto *status = findChild<QLabel *>(QStringLiteral("field_privateKey_status"));
    // The core's own parser decides (PKCS#8 or traditional RSA/EC, no passphrase): a key it would refuse later
    // is refused now, with its reason.
    const Result<PrivateKey> key = pem.size() <= PrivateKey::kMaxPemSize
        ? PrivateKey::fromPem(pem.trimmed())
        : Result<PrivateKey>(Error::make(QStringLiteral("invalid_key"), tr("This is too large to be a private key.")));
    if (key.ok()) {
        m_privateKeyPem = pem.trimmed();
        m_privateKeyAlg = key.value().defaultAlgorithm();
        m_publicJwk = key.value().publicJwk(m_privateKeyAlg);
        if (status)
            status->setText(tr("%1 key loaded from %2.").arg(key.value().keyType(), source));
        for (Field &f : m_fields) {
            if (f.key == QLatin1String("keyId") && f.edit->text().trimmed().isEmpty())
                f.edit->setText(key.value().thumbprint());
        }
        clearError();
    } else if (status) {
        const QString why = key.error().message.isEmpty() ? tr("no PEM private key") : key.error().message;
        status->setText(tr("%1: %2").arg(source, why));
    }
    showPublicJwk();
    updateValidation();
    return key.ok();
}

void ConnectDialog::generateKeyPair()
{
    if (m_generating || !m_keyAlgCombo)
        return;
    const QString alg = m_keyAlgCombo->currentData().toString();
    auto *status = findChild<QLabel *>(QStringLiteral("field_privateKey_status"));
    if (status)
        status->setText(tr("Generating a %1 key pair…").arg(alg));
    m_generating = true;
    // RSA key generation can take a noticeable moment: off the GUI thread.
    BackgroundTask::run<Result<PrivateKey>>(
        this,
        [alg]() -> Result<PrivateKey> {
            return alg == QLatin1String("ES256") ? PrivateKey::generateEc(QStringLiteral("P-256"))
                                                 : PrivateKey::generateRsa(2048);
        },
        [this, alg](Result<PrivateKey> key) {
            m_generating = false;
            auto *label = findChild<QLabel *>(QStringLiteral("field_privateKey_status"));
            if (!key.ok()) {
                if (label)
                    label->setText(tr("No key was generated: %1").arg(key.error().message));
                return;
            }
            if (!label) // the mode changed meanwhile: the key has nowhere to go
                return;
            QByteArray pem = key.value().toPem();
            m_privateKeyPem = pem;
            pem.fill('\0');
            m_privateKeyAlg = alg;
            m_publicJwk = key.value().publicJwk(alg);
            for (Field &f : m_fields) {
                if (f.key == QLatin1String("keyId"))
                    f.edit->setText(key.value().thumbprint());
            }
            label->setText(tr("New %1 key pair generated. Register its public key (below) with %2.")
                               .arg(alg, m_integration.name.isEmpty() ? m_integration.id : m_integration.name));
            clearError();
            showPublicJwk();
            updateValidation();
            emit keyPairGenerated();
        });
}

void ConnectDialog::rebuildFields()
{
    auto *form = qobject_cast<QFormLayout *>(m_ui->credentialsGroup->layout());
    const QString keptClientId = value(QStringLiteral("clientId"));
    const QString keptKeyId = value(QStringLiteral("keyId"));
    m_clientAuthCombo = nullptr;
    m_keyAlgCombo = nullptr;
    m_publicJwkEdit = nullptr;
    m_publicJwk = {};
    m_privateKeyAlg.clear();
    while (form->rowCount() > 0)
        form->removeRow(0); // deletes the row's widgets
    m_generated.clear();
    m_fields.clear();
    m_serviceAccountJson.clear();
    m_privateKeyPem.clear();
    m_privateKeyRequired = false;

    const std::optional<AuthMode> mode = currentMode();
    m_ui->modeHintLabel->setText(mode ? Names::authModeHint(*mode) : tr("This integration lists no way to connect."));
    // Reconnecting in the same mode: ConnectionService takes the client secret, private key, API key or password
    // stored for the connection when the form leaves them empty, so the fields say they may stay empty.
    // problems() decides per secret (a different client id or user name needs its own secret).
    const bool sameConnection
        = !m_reconnectAuthMode.isEmpty() && mode && m_ui->modeCombo->currentData().toString() == m_reconnectAuthMode;
    auto keepPrivateKeyNote = [this] {
        if (auto *status = findChild<QLabel *>(QStringLiteral("field_privateKey_status")))
            status->setText(tr("The stored private key is kept unless you load another one."));
    };
    if (mode) {
        const OAuthSettings &o = m_integration.oauth;
        switch (*mode) {
        case AuthMode::AuthorizationCode:
        case AuthMode::ClientCredentials:
        case AuthMode::DeviceCode: {
            addField(QStringLiteral("clientId"), tr("Client ID"), true, false);
            if (offersClientAuthChoice())
                addClientAuthRow(*mode);
            const ClientAuthMethod method = clientAuthMethod().value_or(o.clientAuth);
            if (method == ClientAuthMethod::PrivateKeyJwt) {
                m_privateKeyRequired = true;
                addPrivateKeyRow(true);
                if (sameConnection && m_reconnectHasPrivateKey)
                    keepPrivateKeyNote();
                addField(QStringLiteral("keyId"), tr("Key ID (kid)"), false, false, tr("Optional: the key's thumbprint"));
            } else if (method == ClientAuthMethod::None && m_clientAuthCombo) {
                // RFC 6749 §2.1: a public client has no secret; PKCE protects its code (RFC 7636).
                auto *note = new QLabel(tr("No secret is sent: the provider must have registered this client as "
                                           "public, and PKCE protects the sign-in."),
                    m_ui->credentialsGroup);
                note->setObjectName(QStringLiteral("field_clientAuth_note"));
                note->setWordWrap(true);
                form->addRow(QString(), note);
                m_generated << note;
            } else {
                // Public clients (client_auth none, device flow, PKCE) may have no secret.
                const bool secretRequired = *mode == AuthMode::ClientCredentials && o.clientAuth != ClientAuthMethod::None;
                addField(QStringLiteral("clientSecret"), tr("Client secret"), secretRequired, true,
                    sameConnection && m_reconnectHasClientSecret ? tr("Leave empty to keep the stored secret")
                        : secretRequired                         ? QString()
                                                                 : tr("Optional for public clients"));
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
            addPrivateKeyRow(false);
            if (sameConnection && m_reconnectHasPrivateKey) {
                loaded->setText(tr("No key file loaded: the stored key is kept unless you load another one."));
                keepPrivateKeyNote();
            }
            addField(QStringLiteral("keyId"), tr("Key ID (kid)"), false, false);
            addField(
                QStringLiteral("subject"), tr("Act as user (subject)"), false, false, tr("Optional: domain-wide delegation"));
            break;
        }
        case AuthMode::ApiKey: {
            const QString label = m_integration.apiKey.label.isEmpty() ? tr("API key") : m_integration.apiKey.label;
            addField(QStringLiteral("apiKey"), label, true, true,
                sameConnection ? tr("Leave empty to keep the stored key") : QString());
            break;
        }
        case AuthMode::Basic: {
            const BasicSettings &b = m_integration.basic;
            addField(QStringLiteral("username"), b.usernameLabel.isEmpty() ? tr("User name") : b.usernameLabel, true, false,
                sameConnection ? tr("Leave empty to keep the stored account") : QString());
            addField(QStringLiteral("password"), b.passwordLabel.isEmpty() ? tr("Password") : b.passwordLabel,
                !b.passwordOptional, true, sameConnection ? tr("Leave empty to keep the stored one") : QString());
            break;
        }
        case AuthMode::BearerToken:
            addField(QStringLiteral("bearerToken"), tr("Access token"), true, true, tr("Paste the token"));
            break;
        }
    }
    // The provider's published public client, for the flows that can use one, unless the user typed another.
    const bool publicClientFits = mode && (*mode == AuthMode::AuthorizationCode || *mode == AuthMode::DeviceCode);
    for (Field &f : m_fields) {
        if (f.key == QLatin1String("clientId"))
            f.edit->setText(keptClientId.isEmpty() && publicClientFits ? m_integration.oauth.publicClientId : keptClientId);
        if (f.key == QLatin1String("keyId"))
            f.edit->setText(keptKeyId);
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
    m_ui->redirectGroup->setVisible(browser);
    m_ui->redirectEdit->setEnabled(browser);
    m_ui->redirectUriLabel->setEnabled(browser);
    updateRedirect();
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
    for (QWidget *w : {static_cast<QWidget *>(m_ui->redirectShownEdit), static_cast<QWidget *>(m_ui->copyRedirectButton)}) {
        setTabOrder(previous, w);
        previous = w;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ui->scopeList), static_cast<QWidget *>(m_ui->extraScopesEdit),
             static_cast<QWidget *>(m_ui->advancedToggle), static_cast<QWidget *>(m_ui->authParamsEdit),
             static_cast<QWidget *>(m_ui->tokenParamsEdit), static_cast<QWidget *>(m_ui->pkceCombo),
             static_cast<QWidget *>(m_ui->browserEdit), static_cast<QWidget *>(m_ui->redirectEdit),
             static_cast<QWidget *>(m_ui->buttonBox)}) {
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
        if (f.required && f.edit->text().trimmed().isEmpty() && !keepsStoredSecret(f.key))
            list << tr("Enter %1.").arg(f.label);
    }
    if (m_privateKeyRequired && m_privateKeyPem.isEmpty() && !keepsStoredSecret(QStringLiteral("privateKey")))
        list << tr("Load the private key.");
    if (mode && *mode == AuthMode::JwtBearer && m_serviceAccountJson.isEmpty() && !keepsStoredSecret(QStringLiteral("privateKey"))
        && (value(QStringLiteral("clientId")).trimmed().isEmpty() || m_privateKeyPem.isEmpty()))
        list << tr("Load a service account key file, or enter the issuer and a private key.");
    if (mode && *mode == AuthMode::AuthorizationCode) {
        // No browser tab that leads nowhere: without a redirect the provider accepts, Connect stays off.
        const QString typed = m_ui->redirectEdit->text().trimmed();
        if (!typed.isEmpty()) {
            if (const Result<RedirectTarget> parsed = RedirectTarget::parse(typed); !parsed)
                list << parsed.error().message;
        } else if (const SetupGuide guide = SetupGuide::build(m_integration); guide.redirectUri.isEmpty()) {
            list << guide.redirectProblem;
        }
    }
    QStringList bad;
    parseParams(m_ui->authParamsEdit->toPlainText(), &bad);
    parseParams(m_ui->tokenParamsEdit->toPlainText(), &bad);
    if (!bad.isEmpty())
        list << tr("Extra parameters must be written name=value: %1").arg(bad.first());
    return list;
}

bool ConnectDialog::keepsStoredSecret(const QString &key) const
{
    // Mirrors ConnectionService::connectIntegration: on reconnect, a request that leaves every secret empty is
    // completed from the keychain, as long as the mode and the client id (or the user name) stay the same.
    const std::optional<AuthMode> mode = currentMode();
    if (m_reconnectAuthMode.isEmpty() || !mode || m_ui->modeCombo->currentData().toString() != m_reconnectAuthMode)
        return false;
    const QString clientId = value(QStringLiteral("clientId")).trimmed();
    switch (*mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::DeviceCode: {
        if (clientId.isEmpty() || clientId != m_reconnectClientId)
            return false;
        const ClientAuthMethod method = clientAuthMethod().value_or(m_integration.oauth.clientAuth);
        if (key == QLatin1String("privateKey"))
            return m_reconnectHasPrivateKey && method == ClientAuthMethod::PrivateKeyJwt;
        if (key == QLatin1String("clientSecret"))
            return m_reconnectHasClientSecret
                && (method == ClientAuthMethod::ClientSecretBasic || method == ClientAuthMethod::ClientSecretPost);
        return false;
    }
    case AuthMode::JwtBearer:
        return key == QLatin1String("privateKey") && m_reconnectHasPrivateKey
            && (clientId.isEmpty() || clientId == m_reconnectClientId);
    case AuthMode::ApiKey:
        return key == QLatin1String("apiKey");
    case AuthMode::Basic:
        // An empty user name keeps the stored account and its password; another user needs its own password.
        return key == QLatin1String("username")
            || (key == QLatin1String("password") && value(QStringLiteral("username")).trimmed().isEmpty());
    case AuthMode::BearerToken:
        return false;
    }
    return false;
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
    if (!m_privateKeyPem.isEmpty())
        r.privateKeyAlg = m_privateKeyAlg; // the algorithm the shown public JWK was registered with
    if (const std::optional<ClientAuthMethod> method = clientAuthMethod())
        r.clientAuthMethod = Integration::toString(*method);
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
    if (mode && *mode == AuthMode::AuthorizationCode)
        r.redirectUri = m_ui->redirectEdit->text().trimmed();
    return r;
}

void ConnectDialog::updateRedirect()
{
    const QString typed = m_ui->redirectEdit->text().trimmed();
    const bool typedIsValid = !typed.isEmpty() && RedirectTarget::parse(typed).ok();
    const SetupGuide guide = SetupGuide::build(m_integration, {}, typedIsValid ? typed : QString());
    m_ui->redirectShownEdit->setText(guide.redirectUri);
    m_ui->redirectShownEdit->setVisible(!guide.redirectUri.isEmpty());
    m_ui->copyRedirectButton->setVisible(!guide.redirectUri.isEmpty());
    m_ui->redirectCaption->setVisible(!guide.redirectUri.isEmpty());
    // When the provider accepts no desktop redirect, say what works instead, in the error colour.
    const bool problem = guide.redirectUri.isEmpty();
    m_ui->redirectNoteLabel->setText(problem ? tr("⚠ %1").arg(guide.redirectProblem) : guide.redirectNote);
    m_ui->redirectNoteLabel->setPalette(problem ? m_redirectWarnPalette : palette());
    m_ui->redirectNoteLabel->setAccessibleDescription(m_ui->redirectNoteLabel->text());
}

void ConnectDialog::setReconnect(const ConnectionRecord &record)
{
    m_reconnectId = record.id;
    // Disconnecting deletes every secret of the connection: nothing is left to keep then.
    const ConnectionSettings stored = ConnectionSettings::fromJson(record.settings);
    m_reconnectAuthMode = record.status == ConnectionStatus::Revoked ? QString() : record.authMode;
    m_reconnectClientId = stored.clientId;
    // The exact redirect URI it was made with (the core keeps it too when this is left empty).
    m_ui->redirectEdit->setText(stored.redirectUri);
    m_reconnectHasClientSecret = stored.provider.clientAuth == ProviderConfig::ClientAuth::Basic
        || stored.provider.clientAuth == ProviderConfig::ClientAuth::Post;
    m_reconnectHasPrivateKey = record.authMode == QLatin1String("jwt_bearer")
        || stored.provider.clientAuth == ProviderConfig::ClientAuth::PrivateKeyJwt;
    // The client authenticates as it did (the combo falls back to what the mode offers).
    if (record.authMode == QLatin1String("oauth2_authorization_code")
        || record.authMode == QLatin1String("oauth2_client_credentials")) {
        switch (stored.provider.clientAuth) {
        case ProviderConfig::ClientAuth::Basic:
            m_clientAuthChoice = ClientAuthMethod::ClientSecretBasic;
            break;
        case ProviderConfig::ClientAuth::Post:
            m_clientAuthChoice = ClientAuthMethod::ClientSecretPost;
            break;
        case ProviderConfig::ClientAuth::None:
            m_clientAuthChoice = ClientAuthMethod::None;
            break;
        case ProviderConfig::ClientAuth::PrivateKeyJwt:
            m_clientAuthChoice = ClientAuthMethod::PrivateKeyJwt;
            break;
        }
    }
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
    m_deviceLink.clear();
    m_ui->openAgainButton->setText(tr("&Open again"));
    m_ui->openAgainButton->setAccessibleName(tr("Open the sign-in page again"));
    m_ui->openAgainButton->setToolTip(tr("Open the sign-in page in the browser again"));
    m_ui->copyLinkButton->setToolTip(tr("Copy the sign-in address to open it in another browser"));
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
    // The verification page can be opened again or copied into another browser, like the sign-in page.
    m_deviceLink = link;
    m_ui->copyLinkButton->setVisible(link.isValid() && !link.isEmpty());
    m_ui->copyLinkButton->setEnabled(true);
    m_ui->copyLinkButton->setToolTip(tr("Copy the address of the page where the code is entered"));
    m_ui->openAgainButton->setText(tr("&Open page again"));
    m_ui->openAgainButton->setAccessibleName(tr("Open the verification page again"));
    m_ui->openAgainButton->setToolTip(tr("Open the page where the code is entered in the browser again"));
    m_ui->openAgainButton->setVisible(m_ui->copyLinkButton->isVisible());
    m_ui->openAgainButton->setEnabled(true);
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
