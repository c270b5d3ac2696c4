#include "connections/ConnectionsView.h"

#include "ui_ConnectionsView.h"

#include "connection/ActionDelegate.h"
#include "connection/ConnectionListModel.h"
#include "connection/StatusDelegate.h"
#include "connections/ConnectionFilterModel.h"
#include "core/ConnectionCapabilities.h"
#include "core/ConnectionService.h"
#include "widgets/Icons.h"
#include "widgets/StatusStyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QShortcut>
#include <QTimer>

namespace keyway {

ConnectionsView::ConnectionsView(ConnectionService &service, ConnectionListModel &connections, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsView>())
    , m_service(service)
    , m_connections(connections)
    , m_filter(new ConnectionFilterModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->connectionsTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->connectionsTitleLabel->setFont(title);
    m_ui->connectAccountButton->setIcon(Icons::get(QStringLiteral("connect")));
    m_ui->connectionsFilterEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);

    using Filter = ConnectionFilterModel::StatusFilter;
    m_ui->statusFilterCombo->addItem(tr("All"), int(Filter::All));
    m_ui->statusFilterCombo->addItem(tr("Needing attention"), int(Filter::NeedsAttention));
    m_ui->statusFilterCombo->addItem(tr("Needing you (reconnect, error)"), int(Filter::NeedsUser));
    m_ui->statusFilterCombo->addItem(tr("Working"), int(Filter::Working));
    m_ui->statusFilterCombo->addItem(tr("Revoked"), int(Filter::Revoked));

    m_filter->setSourceModel(&connections);
    QTableView *table = m_ui->connectionsTable;
    table->setModel(m_filter);
    table->verticalHeader()->hide();
    // Fixed-height rows and no per-row size computation: thousands of rows stay cheap to show.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    table->setItemDelegateForColumn(ConnectionListModel::StatusColumn, new StatusDelegate(this));
    auto *actions = new ActionDelegate(this);
    table->setItemDelegateForColumn(ConnectionListModel::ActionColumn, actions);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // What matters at a glance comes first, so a narrow window keeps the status and the Reconnect button in view:
    // name, status, action, then account, integration, expiry, last request.
    header->moveSection(header->visualIndex(ConnectionListModel::StatusColumn), 1);
    header->moveSection(header->visualIndex(ConnectionListModel::ActionColumn), 2);
    // Widths from the longest words each column shows (never from thousands of rows).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int ch = fontMetrics().averageCharWidth();
    int status = 0;
    for (ConnectionStatus s : {ConnectionStatus::NeedsReauthorization, ConnectionStatus::Warning, ConnectionStatus::Expiring})
        status = std::max(status, boldMetrics.horizontalAdvance(StatusStyle::text(s)));
    header->resizeSection(ConnectionListModel::NameColumn, ch * 30);
    header->resizeSection(ConnectionListModel::StatusColumn, status + boldMetrics.height() * 2);
    header->resizeSection(ConnectionListModel::ActionColumn,
        fontMetrics().horizontalAdvance(ConnectionListModel::actionText(ConnectionStatus::NeedsReauthorization))
            + fontMetrics().height() * 2 + ch * 2);
    header->resizeSection(ConnectionListModel::AccountColumn, ch * 26);
    header->resizeSection(ConnectionListModel::IntegrationColumn, ch * 18);
    header->resizeSection(ConnectionListModel::ExpiresColumn, ch * 20);
    // "in 52 min" moves on: the visible rows are repainted now and then (nothing is reloaded).
    auto *tick = new QTimer(this);
    tick->setInterval(30000);
    connect(tick, &QTimer::timeout, table->viewport(), qOverload<>(&QWidget::update));
    tick->start();
    // What needs the user first.
    table->sortByColumn(ConnectionListModel::StatusColumn, Qt::DescendingOrder);

    connect(m_ui->connectionsFilterEdit, &QLineEdit::textChanged, m_filter, &ConnectionFilterModel::setSearchText);
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setStatusFilter(Filter(m_ui->statusFilterCombo->currentData().toInt())); });
    connect(m_ui->connectAccountButton, &QPushButton::clicked, this, &ConnectionsView::connectRequested);
    connect(actions, &ActionDelegate::triggered, this,
        [this](const QModelIndex &index) { emit reconnectRequested(index.data(ConnectionListModel::IdRole).toString()); });
    connect(table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != ConnectionListModel::ActionColumn)
            emit openRequested(index.data(ConnectionListModel::IdRole).toString());
    });
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid())
            return;
        table->setCurrentIndex(index);
        QMenu *menu = menuFor(index.data(ConnectionListModel::IdRole).toString());
        menu->popup(table->viewport()->mapToGlobal(pos));
    });
    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), table, this, &ConnectionsView::openCurrent, Qt::WidgetShortcut);
    Q_UNUSED(open);
    // A filter keystroke can remove rows in many ranges: one summary after them all.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ConnectionsView::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ConnectionsView::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConnectionsView::scheduleSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ConnectionsView::scheduleSummary);
    connect(&connections, &ConnectionListModel::summaryChanged, this, &ConnectionsView::scheduleSummary);
    m_ui->connectionsFilterEdit->installEventFilter(this);
    setTabOrder(m_ui->connectAccountButton, m_ui->connectionsFilterEdit);
    setTabOrder(m_ui->connectionsFilterEdit, m_ui->statusFilterCombo);
    setTabOrder(m_ui->statusFilterCombo, m_ui->connectionsTable);
    updateSummary();
}

