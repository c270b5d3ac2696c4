#pragma once

#include <QGroupBox>
#include <QJsonObject>

#include <memory>

namespace Ui {
class TokenView;
}

namespace keyway {

class AccessTokenProfile;
class SecretClipboard;
struct TokenBinding;

// One token (access, refresh or id): masked until "Reveal", copyable through SecretClipboard, decoded when it
// is a JWT (header and claims, times in words), with an "Introspect" button for opaque tokens when the
// provider has an RFC 7662 endpoint.
class TokenView : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenView)
public:
    TokenView(const QString &kind, const QString &title, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~TokenView() override;

    void setToken(const QByteArray &token, const QString &fingerprint);
    void setIntrospectionAvailable(bool available);
    void showIntrospection(const QJsonObject &result);
    void showIntrospectionError(const QString &text);
    // The JWT's signature checked against the provider's key set: valid (with the key's kid), or why not.
    enum class Signature { Checking, Valid, Invalid, Unknown };
    void setSignatureStatus(Signature status, const QString &text);
    Signature signatureStatus() const { return m_signature; }
    QString signatureText() const;
    // What the token is bound to (RFC 9449 cnf.jkt, RFC 8705 cnf.x5t#S256), as the core compared it with this
    // connection's keys.
    void setBinding(const TokenBinding &binding);
    QString bindingText() const;
    // The RFC 9068 claims of a JWT access token, labelled, above the raw claims.
    void showProfile(const AccessTokenProfile &profile);
    void clear();

    bool isRevealed() const;
    bool isJwt() const { return m_isJwt; }
    QString displayedText() const; // what the field shows (dots until revealed)

signals:
    void introspectRequested();
    void copied();

private:
    void reveal(bool on);

    std::unique_ptr<Ui::TokenView> m_ui;
    SecretClipboard *m_clipboard;
    QByteArray m_token;
    QString m_title;
    bool m_isJwt = false;
    Signature m_signature = Signature::Unknown;
};

} // namespace keyway
