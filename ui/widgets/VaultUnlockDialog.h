#pragma once

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class VaultUnlockDialog;
}

namespace keyway {

class VaultSecretStore;

// Asks for the passphrase of Keyway's encrypted secret vault (the opt-in store for machines without a usable
// keychain) and unlocks it, or creates it with a passphrase typed twice when there is none yet. A wrong
// passphrase is said plainly and may be typed again; "Later" leaves the vault locked (the window keeps a way
// to come back). The passphrase never leaves this dialog except into VaultSecretStore::openOrCreate, which runs on
// another thread (scrypt is slow on purpose) while the dialog shows it is working; the typed text is wiped
// afterwards.
class VaultUnlockDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultUnlockDialog)
public:
    explicit VaultUnlockDialog(VaultSecretStore &vault, QWidget *parent = nullptr);
    ~VaultUnlockDialog() override;

    // Tries the passphrase typed now; when the answer comes (isBusy() is false again) the dialog is accepted
    // and unlocked() emitted, or errorText() says why not.
    void tryUnlock();
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public slots:
    // Closing is refused while a passphrase is being checked.
    void reject() override;

signals:
    void unlocked();

private:
    void clearTyped();
    void setBusy(bool busy);
    void growToFit();

    std::unique_ptr<Ui::VaultUnlockDialog> m_ui;
    VaultSecretStore &m_vault;
    bool m_creating = false;
    bool m_busy = false;
    QLineEdit *m_confirm = nullptr; // only when creating the vault
};

} // namespace keyway
