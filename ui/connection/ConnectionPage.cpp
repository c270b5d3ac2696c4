#include "connection/ConnectionPage.h"

#include "ui_ConnectionPage.h"

#include "catalog/Catalog.h"
#include "console/RequestConsole.h"
#include "core/ConnectionCapabilities.h"
#include "core/ConnectionExpiry.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/ConnectionState.h"
#include "inspector/TokenInspector.h"
#include "timeline/BundlePreviewDialog.h"
#include "timeline/TimelineView.h"
#include "widgets/Icons.h"
#include "widgets/MessagePanel.h"
#include "widgets/Names.h"
#include "widgets/SecretClipboard.h"
#include "widgets/StatusStyle.h"

#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

namespace keyway {

ConnectionPage::ConnectionPage(ConnectionService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionPage>())
    , m_service(service)
    , m_countdown(new QTimer(this))
    , m_clipboard(new SecretClipboard(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->backButton->setIcon(Icons::get(QStringLiteral("back")));
    m_ui->reconnectButton->setIcon(Icons::get(QStringLiteral("reconnect")));
    m_ui->refreshButton->setIcon(Icons::get(QStringLiteral("refresh")));
    m_ui->copyTokenButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->consoleButton->setIcon(Icons::get(QStringLiteral("console")));
    m_ui->disconnectButton->setIcon(Icons::get(QStringLiteral("disconnect")));
    m_ui->removeButton->setIcon(Icons::get(QStringLiteral("remove-row")));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fingerprintLabel->setFont(mono);
    m_ui->idLabel->setFont(mono);

    m_inspector = new TokenInspector(service, m_clipboard, m_ui->tabs);
    m_inspector->setObjectName(QStringLiteral("tokenInspector"));
    m_timeline = new TimelineView(service, m_ui->tabs);
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_console = new RequestConsole(service, m_clipboard, m_ui->tabs);
    m_console->setObjectName(QStringLiteral("requestConsole"));
    connect(m_console, &RequestConsole::reconnectWithScopesRequested, this, &ConnectionPage::reconnectWithScopesRequested);
    connect(m_inspector, &TokenInspector::derivedConnectionSaved, this, [this](const QString &id) {
        emit message(tr("Saved the exchanged token as a new connection."));
        emit openConnectionRequested(id);
    });
    connect(m_ui->derivedLabel, &QLabel::linkActivated, this,
        [this](const QString &link) { emit openConnectionRequested(QUrl(link).path()); });
    m_ui->tabs->addTab(m_inspector, Icons::get(QStringLiteral("key")), tr("&Tokens"));
    m_ui->tabs->addTab(m_timeline, Icons::get(QStringLiteral("timeline")), tr("T&imeline"));
    m_ui->tabs->addTab(m_console, Icons::get(QStringLiteral("console")), tr("Request co&nsole"));

    m_ui->scopesTable->setColumnCount(3);
    m_ui->scopesTable->setHorizontalHeaderLabels({tr("Scope"), tr("Requested"), tr("Granted")});
    m_ui->scopesTable->verticalHeader()->hide();
    m_ui->scopesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->scopesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->scopesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    connect(m_ui->backButton, &QToolButton::clicked, this, &ConnectionPage::backRequested);
    connect(m_ui->reconnectButton, &QPushButton::clicked, this, [this] { emit reconnectRequested(m_id); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ConnectionPage::refreshNow);
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &ConnectionPage::copyAccessToken);
    connect(m_ui->consoleButton, &QPushButton::clicked, this, &ConnectionPage::openConsole);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this, &ConnectionPage::disconnectWithConfirmation);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionPage::removeWithConfirmation);
    connect(m_timeline, &TimelineView::exportRequested, this, &ConnectionPage::exportDiagnostics);
    connect(m_timeline, &TimelineView::message, this, &ConnectionPage::message);
    connect(m_clipboard, &SecretClipboard::cleared, this, [this] { emit message(tr("Clipboard cleared.")); });

    connect(&service, &ConnectionService::connectionChanged, this, &ConnectionPage::onChanged);
    connect(&service, &ConnectionService::connectionRemoved, this, [this](const QString &id) {
        if (id != m_id)
            return;
        m_id.clear();
        m_countdown->stop();
        emit removed(m_record.integrationId);
    });
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionPage::updateCountdown);
}

ConnectionPage::~ConnectionPage() = default;

