#include "widgets/VaultUnlockDialog.h"

#include "common/Error.h"
#include "store/VaultSecretStore.h"
#include "widgets/BackgroundTask.h"
#include "widgets/StatusStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyway {

VaultUnlockDialog::VaultUnlockDialog(VaultSecretStore &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_creating(!vault.exists())
    , m_text(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("vaultUnlockDialog"));
    setWindowTitle(m_creating ? tr("Create the secret vault") : tr("Unlock the secret vault"));
    m_text->setWordWrap(true);
    m_text->setText(m_creating
            ? tr("Keyway keeps tokens and client secrets in an encrypted vault on this computer. Choose a passphrase "
                 "for it; without the passphrase nobody (not even Keyway) can read them, so keep it safe.")
            : tr("Keyway's tokens and client secrets are in an encrypted vault (%1). Enter its passphrase to use "
                 "your connections.")
                  .arg(vault.path()));
    m_text->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    for (QLineEdit *edit : {m_passphrase}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("Vault passphrase"));
    auto *label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    form->addRow(label, m_passphrase);
    if (m_creating) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        m_confirm->setAccessibleName(tr("Vault passphrase again"));
        auto *again = new QLabel(tr("&Again:"), this);
        again->setBuddy(m_confirm);
        form->addRow(again, m_confirm);
    }
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Unlock error"));
    QPalette warn = m_error->palette();
    warn.setColor(QPalette::WindowText, StatusStyle::background(ConnectionStatus::Error, palette()));
    m_error->setPalette(warn);
    m_error->hide();

    QPushButton *unlock = m_buttons->addButton(m_creating ? tr("&Create vault") : tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    QPushButton *later = m_buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    later->setToolTip(tr("Leave the vault locked; File ▸ Unlock vault… asks again"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VaultUnlockDialog::tryUnlock);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 64, height());
    growToFit();
    m_passphrase->setFocus();
}

VaultUnlockDialog::~VaultUnlockDialog()
{
    if (m_busy) // destroyed with its window while checking: the answer is dropped, the cursor comes back
        QGuiApplication::restoreOverrideCursor();
    clearTyped();
}

QString VaultUnlockDialog::errorText() const
{
    return !m_busy && m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void VaultUnlockDialog::tryUnlock()
{
    const auto fail = [this](const QString &text) {
        m_error->setText(tr("⚠ %1").arg(text));
        m_error->show();
        m_passphrase->setAccessibleDescription(text);
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        growToFit();
    };
    if (m_passphrase->text().isEmpty())
        return fail(tr("Enter the passphrase."));
    if (m_creating && m_confirm->text() != m_passphrase->text())
        return fail(tr("The two passphrases differ. Type the same one twice."));
    // scrypt takes a moment on purpose (it is what makes guessing slow): it runs on another thread while the
    // dialog says so, and only its result comes back to the store, which lives on this thread.
    setBusy(true);
    BackgroundTask::run<Result<EncryptedVault>>(
        this,
        [path = m_vault.path(), passphrase = m_passphrase->text().toUtf8()]() mutable {
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
    m_passphrase->setEnabled(!busy);
    if (m_confirm)
        m_confirm->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy) {
        m_error->setText(m_creating ? tr("Creating the vault…") : tr("Unlocking…"));
        m_error->show();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    } else {
        m_error->hide();
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
    m_passphrase->clear();
    if (m_confirm)
        m_confirm->clear();
}

} // namespace keyway
