#include "timeline/TimelineView.h"

#include "ui_TimelineView.h"

#include "core/EventText.h"
#include "timeline/TimelineFilterModel.h"
#include "timeline/TimelineModel.h"
#include "widgets/Icons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>

namespace keyway {

TimelineView::TimelineView(ConnectionService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TimelineView>())
    , m_model(new TimelineModel(service, this))
    , m_filter(new TimelineFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->exportButton->setIcon(Icons::get(QStringLiteral("export")));
    m_ui->copyRowButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->copyAllButton->setIcon(Icons::get(QStringLiteral("copy")));
    m_ui->timelineSearchEdit->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_ui->kindCombo->addItem(tr("Every kind"), -1);
    for (EventText::Kind kind : {EventText::Kind::SignIn, EventText::Kind::Account, EventText::Kind::Renewal,
             EventText::Kind::Request, EventText::Kind::Check, EventText::Kind::Revocation, EventText::Kind::Other})
        m_ui->kindCombo->addItem(EventText::kindName(kind), int(kind));
    m_ui->outcomeCombo->addItem(tr("Every outcome"), int(TimelineFilterModel::Outcome::All));
    m_ui->outcomeCombo->addItem(tr("Failures only"), int(TimelineFilterModel::Outcome::Failures));
    m_ui->outcomeCombo->addItem(tr("Successes only"), int(TimelineFilterModel::Outcome::Successes));

    m_filter->setSourceModel(m_model);
    m_ui->eventsView->setModel(m_filter);
    m_ui->eventsView->verticalHeader()->hide();
    QHeaderView *header = m_ui->eventsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::DetailColumn, QHeaderView::Stretch);
    m_ui->detailEdit->setMaximumHeight(fontMetrics().height() * 5);

    connect(m_ui->exportButton, &QPushButton::clicked, this, &TimelineView::exportRequested);
    connect(m_ui->copyRowButton, &QPushButton::clicked, this, &TimelineView::copySelectedRow);
    connect(m_ui->copyAllButton, &QPushButton::clicked, this, &TimelineView::copyAll);
    connect(m_ui->timelineSearchEdit, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setSearchText);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setKind(m_ui->kindCombo->currentData().toInt()); });
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setOutcome(TimelineFilterModel::Outcome(m_ui->outcomeCombo->currentData().toInt())); });
    connect(
        m_ui->eventsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            m_ui->detailEdit->setPlainText(
                current.isValid() ? m_filter->index(current.row(), TimelineModel::DetailColumn).data().toString() : QString());
            m_ui->copyRowButton->setEnabled(current.isValid());
        });
    connect(m_ui->eventsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_ui->eventsView->indexAt(pos);
        if (index.isValid())
            m_ui->eventsView->setCurrentIndex(index);
        contextMenu()->popup(m_ui->eventsView->viewport()->mapToGlobal(pos));
    });
    new QShortcut(QKeySequence::Copy, m_ui->eventsView, this, &TimelineView::copySelectedRow, Qt::WidgetShortcut);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::updateSummary);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::updateSummary);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::updateSummary);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::updateSummary);
    }
    setTabOrder(m_ui->exportButton, m_ui->timelineSearchEdit);
    setTabOrder(m_ui->timelineSearchEdit, m_ui->kindCombo);
    setTabOrder(m_ui->kindCombo, m_ui->outcomeCombo);
    setTabOrder(m_ui->outcomeCombo, m_ui->copyRowButton);
    setTabOrder(m_ui->copyRowButton, m_ui->copyAllButton);
    setTabOrder(m_ui->copyAllButton, m_ui->eventsView);
    setTabOrder(m_ui->eventsView, m_ui->detailEdit);
    updateSummary();
}

TimelineView::~TimelineView() = default;

void TimelineView::setConnection(const QString &connectionId)
{
    m_model->setConnection(connectionId);
}

void TimelineView::updateSummary()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text;
    if (all == 0)
        text = tr("No events recorded yet.");
    else if (shown == all)
        text = (all == 1 ? tr("1 event.") : tr("%1 events, newest first.").arg(all));
    else
        text = tr("%1 of %2 events shown, newest first.").arg(shown).arg(all);
    if (all > 0)
        text += QLatin1Char(' ')
            + tr("Times are local, with milliseconds and the offset from UTC; details are redacted before they are stored.");
    m_ui->timelineSummaryLabel->setText(text);
    m_ui->copyAllButton->setEnabled(shown > 0);
    m_ui->copyRowButton->setEnabled(m_ui->eventsView->currentIndex().isValid());
    if (!m_ui->eventsView->currentIndex().isValid())
        m_ui->detailEdit->clear();
}

QString TimelineView::selectedRowText() const
{
    const QModelIndex current = m_ui->eventsView->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->rowText(m_filter->mapToSource(current).row());
}

QString TimelineView::shownText() const
{
    QStringList lines {m_model->headerText()};
    for (int row = 0; row < m_filter->rowCount(); ++row)
        lines << m_model->rowText(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TimelineView::copySelectedRow()
{
    const QString text = selectedRowText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit message(tr("Event copied."));
}

void TimelineView::copyAll()
{
    if (m_filter->rowCount() == 0)
        return;
    QGuiApplication::clipboard()->setText(shownText());
    emit message(m_filter->rowCount() == 1 ? tr("1 event copied.") : tr("%1 events copied.").arg(m_filter->rowCount()));
}

QMenu *TimelineView::contextMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("timelineMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_ui->eventsView->currentIndex();
    QAction *row = menu->addAction(Icons::get(QStringLiteral("copy")), tr("Copy &row"), this, &TimelineView::copySelectedRow);
    row->setShortcut(QKeySequence::Copy);
    row->setEnabled(current.isValid());
    QAction *detail = menu->addAction(Icons::get(QStringLiteral("copy")), tr("Copy &detail"), this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->detailEdit->toPlainText());
        emit message(tr("Detail copied."));
    });
    detail->setEnabled(current.isValid() && !m_ui->detailEdit->toPlainText().isEmpty());
    menu->addAction(Icons::get(QStringLiteral("copy")), tr("Copy &all shown"), this, &TimelineView::copyAll)
        ->setEnabled(m_filter->rowCount() > 0);
    menu->addSeparator();
    if (current.isValid()) {
        const int kind = m_filter->index(current.row(), 0).data(TimelineModel::KindRole).toInt();
        menu->addAction(tr("Show only \"%1\" events").arg(EventText::kindName(EventText::Kind(kind))), this,
            [this, kind] { m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(kind)); });
    }
    menu->addAction(tr("Show only &failures"), this, [this] {
        m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(int(TimelineFilterModel::Outcome::Failures)));
    });
    menu->addAction(tr("Show &everything"), this, [this] {
        m_ui->kindCombo->setCurrentIndex(0);
        m_ui->outcomeCombo->setCurrentIndex(0);
        m_ui->timelineSearchEdit->clear();
    });
    menu->addSeparator();
    menu->addAction(Icons::get(QStringLiteral("export")), tr("&Export diagnostic bundle…"), this, &TimelineView::exportRequested);
    return menu;
}

} // namespace keyway
