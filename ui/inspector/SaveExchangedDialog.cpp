#include "inspector/SaveExchangedDialog.h"

#include "ui_SaveExchangedDialog.h"

#include "core/ConnectionService.h"
#include "core/DerivedConnection.h"

#include <QPushButton>

namespace keyway {

SaveExchangedDialog::SaveExchangedDialog(
    ConnectionService &service, const QString &parentId, const TokenExchangeRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SaveExchangedDialog>())
    , m_service(service)
    , m_parentId(parentId)
    , m_request(request)
{
    m_ui->setupUi(this);
    const std::optional<ConnectionRecord> record = service.connection(parentId);
    m_ui->nameEdit->setText(DerivedConnection::suggestedName(record ? record->name : QString(), request));
    // Where the token would go without one given: the resource's or the audience's URL, shown so it can be changed.
    const Result<QString> apiBase = DerivedConnection::apiBase(request, {});
    if (apiBase)
        m_ui->apiBaseEdit->setText(apiBase.value());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save connection"));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SaveExchangedDialog::updateSave);
    connect(m_ui->apiBaseEdit, &QLineEdit::textChanged, this, &SaveExchangedDialog::updateSave);
    updateSave();
    (apiBase ? m_ui->nameEdit : m_ui->apiBaseEdit)->setFocus();
}

SaveExchangedDialog::~SaveExchangedDialog() = default;

QString SaveExchangedDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString SaveExchangedDialog::apiBase() const
{
    return m_ui->apiBaseEdit->text().trimmed();
}

void SaveExchangedDialog::updateSave()
{
    const Error problem = m_service.checkDerived(m_parentId, m_request, name(), apiBase());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isNull());
    m_ui->problemLabel->setText(problem.isNull() ? QString() : tr("⚠ %1").arg(problem.message));
    m_ui->problemLabel->setVisible(!problem.isNull());
}

} // namespace keyway
