#include "settings/SettingsDialog.h"

#include "ui_SettingsDialog.h"
#include "widgets/MessagePanel.h"

#include "core/KeeperTimer.h"
#include "core/Translations.h"
#include "widgets/Icons.h"

#include <QCoreApplication>

#include <QFileDialog>
#include <QLayout>
#include <QPushButton>

namespace keyway {

SettingsDialog::SettingsDialog(ConnectionService &service, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_service(service)
    , m_keeperTimer(new KeeperTimer(this))
{
    m_ui->setupUi(this);
    m_ui->errorPanel->clear();
    m_ui->addCaButton->setIcon(Icons::get(QStringLiteral("add-row")));
    m_ui->removeCaButton->setIcon(Icons::get(QStringLiteral("remove-row")));
    fillLanguages();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->proxyManualRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->caList, &QListWidget::currentRowChanged, this, &SettingsDialog::updateEnabled);
    connect(m_ui->addCaButton, &QPushButton::clicked, this, &SettingsDialog::addCaFile);
    connect(m_ui->removeCaButton, &QPushButton::clicked, this, [this] {
        delete m_ui->caList->takeItem(m_ui->caList->currentRow());
        updateEnabled();
    });
    setSettings(UiSettings::load());
    m_ui->keeperTimerCheck->setChecked(KeeperTimer::isInstalled());
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    // Never narrower than its controls need, whatever the language (issue 24: the keeper's check box in German).
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
}

SettingsDialog::~SettingsDialog() = default;

UiSettings SettingsDialog::settings() const
{
    UiSettings s;
    s.browserCommand = m_ui->browserEdit->text().trimmed();
    s.refreshLeadSeconds = m_ui->leadSpin->value();
    s.proxyMode = m_ui->proxyManualRadio->isChecked() ? UiSettings::ProxyMode::Manual
        : m_ui->proxyNoneRadio->isChecked()           ? UiSettings::ProxyMode::None
                                                      : UiSettings::ProxyMode::System;
    s.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    s.proxyPort = m_ui->proxyPortSpin->value();
    for (int i = 0; i < m_ui->caList->count(); ++i)
        s.caFiles << m_ui->caList->item(i)->text();
    s.language = m_ui->languageCombo->currentData().toString();
    return s;
}

void SettingsDialog::setSettings(const UiSettings &s)
{
    m_ui->browserEdit->setText(s.browserCommand);
    m_ui->leadSpin->setValue(s.refreshLeadSeconds);
    m_ui->proxySystemRadio->setChecked(s.proxyMode == UiSettings::ProxyMode::System);
    m_ui->proxyNoneRadio->setChecked(s.proxyMode == UiSettings::ProxyMode::None);
    m_ui->proxyManualRadio->setChecked(s.proxyMode == UiSettings::ProxyMode::Manual);
    m_ui->proxyHostEdit->setText(s.proxyHost);
    m_ui->proxyPortSpin->setValue(s.proxyPort);
    m_ui->caList->clear();
    m_ui->caList->addItems(s.caFiles);
    const int language = m_ui->languageCombo->findData(s.language);
    m_ui->languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    updateEnabled();
}

void SettingsDialog::fillLanguages()
{
    // Each language by its own name, so that someone who cannot read the current one still finds theirs.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &language : Translations::shipped())
        m_ui->languageCombo->addItem(Translations::nativeName(language), language);
}

void SettingsDialog::updateEnabled()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    m_ui->proxyHostEdit->setEnabled(manual);
    m_ui->proxyPortSpin->setEnabled(manual);
    m_ui->removeCaButton->setEnabled(m_ui->caList->currentRow() >= 0);
}

void SettingsDialog::addCaFile()
{
    auto *dialog
        = new QFileDialog(this, tr("Add CA certificate"), QString(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &file : files) {
            if (m_ui->caList->findItems(file, Qt::MatchExactly).isEmpty())
                m_ui->caList->addItem(file);
        }
        updateEnabled();
    });
    dialog->open();
}

void SettingsDialog::accept()
{
    const UiSettings s = settings();
    if (s.proxyMode == UiSettings::ProxyMode::Manual && s.proxyHost.isEmpty()) {
        m_ui->errorPanel->showMessage(
            MessagePanel::Kind::Error, tr("Enter the proxy's host name, or choose another proxy setting."));
        m_ui->proxyHostEdit->setFocus();
        return;
    }
    const QStringList unreadable = s.apply(m_service);
    s.save();
    if (!unreadable.isEmpty()) {
        m_ui->errorPanel->showMessage(MessagePanel::Kind::Warning,
            tr("These files hold no readable PEM certificate and were skipped: %1").arg(unreadable.join(QStringLiteral(", "))));
        return;
    }
    applyKeeperTimer([this] { QDialog::accept(); });
}

void SettingsDialog::applyKeeperTimer(const std::function<void()> &then)
{
    const bool wanted = m_ui->keeperTimerCheck->isChecked();
    if (wanted == KeeperTimer::isInstalled())
        return then();
    m_ui->buttonBox->setEnabled(false);
    const auto done = [this, wanted, then](const KeeperTimer::Outcome &outcome) {
        m_ui->buttonBox->setEnabled(true);
        if (!outcome.error.isNull()) {
            m_ui->errorPanel->showError(outcome.error);
            m_ui->keeperTimerCheck->setChecked(KeeperTimer::isInstalled());
            return;
        }
        // The files are in place but systemd's user manager did not take them: say what to run, stay open.
        if (wanted && !outcome.managerTold) {
            m_ui->errorPanel->showMessage(MessagePanel::Kind::Warning, outcome.managerNote);
            return;
        }
        then();
    };
    if (wanted)
        m_keeperTimer->install(QCoreApplication::applicationFilePath(), done);
    else
        m_keeperTimer->uninstall(done);
}

} // namespace keyway
