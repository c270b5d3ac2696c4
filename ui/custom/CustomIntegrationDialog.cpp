#include "custom/CustomIntegrationDialog.h"

#include "ui_CustomIntegrationDialog.h"

#include "catalog/Catalog.h"
#include "catalog/CustomIntegrationBuilder.h"
#include "common/Error.h"
#include "core/ClientRegistrar.h"
#include "core/ConnectOffer.h"
#include "core/ConnectionService.h"
#include "widgets/Icons.h"
#include "widgets/MessagePanel.h"
#include "widgets/StatusStyle.h"

#include <QJsonArray>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace keyway {

namespace {
// The catalogue's id rule (BRIEF: `[a-z0-9][a-z0-9-]*`, at most 64 characters).
const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re;
}

QString idFrom(const QString &text)
{
    QString id = text.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return id.left(64);
}
} // namespace

CustomIntegrationDialog::CustomIntegrationDialog(ConnectionService &service, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomIntegrationDialog>())
    , m_service(service)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("customIntegrationDialog"));

    // Unset: what the provider's metadata says (RFC 8414 §2 token_endpoint_auth_methods_supported), else Basic.
    m_ui->clientAuthCombo->addItem(tr("As the provider's metadata says"), QString());
    m_ui->clientAuthCombo->addItem(tr("client_secret_basic: secret in the Authorization header"),
        Integration::toString(ClientAuthMethod::ClientSecretBasic));
    m_ui->clientAuthCombo->addItem(
        tr("client_secret_post: secret in the request body"), Integration::toString(ClientAuthMethod::ClientSecretPost));
    m_ui->clientAuthCombo->addItem(
        tr("private_key_jwt: assertion signed with a private key"), Integration::toString(ClientAuthMethod::PrivateKeyJwt));
    m_ui->clientAuthCombo->addItem(tr("none: public client, PKCE only"), Integration::toString(ClientAuthMethod::None));

    m_addButton = m_ui->buttonBox->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setIcon(Icons::get(QStringLiteral("add-row")));
    m_addButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomIntegrationDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CustomIntegrationDialog::reject);

    QPalette warn = m_ui->insecureWarning->palette();
    warn.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));
    m_ui->insecureWarning->setPalette(warn);
    m_ui->errorPanel->setClosable(true);
    // RFC 9700 §2.6 / RFC 6749 §3.1: the endpoints need TLS; the opt-in is for local and test servers only.
    m_ui->insecureWarning->setText(
        tr("⚠ Unsafe: client secrets and tokens sent to this host over http can be read and changed by anyone on "
           "the network path. Every connection of this integration will carry this warning. Use it only for a "
           "server on your own machine or a test network."));
    m_ui->insecureWarning->setAccessibleDescription(m_ui->insecureWarning->text());
    m_ui->insecureWarning->hide();
    // RFC 7591: offered once the issuer's metadata (read 400 ms after the last keystroke) lists a registration
    // endpoint. The issuer's own client id then comes from the registration, so the client authentication is its.
    m_probeTimer = new QTimer(this);
    m_probeTimer->setSingleShot(true);
    m_probeTimer->setInterval(400);
    connect(m_probeTimer, &QTimer::timeout, this, &CustomIntegrationDialog::probeMetadata);
    connect(m_ui->registerCheck, &QCheckBox::toggled, this, [this](bool on) { m_ui->clientAuthCombo->setEnabled(!on); });
    setRegistrationOffered(false, tr("Enter the issuer first: Keyway then checks whether the server offers registration."));
    setDpopOffered(false, tr("Enter the issuer first: Keyway then checks whether the server supports DPoP."));

    connect(m_ui->insecureCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->insecureWarning->setVisible(on);
        growToFit();
        m_probeTimer->start();
    });

    connect(m_ui->issuerEdit, &QLineEdit::textChanged, this, [this] {
        updateSuggestedId();
        updateValidation();
        setRegistrationOffered(false, tr("Checking whether the server offers registration…"));
        setDpopOffered(false, tr("Checking whether the server supports DPoP…"));
        m_probeTimer->start();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        updateSuggestedId();
        updateValidation();
    });
    connect(m_ui->idEdit, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, &CustomIntegrationDialog::updateValidation);

    setBusy(false);
    clearError();
    updateValidation();
    resize(fontMetrics().averageCharWidth() * 90, height());
    growToFit();
    m_ui->issuerEdit->setFocus();
}

CustomIntegrationDialog::~CustomIntegrationDialog()
{
    if (m_builder)
        m_builder->abort();
    if (m_probe)
        m_probe->abort();
    if (m_registrar)
        m_registrar->abort();
}

