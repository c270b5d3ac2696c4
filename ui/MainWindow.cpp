#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "catalog/Catalog.h"
#include "common/Error.h"
#include "connect/ClientCertificatePanel.h"
#include "connect/ConnectDialog.h"
#include "connect/ConnectFormPage.h"
#include "connect/CredentialsForm.h"
#include "connection/ConnectionListModel.h"
#include "connection/ConnectionPage.h"
#include "connections/ConnectionsView.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/CoreContext.h"
#include "core/Keeper.h"
#include "core/KeychainRecovery.h"
#include "custom/CustomIntegrationDialog.h"
#include "help/ShortcutsDialog.h"
#include "integrations/IntegrationDelegate.h"
#include "integrations/IntegrationFilterModel.h"
#include "integrations/IntegrationListModel.h"
#include "integrations/IntegrationPage.h"
#include "sandbox/SandboxServer.h"
#include "sandboxpanel/SandboxPanel.h"
#include "settings/SettingsDialog.h"
#include "settings/UiSettings.h"
#include "store/VaultSecretStore.h"
#include "tray/GrantAlerts.h"
#include "tray/TrayNotifier.h"
#include "widgets/Icons.h"
#include "widgets/MessagePanel.h"
#include "widgets/Names.h"
#include "widgets/StatusStyle.h"
#include "widgets/VaultUnlockDialog.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QResizeEvent>
#include <QSettings>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace keyway {

