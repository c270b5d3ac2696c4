#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "catalog/Catalog.h"
#include "common/Error.h"
#include "common/Icons.h"
#include "common/Names.h"
#include "common/StatusStyle.h"
#include "common/VaultUnlockDialog.h"
#include "connect/ConnectDialog.h"
#include "connection/ConnectionListModel.h"
#include "connection/ConnectionPage.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/KeychainRecovery.h"
#include "custom/CustomIntegrationDialog.h"
#include "integrations/IntegrationDelegate.h"
#include "integrations/IntegrationFilterModel.h"
#include "integrations/IntegrationListModel.h"
#include "integrations/IntegrationPage.h"
#include "sandbox/SandboxPanel.h"
#include "sandbox/SandboxServer.h"
#include "settings/SettingsDialog.h"
#include "settings/UiSettings.h"
#include "store/VaultSecretStore.h"
#include "tray/TrayNotifier.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QShowEvent>
#include <QTimer>

#include <algorithm>

namespace keyway {

MainWindow::MainWindow(ConnectionService &service, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_service(service)
    , m_integrations(new IntegrationListModel(service, this))
    , m_filter(new IntegrationFilterModel(this))
    , m_connections(new ConnectionListModel(service, this))
{
    m_ui->setupUi(this);
    setWindowTitle(AppInfo::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyway.svg")));

    // Settings the user saved apply before anything connects.
    UiSettings::load().apply(m_service);

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

    m_integrationPage = new IntegrationPage(service, *m_connections, m_ui->detailStack);
    m_integrationPage->setObjectName(QStringLiteral("integrationPage"));
    m_ui->detailStack->addWidget(m_integrationPage);
    m_connectionPage = new ConnectionPage(service, m_ui->detailStack);
    m_connectionPage->setObjectName(QStringLiteral("connectionPage"));
    m_ui->detailStack->addWidget(m_connectionPage);

    // The counts live in a permanent widget: a transient message ("Connection removed.") is shown beside them
    // and is not overwritten when a change of the counts arrives with it.
    m_statusSummary = new QLabel(this);
    m_statusSummary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addPermanentWidget(m_statusSummary);

    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    // Room for names like "Atlassian (Jira, Confluence)" next to the icon and the badge.
    m_ui->listPane->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_ui->splitter->setSizes({fontMetrics().averageCharWidth() * 42, fontMetrics().averageCharWidth() * 120});

    m_tray = new TrayNotifier(service, this);

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
    // Down arrow from the search field moves into the list (keyboard-only use).
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_ui->integrationList->setCurrentIndex(m_filter->index(0, 0));
            m_ui->integrationList->setFocus();
        }
    });

    connect(m_integrationPage, &IntegrationPage::connectRequested, this, [this](const QString &id) { startConnect(id); });
    connect(m_integrationPage, &IntegrationPage::connectionActivated, this, &MainWindow::showConnection);
    connect(
        m_connectionPage, &ConnectionPage::backRequested, this, [this] { showIntegration(m_connectionPage->integrationId()); });
    connect(m_connectionPage, &ConnectionPage::reconnectRequested, this, &MainWindow::startReconnect);
    connect(m_connectionPage, &ConnectionPage::removed, this, [this](const QString &integrationId) {
        showIntegration(integrationId);
        statusBar()->showMessage(tr("Connection removed."), 5000);
    });
    connect(
        m_connectionPage, &ConnectionPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_ui->welcomeConnectButton, &QPushButton::clicked, this, [this] { startConnect(suggestedIntegration()); });
    connect(m_ui->detailStack, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);

    connect(&m_service, &ConnectionService::connectionAdded, this, [this] {
        updateStatusBar();
        updateWelcome();
    });
    connect(&m_service, &ConnectionService::connectionRemoved, this, [this] {
        updateStatusBar();
        updateWelcome();
    });
    connect(&m_service, &ConnectionService::needsReauthorization, this, &MainWindow::onNeedsReauthorization);
    connect(m_tray, &TrayNotifier::reconnectRequested, this, [this](const QString &id) {
        showNormal();
        raise();
        activateWindow();
        showConnection(id);
        startReconnect(id);
    });

