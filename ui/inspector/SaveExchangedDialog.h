#pragma once

#include "auth/TokenExchangeRequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SaveExchangedDialog;
}

namespace keyway {

class ConnectionService;

// "Save as connection…" under an exchanged token (RFC 8693, issue 20): the name of the new connection (offered as
// "<parent> → <audience>", DerivedConnection::suggestedName) and the API base its token goes to (filled in from the
// resource or audience when one is an https URL, asked for otherwise). Save is enabled once the core's checks
// (ConnectionService::checkDerived: a free name, a usable API base) pass; the reason is shown otherwise. Saving
// itself is the core's (ConnectionService::saveExchanged); this dialog only gathers the name and the API base.
class SaveExchangedDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveExchangedDialog)
public:
    SaveExchangedDialog(
        ConnectionService &service, const QString &parentId, const TokenExchangeRequest &request, QWidget *parent = nullptr);
    ~SaveExchangedDialog() override;

    QString name() const;
    QString apiBase() const;

private:
    void updateSave();

    std::unique_ptr<Ui::SaveExchangedDialog> m_ui;
    ConnectionService &m_service;
    QString m_parentId;
    TokenExchangeRequest m_request;
};

} // namespace keyway