MainWindow::MainWindow(ConnectionService &service, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_service(service)
    , m_connections(new ConnectionListModel(service, this))
    , m_integrations(new IntegrationListModel(service, *m_connections, this))
    , m_filter(new IntegrationFilterModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(AppInfo::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyway.svg")));
    // Settings the user saved apply before anything connects.
    UiSettings::load().apply(m_service);

    setUpSidebar();
    setUpPages();
    setUpLayout();
    setUpBackgroundWork();
    connectSidebar();
    connectPages();
    connectService();
    setUpNotices();
    setUpActions();
    setUpTabOrder();
    showHome();
    updateStatusBar();
    updateConnectionsButton();
    m_ui->searchEdit->setFocus();
}

// The integration list, its search field and category filter, and the welcome page's logo.
void MainWindow::setUpSidebar()
{
    // The catalogue's own order: the Keyway Sandbox first (for first runs), then by name.
    m_filter->setSourceModel(m_integrations);
    m_ui->integrationList->setModel(m_filter);
    m_ui->integrationList->setItemDelegate(new IntegrationDelegate(this));
    m_ui->searchEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->emptyListLabel->hide();
    const int logo = fontMetrics().height() * 5;
    m_ui->welcomeIcon->setPixmap(QIcon(QStringLiteral(":/icons/keyway.svg")).pixmap(QSize(logo, logo)));

    m_ui->categoryCombo->addItem(tr("All categories"), QString());
    m_ui->categoryCombo->addItem(tr("Connected"), IntegrationFilterModel::connectedOnly());
    const QStringList categories = m_service.catalog().categories();
    for (const QString &category : categories)
        m_ui->categoryCombo->addItem(Names::category(category), category);
}

// The pages of the detail stack beside the list: an integration, a connection, all connections.
void MainWindow::setUpPages()
{
    m_integrationPage = new IntegrationPage(m_service, *m_connections, m_ui->detailStack);
    m_integrationPage->setObjectName(QStringLiteral("integrationPage"));
    m_ui->detailStack->addWidget(m_integrationPage);
    m_connectionPage = new ConnectionPage(m_service, m_ui->detailStack);
    m_connectionPage->setObjectName(QStringLiteral("connectionPage"));
    m_ui->detailStack->addWidget(m_connectionPage);
    m_connectionsView = new ConnectionsView(m_service, *m_connections, m_ui->detailStack);
    m_connectionsView->setObjectName(QStringLiteral("connectionsView"));
    m_ui->detailStack->addWidget(m_connectionsView);
    m_ui->connectionsButton->setIcon(Icons::get(QStringLiteral("connections")));
}

// The status bar's counts, the splitter's proportions and the window's least size; then where the user left it.
void MainWindow::setUpLayout()
{
    // The counts live in a permanent widget: a transient message ("Connection removed.") is shown beside them
    // and is not overwritten when a change of the counts arrives with it.
    m_statusSummary = new QLabel(this);
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addPermanentWidget(m_statusSummary);

    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    // The sidebar may be collapsed (dragged away, or View ▸ Show sidebar, Ctrl+B) to give a small window's width to
    // the page; the page itself never collapses.
    m_ui->splitter->setChildrenCollapsible(true);
    m_ui->splitter->setCollapsible(1, false);
    // Below this the console and the connect dialog's page no longer fit (issue 16: 640x480 was cramped).
    setMinimumSize(QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36).expandedTo(QSize(720, 560)));
    // Room for names like "Atlassian (Jira, Confluence)" next to the icon and the badge.
    m_ui->listPane->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_ui->splitter->setSizes({fontMetrics().averageCharWidth() * 42, fontMetrics().averageCharWidth() * 120});

    // Where the user left the window (size, list width): layout only, nothing secret.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

// What runs while the window is open: the tray, grant alerts and the keeper's timer.
void MainWindow::setUpBackgroundWork()
{
    m_tray = new TrayNotifier(this);
    m_alerts = new GrantAlerts(m_service, *m_tray, this);
    m_keeper = new Keeper(m_service, this);
    connect(m_keeper, &Keeper::reported, m_alerts, &GrantAlerts::report);
    m_keeperTimer = new QTimer(this);
    m_keeperTimer->setInterval(kKeeperIntervalMs);
    connect(m_keeperTimer, &QTimer::timeout, this, &MainWindow::runKeeper);
}

void MainWindow::connectSidebar()
{
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &IntegrationFilterModel::setSearchText);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setCategory(m_ui->categoryCombo->currentData().toString()); });
    auto listChanged = [this] {
        m_ui->emptyListLabel->setVisible(m_filter->rowCount() == 0);
        updateStatusBar();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, listChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, listChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, listChanged);
    connect(
        m_ui->integrationList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onIntegrationSelected);
    // Enter opens the best match; Down arrow moves into the list (eventFilter) for keyboard-only use.
    m_ui->searchEdit->installEventFilter(this);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_ui->integrationList->setCurrentIndex(m_filter->index(0, 0));
            m_ui->integrationList->setFocus();
        }
    });

    connect(m_ui->connectionsButton, &QToolButton::clicked, this, &MainWindow::showConnections);
    m_ui->integrationList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->integrationList, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_ui->integrationList->indexAt(pos);
        if (!index.isValid())
            return;
        m_ui->integrationList->setCurrentIndex(index);
        integrationMenu(index.data(IntegrationListModel::IdRole).toString())
            ->popup(m_ui->integrationList->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::connectPages()
{
    connect(m_integrationPage, &IntegrationPage::connectRequested, this, [this](const QString &id) { startConnect(id); });
    connect(m_integrationPage, &IntegrationPage::connectionActivated, this, &MainWindow::showConnection);
    connect(m_integrationPage, &IntegrationPage::reconnectRequested, this, &MainWindow::startReconnect);
    connect(m_integrationPage, &IntegrationPage::integrationRemoved, this, [this](const QString &, const QString &name) {
        showHome();
        statusBar()->showMessage(tr("Removed the custom integration %1.").arg(name), 5000);
    });
    connect(m_integrationPage, &IntegrationPage::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_connectionsView, &ConnectionsView::openRequested, this, &MainWindow::showConnection);
    connect(m_connectionsView, &ConnectionsView::reconnectRequested, this, &MainWindow::startReconnect);
    connect(m_connectionsView, &ConnectionsView::connectRequested, this, [this] { startConnect(); });
    connect(m_connectionsView, &ConnectionsView::disconnectRequested, this, [this](const QString &id) {
        showConnection(id);
        m_connectionPage->disconnectWithConfirmation();
    });
    connect(m_connectionsView, &ConnectionsView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_connectionsView->table()->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    connect(m_connections, &ConnectionListModel::summaryChanged, this, &MainWindow::updateConnectionsButton);
    connect(
        m_connectionPage, &ConnectionPage::backRequested, this, [this] { showIntegration(m_connectionPage->integrationId()); });
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        // Dragged shut or open: the menu's check follows.
        const bool shown = m_ui->splitter->sizes().value(0) > 0 && m_ui->listPane->isVisible();
        const QSignalBlocker blocker(m_ui->actionToggleSidebar);
        m_ui->actionToggleSidebar->setChecked(shown);
    });
    connect(m_connectionPage, &ConnectionPage::reconnectRequested, this, &MainWindow::startReconnect);
    connect(m_connectionPage, &ConnectionPage::reconnectWithScopesRequested, this,
        [this](const QString &id, const QStringList &scopes) {
            if (ConnectDialog *dialog = startReconnect(id))
                dialog->addScopes(scopes);
        });
    connect(m_connectionPage, &ConnectionPage::openConnectionRequested, this, &MainWindow::showConnection);
    connect(m_connectionPage, &ConnectionPage::removed, this, [this](const QString &integrationId) {
        showIntegration(integrationId);
        statusBar()->showMessage(tr("Connection removed."), 5000);
    });
    connect(
        m_connectionPage, &ConnectionPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_ui->welcomeConnectButton, &QPushButton::clicked, this, [this] { startConnect(suggestedIntegration()); });
    connect(m_ui->detailStack, &QStackedWidget::currentChanged, this, [this] {
        updateActions();
        updateConnectionsButton();
    });
}

// Connections added, removed or needing a new sign-in anywhere (this window, the keeper, another process).
void MainWindow::connectService()
{
    connect(&m_service, &ConnectionService::connectionAdded, this, [this] {
        updateStatusBar();
        updateWelcome();
    });
    connect(&m_service, &ConnectionService::connectionRemoved, this, [this] {
        updateStatusBar();
        updateWelcome();
    });
    connect(&m_service, &ConnectionService::needsReauthorization, this, &MainWindow::onNeedsReauthorization);
    connect(m_alerts, &GrantAlerts::reconnectRequested, this, [this](const QString &id) {
        showNormal();
        raise();
        activateWindow();
        showConnection(id);
        startReconnect(id);
    });
}

