#include "help/ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QHeaderView>

namespace keyway {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("shortcutsDialog"));
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        rows.append({QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)),
            action->shortcut().toString(QKeySequence::NativeText)});
    }
    // Keys that act inside a list or a field rather than through an action.
    const QList<QPair<QString, QString>> keys = {
        {tr("Move from a search or filter field into its list"), tr("Down")},
        {tr("Open the integration or connection selected in a list"), tr("Enter")},
        {tr("Open a list's context menu"), tr("Menu key or Shift+F10")},
        {tr("Copy the selected timeline event"), QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)},
        {tr("Send the request in the console"), tr("Ctrl+Enter")},
        {tr("Cancel a sign-in or a request under way"), tr("Esc")},
        {tr("Move between fields and buttons"), tr("Tab, Shift+Tab")},
    };
    rows += keys;
    m_ui->table->setColumnCount(2);
    m_ui->table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_ui->table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_ui->table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_ui->table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 30);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QStringList ShortcutsDialog::rows() const
{
    QStringList list;
    for (int row = 0; row < m_ui->table->rowCount(); ++row)
        list << QStringLiteral("%1 — %2").arg(m_ui->table->item(row, 0)->text(), m_ui->table->item(row, 1)->text());
    return list;
}

} // namespace keyway
