#include "inspector/TokenExchangeDialog.h"

#include "ui_TokenExchangeDialog.h"

#include <QPushButton>

namespace keyway {

TokenExchangeDialog::TokenExchangeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TokenExchangeDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->audienceEdit, &QLineEdit::textChanged, this, &TokenExchangeDialog::updateOk);
    connect(m_ui->resourceEdit, &QLineEdit::textChanged, this, &TokenExchangeDialog::updateOk);
    updateOk();
}

TokenExchangeDialog::~TokenExchangeDialog() = default;

void TokenExchangeDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(request().hasTarget());
}

TokenExchangeRequest TokenExchangeDialog::request() const
{
    TokenExchangeRequest r;
    r.audience = m_ui->audienceEdit->text().trimmed();
    const QString resource = m_ui->resourceEdit->text().trimmed();
    if (!resource.isEmpty())
        r.resources << resource;
    r.scopes = m_ui->scopeEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.requestedTokenType = m_ui->tokenTypeEdit->text().trimmed();
    return r;
}

} // namespace keyway
