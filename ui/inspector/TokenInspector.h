#pragma once

#include "auth/TokenExchangeRequest.h"
#include "auth/TokenSet.h"
#include "core/TokenBinding.h"

#include <QJsonArray>
#include <QWidget>

#include <memory>

namespace Ui {
class TokenInspector;
}

class QLabel;
class QPushButton;

namespace keyway {

class ConnectionService;
class SecretClipboard;
class TokenView;

// The tokens of one connection, read from the keychain when the tab is shown: access, refresh and id token,
// each masked until revealed, decoded when it is a JWT (its signature checked against the provider's JWKS),
// introspectable (RFC 7662) when the provider allows it. "Exchange…" asks the provider for a token aimed at another
// service (RFC 8693, TokenExchangeDialog) and decodes the answer in a view of its own ("Exchanged token"), which is
// not stored unless "Save as connection…" keeps it as a connection of its own (SaveExchangedDialog,
// ConnectionService::saveExchanged); the authorization details the provider granted (RFC 9396 §7) are listed under the tokens.
// What a token is bound to (a DPoP key, RFC 9449; a client certificate, RFC 8705) is the core's comparison (TokenBinding) of its
// cnf with the connection's own thumbprints, and a JWT access token's RFC 9068 claims are named (AccessTokenProfile).
class TokenInspector : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspector)
public:
    TokenInspector(ConnectionService &service, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~TokenInspector() override;

    void setConnection(const QString &connectionId);
    TokenView *accessView() const { return m_access; }
    TokenView *refreshView() const { return m_refresh; }
    TokenView *idView() const { return m_id; }
    TokenView *exchangedView() const { return m_exchanged; }
    bool isLoaded() const { return m_loaded; }

public slots:
    void load();

signals:
    void loaded();
    // The exchanged token was saved as the connection `connectionId` (derived from this one).
    void derivedConnectionSaved(const QString &connectionId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void introspect(bool refreshToken);
    void checkSignature(TokenView *view, const QByteArray &token);
    void clearAll();
    void askExchange();
    void exchange(const TokenExchangeRequest &request);
    void askSaveExchanged();
    void saveExchanged(const QString &name, const QString &apiBase);
    void showGrantedDetails(const QJsonArray &details);

    std::unique_ptr<Ui::TokenInspector> m_ui;
    ConnectionService &m_service;
    TokenView *m_access;
    TokenView *m_refresh;
    TokenView *m_id;
    TokenView *m_exchanged;
    QPushButton *m_exchangeButton;
    QPushButton *m_saveExchangedButton;
    // The last exchange and its answer, while the tab is shown, for "Save as connection…".
    TokenExchangeRequest m_exchangeRequest;
    TokenSet m_exchangedTokens;
    QLabel *m_detailsLabel;
    QString m_connectionId;
    bool m_loaded = false;
    quint64 m_generation = 0;
    TokenBinding::Keys m_keys; // the connection's public thumbprints, for the tokens' cnf
};

} // namespace keyway
