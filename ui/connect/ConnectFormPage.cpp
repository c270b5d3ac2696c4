#include "connect/ConnectFormPage.h"

#include "ui_ConnectFormPage.h"

#include "auth/RedirectTarget.h"
#include "catalog/Discovery.h"
#include "connect/ClientCertificatePanel.h"
#include "connect/CredentialsForm.h"
#include "connect/ScopesPanel.h"
#include "core/ConnectRequest.h"
#include "core/ConnectionPlanner.h"
#include "core/ConnectionService.h"
#include "core/SetupGuide.h"
#include "store/ConnectionRecord.h"
#include "widgets/CopyFeedback.h"
#include "widgets/Icons.h"
#include "widgets/Names.h"
#include "widgets/SetupText.h"
#include "widgets/StatusStyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace keyway {

namespace {

bool isOAuthMode(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::DeviceCode:
        return true;
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        break;
    }
    return false;
}

} // namespace

ConnectFormPage::ConnectFormPage(ConnectionService &service, const Integration &integration, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectFormPage>())
    , m_service(service)
    , m_integration(integration)
    , m_credentials(new CredentialsForm(integration, this))
    , m_scopes(new ScopesPanel(service, integration, this))
    , m_certificate(new ClientCertificatePanel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("formPage"));
    m_ui->credentialsSlot->addWidget(m_credentials);
    m_ui->certificateSlot->addWidget(m_certificate);
    m_ui->scopesSlot->addWidget(m_scopes);
    m_warnPalette = palette();
    m_warnPalette.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));

    for (AuthMode mode : std::as_const(m_integration.authModes))
        m_ui->modeCombo->addItem(Names::authMode(mode), Integration::toString(mode));
    m_ui->modeCombo->setEnabled(m_ui->modeCombo->count() > 1);

    m_ui->pkceCombo->addItem(tr("As the integration says"), -1);
    m_ui->pkceCombo->addItem(tr("On"), 1);
    m_ui->pkceCombo->addItem(tr("Off (only for providers that reject it)"), 0);
    // RFC 9700 §2.1.1: PKCE may be turned off for a provider that rejects it, never without saying so.
    m_ui->pkceWarningLabel->setPalette(m_warnPalette);
    m_ui->pkceWarningLabel->setText(tr("⚠ %1.").arg(m_integration.pkceOffWarning()));
    m_ui->pkceWarningLabel->setAccessibleDescription(m_ui->pkceWarningLabel->text());
    connect(m_ui->pkceCombo, &QComboBox::currentIndexChanged, this, &ConnectFormPage::updatePkceWarning);
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
        [this] { CopyFeedback::copy(m_ui->copyRedirectButton, m_ui->redirectShownEdit->text()); });
    const QString declared = SetupGuide::build(m_integration).redirectUri;
    m_ui->redirectEdit->setPlaceholderText(
        declared.isEmpty() ? tr("As the integration says") : tr("As the integration says (%1)").arg(declared));
    connect(m_ui->redirectEdit, &QLineEdit::textChanged, this, [this] {
        updateRedirect();
        emit changed();
    });
    m_ui->authParamsEdit->setMaximumHeight(fontMetrics().height() * 4);
    m_ui->tokenParamsEdit->setMaximumHeight(fontMetrics().height() * 4);
    connect(m_ui->authParamsEdit, &QPlainTextEdit::textChanged, this, &ConnectFormPage::changed);
    connect(m_ui->tokenParamsEdit, &QPlainTextEdit::textChanged, this, &ConnectFormPage::changed);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ConnectFormPage::changed);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &ConnectFormPage::onModeChanged);
    connect(m_credentials, &CredentialsForm::changed, this, [this] {
        updateModeHint();
        updateOffer();
        emit changed();
    });
    connect(m_ui->dpopCheck, &QCheckBox::toggled, this, &ConnectFormPage::changed);
    connect(m_ui->parCheck, &QCheckBox::toggled, this, &ConnectFormPage::changed);
    connect(m_certificate, &ClientCertificatePanel::changed, this, &ConnectFormPage::changed);
    connect(m_credentials, &CredentialsForm::keyPairGenerated, this, &ConnectFormPage::keyPairGenerated);
    connect(m_scopes, &ScopesPanel::changed, this, &ConnectFormPage::changed);

    buildVariables();
    onModeChanged();
    discover();
}

