#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QTimer;
class QMenu;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace keyway {

class ConnectDialog;
class CoreContext;
class CustomIntegrationDialog;
class VaultSecretStore;
class VaultUnlockDialog;
class ConnectionListModel;
class ConnectionPage;
class ConnectionsView;
class ShortcutsDialog;
class ConnectionService;
class IntegrationFilterModel;
class IntegrationListModel;
class IntegrationPage;
class KeychainRecovery;
class TrayNotifier;
class GrantAlerts;
class Keeper;
struct Error;

// The main window: the searchable integration list on the left (collapsible), headed by "Your connections"; on
// the right the connections view (the home once any connection exists), a welcome page with the first-run hint
// (before), the selected integration, or one connection (status, tokens, timeline, request console). A bar says
// what the core found at start, a banner which sandbox faults are on. Live connections are checked once, a few
// at a time, after start-up (ConnectionService::check). It only arranges views and routes actions; every
// operation goes through ConnectionService.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(ConnectionService &service, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A fatal start-up error (damaged database, no keychain): the core's message, its detail under
    // "Show Details". Blocks until the user closes it; main() exits afterwards.
    static void showStartupError(const Error &error);

    // The integration the sandbox hint points at, if the catalogue has it.
    static QString sandboxId() { return QStringLiteral("keyway-sandbox"); }

    // What the core found at start (CoreContext::notices()) goes into a dismissible bar, and a locked
    // encrypted vault is offered for unlocking. Connections the database lost while the keychain kept their tokens
    // (KeychainRecovery) are looked for, and when there are any the bar says so and offers to recover them or to
    // revoke and remove them. main() calls this once the window exists.
    void attachCore(const CoreContext &core);
    // The start-up notices, in plain words; an empty list hides the bar.
    void showNotices(const QStringList &notices);
    QStringList notices() const { return m_notices; }
    // The encrypted vault when it is the secret store (nullptr: the keychain). When it is locked the window
    // asks for its passphrase as soon as it is shown; File ▸ Unlock vault… asks again later.
    void setVault(VaultSecretStore *vault);

    IntegrationPage *integrationPage() const { return m_integrationPage; }
    ConnectionPage *connectionPage() const { return m_connectionPage; }
    ConnectionsView *connectionsView() const { return m_connectionsView; }
    ConnectionListModel *connections() const { return m_connections; }
    // The check after start-up: connections still waiting for theirs, and those done.
    int pendingChecks() const { return int(m_checkQueue.size()) + m_checksRunning; }
    // How many live connections the start-up check looks at (the most recently changed first).
    static constexpr int kStartupChecks = 50;
    // The window's keeper: a first pass a minute after the start-up checks, then every six hours.
    static constexpr int kKeeperFirstPassMs = 60 * 1000;
    static constexpr int kKeeperIntervalMs = 6 * 3600 * 1000;

public slots:
    void showIntegration(const QString &integrationId);
    void showConnection(const QString &connectionId);
    void showWelcome();
    // The home view: the connections view once any connection exists, the welcome page before.
    void showHome();
    void showConnections();
    void setSidebarVisible(bool visible);
    ShortcutsDialog *showShortcuts();
    // The integration list's right-click menu for one integration (Open, Connect…, Copy id, Remove… if custom).
    QMenu *integrationMenu(const QString &integrationId);
    // Checks these connections soon (ConnectionService::check), two at a time; each one once per session.
    void checkSoon(const QStringList &connectionIds);
    // How long after attachCore() the start-up check begins (1.5 s); negative: never (tests about something else).
    void setStartupCheckDelay(int ms) { m_startupCheckDelayMs = ms; }
    // Opens the connect dialog (for the selected integration when empty) and returns it.
    ConnectDialog *startConnect(const QString &integrationId = {});
    ConnectDialog *startReconnect(const QString &connectionId);
    void openSettings();
    // Asks for the vault's passphrase (nothing happens when there is no locked vault) and returns the dialog.
    VaultUnlockDialog *unlockVault();
    // The notice bar's two answers to lost connections: rebuild them from the keychain, or (after a confirmation,
    // which is returned) revoke them at their providers and remove them.
    void recoverLostConnections();
    QMessageBox *revokeLostConnections();
    // "Add custom integration…": an issuer URL, discovered, saved like `keyway integrations add`, then selected.
    CustomIntegrationDialog *addCustomIntegration();
    // The built-in sandbox's controls (start, stop, faults) in a window of their own.
    void showSandboxPanel();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's steps, in the order it takes them.
    void setUpSidebar();
    void setUpPages();
    void setUpLayout();
    void setUpBackgroundWork();
    void connectSidebar();
    void connectPages();
    void connectService();
    void setUpNotices();
    void setUpActions();
    void setUpTabOrder();
    void updateActions();
    void updateStatusBar();
    void updateWelcome();
    void updateNoticeBar();
    void updateFaultBanner();
    void showSidebar(bool visible);
    void updateConnectionsButton();
    void fitSidebarToConnectionsButton();
    void keepPagesWhole();
    void startChecks();
    void runNextCheck();
    // Asks the core which connections the database lost; the bar says `done` (what was just done) and what is left.
    void lookForLostConnections(const QString &done);
    void onIntegrationSelected();
    void onNeedsReauthorization(const QString &connectionId);
    void runKeeper();
    void showAbout();
    QString suggestedIntegration() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionService &m_service;
    ConnectionListModel *m_connections;
    IntegrationListModel *m_integrations;
    IntegrationFilterModel *m_filter;
    IntegrationPage *m_integrationPage;
    ConnectionPage *m_connectionPage;
    ConnectionsView *m_connectionsView;
    TrayNotifier *m_tray;
    GrantAlerts *m_alerts;
    // Issue 23: the window left running keeps grants alive as `keyway keep-alive` does, every few hours.
    Keeper *m_keeper;
    QTimer *m_keeperTimer;
    QLabel *m_statusSummary; // integrations shown and connections, right of the transient messages
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<QWidget> m_sandboxPanel;
    QPointer<VaultUnlockDialog> m_vaultDialog;
    QPointer<CustomIntegrationDialog> m_customDialog;
    VaultSecretStore *m_vault = nullptr;
    QStringList m_notices;
    bool m_noticesDismissed = false;
    KeychainRecovery *m_recovery = nullptr;
    int m_lostConnections = 0; // found by m_recovery and not dealt with yet
    int m_rebuildable = 0; // of those, the ones whose keychain entry can rebuild them
    QString m_recoveryNotice; // what the bar says about them (or what was done)
    bool m_recoveryRunning = false;
    bool m_vaultPromptPending = false;
    QStringList m_checkQueue;
    QSet<QString> m_checked;
    int m_checksRunning = 0;
    bool m_startupChecksDone = false;
    int m_startupCheckDelayMs = 1500;
    bool m_sidebarAutoHidden = false;
};

} // namespace keyway