void ConnectionPage::showConnection(const QString &connectionId)
{
    const bool same = connectionId == m_id;
    m_id = connectionId;
    reload();
    m_inspector->setConnection(connectionId);
    m_timeline->setConnection(connectionId);
    if (!same)
        m_console->setConnection(connectionId);
    if (!same)
        m_ui->tabs->setCurrentIndex(0);
}

void ConnectionPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_record.id.isEmpty())
        StatusStyle::apply(m_ui->statusLabel, m_record.status);
}

void ConnectionPage::onChanged(const QString &id)
{
    if (id == m_id) {
        reload();
        m_inspector->setConnection(id);
    }
}

void ConnectionPage::reload()
{
    const std::optional<ConnectionRecord> record = m_service.connection(m_id);
    if (!record) {
        m_record = ConnectionRecord();
        m_ui->titleLabel->setText(tr("This connection no longer exists."));
        m_countdown->stop();
        return;
    }
    m_record = *record;
    const std::optional<Integration> in = m_service.catalog().find(m_record.integrationId);
    const QString integrationName = in ? in->name : m_record.integrationId;
    const int iconSize = fontMetrics().height() * 2;
    m_ui->iconLabel->setPixmap(
        Icons::fromFile(in ? m_service.catalog().iconPath(*in) : QString()).pixmap(QSize(iconSize, iconSize)));
    m_ui->backButton->setAccessibleName(tr("Back to %1").arg(integrationName));
    m_ui->titleLabel->setText(
        m_record.name.isEmpty() ? (m_record.accountLabel.isEmpty() ? integrationName : m_record.accountLabel) : m_record.name);
    QString account
        = m_record.accountLabel.isEmpty() ? tr("Account not known") : tr("Signed in as %1").arg(m_record.accountLabel);
    if (!m_record.accountSubject.isEmpty() && m_record.accountSubject != m_record.accountLabel)
        account += tr(" (subject %1)").arg(m_record.accountSubject);
    m_ui->accountLabel->setText(tr("%1 · %2").arg(account, integrationName));
    StatusStyle::apply(m_ui->statusLabel, m_record.status);
    m_ui->statusDetailLabel->setText(
        m_record.statusDetail.isEmpty() ? StatusStyle::description(m_record.status) : m_record.statusDetail);
    updateStatusPanel();
    // The panel above the tabs shows the detail of a status that needs attention; the row says it otherwise.
    m_ui->detailsForm->setRowVisible(m_ui->statusDetailLabel, !m_ui->statusPanel->isVisibleTo(this));
    const std::optional<AuthMode> mode = Integration::authModeFromString(m_record.authMode);
    m_ui->modeLabel->setText(mode ? Names::authMode(*mode) : m_record.authMode);
    showDerivedFrom();
    m_ui->createdLabel->setText(
        m_record.createdAt.isValid() ? QLocale().toString(m_record.createdAt.toLocalTime(), QLocale::LongFormat) : tr("Unknown"));
    m_ui->fingerprintLabel->setText(m_record.tokenFingerprint.isEmpty() ? tr("None") : m_record.tokenFingerprint);
    m_ui->idLabel->setText(m_record.id);
    // A revoked connection has no credential left: only Reconnect makes sense.
    const bool live = m_record.status != ConnectionStatus::Revoked;
    const bool refreshable = live && ConnectionCapabilities::of(m_record).renewable;
    // A refresh this page started and still waits for: Stop instead of a second Refresh.
    const bool waiting = findChild<QObject *>(refreshWaitName(m_id), Qt::FindDirectChildrenOnly) != nullptr;
    m_ui->refreshButton->setEnabled(refreshable && !waiting);
    m_ui->stopRefreshButton->setVisible(waiting);
    m_ui->copyTokenButton->setEnabled(live);
    m_ui->consoleButton->setEnabled(live);
    m_ui->disconnectButton->setEnabled(live);
    // Disconnect and Remove take the same place: a revoked connection can only be reconnected or forgotten.
    m_ui->disconnectButton->setVisible(live);
    m_ui->removeButton->setVisible(!live);
    m_ui->refreshButton->setToolTip(refreshable ? tr("Get a new access token now (F5)")
            : !live                             ? tr("This connection was revoked; reconnect to use it again.")
                                                : tr("This kind of credential does not expire or refresh."));
    fillScopes();
    updateCountdown();
    // Issue 23: when the refresh token lapses or the grant ends (or "unknown"), the last renewal, and the warning to
    // reconnect before a grant's documented end.
    const ConnectionExpiry expiry = ConnectionExpiry::of(m_record, QDateTime::currentDateTimeUtc());
    const QString refreshText = m_record.status == ConnectionStatus::Revoked ? QString() : expiry.refreshText(integrationName);
    m_ui->refreshCaption->setVisible(!refreshText.isEmpty());
    m_ui->refreshLabel->setVisible(!refreshText.isEmpty());
    m_ui->refreshLabel->setText(refreshText);
    if (m_record.expiresAt.isValid())
        m_countdown->start();
    else
        m_countdown->stop();
}

