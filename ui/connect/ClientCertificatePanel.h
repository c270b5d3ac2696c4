#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ClientCertificatePanel;
}

namespace keyway {

struct ConnectRequest;

// A TLS client certificate for mutual TLS (RFC 8705): a PEM certificate file with its private key file, or a
// PKCS#12 file (.p12, .pfx) with its password. Only the file names are shown; the bytes are handed to the core in
// the ConnectRequest (ConnectionPlanner checks that the key is the certificate's and opens the PKCS#12 file, and
// its error is the dialog's), and wiped when the form's secrets are cleared.
class ClientCertificatePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCertificatePanel)
public:
    enum class Format { Pem, Pkcs12 };

    explicit ClientCertificatePanel(QWidget *parent = nullptr);
    ~ClientCertificatePanel() override;

    Format format() const;
    void setFormat(Format format);
    // What the "Choose…" buttons do once a file is picked; false (and the reason beside the button) when it cannot
    // be read.
    bool loadCertificateFile(const QString &path);
    bool loadKeyFile(const QString &path);
    bool loadPkcs12File(const QString &path);
    // A certificate and key handed over in memory, not chosen from files (the Keyway Sandbox's Connect makes one).
    void usePem(const QByteArray &certificatePem, const QByteArray &keyPem);

    // A reconnect: the connection keeps a certificate (its subject here, its key in the keychain), which the core
    // presents again when no file is chosen (ReconnectPlan::keptCertificate); the panel says so and asks for nothing.
    void setKept(const QString &subject);
    // Something was chosen (a certificate, its key or a PKCS#12 file).
    bool hasAny() const;
    // What is still missing; `required`: the client authenticates with the certificate.
    QStringList problems(bool required) const;
    void fillRequest(ConnectRequest &request) const;
    void clearSecrets();
    QList<QWidget *> focusOrder() const;

signals:
    void changed();

private:
    enum class Slot { Certificate, Key, Pkcs12 };
    bool load(Slot slot, const QString &path);
    void choose(Slot slot);
    void updateRows();
    void showEmpty(Slot slot);

    std::unique_ptr<Ui::ClientCertificatePanel> m_ui;
    QByteArray m_certificate;
    QByteArray m_key;
    QByteArray m_pkcs12;
    QString m_kept;
};

} // namespace keyway