// The notice bar (start-up notices, the locked vault) and the sandbox's fault banner.
void MainWindow::setUpNotices()
{
    // The notice bar (a MessagePanel): start-up notices and the locked vault, dismissible unless the vault is locked.
    connect(m_ui->noticeBar, &MessagePanel::closed, this, [this] {
        m_noticesDismissed = true;
        updateNoticeBar();
        m_ui->searchEdit->setFocus();
    });
    // The sandbox's faults, while any is on (QA switches them; everyone else should know).
    SandboxServer &sandbox = SandboxServer::shared();
    connect(&sandbox, &SandboxServer::faultsChanged, this, &MainWindow::updateFaultBanner);
    connect(&sandbox, &SandboxServer::stateChanged, this, &MainWindow::updateFaultBanner);
    m_ui->addCustomButton->setIcon(Icons::get(QStringLiteral("add-row")));
    connect(m_ui->addCustomButton, &QPushButton::clicked, this, &MainWindow::addCustomIntegration);
    updateNoticeBar();
    updateFaultBanner();
}

void MainWindow::setUpTabOrder()
{
    setTabOrder(m_ui->connectionsButton, m_ui->searchEdit);
    setTabOrder(m_ui->searchEdit, m_ui->categoryCombo);
    setTabOrder(m_ui->categoryCombo, m_ui->integrationList);
    setTabOrder(m_ui->integrationList, m_ui->addCustomButton);
    // The empty state's Connect button is the next stop after the sidebar (issue 16: it was unreachable by Tab).
    setTabOrder(m_ui->addCustomButton, m_ui->welcomeConnectButton);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    keepPagesWhole();
    if (m_vaultPromptPending) {
        // Asked once the window is on screen, so the dialog has a parent to sit on.
        m_vaultPromptPending = false;
        QTimer::singleShot(0, this, &MainWindow::unlockVault);
    }
}

void MainWindow::attachCore(const CoreContext &core)
{
    showNotices(core.notices());
    setVault(core.vault());
    m_recovery = &core.recovery();
    lookForLostConnections({});
    // Issue 16: a connection whose tokens are gone (from the keychain, or at a provider that forgot them) must not
    // say Connected. Once the window is up, the most recently used live connections are checked, two at a time.
    if (m_startupCheckDelayMs >= 0) {
        QTimer::singleShot(m_startupCheckDelayMs, this, &MainWindow::startChecks);
        // The keeper's first pass once the start-up checks are done with, then every few hours.
        QTimer::singleShot(m_startupCheckDelayMs + kKeeperFirstPassMs, m_keeperTimer, [this] {
            m_keeperTimer->start();
            runKeeper();
        });
    }
}

void MainWindow::runKeeper()
{
    if (!m_keeper->isRunning())
        m_keeper->run(Keeper::Options(), [](const QList<KeeperReport> &) {});
}

void MainWindow::startChecks()
{
    if (m_startupChecksDone)
        return;
    m_startupChecksDone = true;
    QList<const ConnectionSummary *> live;
    for (const ConnectionSummary &r : m_connections->rows()) {
        if (r.status == ConnectionStatus::Connected || r.status == ConnectionStatus::Expiring
            || r.status == ConnectionStatus::Warning)
            live << &r;
    }
    std::sort(live.begin(), live.end(),
        [](const ConnectionSummary *a, const ConnectionSummary *b) { return a->updatedAt > b->updatedAt; });
    QStringList ids;
    for (int i = 0; i < live.size() && i < kStartupChecks; ++i)
        ids << live.at(i)->id;
    checkSoon(ids);
}

void MainWindow::checkSoon(const QStringList &connectionIds)
{
    for (const QString &id : connectionIds) {
        if (!m_checked.contains(id) && !m_checkQueue.contains(id))
            m_checkQueue << id;
    }
    runNextCheck();
}

void MainWindow::runNextCheck()
{
    while (m_checksRunning < 2 && !m_checkQueue.isEmpty()) {
        const QString id = m_checkQueue.takeFirst();
        m_checked.insert(id);
        ++m_checksRunning;
        m_service.check(id, this, [this](const Error &) {
            --m_checksRunning;
            runNextCheck();
        });
    }
}

void MainWindow::lookForLostConnections(const QString &done)
{
    m_recovery->find(KeychainRecovery::Scope::Always, this, [this, done](const Result<QList<KeychainRecovery::Lost>> &found) {
        m_recoveryRunning = false;
        // A keychain that cannot be read is said where a connection needs it; here it only means none are found.
        const QList<KeychainRecovery::Lost> lost = found ? found.value() : QList<KeychainRecovery::Lost>();
        m_lostConnections = int(lost.size());
        m_rebuildable = int(
            std::count_if(lost.cbegin(), lost.cend(), [](const KeychainRecovery::Lost &l) { return l.record.has_value(); }));
        QStringList text;
        if (!done.isEmpty())
            text << done;
        if (!lost.isEmpty())
            text << KeychainRecovery::notice(lost)
                    + (m_rebuildable > 0
                            ? tr("Recover them from the keychain, or revoke them at their providers and remove them.")
                            : tr("Revoke them at their providers and remove them."))
                          .prepend(QLatin1Char(' '));
        m_recoveryNotice = text.join(QLatin1Char(' '));
        m_noticesDismissed = false;
        updateNoticeBar();
    });
}