// RFC 8693 (issue 20): a connection saved from an exchanged token names the one whose token was exchanged, as a link.
void ConnectionPage::showDerivedFrom()
{
    const QString parentId = ConnectionSettings::fromJson(m_record.settings).derivedFrom;
    m_ui->detailsForm->setRowVisible(m_ui->derivedLabel, !parentId.isEmpty());
    // It has no sign-in of its own to redo: a new token comes from exchanging the parent's again.
    m_ui->reconnectButton->setEnabled(parentId.isEmpty());
    m_ui->reconnectButton->setToolTip(parentId.isEmpty()
            ? tr("Sign in again (Ctrl+R)")
            : tr("This connection holds an exchanged token: exchange again from the connection it was derived from."));
    if (parentId.isEmpty())
        return m_ui->derivedLabel->clear();
    m_ui->modeLabel->setText(tr("An exchanged token, sent as a bearer token"));
    const std::optional<ConnectionRecord> parent = m_service.connection(parentId);
    if (!parent)
        return m_ui->derivedLabel->setText(
            tr("a connection that no longer exists (%1), by token exchange").arg(parentId.left(8).toHtmlEscaped()));
    QUrl link;
    link.setScheme(QStringLiteral("keyway-connection"));
    link.setPath(parentId);
    m_ui->derivedLabel->setText(tr("<a href=\"%1\">%2</a>, by token exchange (RFC 8693); never renewed: exchange again once it "
                                   "expires")
                                    .arg(link.toString().toHtmlEscaped(), parent->name.toHtmlEscaped()));
}

QString ConnectionPage::countdownText(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return tr("No expiry known");
    const qint64 secs = now.secsTo(expiresAt);
    const qint64 a = std::abs(secs);
    QString span;
    if (a >= 86400)
        span = tr("%1 d %2 h").arg(a / 86400).arg((a % 86400) / 3600);
    else if (a >= 3600)
        span = tr("%1 h %2 min").arg(a / 3600).arg((a % 3600) / 60);
    else if (a >= 60)
        span = tr("%1 min %2 s").arg(a / 60).arg(a % 60);
    else
        span = tr("%1 s").arg(a);
    return secs > 0 ? tr("expires in %1").arg(span) : tr("expired %1 ago").arg(span);
}

void ConnectionPage::updateStatusPanel()
{
    MessagePanel *panel = m_ui->statusPanel;
    panel->setClosable(false);
    const QString detail = m_record.statusDetail;
    switch (m_record.status) {
    case ConnectionStatus::NeedsReauthorization:
        panel->showMessage(MessagePanel::Kind::Warning,
            tr("This connection needs you: the provider no longer accepts its grant (or its tokens are gone). Sign in "
               "again to use it."),
            detail);
        break;
    case ConnectionStatus::Error:
        panel->showMessage(MessagePanel::Kind::Error,
            tr("This connection stopped working for a reason a retry cannot fix. Correct what the detail says, then "
               "reconnect."),
            detail);
        break;
    case ConnectionStatus::Warning:
        panel->showMessage(MessagePanel::Kind::Information,
            tr("The last attempt to reach the provider failed for a reason that usually passes. The tokens are kept "
               "and Keyway tries again; the next success clears this."),
            detail);
        if (ConnectionCapabilities::of(m_record).renewable)
            connect(panel->addAction(tr("Try &again now"), QStringLiteral("retryButton")), &QPushButton::clicked, this,
                &ConnectionPage::refreshNow);
        return;
    case ConnectionStatus::Pending:
    case ConnectionStatus::Connected:
    case ConnectionStatus::Expiring:
    case ConnectionStatus::Revoked:
        panel->clear();
        return;
    }
    QPushButton *reconnect = panel->addAction(tr("Re&connect…"), QStringLiteral("panelReconnectButton"));
    reconnect->setIcon(Icons::get(QStringLiteral("reconnect")));
    connect(reconnect, &QPushButton::clicked, this, [this] { emit reconnectRequested(m_id); });
}

