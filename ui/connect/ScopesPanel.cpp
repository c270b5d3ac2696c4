#include "connect/ScopesPanel.h"

#include "ui_ScopesPanel.h"

#include "catalog/Catalog.h"
#include "core/ConnectionPlanner.h"
#include "core/ConnectionService.h"
#include "widgets/CheckStyle.h"
#include "widgets/StatusStyle.h"

#include <QRegularExpression>

namespace keyway {

ScopesPanel::ScopesPanel(ConnectionService &service, const Integration &integration, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ScopesPanel>())
    , m_service(service)
    , m_integration(integration)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scopesGroup"));
    CheckStyle::apply(m_ui->scopeList);
    QPalette warn = m_ui->scopeWarningsLabel->palette();
    warn.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));
    m_ui->scopeWarningsLabel->setPalette(warn);
    connect(m_ui->scopeList, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_chosen = true;
        update();
    });
    connect(m_ui->extraScopesEdit, &QLineEdit::textEdited, this, [this] { m_chosen = true; });
    connect(m_ui->extraScopesEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            update();
    });
    fill(ConnectionPlanner::defaultScopes(m_integration, m_mode));
}

ScopesPanel::~ScopesPanel() = default;

QList<QWidget *> ScopesPanel::focusOrder() const
{
    return {m_ui->scopeList, m_ui->extraScopesEdit};
}

void ScopesPanel::setMode(AuthMode mode)
{
    m_mode = mode;
    if (!m_chosen)
        fill(ConnectionPlanner::defaultScopes(m_integration, mode));
    else
        update();
}

void ScopesPanel::setScopes(const QStringList &providerScopes)
{
    m_chosen = true;
    fill(providerScopes);
}

void ScopesPanel::addScopes(const QStringList &providerScopes)
{
    QStringList scopes = requested();
    for (const QString &scope : providerScopes)
        if (!scopes.contains(scope))
            scopes << scope;
    setScopes(scopes);
}

void ScopesPanel::fill(const QStringList &providerScopes)
{
    // The core says which permission stands for which scopes, and which of them `providerScopes` covers.
    const ScopeForm form = ConnectionPlanner::scopeForm(m_integration, m_service.catalog().vocabulary(), providerScopes);
    m_filling = true;
    m_ui->scopeList->clear();
    for (const ScopeForm::Option &option : form.options) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(option.description, option.id), m_ui->scopeList);
        item->setData(Qt::UserRole, option.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(option.checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Requests: %1").arg(option.providerScopes.join(QLatin1Char(' '))));
    }
    m_ui->extraScopesEdit->setText(form.extra.join(QLatin1Char(' ')));
    m_filling = false;
    m_ui->scopeList->setVisible(!form.options.isEmpty());
    const int rows = std::clamp(int(form.options.size()), 1, 6);
    m_ui->scopeList->setMaximumHeight(m_ui->scopeList->sizeHintForRow(0) * rows + 2 * m_ui->scopeList->frameWidth() + 2);
    update();
}

QStringList ScopesPanel::chosen() const
{
    QStringList scopes;
    for (int i = 0; i < m_ui->scopeList->count(); ++i) {
        const QListWidgetItem *item = m_ui->scopeList->item(i);
        if (item->checkState() == Qt::Checked)
            scopes << item->data(Qt::UserRole).toString();
    }
    scopes << m_ui->extraScopesEdit->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    return scopes;
}

QStringList ScopesPanel::requested() const
{
    return ConnectionPlanner::requestedScopes(m_integration, m_mode, m_service.catalog().vocabulary(), chosen()).providerScopes;
}

void ScopesPanel::update()
{
    const QStringList names = chosen();
    const ScopeResolution resolution
        = ConnectionPlanner::requestedScopes(m_integration, m_mode, m_service.catalog().vocabulary(), names);
    const QString list = resolution.providerScopes.join(QLatin1Char(' '));
    if (names.isEmpty())
        m_ui->resolvedScopesLabel->setText(resolution.providerScopes.isEmpty()
                ? tr("Will request no scope: the provider's default applies.")
                : tr("Nothing chosen, so the integration's defaults will be requested: %1").arg(list));
    else
        m_ui->resolvedScopesLabel->setText(
            resolution.providerScopes.isEmpty() ? tr("Will request no scope.") : tr("Will request exactly: %1").arg(list));
    QStringList warnings;
    const ScopeVocabulary &vocabulary = m_service.catalog().vocabulary();
    for (const QString &id : resolution.unsupported)
        warnings << tr("⚠ %1 (%2) is not offered by %3 and will not be requested.")
                        .arg(id, vocabulary.description(id), m_integration.name);
    m_ui->scopeWarningsLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->scopeWarningsLabel->setVisible(!warnings.isEmpty());
    emit changed();
}

} // namespace keyway
