#include "integrations/IntegrationPage.h"

#include "ui_IntegrationPage.h"

#include "catalog/Catalog.h"
#include "connection/ActionDelegate.h"
#include "connection/ConnectionListModel.h"
#include "connection/StatusDelegate.h"
#include "core/ClientRegistrar.h"
#include "core/ConnectionService.h"
#include "core/Translations.h"
#include "widgets/Icons.h"
#include "widgets/Names.h"
#include "widgets/SetupText.h"
#include "widgets/StatusStyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace keyway {

IntegrationPage::IntegrationPage(ConnectionService &service, ConnectionListModel &connections, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IntegrationPage>())
    , m_service(service)
    , m_connections(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->copyRedirectButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->connectButton->setIcon(Icons::get(QStringLiteral("connect")));
    m_ui->openConnectionButton->setIcon(Icons::get(QStringLiteral("open-external")));
    // The plain-http warning uses the palette-checked error colour and says it in words, never colour alone.
    QPalette warn = m_ui->insecureHttpLabel->palette();
    warn.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));
    m_ui->insecureHttpLabel->setPalette(warn);
    m_ui->insecureHttpLabel->hide();

    m_connections->setFilterRole(ConnectionListModel::IntegrationIdRole);
    // No integration is shown yet: its connections are none, not every connection filtered and sorted for nothing
    // at start-up (issue 18: thousands of them). No connection has an empty integration id.
    m_connections->setFilterRegularExpression(QRegularExpression(QStringLiteral("^$")));
    m_connections->setSourceModel(&connections);
    m_connections->setSortRole(ConnectionListModel::SortRole);
    m_ui->connectionsView->setModel(m_connections);
    m_ui->connectionsView->setColumnHidden(ConnectionListModel::IntegrationColumn, true);
    m_ui->connectionsView->setItemDelegateForColumn(ConnectionListModel::StatusColumn, new StatusDelegate(this));
    auto *actions = new ActionDelegate(this);
    m_ui->connectionsView->setItemDelegateForColumn(ConnectionListModel::ActionColumn, actions);
    connect(actions, &ActionDelegate::triggered, this,
        [this](const QModelIndex &index) { emit reconnectRequested(index.data(ConnectionListModel::IdRole).toString()); });
    m_ui->removeIntegrationButton->setIcon(Icons::get(QStringLiteral("remove-row")));
    m_ui->removeIntegrationButton->hide();
    connect(m_ui->removeIntegrationButton, &QPushButton::clicked, this, &IntegrationPage::removeWithConfirmation);
    m_ui->connectionsView->verticalHeader()->hide();
    m_ui->connectionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->connectionsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->connectionsView->sortByColumn(ConnectionListModel::NameColumn, Qt::AscendingOrder);

    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] { emit connectRequested(m_integrationId); });
    connect(m_ui->copyRedirectButton, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->redirectEdit->text()); });
    connect(m_ui->openConnectionButton, &QPushButton::clicked, this, &IntegrationPage::openSelected);
    connect(m_ui->connectionsView, &QTableView::activated, this, &IntegrationPage::openSelected);
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, &IntegrationPage::updateConnectionsVisibility);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this, &IntegrationPage::updateConnectionsVisibility);
    connect(m_connections, &QAbstractItemModel::modelReset, this, &IntegrationPage::updateConnectionsVisibility);
    // Enter/Return opens the selected connection from the table.
    auto *open = new QShortcut(
        QKeySequence(Qt::Key_Return), m_ui->connectionsView, this, &IntegrationPage::openSelected, Qt::WidgetShortcut);
    Q_UNUSED(open);
    setTabOrder(m_ui->connectButton, m_ui->connectionsView);
    setTabOrder(m_ui->connectionsView, m_ui->openConnectionButton);
    setTabOrder(m_ui->openConnectionButton, m_ui->docsLabel);
    setTabOrder(m_ui->docsLabel, m_ui->redirectEdit);
    setTabOrder(m_ui->redirectEdit, m_ui->copyRedirectButton);
}

IntegrationPage::~IntegrationPage() = default;

QString IntegrationPage::redirectUri(const Integration &in)
{
    return SetupText::redirectUri(in);
}

QString IntegrationPage::redirectNote(const Integration &in)
{
    return SetupText::redirectNote(in);
}

