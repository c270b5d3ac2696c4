#pragma once

#include "auth/TokenExchangeRequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TokenExchangeDialog;
}

namespace keyway {

// What a token exchange (RFC 8693) asks for, as the Tokens tab's "Exchange…" collects it: the audience, a resource
// URI, scopes and the token type wanted. OK is enabled once an audience or a resource is given. The exchange itself
// is the core's (ConnectionService::exchangeToken); this dialog only gathers the request.
class TokenExchangeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenExchangeDialog)
public:
    explicit TokenExchangeDialog(QWidget *parent = nullptr);
    ~TokenExchangeDialog() override;

    TokenExchangeRequest request() const;

private:
    void updateOk();

    std::unique_ptr<Ui::TokenExchangeDialog> m_ui;
};

} // namespace keyway
