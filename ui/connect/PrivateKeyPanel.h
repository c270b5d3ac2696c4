#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class PrivateKeyPanel;
}

namespace keyway {

// A private key for private_key_jwt or the JWT bearer grant (RFC 7523): loaded from a PEM file or the clipboard,
// or generated here (RS256 or ES256, off the GUI thread), and never shown. Only its public half is, as the JWK
// (RFC 7517) and PEM to register at the provider. The core's PrivateKey decides what is a usable key.
class PrivateKeyPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivateKeyPanel)
public:
    PrivateKeyPanel(bool canGenerate, const QString &providerName, QWidget *parent = nullptr);
    ~PrivateKeyPanel() override;

    bool hasKey() const { return !m_pem.isEmpty(); }
    QByteArray pem() const { return m_pem; }
    // The algorithm the shown public JWK names (empty: the core's default for the key).
    QString algorithm() const { return m_alg; }
    QJsonObject publicJwk() const { return m_publicJwk; }
    // RFC 7638 thumbprint of the key in place (a natural kid).
    QString thumbprint() const { return m_thumbprint; }
    // Takes a PEM key (from a file, the clipboard, a service account file); says why when it cannot.
    bool setKey(const QByteArray &pem, const QString &source);
    // Shown while no key is loaded, e.g. that the stored key is kept on reconnect.
    void setNote(const QString &text);
    void clear();
    QList<QWidget *> focusOrder() const;

signals:
    // A key is in place; its RFC 7638 thumbprint (a natural kid).
    void keyChanged(const QString &thumbprint);
    // A key pair made by "Generate key pair" is in place.
    void keyPairGenerated();

private:
    void loadFromFile();
    void generate();
    void showPublicJwk();

    std::unique_ptr<Ui::PrivateKeyPanel> m_ui;
    QString m_providerName;
    QByteArray m_pem;
    QString m_alg;
    QJsonObject m_publicJwk;
    QString m_thumbprint;
    bool m_generating = false;
};

} // namespace keyway