void ConnectionPage::updateCountdown()
{
    const QDateTime expires = m_record.expiresAt;
    if (m_record.status == ConnectionStatus::Revoked) {
        m_ui->expiresLabel->setText(tr("None: the tokens were revoked and deleted from the keychain"));
        return;
    }
    // Issue 16: a connection the provider no longer accepts has no token worth a countdown.
    if (m_record.status == ConnectionStatus::NeedsReauthorization) {
        m_ui->expiresLabel->setText(
            tr("Not usable: the provider no longer accepts this connection. Reconnect to get new tokens."));
        return;
    }
    if (!expires.isValid()) {
        m_ui->expiresLabel->setText(tr("No expiry known (the provider did not say, or the credential does not expire)"));
        return;
    }
    m_ui->expiresLabel->setText(tr("%1 (%2)").arg(countdownText(expires, QDateTime::currentDateTimeUtc()),
        QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat)));
}

void ConnectionPage::fillScopes()
{
    QStringList all = m_record.requestedScopes;
    for (const QString &s : std::as_const(m_record.grantedScopes))
        if (!all.contains(s))
            all << s;
    m_ui->scopesTable->setRowCount(int(all.size()));
    int missing = 0;
    for (int row = 0; row < all.size(); ++row) {
        const QString &scope = all.at(row);
        const bool requested = m_record.requestedScopes.contains(scope);
        const bool granted = m_record.grantedScopes.contains(scope);
        if (requested && !granted)
            ++missing;
        m_ui->scopesTable->setItem(row, 0, new QTableWidgetItem(scope));
        m_ui->scopesTable->setItem(row, 1, new QTableWidgetItem(requested ? tr("✓ yes") : tr("no")));
        m_ui->scopesTable->setItem(row, 2, new QTableWidgetItem(granted ? tr("✓ yes") : tr("✗ not granted")));
    }
    m_ui->scopesGroup->setVisible(!all.isEmpty());
    m_ui->scopesSummaryLabel->setText(missing > 0
            ? tr("⚠ The provider granted fewer scopes than requested (%1 missing).").arg(missing)
            : tr("Every requested scope was granted."));
    const int rows = std::clamp(int(all.size()), 1, 8);
    // Fixed, not Expanding: the group must not claim the page's spare height.
    m_ui->scopesTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->scopesTable->setFixedHeight(m_ui->scopesTable->horizontalHeader()->sizeHint().height()
        + m_ui->scopesTable->verticalHeader()->defaultSectionSize() * rows + 2 * m_ui->scopesTable->frameWidth());
}

QString ConnectionPage::refreshWaitName(const QString &connectionId)
{
    return QStringLiteral("refreshWait:") + connectionId;
}

void ConnectionPage::refreshNow()
{
    if (m_id.isEmpty() || !m_ui->refreshButton->isEnabled())
        return;
    m_ui->refreshButton->setEnabled(false);
    m_ui->stopRefreshButton->show();
    emit message(tr("Refreshing…"));
    // What the renewal says while it runs (a retry after a 503: "Retrying in 2 s (attempt 2 of 3)") reaches the
    // status bar, so a slow refresh does not look stuck.
    auto *progress = new QObject(this);
    progress->setObjectName(refreshWaitName(m_id));
    // Stop: a renewal waiting to retry is cancelled (nothing is in flight then). A request already sent is never
    // abandoned — its answer may carry a rotated refresh token — so the window only stops waiting for it; the
    // answer is still stored when it comes.
    connect(m_ui->stopRefreshButton, &QPushButton::clicked, progress, [this, progress, id = m_id] {
        if (id != m_id) // another connection's refresh, started before the user switched pages
            return;
        if (m_service.cancelRefreshRetry(id))
            return; // the callback below hears "cancelled"
        progress->setObjectName({});
        progress->deleteLater();
        m_ui->stopRefreshButton->hide();
        reload();
        emit message(tr("Stopped waiting. The request already sent finishes in the background and its answer is kept."));
    });
    connect(&m_service, &ConnectionService::eventRecorded, progress, [this, id = m_id](const QString &eventId) {
        if (eventId != id)
            return;
        const QList<ConnectionEvent> events = m_service.events(id);
        if (!events.isEmpty() && events.last().step == QLatin1String("refresh") && events.last().outcome == QLatin1String("info"))
            emit message(tr("Refreshing… %1").arg(events.last().detail));
    });
    const QString id = m_id;
    // Answered while the page waits (progress, its child, is gone when the user stopped waiting).
    m_service.refresh(id, progress, [this, id, progress](const Error &error) {
        delete progress;
        m_ui->stopRefreshButton->hide();
        if (m_id == id)
            reload();
        emit message(error.isNull()                        ? tr("Access token refreshed.")
                : error.code == QLatin1String("cancelled") ? tr("Refresh stopped. %1").arg(error.message)
                                                           : tr("Refresh failed: %1").arg(error.toString()));
    });
}