    // Where the user left the window (size, list width): layout only, nothing secret.
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());

    // The notice bar: start-up notices and the locked vault, in the palette's colours, dismissible.
    m_ui->noticeIcon->setPixmap(
        Icons::get(QStringLiteral("warning")).pixmap(QSize(fontMetrics().height(), fontMetrics().height())));
    // A light tint of the "expiring" amber over the window colour keeps the palette's own text readable on it,
    // in light and dark palettes alike.
    QPalette notice = m_ui->noticeBar->palette();
    const QColor window = palette().color(QPalette::Window);
    const QColor amber = StatusStyle::background(ConnectionStatus::Expiring, palette());
    constexpr double tint = 0.22;
    notice.setColor(QPalette::Window,
        QColor::fromRgbF(float(window.redF() * (1 - tint) + amber.redF() * tint),
            float(window.greenF() * (1 - tint) + amber.greenF() * tint),
            float(window.blueF() * (1 - tint) + amber.blueF() * tint)));
    m_ui->noticeBar->setPalette(notice);
    m_ui->unlockVaultButton->setIcon(Icons::get(QStringLiteral("key")));
    connect(m_ui->dismissNoticeButton, &QPushButton::clicked, this, [this] {
        m_noticesDismissed = true;
        updateNoticeBar();
        m_ui->searchEdit->setFocus();
    });
    connect(m_ui->unlockVaultButton, &QPushButton::clicked, this, &MainWindow::unlockVault);
    connect(m_ui->recoverLostButton, &QPushButton::clicked, this, &MainWindow::recoverLostConnections);
    connect(m_ui->revokeLostButton, &QPushButton::clicked, this, &MainWindow::revokeLostConnections);
    m_ui->addCustomButton->setIcon(Icons::get(QStringLiteral("add-row")));
    connect(m_ui->addCustomButton, &QPushButton::clicked, this, &MainWindow::addCustomIntegration);
    updateNoticeBar();

    setUpActions();
    setTabOrder(m_ui->recoverLostButton, m_ui->revokeLostButton);
    setTabOrder(m_ui->revokeLostButton, m_ui->unlockVaultButton);
    setTabOrder(m_ui->unlockVaultButton, m_ui->dismissNoticeButton);
    setTabOrder(m_ui->dismissNoticeButton, m_ui->searchEdit);
    setTabOrder(m_ui->searchEdit, m_ui->categoryCombo);
    setTabOrder(m_ui->categoryCombo, m_ui->integrationList);
    setTabOrder(m_ui->integrationList, m_ui->addCustomButton);
    setTabOrder(m_ui->addCustomButton, m_ui->detailStack);
    showWelcome();
    updateStatusBar();
    m_ui->searchEdit->setFocus();
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
}

void MainWindow::lookForLostConnections(const QString &done)
{
    QPointer<MainWindow> self(this);
    m_recovery->find(KeychainRecovery::Scope::Always, [self, done](const QList<KeychainRecovery::Lost> &lost, const Error &) {
        if (!self)
            return;
        self->m_recoveryRunning = false;
        self->m_lostConnections = int(lost.size());
        self->m_rebuildable = int(
            std::count_if(lost.cbegin(), lost.cend(), [](const KeychainRecovery::Lost &l) { return l.record.has_value(); }));
        QStringList text;
        if (!done.isEmpty())
            text << done;
        if (!lost.isEmpty())
            text << KeychainRecovery::notice(lost)
                    + (self->m_rebuildable > 0
                            ? tr("Recover them from the keychain, or revoke them at their providers and remove them.")
                            : tr("Revoke them at their providers and remove them."))
                          .prepend(QLatin1Char(' '));
        self->m_recoveryNotice = text.join(QLatin1Char(' '));
        self->m_noticesDismissed = false;
        self->updateNoticeBar();
    });
}