void IntegrationPage::showIntegration(const QString &integrationId)
{
    m_integrationId = integrationId;
    const std::optional<Integration> found = m_service.catalog().find(integrationId);
    if (!found) {
        m_ui->nameLabel->setText(tr("Unknown integration"));
        m_ui->providerTextLabel->hide();
        m_ui->insecureHttpLabel->hide();
        return;
    }
    const Integration &in = *found;
    const int iconSize = fontMetrics().height() * 3;
    m_ui->iconLabel->setPixmap(Icons::fromFile(m_service.catalog().iconPath(in)).pixmap(QSize(iconSize, iconSize)));
    m_ui->iconLabel->setAccessibleName(tr("%1 icon").arg(in.name));
    m_ui->nameLabel->setText(in.name);
    m_ui->categoryLabel->setText(Names::category(in.category) + (in.builtin ? QString() : tr(" · custom integration")));
    m_ui->descriptionLabel->setText(in.description);
    // Issue 24: the integration file's description and setup details are English (integration files carry no
    // translations); in another language the page says so instead of switching language mid-page unannounced.
    m_ui->providerTextLabel->setVisible(Translations::textLanguage() != QLatin1String("en"));
    // Issue 9: plain http beyond this computer is the user's explicit opt-in per integration (RFC 6749 §3.1/§3.2
    // and RFC 9700 require TLS); the page says what it costs whenever the integration allows it.
    m_ui->insecureHttpLabel->setVisible(in.allowInsecureHttp());
    m_ui->insecureHttpLabel->setText(in.allowInsecureHttp()
            ? tr("⚠ Warning: %1. Client secrets and tokens sent over plain http can be read and changed by anyone on "
                 "the network path; use this only for a test server.")
                  .arg(in.insecureHttpWarning())
            : QString());
    m_ui->insecureHttpLabel->setAccessibleDescription(m_ui->insecureHttpLabel->text());
    m_ui->docsLabel->setVisible(!in.docs.isEmpty());
    m_ui->docsLabel->setText(tr("<a href=\"%1\">Provider documentation</a>").arg(in.docs.toHtmlEscaped()));
    m_ui->connectButton->setAccessibleName(tr("Connect %1").arg(in.name));
    m_ui->removeIntegrationButton->setVisible(!in.builtin);

    QStringList modes;
    for (AuthMode mode : in.authModes)
        modes << QStringLiteral("<li><b>%1</b><br>%2</li>")
                     .arg(Names::authMode(mode).toHtmlEscaped(), Names::authModeHint(mode).toHtmlEscaped());
    m_ui->authModesLabel->setText(
        QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">%1</ul>").arg(modes.join(QString())));

    const bool browser = in.supports(AuthMode::AuthorizationCode);
    const QString redirect = browser ? redirectUri(in) : QString();
    // A provider that accepts no desktop redirect has nothing to register: the note says what works instead.
    m_ui->redirectCaption->setVisible(browser && !redirect.isEmpty());
    m_ui->redirectEdit->setVisible(browser && !redirect.isEmpty());
    m_ui->copyRedirectButton->setVisible(browser && !redirect.isEmpty());
    m_ui->redirectNoteLabel->setVisible(browser);
    m_ui->redirectEdit->setText(redirect);
    m_ui->redirectNoteLabel->setText(browser ? redirectNote(in) : QString());

    const QString html = SetupText::stepsHtml(in);
    m_ui->stepsLabel->setText(html);
    m_ui->setupGroup->setVisible(browser || !html.isEmpty());

    m_connections->setFilterRegularExpression(
        QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(integrationId) + QLatin1Char('$')));
    updateConnectionsVisibility();
}

void IntegrationPage::updateConnectionsVisibility()
{
    const int count = m_connections->rowCount();
    m_ui->noConnectionsLabel->setVisible(count == 0);
    m_ui->connectionsView->setVisible(count > 0);
    m_ui->openConnectionButton->setVisible(count > 0);
    m_ui->connectionsGroup->setTitle(count > 0 ? tr("Connections (%1)").arg(count) : tr("Connections"));
    if (count > 0 && !m_ui->connectionsView->currentIndex().isValid())
        m_ui->connectionsView->setCurrentIndex(m_connections->index(0, 0));
    // Show up to ten rows without scrolling; the page scrolls for more.
    const int rows = std::min(count, 10);
    const int rowHeight = m_ui->connectionsView->verticalHeader()->defaultSectionSize();
    m_ui->connectionsView->setMinimumHeight(m_ui->connectionsView->horizontalHeader()->sizeHint().height()
        + rowHeight * std::max(rows, 1) + 2 * m_ui->connectionsView->frameWidth());
}

QString IntegrationPage::selectedConnectionId() const
{
    const QModelIndex current = m_ui->connectionsView->currentIndex();
    return current.isValid() ? current.data(ConnectionListModel::IdRole).toString() : QString();
}

void IntegrationPage::openSelected()
{
    const QString id = selectedConnectionId();
    if (!id.isEmpty())
        emit connectionActivated(id);
}

QMessageBox *IntegrationPage::removeWithConfirmation()
{
    const std::optional<Integration> in = m_service.catalog().find(m_integrationId);
    if (!in || in->builtin)
        return nullptr;
    const int connections = m_connections->rowCount();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove %1?").arg(in->name),
        tr("Remove the custom integration %1?").arg(in->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeIntegrationConfirmation"));
    box->setInformativeText(connections == 0
            ? tr("Its file is deleted from Keyway's folder of custom integrations. You can add it again at any time.")
            : tr("Its file is deleted. Its %n connection(s) stay in the list, but cannot be used or reconnected until "
                 "you add the integration again.",
                nullptr, connections));
    // RFC 7592: a client Keyway registered goes with the integration.
    if (in->oauth.registeredClient)
        box->setInformativeText(
            box->informativeText() + QLatin1Char(' ') + tr("Keyway's client registration at the provider is deleted too."));
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveIntegrationButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = in->id;
    const QString name = in->name;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id, name](QAbstractButton *button) {
        if (button != yes)
            return;
        auto *registrar = new ClientRegistrar(m_service.catalog(), m_service.secretStore(), m_service.network(), this);
        connect(registrar, &ClientRegistrar::removed, this,
            [this, registrar, name](const QString &removedId, const Error &deregistration) {
                registrar->deleteLater();
                emit integrationRemoved(removedId, name);
                if (!deregistration.isNull())
                    emit message(tr("%1 was removed, but: %2").arg(name, deregistration.toString()));
            });
        connect(registrar, &ClientRegistrar::failed, this, [this, registrar, name](const Error &error) {
            registrar->deleteLater();
            emit message(tr("%1 was not removed: %2").arg(name, error.toString()));
        });
        registrar->remove(id);
    });
    box->open();
    return box;
}

} // namespace keyway
