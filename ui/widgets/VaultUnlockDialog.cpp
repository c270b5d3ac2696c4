#include "widgets/VaultUnlockDialog.h"

#include "ui_VaultUnlockDialog.h"

#include "common/Error.h"
#include "store/VaultSecretStore.h"
#include "widgets/BackgroundTask.h"
#include "widgets/StatusStyle.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>

namespace keyway {

VaultUnlockDialog::VaultUnlockDialog(VaultSecretStore &vault, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VaultUnlockDialog>())
    , m_vault(vault)
    , m_creating(!vault.exists())
{
    m_ui->setupUi(this);
    setWindowTitle(m_creating ? tr("Create the secret vault") : tr("Unlock the secret vault"));
    m_ui->textLabel->setText(m_creating
            ? tr("Keyway keeps tokens and client secrets in an encrypted vault on this computer. Choose a passphrase "
                 "for it; without the passphrase nobody (not even Keyway) can read them, so keep it safe.")
            : tr("Keyway's tokens and client secrets are in an encrypted vault (%1). Enter its passphrase to use "
                 "your connections.")
                  .arg(vault.path()));
    // The passphrase is typed twice only when the vault is made.
    if (m_creating)
        m_confirm = m_ui->confirmEdit;
    else
        m_ui->passphraseForm->removeRow(m_ui->confirmEdit);
    QPalette warn = m_ui->errorLabel->palette();
    warn.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));
    m_ui->errorLabel->setPalette(warn);
    m_ui->errorLabel->hide();

    QPushButton *unlock
        = m_ui->buttons->addButton(m_creating ? tr("&Create vault") : tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    QPushButton *later = m_ui->buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    later->setToolTip(tr("Leave the vault locked; File ▸ Unlock vault… asks again"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &VaultUnlockDialog::tryUnlock);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(fontMetrics().averageCharWidth() * 64, height());
    growToFit();
    m_ui->passphraseEdit->setFocus();
}

VaultUnlockDialog::~VaultUnlockDialog()
{
    if (m_busy) // destroyed with its window while checking: the answer is dropped, the cursor comes back
        QGuiApplication::restoreOverrideCursor();
    clearTyped();
}

QString VaultUnlockDialog::errorText() const
{
    return !m_busy && m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void VaultUnlockDialog::tryUnlock()
{
    const auto fail = [this](const QString &text) {
        m_ui->errorLabel->setText(tr("⚠ %1").arg(text));
        m_ui->errorLabel->show();
        m_ui->passphraseEdit->setAccessibleDescription(text);
        m_ui->passphraseEdit->selectAll();
        m_ui->passphraseEdit->setFocus();
        growToFit();
    };
    if (m_ui->passphraseEdit->text().isEmpty())
        return fail(tr("Enter the passphrase."));
    if (m_creating && m_confirm->text() != m_ui->passphraseEdit->text())
        return fail(tr("The two passphrases differ. Type the same one twice."));
    // scrypt takes a moment on purpose (it is what makes guessing slow): it runs on another thread while the
    // dialog says so, and only its result comes back to the store, which lives on this thread.
    setBusy(true);
    BackgroundTask::run<Result<EncryptedVault>>(
        this,
        [path = m_vault.path(), passphrase = m_ui->passphraseEdit->text().toUtf8()]() mutable {
            Result<EncryptedVault> vault = VaultSecretStore::openOrCreate(path, passphrase);
            passphrase.fill('\0');
            return vault;
        },
        [this, fail](Result<EncryptedVault> vault) {
            setBusy(false);
            if (!vault) {
                // The vault's own message says whether the passphrase was wrong or the file could not be read.
                return fail(vault.error().message.isEmpty() ? tr("The vault could not be unlocked.") : vault.error().message);
            }
            m_vault.adopt(vault.value());
            clearTyped();
            emit unlocked();
            accept();
        });
}

void VaultUnlockDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void VaultUnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->passphraseEdit->setEnabled(!busy);
    if (m_confirm)
        m_confirm->setEnabled(!busy);
    m_ui->buttons->setEnabled(!busy);
    if (busy) {
        m_ui->errorLabel->setText(m_creating ? tr("Creating the vault…") : tr("Unlocking…"));
        m_ui->errorLabel->show();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    } else {
        m_ui->errorLabel->hide();
        QGuiApplication::restoreOverrideCursor();
    }
}

void VaultUnlockDialog::growToFit()
{
    // Word-wrapped text needs its height for the current width: grow instead of clipping the error line.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void VaultUnlockDialog::clearTyped()
{
    m_ui->passphraseEdit->clear();
    if (m_confirm)
        m_confirm->clear();
}

} // namespace keyway