ConnectFormPage::~ConnectFormPage() = default;

void ConnectFormPage::discover()
{
    if (!ConnectOffer::wantsDiscovery(m_integration))
        return;
    // The same metadata connecting reads (RFC 8414, OpenID Connect Discovery): what the server supports is offered.
    m_discovery = new Discovery(m_service.network(), this);
    connect(m_discovery, &Discovery::finished, this, [this](const OAuthSettings &settings) {
        m_discovered = settings;
        m_discovery->deleteLater();
        m_discovery = nullptr;
        updateOffer();
        emit offerSettled();
    });
    connect(m_discovery, &Discovery::failed, this, [this] {
        // Connecting reads it again and says what is wrong; until then the integration file's word stands.
        m_discovery->deleteLater();
        m_discovery = nullptr;
        emit offerSettled();
    });
    OAuthSettings base = m_integration.oauth;
    base.allowInsecureHttp = m_integration.allowInsecureHttp();
    const Discovery::Kind kind = base.openid ? Discovery::Kind::OpenIdConnect : Discovery::Kind::OAuthAuthorizationServer;
    if (!base.discoveryUrl.isEmpty())
        m_discovery->startWithUrl(QUrl(base.discoveryUrl), base.issuer, kind, base);
    else
        m_discovery->start(base.issuer, kind, base);
}

bool ConnectFormPage::isDiscovering() const
{
    return m_discovery != nullptr;
}

void ConnectFormPage::updateOffer()
{
    const std::optional<AuthMode> mode = currentMode();
    const OAuthSettings &oauth = m_discovered ? *m_discovered : m_integration.oauth;
    m_offer
        = mode && m_integration.hasOAuth ? ConnectOffer::of(oauth, *mode, m_credentials->clientPlan().method) : ConnectOffer();
    const QString provider = m_integration.name.isEmpty() ? m_integration.id : m_integration.name;
    QStringList required;
    const auto show = [&](QCheckBox *check, ConnectOffer::Choice choice, const QString &what) {
        const bool locked = choice == ConnectOffer::Choice::Required;
        check->setVisible(choice != ConnectOffer::Choice::Hidden);
        if (locked) {
            check->setChecked(true);
            required << what;
        }
        check->setEnabled(!locked);
        check->setAccessibleDescription(locked ? tr("%1 requires it").arg(provider) : check->toolTip());
    };
    show(m_ui->dpopCheck, m_offer.dpop, tr("DPoP"));
    show(m_ui->parCheck, m_offer.par, tr("PAR"));
    const bool certificate = m_offer.certificate != ConnectOffer::Choice::Hidden;
    m_ui->securityForm->setRowVisible(3, certificate);
    if (m_offer.certificate == ConnectOffer::Choice::Required)
        required << tr("a TLS client certificate");
    QString note;
    // Each count its own sentence: the word for "and" and the list's commas are the translation's.
    if (required.size() == 1)
        note = tr("%1 requires %2.").arg(provider, required.at(0));
    else if (required.size() == 2)
        note = tr("%1 requires %2 and %3.").arg(provider, required.at(0), required.at(1));
    else if (required.size() == 3)
        note = tr("%1 requires %2, %3 and %4.").arg(provider, required.at(0), required.at(1), required.at(2));
    else if (certificate)
        note = tr("A client certificate binds the tokens to it (RFC 8705); the provider must know the certificate.");
    m_ui->securityNoteLabel->setText(note);
    m_ui->securityForm->setRowVisible(2, !note.isEmpty());
    m_ui->securityGroup->setVisible(
        m_offer.dpop != ConnectOffer::Choice::Hidden || m_offer.par != ConnectOffer::Choice::Hidden || certificate);
}

bool ConnectFormPage::selectMode(AuthMode mode)
{
    const int index = m_ui->modeCombo->findData(Integration::toString(mode));
    if (index < 0)
        return false;
    m_ui->modeCombo->setCurrentIndex(index);
    return true;
}

std::optional<AuthMode> ConnectFormPage::currentMode() const
{
    return Integration::authModeFromString(m_ui->modeCombo->currentData().toString());
}