void CustomIntegrationDialog::probeMetadata()
{
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
    }
    const QString issuer = m_ui->issuerEdit->text().trimmed();
    const QUrl url(issuer, QUrl::StrictMode);
    if (issuer.isEmpty() || !url.isValid() || url.host().isEmpty())
        return;
    auto *probe = new CustomIntegrationBuilder(m_service.catalog(), m_service.network(), this);
    m_probe = probe;
    probe->setAllowInsecureHttp(m_ui->insecureCheck->isChecked());
    connect(probe, &CustomIntegrationBuilder::discovered, this, [this, probe](const OAuthSettings &metadata) {
        probe->deleteLater();
        if (metadata.registrationUrl.isEmpty())
            setRegistrationOffered(false, tr("This server does not offer dynamic client registration."));
        else
            setRegistrationOffered(
                true, tr("Keyway registers itself at %1 as a client of this server (RFC 7591).").arg(metadata.registrationUrl));
        // The connect form's rule (RFC 9449 §5.1: the metadata lists the algorithms a DPoP proof may use).
        if (ConnectOffer::of(metadata, AuthMode::AuthorizationCode, ClientAuthMethod::None).dpop == ConnectOffer::Choice::Hidden)
            setDpopOffered(false, tr("This server does not support DPoP (its metadata lists no DPoP signing algorithms)."));
        else
            setDpopOffered(true,
                tr("Every connection's tokens are bound to a key pair of its own (DPoP, RFC 9449); a client Keyway "
                   "registers is registered for DPoP-bound tokens only."));
    });
    connect(probe, &CustomIntegrationBuilder::failed, this, [this, probe] {
        probe->deleteLater();
        setRegistrationOffered(false, tr("The server's metadata could not be read."));
        setDpopOffered(false, tr("The server's metadata could not be read."));
    });
    // Only to look: the id is a placeholder and nothing is saved.
    probe->discoverFromIssuer(issuer, QStringLiteral("probe"));
}

void CustomIntegrationDialog::setRegistrationOffered(bool offered, const QString &why)
{
    m_registrationOffered = offered;
    if (!offered)
        m_ui->registerCheck->setChecked(false);
    m_ui->registerCheck->setEnabled(offered && !isBusy());
    m_ui->registerCheck->setToolTip(why);
}

void CustomIntegrationDialog::setDpopOffered(bool offered, const QString &why)
{
    m_dpopOffered = offered;
    if (!offered)
        m_ui->dpopCheck->setChecked(false);
    m_ui->dpopCheck->setEnabled(offered && !isBusy());
    m_ui->dpopCheck->setToolTip(why);
}

QString CustomIntegrationDialog::integrationId() const
{
    return m_ui->idEdit->text().trimmed();
}

void CustomIntegrationDialog::growToFit()
{
    // The warning, the progress bar and errors come and go; word-wrapped text needs its height for the current
    // width, which a plain size constraint does not ask for, so the dialog grows here instead of clipping them.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void CustomIntegrationDialog::updateSuggestedId()
{
    if (m_idEdited)
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString from = name.isEmpty() ? QUrl(m_ui->issuerEdit->text().trimmed()).host() : name;
    m_ui->idEdit->setText(idFrom(from));
}

QStringList CustomIntegrationDialog::problems() const
{
    QStringList list;
    const QString issuer = m_ui->issuerEdit->text().trimmed();
    const QUrl url(issuer, QUrl::StrictMode);
    if (issuer.isEmpty())
        list << tr("Enter the provider's issuer URL, like https://login.example.com.");
    else if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        list << tr("The issuer must be a web address starting with https://.");
    const QString id = integrationId();
    if (id.isEmpty())
        list << tr("Enter an id for the integration.");
    else if (!idPattern().match(id).hasMatch())
        list << tr("The id may hold only lower-case letters, digits and '-', and must start with a letter or digit.");
    else if (m_service.catalog().contains(id))
        list << tr("An integration with the id \"%1\" exists already; choose another id.").arg(id);
    const QString scopes = m_ui->scopesEdit->text();
    if (scopes.contains(QLatin1Char('"')) || scopes.contains(QLatin1Char('\\')))
        list << tr("Scopes are plain words separated by spaces.");
    return list;
}

void CustomIntegrationDialog::updateValidation()
{
    const QStringList list = problems();
    m_addButton->setEnabled(list.isEmpty() && !isBusy());
    const bool touched = !m_ui->issuerEdit->text().isEmpty() || !m_ui->nameEdit->text().isEmpty();
    m_ui->problemLabel->setText(list.isEmpty() ? QString() : list.first());
    m_ui->problemLabel->setVisible(touched && !list.isEmpty() && !isBusy());
}

bool CustomIntegrationDialog::isBusy() const
{
    return !m_builder.isNull() || !m_registrar.isNull();
}

void CustomIntegrationDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->issuerEdit), static_cast<QWidget *>(m_ui->nameEdit),
             static_cast<QWidget *>(m_ui->idEdit), static_cast<QWidget *>(m_ui->clientAuthCombo),
             static_cast<QWidget *>(m_ui->scopesEdit), static_cast<QWidget *>(m_ui->insecureCheck)})
        w->setEnabled(!busy);
    m_ui->clientAuthCombo->setEnabled(!busy && !m_ui->registerCheck->isChecked());
    m_ui->registerCheck->setEnabled(!busy && m_registrationOffered);
    m_ui->dpopCheck->setEnabled(!busy && m_dpopOffered);
    if (busy)
        m_ui->problemLabel->hide();
    growToFit();
}

