#include "connect/ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include "catalog/Catalog.h"
#include "connect/ConnectFormPage.h"
#include "connect/ConnectWaitingPage.h"
#include "connect/CredentialsForm.h"
#include "connect/ScopesPanel.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectionService.h"
#include "store/ConnectionRecord.h"
#include "widgets/Icons.h"
#include "widgets/MessagePanel.h"
#include "widgets/StatusStyle.h"

#include <QPushButton>

namespace keyway {

ConnectDialog::ConnectDialog(ConnectionService &service, const QString &integrationId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_service(service)
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
    const int iconSize = fontMetrics().height() * 2;
    m_ui->iconLabel->setPixmap(Icons::fromFile(service.catalog().iconPath(m_integration)).pixmap(QSize(iconSize, iconSize)));

    m_form = new ConnectFormPage(service, m_integration, m_ui->stack);
    m_waiting = new ConnectWaitingPage(m_ui->stack);
    m_waiting->setObjectName(QStringLiteral("waitingPage"));
    m_ui->stack->addWidget(m_form);
    m_ui->stack->addWidget(m_waiting);

    m_connectButton = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setIcon(Icons::get(QStringLiteral("connect")));
    m_connectButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_form, &ConnectFormPage::changed, this, &ConnectDialog::updateValidation);
    connect(m_form, &ConnectFormPage::keyPairGenerated, this, [this] {
        m_ui->errorPanel->clear();
        emit keyPairGenerated();
    });
    connect(m_waiting, &ConnectWaitingPage::cancelRequested, this, &ConnectDialog::cancelAttempt);

    // Problems use the palette-checked error colour (StatusStyle), and say it in words.
    QPalette warn = m_ui->problemLabel->palette();
    warn.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));
    m_ui->problemLabel->setPalette(warn);
    // Plain http is the integration's explicit opt-in; say what it costs every time it is used.
    m_ui->insecureLabel->setPalette(warn);
    // RFC 9700 §2.6 / RFC 6749 §3.1: without TLS, secrets and tokens can be read on the way.
    m_ui->insecureLabel->setText(tr("⚠ Unsafe: %1. Use this only with a server on your own machine or a test network.")
                                     .arg(m_integration.insecureHttpWarning()));
    m_ui->insecureLabel->setAccessibleDescription(m_ui->insecureLabel->text());
    m_ui->insecureLabel->setVisible(warnsAboutInsecureHttp());
    m_ui->errorPanel->setClosable(true);

    showWaiting(false);
    updateTabOrder();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 44);
}

ConnectDialog::~ConnectDialog()
{
    if (m_attempt && !m_attempt->isFinished())
        m_attempt->cancel();
    m_form->clearSecrets();
}

MessagePanel *ConnectDialog::errorPanel() const
{
    return m_ui->errorPanel;
}

bool ConnectDialog::selectMode(AuthMode mode)
{
    const bool selected = m_form->selectMode(mode);
    updateTabOrder();
    return selected;
}

std::optional<AuthMode> ConnectDialog::currentMode() const
{
    return m_form->currentMode();
}

QStringList ConnectDialog::problems() const
{
    return m_form->problems();
}

ConnectRequest ConnectDialog::request() const
{
    ConnectRequest r = m_form->request();
    r.reconnectId = m_reconnectId;
    return r;
}

bool ConnectDialog::offersClientAuthChoice() const
{
    return m_form->credentials()->offersClientAuthChoice();
}

std::optional<ClientAuthMethod> ConnectDialog::clientAuthMethod() const
{
    return m_form->credentials()->clientAuthMethod();
}

bool ConnectDialog::setClientAuthMethod(ClientAuthMethod method)
{
    const bool set = m_form->credentials()->setClientAuthMethod(method);
    updateTabOrder();
    return set;
}

QJsonObject ConnectDialog::publicJwk() const
{
    return m_form->credentials()->publicJwk();
}

bool ConnectDialog::warnsAboutInsecureHttp() const
{
    return m_integration.allowInsecureHttp();
}

void ConnectDialog::setReconnect(const ConnectionRecord &record)
{
    m_reconnectId = record.id;
    setWindowTitle(tr("Reconnect %1").arg(record.name.isEmpty() ? record.accountLabel : record.name));
    m_ui->titleLabel->setText(windowTitle());
    m_form->setReconnect(record);
    updateTabOrder();
    updateValidation();
}

void ConnectDialog::addScopes(const QStringList &providerScopes)
{
    m_form->scopes()->addScopes(providerScopes);
    updateValidation();
}

void ConnectDialog::updateValidation()
{
    if (isWaiting())
        return;
    const QStringList list = problems();
    m_connectButton->setEnabled(list.isEmpty());
    // Say what is missing only once the user has started typing somewhere.
    const ConnectRequest r = m_form->request();
    const bool touched = !r.clientSecret.isEmpty() || !r.apiKey.isEmpty() || !r.username.isEmpty() || !r.password.isEmpty()
        || !r.bearerToken.isEmpty() || !r.variables.isEmpty()
        || (!r.clientId.isEmpty() && r.clientId != m_integration.oauth.publicClientId);
    m_ui->problemLabel->setText(list.isEmpty() ? QString() : tr("⚠ %1").arg(list.first()));
    m_ui->problemLabel->setVisible(touched && !list.isEmpty());
}

void ConnectDialog::updateTabOrder()
{
    // Keyboard order follows the page from top to bottom, then the buttons.
    QWidget *previous = nullptr;
    const QList<QWidget *> order = m_form->focusOrder();
    for (QWidget *w : order) {
        if (!w || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    if (previous)
        setTabOrder(previous, m_ui->buttonBox);
}

void ConnectDialog::start()
{
    if (isWaiting() || !problems().isEmpty()) {
        updateValidation();
        return;
    }
    m_ui->errorPanel->clear();
    const ConnectRequest req = request();
    m_attempt = m_service.connectIntegration(req);
    if (!m_attempt) {
        m_ui->errorPanel->showError(Error::make(QStringLiteral("internal"), tr("Keyway could not start connecting.")));
        return;
    }
    m_cancelling = false;
    const std::optional<AuthMode> mode = currentMode();
    m_waiting->follow(m_attempt, mode && *mode == AuthMode::AuthorizationCode,
        m_integration.name.isEmpty() ? m_integration.id : m_integration.name);
    showWaiting(true);
    connect(m_attempt, &ConnectAttempt::succeeded, this, [this](const QString &connectionId) {
        m_attempt = nullptr;
        m_waiting->stop();
        m_form->clearSecrets();
        emit connected(connectionId);
        QDialog::accept();
    });
    connect(m_attempt, &ConnectAttempt::failed, this, &ConnectDialog::onFailed);
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
    m_waiting->stop();
    showWaiting(false);
    if (error.code == QLatin1String("cancelled") && m_cancelling) {
        m_cancelling = false;
        m_ui->errorPanel->clear();
        return;
    }
    m_cancelling = false;
    m_ui->errorPanel->showError(error, tr("Connecting failed."));
}

void ConnectDialog::showWaiting(bool waiting)
{
    m_ui->stack->setCurrentWidget(waiting ? static_cast<QWidget *>(m_waiting) : static_cast<QWidget *>(m_form));
    m_connectButton->setVisible(!waiting);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setVisible(!waiting);
    if (waiting) {
        m_ui->problemLabel->hide();
        m_waiting->focusCancel();
    } else {
        updateValidation();
    }
}

} // namespace keyway