void ConnectFormPage::buildVariables()
{
    auto *form = qobject_cast<QFormLayout *>(m_ui->variablesGroup->layout());
    for (const TemplateVariable &v : std::as_const(m_integration.variables)) {
        Variable f;
        f.name = v.name;
        f.label = v.label.isEmpty() ? v.name : v.label;
        f.required = !v.optional && v.defaultValue.isEmpty();
        f.pattern = v.pattern;
        f.example = v.example;
        f.edit = new QLineEdit(m_ui->variablesGroup);
        f.edit->setObjectName(QStringLiteral("var_") + v.name);
        f.edit->setPlaceholderText(!v.defaultValue.isEmpty() ? v.defaultValue : v.example);
        f.edit->setAccessibleName(f.label);
        f.edit->setAccessibleDescription(v.description);
        f.edit->setToolTip(v.description);
        f.message = new QLabel(m_ui->variablesGroup);
        f.message->setObjectName(QStringLiteral("var_") + v.name + QStringLiteral("_message"));
        f.message->setWordWrap(true);
        f.message->setPalette(m_warnPalette);
        f.message->hide();
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
        connect(f.edit, &QLineEdit::textChanged, this, [this] {
            updateVariables();
            emit changed();
        });
        m_variables << f;
    }
    m_ui->variablesGroup->setVisible(!m_variables.isEmpty());
}

void ConnectFormPage::onModeChanged()
{
    const std::optional<AuthMode> mode = currentMode();
    m_credentials->setMode(mode);
    updateModeHint();
    const bool oauth = mode && isOAuthMode(*mode);
    m_scopes->setVisible(oauth);
    if (mode)
        m_scopes->setMode(*mode);
    const bool browser = mode && *mode == AuthMode::AuthorizationCode;
    m_ui->authParamsEdit->setEnabled(browser);
    m_ui->authParamsLabel->setEnabled(browser);
    m_ui->pkceCombo->setEnabled(browser);
    m_ui->pkceLabel->setEnabled(browser);
    updatePkceWarning();
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
    updateOffer();
    emit changed();
}

void ConnectFormPage::updatePkceWarning()
{
    const std::optional<AuthMode> mode = currentMode();
    const int choice = m_ui->pkceCombo->currentData().toInt();
    const bool off = choice == 0 || (choice == -1 && m_integration.hasOAuth && !m_integration.oauth.pkce);
    m_ui->pkceWarningLabel->setVisible(off && mode && *mode == AuthMode::AuthorizationCode);
}

void ConnectFormPage::updateModeHint()
{
    const std::optional<AuthMode> mode = currentMode();
    QString hint = mode ? Names::authModeHint(*mode) : tr("This integration lists no way to connect.");
    // Issue 16: with the provider's published public client nothing needs registering; the mode's usual "you need a
    // client ID (and usually a secret)" would send the user looking for one.
    if (mode && m_credentials->clientPlan().publicClient)
        hint = *mode == AuthMode::DeviceCode
            ? tr("Nothing to register: %1 publishes a public client. Keyway shows a code to enter on another device.")
                  .arg(m_integration.name.isEmpty() ? m_integration.id : m_integration.name)
            : tr("Nothing to register: %1 publishes a public client. Keyway opens your browser to sign in.")
                  .arg(m_integration.name.isEmpty() ? m_integration.id : m_integration.name);
    m_ui->modeHintLabel->setText(hint);
}

void ConnectFormPage::updateVariables()
{
    for (Variable &f : m_variables) {
        const QString text = f.edit->text().trimmed();
        QString message;
        if (!text.isEmpty() && !f.pattern.isEmpty()) {
            const QRegularExpression re(f.pattern);
            if (!re.isValid() || !re.match(text).hasMatch())
                message
                    = !f.example.isEmpty() ? tr("⚠ Not a valid value. Example: %1").arg(f.example) : tr("⚠ Not a valid value.");
        }
        f.message->setText(message);
        f.message->setVisible(!message.isEmpty());
        f.edit->setAccessibleDescription(message.isEmpty() ? f.edit->toolTip() : message);
    }
}

void ConnectFormPage::updateRedirect()
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
    m_ui->redirectNoteLabel->setPalette(problem ? m_warnPalette : palette());
    m_ui->redirectNoteLabel->setAccessibleDescription(m_ui->redirectNoteLabel->text());
}

