#pragma once

#include "settings/UiSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace keyway {

class ConnectionService;

// Edits UiSettings: browser command, refresh lead time, proxy and extra CA files. OK saves and applies them.
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
    void addCaFile();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConnectionService &m_service;
};

} // namespace keyway
