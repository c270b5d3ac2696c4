#pragma once

#include "settings/UiSettings.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace keyway {

class ConnectionService;
class KeeperTimer;

// Edits UiSettings: browser command, refresh lead time, proxy, extra CA files and the language (applied at the next
// start). OK saves and applies them, and installs or removes the keeper's daily systemd user timer (KeeperTimer) as
// its box says.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(ConnectionService &service, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    UiSettings settings() const;
    void setSettings(const UiSettings &settings);

public slots:
    void accept() override;

private:
    void updateEnabled();
    void fillLanguages();
    void addCaFile();
    // Issue 23: installs or removes the keeper's timer when the box changed; accept() goes on once it is done.
    void applyKeeperTimer(const std::function<void()> &then);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConnectionService &m_service;
    KeeperTimer *m_keeperTimer;
};

} // namespace keyway