void MainWindow::recoverLostConnections()
{
    if (!m_recovery || m_recoveryRunning || m_rebuildable == 0)
        return;
    m_recoveryRunning = true;
    updateNoticeBar();
    statusBar()->showMessage(tr("Recovering connections from the keychain…"));
    m_recovery->recover(this, [this](const KeychainRecovery::Outcome &outcome) {
        statusBar()->showMessage(KeychainRecovery::describeRecovery(outcome), 10000);
        // What is still lost (entries an older Keyway wrote, failures) stays on offer.
        lookForLostConnections(KeychainRecovery::describeRecovery(outcome));
    });
}

QMessageBox *MainWindow::revokeLostConnections()
{
    if (!m_recovery || m_recoveryRunning || m_lostConnections == 0)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke and remove the lost connections?"),
        m_lostConnections == 1 ? tr("Revoke and remove the lost connection?")
                               : tr("Revoke and remove %1 lost connections?").arg(m_lostConnections),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("revokeLostConfirmation"));
    box->setInformativeText(tr("Keyway revokes their grants at their providers and deletes their tokens from the keychain. "
                               "To use them again you connect them again."));
    QPushButton *yes = box->addButton(tr("Re&voke and remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRevokeLostButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *button) {
        if (button != yes || !m_recovery || m_recoveryRunning)
            return;
        m_recoveryRunning = true;
        updateNoticeBar();
        statusBar()->showMessage(tr("Revoking the lost connections…"));
        m_recovery->revokeAndRemove(this, [this](const KeychainRecovery::Outcome &outcome) {
            statusBar()->showMessage(KeychainRecovery::describeRemoval(outcome), 10000);
            lookForLostConnections(KeychainRecovery::describeRemoval(outcome));
        });
    });
    box->open();
    return box;
}

void MainWindow::showNotices(const QStringList &notices)
{
    m_notices = notices;
    m_noticesDismissed = false;
    updateNoticeBar();
}

void MainWindow::setVault(VaultSecretStore *vault)
{
    m_vault = vault;
    updateNoticeBar();
    if (m_vault && !m_vault->isUnlocked()) {
        if (isVisible())
            QTimer::singleShot(0, this, &MainWindow::unlockVault);
        else
            m_vaultPromptPending = true;
    }
}

void MainWindow::updateNoticeBar()
{
    const bool locked = m_vault && !m_vault->isUnlocked();
    QStringList lines = m_notices;
    if (locked) {
        // The core's notice about the locked vault is replaced by one that says what to do in the window.
        lines.removeAll(VaultSecretStore::lockedError().message);
        lines << tr("The secret vault is locked: connections cannot use their tokens until you unlock it.");
    } else if (m_vault) {
        lines.removeAll(VaultSecretStore::lockedError().message);
    }
    if (!m_recoveryNotice.isEmpty())
        lines << m_recoveryNotice;
    const bool offerRecovery = m_lostConnections > 0;
    const bool shown = !lines.isEmpty() && (!m_noticesDismissed || locked);
    m_ui->actionUnlockVault->setVisible(m_vault != nullptr);
    m_ui->actionUnlockVault->setEnabled(locked);
    MessagePanel *bar = m_ui->noticeBar;
    if (!shown) {
        bar->clear();
        return;
    }
    bar->showMessage(MessagePanel::Kind::Warning, lines.join(QLatin1Char('\n')));
    bar->setClosable(!locked);
    bar->closeButton()->setObjectName(QStringLiteral("dismissNoticeButton"));
    bar->closeButton()->setToolTip(tr("Hide these notices"));
    bar->closeButton()->setAccessibleName(tr("Dismiss notices"));
    if (offerRecovery && m_rebuildable > 0) {
        QPushButton *recover = bar->addAction(tr("&Recover connections"), QStringLiteral("recoverLostButton"));
        recover->setToolTip(tr("Rebuild the connections the database lost from their entries in the keychain"));
        recover->setAccessibleName(tr("Recover the lost connections from the keychain"));
        recover->setEnabled(!m_recoveryRunning);
        connect(recover, &QPushButton::clicked, this, &MainWindow::recoverLostConnections);
    }
    if (offerRecovery) {
        QPushButton *revoke = bar->addAction(tr("Re&voke and remove…"), QStringLiteral("revokeLostButton"));
        revoke->setToolTip(tr("Revoke the lost connections at their providers and delete their entries from the keychain"));
        revoke->setAccessibleName(tr("Revoke and remove the lost connections"));
        revoke->setEnabled(!m_recoveryRunning);
        connect(revoke, &QPushButton::clicked, this, &MainWindow::revokeLostConnections);
    }
    if (locked) {
        QPushButton *unlock = bar->addAction(tr("&Unlock vault…"), QStringLiteral("unlockVaultButton"));
        unlock->setIcon(Icons::get(QStringLiteral("key")));
        unlock->setToolTip(tr("Enter the passphrase of Keyway's encrypted secret vault"));
        unlock->setAccessibleName(tr("Unlock the secret vault"));
        connect(unlock, &QPushButton::clicked, this, &MainWindow::unlockVault);
    }
}