ConnectionsView::~ConnectionsView() = default;

QTableView *ConnectionsView::table() const
{
    return m_ui->connectionsTable;
}

void ConnectionsView::focusFilter()
{
    m_ui->connectionsFilterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->connectionsFilterEdit->selectAll();
}

QString ConnectionsView::currentConnectionId() const
{
    const QModelIndex current = m_ui->connectionsTable->currentIndex();
    return current.isValid() ? current.data(ConnectionListModel::IdRole).toString() : QString();
}

void ConnectionsView::openCurrent()
{
    const QString id = currentConnectionId();
    if (!id.isEmpty())
        emit openRequested(id);
}

bool ConnectionsView::eventFilter(QObject *watched, QEvent *event)
{
    // Down arrow from the filter field moves into the list (keyboard-only use).
    if (watched == m_ui->connectionsFilterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_filter->rowCount() > 0) {
            if (!m_ui->connectionsTable->currentIndex().isValid() || key->key() != Qt::Key_Down)
                m_ui->connectionsTable->setCurrentIndex(m_filter->index(0, ConnectionListModel::NameColumn));
            m_ui->connectionsTable->setFocus(Qt::TabFocusReason);
            if (key->key() != Qt::Key_Down)
                openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QMenu *ConnectionsView::menuFor(const QString &connectionId)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("connectionMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The menu needs the connection's details (its settings say what it can do): read now, for this one.
    const std::optional<ConnectionRecord> record = m_service.connection(connectionId);
    if (!record)
        return menu;
    const QString id = record->id;
    const QString name = record->name.isEmpty() ? record->accountLabel : record->name;
    const ConnectionCapabilities can = ConnectionCapabilities::of(*record);
    const bool live = record->status != ConnectionStatus::Revoked;
    menu->addAction(Icons::get(QStringLiteral("open-external")), tr("&Open"), this, [this, id] { emit openRequested(id); });
    menu->addAction(
        Icons::get(QStringLiteral("reconnect")), tr("Re&connect…"), this, [this, id] { emit reconnectRequested(id); });
    QAction *refresh = menu->addAction(Icons::get(QStringLiteral("refresh")), tr("&Refresh now"), this, [this, id, name] {
        emit message(tr("Refreshing %1…").arg(name));
        m_service.refresh(id, this, [this, name](const Error &error) {
            emit message(error.isNull() ? tr("%1: access token refreshed.").arg(name)
                                        : tr("%1: refresh failed: %2").arg(name, error.toString()));
        });
    });
    refresh->setEnabled(live && can.renewable);
    const bool isDefault = m_connections.indexOf(id).data(ConnectionListModel::DefaultRole).toBool();
    QAction *makeDefault = menu->addAction(tr("Make &default"), this, [this, id, name] {
        const Error error = m_service.setDefaultConnection(id);
        emit message(error.isNull() ? tr("%1 is now the default for its integration.").arg(name) : error.toString());
    });
    makeDefault->setObjectName(QStringLiteral("makeDefaultAction"));
    makeDefault->setToolTip(tr("keyway token, exec and git use this connection when none is named"));
    makeDefault->setEnabled(live && !isDefault);
    menu->addSeparator();
    menu->addAction(Icons::get(QStringLiteral("copy")), tr("Copy &name"), this, [this, name] {
        QGuiApplication::clipboard()->setText(name);
        emit message(tr("Copied \"%1\".").arg(name));
    });
    menu->addAction(Icons::get(QStringLiteral("copy")), tr("Copy connection &id"), this, [this, id] {
        QGuiApplication::clipboard()->setText(id);
        emit message(tr("Copied the connection id."));
    });
    menu->addSeparator();
    menu->addAction(Icons::get(live ? QStringLiteral("disconnect") : QStringLiteral("remove-row")),
        live ? tr("&Disconnect…") : tr("Re&move…"), this, [this, id] { emit disconnectRequested(id); });
    return menu;
}

void ConnectionsView::scheduleSummary()
{
    if (m_summaryPending)
        return;
    m_summaryPending = true;
    QMetaObject::invokeMethod(this, &ConnectionsView::updateSummary, Qt::QueuedConnection);
}

void ConnectionsView::updateSummary()
{
    m_summaryPending = false;
    const ConnectionListModel::Summary all = m_connections.summary().value(QString());
    QStringList parts;
    parts << tr("%n connection(s)", nullptr, all.count);
    if (all.needingUser > 0)
        parts << tr("%n need(s) you (press Reconnect)", nullptr, all.needingUser);
    if (all.troubled > 0)
        parts << tr("%n with a temporary problem or expiring", nullptr, all.troubled);
    const int shown = m_filter->rowCount();
    if (shown != all.count)
        parts << tr("%1 shown").arg(shown);
    m_ui->connectionsSummaryLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->noMatchLabel->setVisible(shown == 0);
}

} // namespace keyway