void CustomIntegrationDialog::start()
{
    if (isBusy() || !problems().isEmpty()) {
        updateValidation();
        return;
    }
    clearError();
    if (m_ui->registerCheck->isChecked()) {
        // The same path as `keyway integrations add --issuer URL --id ID --register [--dpop]`.
        auto *registrar = new ClientRegistrar(m_service.catalog(), m_service.secretStore(), m_service.network(), this);
        m_registrar = registrar;
        connect(registrar, &ClientRegistrar::created, this, [this, registrar](const Integration &integration) {
            registrar->deleteLater();
            m_registrar.clear();
            setBusy(false);
            onCreated(integration);
        });
        connect(registrar, &ClientRegistrar::failed, this, [this, registrar](const Error &error) {
            registrar->deleteLater();
            m_registrar.clear();
            setBusy(false);
            showError(error);
            updateValidation();
        });
        ClientRegistrar::Request request;
        request.issuer = m_ui->issuerEdit->text().trimmed();
        request.id = integrationId();
        request.name = m_ui->nameEdit->text().trimmed();
        request.allowInsecureHttp = m_ui->insecureCheck->isChecked();
        request.dpop = m_ui->dpopCheck->isChecked();
        setBusy(true);
        updateValidation();
        registrar->addRegistered(request);
        return;
    }
    auto *builder = new CustomIntegrationBuilder(m_service.catalog(), m_service.network(), this);
    m_builder = builder;
    // The same path as `keyway integrations add --issuer URL --id ID [--allow-insecure-http] [--dpop]`.
    builder->setAllowInsecureHttp(m_ui->insecureCheck->isChecked());
    builder->setDpop(m_ui->dpopCheck->isChecked());
    connect(builder, &CustomIntegrationBuilder::created, this, [this, builder](const Integration &integration) {
        builder->deleteLater();
        m_builder.clear();
        setBusy(false);
        onCreated(integration);
    });
    connect(builder, &CustomIntegrationBuilder::failed, this, [this, builder](const Error &error) {
        builder->deleteLater();
        m_builder.clear();
        setBusy(false);
        showError(error);
        updateValidation();
    });
    setBusy(true);
    updateValidation();
    builder->createFromIssuer(m_ui->issuerEdit->text().trimmed(), integrationId(), m_ui->nameEdit->text().trimmed());
}

void CustomIntegrationDialog::onCreated(const Integration &integration)
{
    // What the metadata cannot say goes into the saved file, which Catalog::saveCustom validates again. A registered
    // client authenticates as it was registered.
    const QString clientAuth = integration.oauth.registeredClient ? QString() : m_ui->clientAuthCombo->currentData().toString();
    const QStringList scopes = m_ui->scopesEdit->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QString name = integration.name;
    if (!clientAuth.isEmpty() || !scopes.isEmpty()) {
        QJsonObject document = integration.document;
        QJsonObject oauth = document.value(QLatin1String("oauth")).toObject();
        if (!clientAuth.isEmpty())
            oauth.insert(QStringLiteral("client_auth"), clientAuth);
        if (!scopes.isEmpty())
            oauth.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
        document.insert(QStringLiteral("oauth"), oauth);
        const Result<Integration> saved = m_service.catalog().saveCustom(document, true);
        if (!saved.ok()) {
            Error error = saved.error();
            error.message
                = tr("%1 was added, but without your client authentication and scopes: %2").arg(integration.name, error.message);
            showError(error);
            emit added(integration.id, integration.name);
            return;
        }
        name = saved.value().name;
    }
    emit added(integration.id, name);
    accept();
}

void CustomIntegrationDialog::reject()
{
    if (isBusy()) {
        // Esc or Cancel while reading the metadata stops that and goes back to the form.
        if (m_builder) {
            m_builder->abort();
            m_builder->deleteLater();
            m_builder.clear();
        }
        if (m_registrar) {
            m_registrar->abort();
            m_registrar->deleteLater();
            m_registrar.clear();
        }
        setBusy(false);
        updateValidation();
        return;
    }
    QDialog::reject();
}

void CustomIntegrationDialog::showError(const Error &error)
{
    // The shared message panel: the core's sentence, then the detail, HTTP status and code for support.
    m_ui->errorPanel->showError(error, tr("The integration could not be added."));
    growToFit();
}

void CustomIntegrationDialog::clearError()
{
    m_ui->errorPanel->clear();
}

} // namespace keyway