void ConnectFormPage::setReconnect(const ConnectionRecord &record)
{
    const ReconnectPlan plan = ConnectionPlanner::reconnectPlan(record);
    m_credentials->setReconnect(plan);
    // The exact redirect URI it was made with (the core keeps it too when this is left empty).
    m_ui->redirectEdit->setText(plan.redirectUri);
    m_ui->nameEdit->setText(record.name);
    if (const std::optional<AuthMode> mode = Integration::authModeFromString(record.authMode))
        selectMode(*mode);
    m_credentials->setMode(currentMode());
    // Non-secret settings the core kept (client id, user name, template values) are filled in again.
    m_credentials->fillReconnect();
    for (Variable &f : m_variables)
        f.edit->setText(plan.variables.value(f.name).toString());
    // Issue 16: the permissions start from what the connection was granted, mapped as the core maps them.
    m_scopes->setScopes(plan.scopes);
    // The core keeps DPoP and PAR on for a reconnect (ConnectRun); the boxes say so.
    m_ui->dpopCheck->setChecked(plan.dpop);
    m_ui->parCheck->setChecked(plan.par);
    // RFC 8705: the certificate kept with the connection is presented again unless another file is chosen.
    m_certificate->setKept(plan.keptCertificate);
    emit changed();
}

QMap<QString, QString> ConnectFormPage::parseParams(const QString &text, QStringList *bad)
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

QStringList ConnectFormPage::problems() const
{
    QStringList list;
    for (const Variable &f : m_variables) {
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
    list << m_credentials->problems();
    if (m_offer.certificate != ConnectOffer::Choice::Hidden)
        list << m_certificate->problems(m_offer.certificate == ConnectOffer::Choice::Required);
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

ConnectRequest ConnectFormPage::request() const
{
    ConnectRequest r;
    r.integrationId = m_integration.id;
    r.authMode = m_ui->modeCombo->currentData().toString();
    r.name = m_ui->nameEdit->text().trimmed();
    for (const Variable &f : m_variables) {
        const QString text = f.edit->text().trimmed();
        if (!text.isEmpty())
            r.variables.insert(f.name, text);
    }
    m_credentials->fillRequest(r);
    const std::optional<AuthMode> mode = currentMode();
    if (mode && isOAuthMode(*mode))
        r.scopes = m_scopes->chosen();
    r.extraAuthorizationParams = parseParams(m_ui->authParamsEdit->toPlainText(), nullptr);
    r.extraTokenParams = parseParams(m_ui->tokenParamsEdit->toPlainText(), nullptr);
    r.pkce = m_ui->pkceCombo->currentData().toInt();
    r.browserCommand = m_ui->browserEdit->text().trimmed();
    if (mode && *mode == AuthMode::AuthorizationCode)
        r.redirectUri = m_ui->redirectEdit->text().trimmed();
    // Checked: on (`connect --dpop`, `--par`); unchecked: as the integration and the server say.
    if (m_offer.dpop != ConnectOffer::Choice::Hidden && m_ui->dpopCheck->isChecked())
        r.dpop = 1;
    if (m_offer.par != ConnectOffer::Choice::Hidden && m_ui->parCheck->isChecked())
        r.par = 1;
    if (m_offer.certificate != ConnectOffer::Choice::Hidden)
        m_certificate->fillRequest(r);
    return r;
}

void ConnectFormPage::clearSecrets()
{
    m_credentials->clearSecrets();
    m_certificate->clearSecrets();
}

QList<QWidget *> ConnectFormPage::focusOrder() const
{
    QList<QWidget *> order {m_ui->modeCombo, m_ui->nameEdit, m_ui->setupToggle};
    for (const Variable &f : m_variables)
        order << f.edit;
    order << m_credentials->focusOrder();
    order << m_ui->dpopCheck << m_ui->parCheck << m_certificate->focusOrder();
    order << m_ui->redirectShownEdit << m_ui->copyRedirectButton;
    order << m_scopes->focusOrder();
    order << m_ui->advancedToggle << m_ui->authParamsEdit << m_ui->tokenParamsEdit << m_ui->pkceCombo << m_ui->browserEdit
          << m_ui->redirectEdit;
    return order;
}

} // namespace keyway
