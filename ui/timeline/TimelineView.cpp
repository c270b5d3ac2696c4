#include "timeline/TimelineView.h"

#include "ui_TimelineView.h"

#include "common/Icons.h"
#include "timeline/TimelineModel.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace keyway {

TimelineView::TimelineView(ConnectionService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TimelineView>())
    , m_model(new TimelineModel(service, this))
{
    m_ui->setupUi(this);
    m_ui->exportButton->setIcon(Icons::get(QStringLiteral("export")));
    m_ui->eventsView->setModel(m_model);
    m_ui->eventsView->verticalHeader()->hide();
    QHeaderView *header = m_ui->eventsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::DetailColumn, QHeaderView::Stretch);
    m_ui->detailEdit->setMaximumHeight(fontMetrics().height() * 5);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &TimelineView::exportRequested);
    connect(
        m_ui->eventsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            m_ui->detailEdit->setPlainText(
                current.isValid() ? m_model->index(current.row(), TimelineModel::DetailColumn).data().toString() : QString());
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updateSummary);
}

TimelineView::~TimelineView() = default;

void TimelineView::setConnection(const QString &connectionId)
{
    m_model->setConnection(connectionId);
}

void TimelineView::updateSummary()
{
    const int n = m_model->rowCount();
    m_ui->summaryLabel->setText(n == 0 ? tr("No events recorded yet.")
                                       : (n == 1 ? tr("1 event.") : tr("%1 events, newest first.").arg(n)) + QLatin1Char(' ')
                + tr("Details are redacted before they are stored."));
    m_ui->detailEdit->clear();
}

QString TimelineView::writeBundle(const QJsonDocument &bundle, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(bundle.toJson(QJsonDocument::Indented));
    if (!file.commit())
        return file.errorString();
    return {};
}

void TimelineView::saveBundle(const QJsonDocument &bundle, const QString &suggestedName)
{
    QString base = suggestedName;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("keyway-diagnostics-%1-%2.json").arg(base, QDate::currentDate().toString(Qt::ISODate)));
    auto *dialog = new QFileDialog(this, tr("Save diagnostic bundle"), suggested, tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("saveBundleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, bundle](const QString &path) {
        const QString error = writeBundle(bundle, path);
        if (!error.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved"),
                tr("The bundle could not be saved to %1: %2").arg(path, error), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        emit saved(path);
    });
    dialog->open();
}

} // namespace keyway
