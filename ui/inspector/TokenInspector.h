#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class TokenInspector;
}

namespace keyway {

class ConnectionService;
class SecretClipboard;
class TokenView;

// The tokens of one connection, read from the keychain when the tab is shown: access, refresh and id token,
// each masked until revealed, decoded when it is a JWT (its signature checked against the provider's JWKS),
// introspectable (RFC 7662) when the provider allows it.
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
    bool isLoaded() const { return m_loaded; }

public slots:
    void load();

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void introspect(bool refreshToken);
    void checkSignature(TokenView *view, const QByteArray &token);
    void clearAll();

    std::unique_ptr<Ui::TokenInspector> m_ui;
    ConnectionService &m_service;
    TokenView *m_access;
    TokenView *m_refresh;
    TokenView *m_id;
    QString m_connectionId;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace keyway