void ConnectionPage::copyAccessToken()
{
    if (m_id.isEmpty() || !m_ui->copyTokenButton->isEnabled())
        return;
    m_service.accessToken(m_id, false, this, [this](const Result<QByteArray> &token) {
        if (!token || token.value().isEmpty()) {
            emit message(tr("No access token: %1").arg(token ? QString() : token.error().toString()));
            return;
        }
        m_clipboard->copy(token.value());
        emit message(
            tr("Access token copied. The clipboard is cleared in %n second(s).", nullptr, m_clipboard->clearAfter() / 1000));
    });
}

void ConnectionPage::openConsole()
{
    if (m_id.isEmpty())
        return;
    m_ui->tabs->setCurrentWidget(m_console);
    m_console->focusUrl();
}

BundlePreviewDialog *ConnectionPage::exportDiagnostics()
{
    if (m_id.isEmpty())
        return nullptr;
    const QString name = m_record.name.isEmpty() ? m_record.integrationId : m_record.name;
    auto *preview = new BundlePreviewDialog(m_service, m_id, name, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &BundlePreviewDialog::saved, this,
        [this](const QString &path) { emit message(tr("Diagnostic bundle saved to %1").arg(QDir::toNativeSeparators(path))); });
    preview->open();
    return preview;
}

void ConnectionPage::disconnectWithConfirmation()
{
    if (m_id.isEmpty() || m_record.id.isEmpty())
        return;
    if (m_record.status == ConnectionStatus::Revoked)
        return removeWithConfirmation();
    if (!m_ui->disconnectButton->isEnabled())
        return;
    // What this connection itself resolved (discovery included), not what the catalogue entry lists today.
    const std::optional<Integration> in = m_service.catalog().find(m_record.integrationId);
    const bool revokes = ConnectionCapabilities::of(m_record).revocable;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Disconnect %1?").arg(m_ui->titleLabel->text()),
        tr("Disconnect %1?").arg(m_ui->titleLabel->text()), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("disconnectConfirmation"));
    box->setInformativeText(revokes ? tr("Keyway revokes the grant at %1 and deletes the tokens from the keychain.")
                                          .arg(in ? in->name : m_record.integrationId)
                                    : tr("Keyway deletes the credential from the keychain. %1 offers no revocation "
                                         "endpoint; revoke the grant in its settings to be sure.")
                                          .arg(in ? in->name : m_record.integrationId));
    QPushButton *yes = box->addButton(tr("&Disconnect"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDisconnectButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_id;
    const QString integrationId = m_record.integrationId;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, id, integrationId](QAbstractButton *button) {
        Q_UNUSED(box);
        if (button != yes)
            return;
        emit message(tr("Disconnecting…"));
        m_service.disconnect(id, this, [this, id, integrationId](const Error &error) {
            emit message(
                error.isNull() ? tr("Disconnected.") : tr("Removed locally, but revocation failed: %1").arg(error.toString()));
            if (m_id == id && !m_service.connection(id)) {
                m_id.clear();
                m_countdown->stop();
                emit removed(integrationId);
            }
        });
    });
    box->open();
}

void ConnectionPage::removeWithConfirmation()
{
    if (m_id.isEmpty() || m_record.id.isEmpty() || m_record.status != ConnectionStatus::Revoked)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove %1?").arg(m_ui->titleLabel->text()),
        tr("Remove %1?").arg(m_ui->titleLabel->text()), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("The connection was already revoked. Removing it deletes its timeline and request "
                               "history from Keyway; export a diagnostic bundle first if support may need them."));
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_id;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *button) {
        if (button != yes)
            return;
        // Success is announced by connectionRemoved (handled in the constructor), which also leaves the page.
        m_service.remove(id, this, [this](const Error &error) {
            if (!error.isNull())
                emit message(tr("Could not remove the connection: %1").arg(error.toString()));
        });
    });
    box->open();
}

} // namespace keyway