void MainWindow::recoverLostConnections()
{
    if (!m_recovery || m_recoveryRunning || m_rebuildable == 0)
        return;
    m_recoveryRunning = true;
    updateNoticeBar();
    statusBar()->showMessage(tr("Recovering connections from the keychain…"));
    QPointer<MainWindow> self(this);
    m_recovery->recover([self](const KeychainRecovery::Outcome &outcome) {
        if (!self)
            return;
        self->statusBar()->showMessage(KeychainRecovery::describeRecovery(outcome), 10000);
        // What is still lost (entries an older Keyway wrote, failures) stays on offer.
        self->lookForLostConnections(KeychainRecovery::describeRecovery(outcome));
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
        QPointer<MainWindow> self(this);
        m_recovery->revokeAndRemove([self](const KeychainRecovery::Outcome &outcome) {
            if (!self)
                return;
            self->statusBar()->showMessage(KeychainRecovery::describeRemoval(outcome), 10000);
            self->lookForLostConnections(KeychainRecovery::describeRemoval(outcome));
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
    QStringList escaped;
    for (const QString &line : std::as_const(lines))
        escaped << line.toHtmlEscaped();
    m_ui->noticeLabel->setText(escaped.join(QStringLiteral("<br>")));
    m_ui->noticeLabel->setAccessibleDescription(lines.join(QLatin1Char('\n')));
    m_ui->noticeBar->setVisible(shown);
    m_ui->unlockVaultButton->setVisible(locked);
    m_ui->recoverLostButton->setVisible(offerRecovery && m_rebuildable > 0);
    m_ui->revokeLostButton->setVisible(offerRecovery);
    m_ui->recoverLostButton->setEnabled(!m_recoveryRunning);
    m_ui->revokeLostButton->setEnabled(!m_recoveryRunning);
    m_ui->dismissNoticeButton->setVisible(!locked);
    m_ui->actionUnlockVault->setVisible(m_vault != nullptr);
    m_ui->actionUnlockVault->setEnabled(locked);
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
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionAddCustom, &QAction::triggered, this, &MainWindow::addCustomIntegration);
    connect(m_ui->actionUnlockVault, &QAction::triggered, this, &MainWindow::unlockVault);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, m_connectionPage, &ConnectionPage::refreshNow);
    connect(m_ui->actionReconnect, &QAction::triggered, this, [this] { startReconnect(m_connectionPage->connectionId()); });
    connect(m_ui->actionCopyToken, &QAction::triggered, m_connectionPage, &ConnectionPage::copyAccessToken);
    connect(m_ui->actionConsole, &QAction::triggered, m_connectionPage, &ConnectionPage::openConsole);
    connect(m_ui->actionExportDiagnostics, &QAction::triggered, m_connectionPage, &ConnectionPage::exportDiagnostics);
    connect(m_ui->actionDisconnect, &QAction::triggered, m_connectionPage, &ConnectionPage::disconnectWithConfirmation);
    connect(m_ui->actionBack, &QAction::triggered, this, [this] { showIntegration(m_connectionPage->integrationId()); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
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
}

void MainWindow::updateStatusBar()
{
    // The connection model already holds every connection: counting it avoids reloading them all from SQLite.
    const int connections = m_connections->rowCount();
    const QString shown = tr("%1 of %2 integrations shown").arg(m_filter->rowCount()).arg(m_integrations->rowCount());
    const QString count = connections == 1 ? tr("1 connection") : tr("%1 connections").arg(connections);
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
    updateActions();
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
        statusBar()->showMessage(tr("Connected."), 5000);
    });
    m_connectDialog->open();
    return m_connectDialog;
}

ConnectDialog *MainWindow::startReconnect(const QString &connectionId)
{
    const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
    if (!record)
        return nullptr;
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
    statusBar()->showMessage(tr("%1 needs to be reconnected (Ctrl+R on its page).").arg(name), 15000);
}

void MainWindow::showSandboxPanel()
{
    if (!m_sandboxPanel) {
        m_sandboxPanel = new SandboxPanel(SandboxServer::shared(), this);
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