VaultUnlockDialog *MainWindow::unlockVault()
{
    if (!m_vault || m_vault->isUnlocked())
        return nullptr;
    if (m_vaultDialog) {
        m_vaultDialog->raise();
        m_vaultDialog->activateWindow();
        return m_vaultDialog;
    }
    m_vaultDialog = new VaultUnlockDialog(*m_vault, this);
    m_vaultDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_vaultDialog, &VaultUnlockDialog::unlocked, this, [this] {
        updateNoticeBar();
        statusBar()->showMessage(tr("Vault unlocked."), 5000);
    });
    connect(m_vaultDialog, &QDialog::rejected, this, [this] {
        updateNoticeBar();
        statusBar()->showMessage(tr("The vault stays locked. Unlock it with File ▸ Unlock vault… (Ctrl+Shift+U)."), 10000);
    });
    m_vaultDialog->open();
    return m_vaultDialog;
}

CustomIntegrationDialog *MainWindow::addCustomIntegration()
{
    if (m_customDialog) {
        m_customDialog->raise();
        m_customDialog->activateWindow();
        return m_customDialog;
    }
    m_customDialog = new CustomIntegrationDialog(m_service, this);
    m_customDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_customDialog, &CustomIntegrationDialog::added, this, [this](const QString &id, const QString &name) {
        // The catalogue reloaded; the list model follows it. Select the new entry so the user can connect it.
        showIntegration(id);
        m_ui->integrationList->setFocus();
        statusBar()->showMessage(tr("Added %1.").arg(name), 5000);
    });
    m_customDialog->open();
    return m_customDialog;
}

void MainWindow::setUpActions()
{
    m_ui->actionConnect->setIcon(Icons::get(QStringLiteral("connect")));
    m_ui->actionFind->setIcon(Icons::get(QStringLiteral("search")));
    m_ui->actionSettings->setIcon(Icons::get(QStringLiteral("settings")));
    m_ui->actionRefresh->setIcon(Icons::get(QStringLiteral("refresh")));
    m_ui->actionReconnect->setIcon(Icons::get(QStringLiteral("reconnect")));
    m_ui->actionCopyToken->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->actionConsole->setIcon(Icons::get(QStringLiteral("console")));
    m_ui->actionExportDiagnostics->setIcon(Icons::get(QStringLiteral("export")));
    m_ui->actionDisconnect->setIcon(Icons::get(QStringLiteral("disconnect")));
    m_ui->actionBack->setIcon(Icons::get(QStringLiteral("back")));
    m_ui->actionAddCustom->setIcon(Icons::get(QStringLiteral("add-row")));
    m_ui->actionUnlockVault->setIcon(Icons::get(QStringLiteral("key")));
    m_ui->actionSettings->setShortcut(QKeySequence::Preferences);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    connect(m_ui->actionConnect, &QAction::triggered, this, [this] { startConnect(); });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        setSidebarVisible(true);
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionAddCustom, &QAction::triggered, this, &MainWindow::addCustomIntegration);
    connect(m_ui->actionUnlockVault, &QAction::triggered, this, &MainWindow::unlockVault);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, m_connectionPage, &ConnectionPage::refreshNow);
    connect(m_ui->actionReconnect, &QAction::triggered, this, [this] {
        // On the connections view, the selected one; on a connection's page, that one.
        startReconnect(m_ui->detailStack->currentWidget() == m_connectionsView ? m_connectionsView->currentConnectionId()
                                                                               : m_connectionPage->connectionId());
    });
    connect(m_ui->actionCopyToken, &QAction::triggered, m_connectionPage, &ConnectionPage::copyAccessToken);
    connect(m_ui->actionConsole, &QAction::triggered, m_connectionPage, &ConnectionPage::openConsole);
    connect(m_ui->actionExportDiagnostics, &QAction::triggered, m_connectionPage, &ConnectionPage::exportDiagnostics);
    connect(m_ui->actionDisconnect, &QAction::triggered, m_connectionPage, &ConnectionPage::disconnectWithConfirmation);
    connect(m_ui->actionBack, &QAction::triggered, this, [this] { showIntegration(m_connectionPage->integrationId()); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->actionShowConnections->setIcon(Icons::get(QStringLiteral("connections")));
    m_ui->actionToggleSidebar->setIcon(Icons::get(QStringLiteral("sidebar")));
    m_ui->actionShortcuts->setIcon(Icons::get(QStringLiteral("keyboard")));
    connect(m_ui->actionShowConnections, &QAction::triggered, this, &MainWindow::showConnections);
    connect(m_ui->actionToggleSidebar, &QAction::toggled, this, &MainWindow::setSidebarVisible);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionSandbox, &QAction::triggered, this, &MainWindow::showSandboxPanel);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool onConnection
        = m_ui->detailStack->currentWidget() == m_connectionPage && !m_connectionPage->connectionId().isEmpty();
    for (QAction *action : {m_ui->actionRefresh, m_ui->actionReconnect, m_ui->actionCopyToken, m_ui->actionConsole,
             m_ui->actionExportDiagnostics, m_ui->actionDisconnect, m_ui->actionBack})
        action->setEnabled(onConnection);
    if (m_ui->detailStack->currentWidget() == m_connectionsView && !m_connectionsView->currentConnectionId().isEmpty())
        m_ui->actionReconnect->setEnabled(true);
}

void MainWindow::updateStatusBar()
{
    // The connection model already holds every connection: counting it avoids reloading them all from SQLite.
    const int connections = m_connections->rowCount();
    const QString shown = tr("%1 of %n integration(s) shown", nullptr, m_integrations->rowCount()).arg(m_filter->rowCount());
    const QString count = tr("%n connection(s)", nullptr, connections);
    m_statusSummary->setText(shown + QStringLiteral(" · ") + count);
}

QString MainWindow::suggestedIntegration() const
{
    if (m_service.catalog().contains(sandboxId()))
        return sandboxId();
    const QModelIndex current = m_ui->integrationList->currentIndex();
    return current.isValid() ? current.data(IntegrationListModel::IdRole).toString() : QString();
}

void MainWindow::updateWelcome()
{
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->welcomeTitle->setFont(title);
    const bool empty = m_connections->rowCount() == 0;
    const bool sandbox = m_service.catalog().contains(sandboxId());
    if (!empty) {
        m_ui->welcomeTitle->setText(tr("Welcome back"));
        m_ui->welcomeText->setText(tr("Choose an integration on the left to see its connections, or pick "
                                      "\"Connected\" in the category list to see only the ones in use."));
        m_ui->welcomeConnectButton->setText(tr("&Connect an account…"));
    } else if (sandbox) {
        m_ui->welcomeTitle->setText(tr("No connections yet"));
        m_ui->welcomeText->setText(tr("Connect Keyway Sandbox to try everything without an account: sign-in, "
                                      "token refresh, the token inspector and the request console."));
        m_ui->welcomeConnectButton->setText(tr("&Connect Keyway Sandbox…"));
    } else {
        m_ui->welcomeTitle->setText(tr("No connections yet"));
        m_ui->welcomeText->setText(tr("Choose an integration on the left (Ctrl+F to search) and press Connect. "
                                      "Each integration page says what to register at the provider first."));
        m_ui->welcomeConnectButton->setText(tr("&Connect…"));
    }
    m_ui->welcomeConnectButton->setAccessibleName(m_ui->welcomeConnectButton->text().remove(QLatin1Char('&')));
    m_ui->welcomeConnectButton->setIcon(Icons::get(QStringLiteral("connect")));
    m_ui->welcomeConnectButton->setEnabled(!empty || sandbox || m_ui->integrationList->currentIndex().isValid());
}

void MainWindow::showWelcome()
{
    updateWelcome();
    m_ui->detailStack->setCurrentWidget(m_ui->welcomePage);
}

void MainWindow::showHome()
{
    if (m_connections->rowCount() > 0)
        showConnections();
    else
        showWelcome();
}

void MainWindow::showConnections()
{
    if (m_connections->rowCount() == 0) {
        showWelcome();
        return;
    }
    m_ui->detailStack->setCurrentWidget(m_connectionsView);
    {
        // The sidebar's selection would say an integration is shown.
        const QSignalBlocker blocker(m_ui->integrationList->selectionModel());
        m_ui->integrationList->clearSelection();
        m_ui->integrationList->setCurrentIndex({});
    }
    updateConnectionsButton();
}

void MainWindow::setSidebarVisible(bool visible)
{
    m_sidebarAutoHidden = false; // the user's choice stands until the window is resized across the threshold again
    showSidebar(visible);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A narrow window gives the sidebar's width to the page (issue 16: at 640x480 the console was cramped); widened
    // again, the sidebar comes back, unless the user hid it.
    const int narrow = fontMetrics().averageCharWidth() * 130;
    if (event->size().width() < narrow && event->oldSize().width() >= narrow && m_ui->listPane->isVisible()) {
        m_sidebarAutoHidden = true;
        showSidebar(false);
    } else if (event->size().width() >= narrow && m_sidebarAutoHidden) {
        m_sidebarAutoHidden = false;
        showSidebar(true);
    }
}

void MainWindow::showSidebar(bool visible)
{
    m_ui->listPane->setVisible(visible);
    if (visible && m_ui->splitter->sizes().value(0) == 0) {
        const int total = m_ui->splitter->width();
        const int side = std::max(m_ui->listPane->minimumWidth(), fontMetrics().averageCharWidth() * 42);
        m_ui->splitter->setSizes({side, std::max(0, total - side)});
    }
    const QSignalBlocker blocker(m_ui->actionToggleSidebar);
    m_ui->actionToggleSidebar->setChecked(visible);
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuView, m_ui->menuConnection, m_ui->menuTools, m_ui->menuHelp})
        for (QAction *action : menu->actions())
            if (!action->isSeparator() && action->isVisible())
                actions << action;
    auto *dialog = new ShortcutsDialog(actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QMenu *MainWindow::integrationMenu(const QString &integrationId)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("integrationMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<Integration> in = m_service.catalog().find(integrationId);
    if (!in)
        return menu;
    const QString id = in->id;
    menu->addAction(Icons::get(QStringLiteral("open-external")), tr("&Open"), this, [this, id] { showIntegration(id); });
    menu->addAction(Icons::get(QStringLiteral("connect")), tr("&Connect…"), this, [this, id] { startConnect(id); });
    menu->addSeparator();
    menu->addAction(Icons::get(QStringLiteral("copy")), tr("Copy &id"), this, [this, id] {
        QGuiApplication::clipboard()->setText(id);
        statusBar()->showMessage(tr("Copied \"%1\".").arg(id), 5000);
    });
    if (!in->builtin) {
        menu->addSeparator();
        menu->addAction(Icons::get(QStringLiteral("remove-row")), tr("&Remove integration…"), this, [this, id] {
            showIntegration(id);
            m_integrationPage->removeWithConfirmation();
        });
    }
    return menu;
}

void MainWindow::keepPagesWhole()
{
    // The minimum set in the constructor suits English; longer languages (issue 24) need more for the connection
    // page's row of buttons. The window never gets narrower than its pages need (the sidebar hides itself when the
    // window is narrow), measured once they are polished and filled.
    const QMargins margins = m_ui->centralWidget->layout()->contentsMargins();
    const int pages = m_ui->detailStack->minimumSizeHint().width() + margins.left() + margins.right();
    if (pages > minimumWidth())
        setMinimumWidth(pages);
}

void MainWindow::fitSidebarToConnectionsButton()
{
    // In longer languages the button's text is wider than the sidebar's usual width: the sidebar grows to show it
    // whole as long as the page keeps its own minimum width.
    const QList<int> sizes = m_ui->splitter->sizes();
    if (!m_ui->listPane->isVisible() || sizes.size() < 2 || sizes.at(0) == 0)
        return;
    const QMargins margins = m_ui->listPane->layout()->contentsMargins();
    const int wanted = m_ui->connectionsButton->sizeHint().width() + margins.left() + margins.right();
    const int total = sizes.at(0) + sizes.at(1);
    const int side = std::min(wanted, total - m_ui->detailStack->minimumSizeHint().width());
    if (side > sizes.at(0))
        m_ui->splitter->setSizes({side, total - side});
}

void MainWindow::updateConnectionsButton()
{
    const ConnectionListModel::Summary all = m_connections->summary().value(QString());
    // Whole sentences (issue 24), never translated fragments joined; counts as %n plurals (keyway_en.ts gives English
    // its singular and plural).
    const QString text = all.needingUser == 0
        ? tr("Your connections (%1)").arg(all.count)
        : tr("Your connections (%1) · ⚠ %n need(s) you", nullptr, all.needingUser).arg(all.count);
    QString spoken = tr("Your connections: %n connection(s)", nullptr, all.count);
    if (all.needingUser > 0)
        spoken = tr("%1, %n need(s) you (worst: %2)", nullptr, all.needingUser).arg(spoken, StatusStyle::text(all.worst));
    m_ui->connectionsButton->setText(text);
    m_ui->connectionsButton->setAccessibleName(spoken);
    fitSidebarToConnectionsButton();
    m_ui->connectionsButton->setEnabled(all.count > 0);
    m_ui->connectionsButton->setChecked(m_ui->detailStack->currentWidget() == m_connectionsView);
}

void MainWindow::updateFaultBanner()
{
    // Only this process's sandbox is known here; one served by another Keyway shows its faults in its own window.
    QStringList on;
    for (const SandboxServer::FaultState &f : SandboxServer::shared().faults()) {
        if (!f.active)
            continue;
        const QString state = SandboxFaults::stateText(f.info, f.value);
        on << (state.isEmpty() ? f.info.title : tr("%1 (%2)").arg(f.info.title, state));
    }
    MessagePanel *banner = m_ui->faultBanner;
    if (on.isEmpty()) {
        banner->clear();
        return;
    }
    banner->showMessage(MessagePanel::Kind::Warning,
        (on.size() == 1 ? tr("A Keyway Sandbox fault is on: %1.") : tr("Keyway Sandbox faults are on: %1."))
                .arg(on.join(QStringLiteral("; ")))
            + QLatin1Char(' ') + tr("Connections to the sandbox fail on purpose until it is switched off."));
    banner->setClosable(false);
    connect(banner->addAction(tr("Sandbox &panel…"), QStringLiteral("faultPanelButton")), &QPushButton::clicked, this,
        &MainWindow::showSandboxPanel);
    connect(banner->addAction(tr("Switch all &off"), QStringLiteral("faultsOffButton")), &QPushButton::clicked, this, [this] {
        SandboxServer::shared().clearFaults();
        statusBar()->showMessage(tr("Every sandbox fault is off."), 5000);
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Down arrow from the search field moves into the results (issue 16), onto the best match.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            if (!m_ui->integrationList->currentIndex().isValid())
                m_ui->integrationList->setCurrentIndex(m_filter->index(0, 0));
            m_ui->integrationList->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onIntegrationSelected()
{
    const QModelIndex current = m_ui->integrationList->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(IntegrationListModel::IdRole).toString();
    m_integrationPage->showIntegration(id);
    m_ui->detailStack->setCurrentWidget(m_integrationPage);
    updateWelcome();
}

void MainWindow::showIntegration(const QString &integrationId)
{
    QModelIndex source = m_integrations->indexOf(integrationId);
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (source.isValid() && !proxy.isValid()) {
        // Hidden by the current filter: clear it so the list and the page agree.
        m_ui->searchEdit->clear();
        m_ui->categoryCombo->setCurrentIndex(0);
        proxy = m_filter->mapFromSource(source);
    }
    if (proxy.isValid() && m_ui->integrationList->currentIndex() != proxy)
        m_ui->integrationList->setCurrentIndex(proxy); // shows the page through onIntegrationSelected
    if (proxy.isValid())
        m_ui->integrationList->scrollTo(proxy);
    m_integrationPage->showIntegration(integrationId);
    m_ui->detailStack->setCurrentWidget(m_integrationPage);
}

void MainWindow::showConnection(const QString &connectionId)
{
    const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
    if (!record)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_integrations->indexOf(record->integrationId));
    if (proxy.isValid()) {
        const QSignalBlocker blocker(m_ui->integrationList->selectionModel());
        m_ui->integrationList->setCurrentIndex(proxy);
        m_ui->integrationList->scrollTo(proxy);
    }
    m_connectionPage->showConnection(connectionId);
    m_ui->detailStack->setCurrentWidget(m_connectionPage);
    keepPagesWhole();
    updateActions();
    // Once the start-up check has run, a connection opened later is checked too (once per session).
    if (m_startupChecksDone)
        checkSoon({connectionId});
}

ConnectDialog *MainWindow::startConnect(const QString &integrationId)
{
    QString id = integrationId;
    if (id.isEmpty()) {
        const QModelIndex current = m_ui->integrationList->currentIndex();
        id = current.isValid() ? current.data(IntegrationListModel::IdRole).toString() : suggestedIntegration();
    }
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Choose an integration first."), 5000);
        m_ui->integrationList->setFocus();
        return nullptr;
    }
    if (m_connectDialog)
        m_connectDialog->close();
    m_connectDialog = new ConnectDialog(m_service, id, this);
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_connectDialog, &ConnectDialog::connected, this, [this](const QString &connectionId) {
        showConnection(connectionId);
        // Issue 15.4: on a shared machine another user could finish the sign-in first, with their account;
        // saying which account was connected makes that visible.
        const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
        const QString account = record ? record->accountLabel : QString();
        statusBar()->showMessage(
            account.isEmpty() ? tr("Connected; the provider did not say which account.") : tr("Connected as %1.").arg(account),
            15000);
    });
    m_connectDialog->open();
    return m_connectDialog;
}

ConnectDialog *MainWindow::startReconnect(const QString &connectionId)
{
    const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
    if (!record)
        return nullptr;
    // A token exchange's answer has no sign-in of its own to redo (DerivedConnection): it comes from its parent.
    if (!ConnectionSettings::fromJson(record->settings).derivedFrom.isEmpty()) {
        statusBar()->showMessage(
            tr("%1 holds an exchanged token: exchange again from the connection it was derived from.").arg(record->name), 8000);
        return nullptr;
    }
    ConnectDialog *dialog = startConnect(record->integrationId);
    if (dialog)
        dialog->setReconnect(*record);
    return dialog;
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onNeedsReauthorization(const QString &connectionId)
{
    const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
    const QString name = record ? (record->name.isEmpty() ? record->accountLabel : record->name) : connectionId;
    statusBar()->showMessage(
        tr("%1 needs to be reconnected: press Reconnect beside it in Your connections, or Ctrl+R.").arg(name), 15000);
}

void MainWindow::showSandboxPanel()
{
    if (!m_sandboxPanel) {
        auto *panel = new SandboxPanel(SandboxServer::shared(), this);
        connect(panel, &SandboxPanel::connectRequested, this,
            [this](const QString &id, const QString &clientId, const QByteArray &certificatePem, const QByteArray &keyPem) {
                ConnectDialog *dialog = startConnect(id);
                if (!dialog)
                    return;
                dialog->form()->credentials()->fillIfEmpty(QStringLiteral("clientId"), clientId);
                if (!certificatePem.isEmpty())
                    dialog->form()->certificate()->usePem(certificatePem, keyPem);
            });
        m_sandboxPanel = panel;
        m_sandboxPanel->setObjectName(QStringLiteral("sandboxPanel"));
        m_sandboxPanel->setWindowFlag(Qt::Window);
        m_sandboxPanel->setWindowTitle(tr("Keyway Sandbox"));
        m_sandboxPanel->resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 40);
    }
    m_sandboxPanel->show();
    m_sandboxPanel->raise();
    m_sandboxPanel->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(AppInfo::name()),
        tr("<h3>%1 %2</h3><p>A connection manager for API integrations: OAuth 2.0, OpenID Connect, "
           "API keys and more, with secrets kept in the system keychain.</p>")
            .arg(AppInfo::name(), AppInfo::version()));
}

void MainWindow::showStartupError(const Error &error)
{
    QMessageBox box;
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("%1 cannot start").arg(AppInfo::name()));
    box.setText(error.message.isEmpty() ? tr("%1 could not open its data.").arg(AppInfo::name()) : error.message);
    box.setInformativeText(tr("Nothing was changed. Fix the problem and start %1 again.").arg(AppInfo::name()));
    QString detail = error.detail;
    if (!error.code.isEmpty())
        detail = (detail.isEmpty() ? QString() : detail + QLatin1Char('\n')) + tr("Error code: %1").arg(error.code);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.setStandardButtons(QMessageBox::Close);
    box.setObjectName(QStringLiteral("startupErrorBox"));
    box.exec();
}

} // namespace keyway
