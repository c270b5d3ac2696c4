#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

class QNetworkRequest;

namespace keyway {

struct ClientCredentials;
struct ProviderConfig;

// A connection's TLS client certificate and its private key (RFC 8705): the client's authentication at the token
// endpoint (tls_client_auth §2.1, self_signed_tls_client_auth §2.2) and the key its access tokens are bound to
// (§3). The certificate is public and kept in the connection's settings (ProviderConfig::clientCertificate); the
// private key is a secret and kept in the keychain (ClientCredentials::tlsKeyPem).
//
// Everything is checked here, before any network: a file that is not PEM, a key that is not the certificate's, a
// PKCS#12 file that will not open with the password. Errors: "bad_client_certificate", "bad_client_key",
// "client_key_mismatch", "bad_pkcs12".
class ClientCertificate
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificate)

public:
    static Result<ClientCertificate> fromPem(const QByteArray &certificatePem, const QByteArray &keyPem);
    // RFC 7292 PKCS#12 (OpenSSL's PKCS12_parse), imported once: the certificate and key come out as PEM for the settings and the
    // keychain.
    static Result<ClientCertificate> fromPkcs12(const QByteArray &pkcs12, const QByteArray &password);

    QByteArray certificatePem() const { return m_certificate.toPem(); }
    QByteArray keyPem() const { return m_keyPem; }
    // RFC 8705 §3.1: base64url(SHA-256(DER certificate)), the token's cnf "x5t#S256".
    QByteArray thumbprint() const;
    static QByteArray thumbprint(const QSslCertificate &certificate);

    // Presents the connection's certificate on `request` (QSslConfiguration local certificate and private key)
    // when it has one; nothing otherwise. Only called for the connection's own token endpoint and API origins.
    static void presentOn(QNetworkRequest *request, const ProviderConfig &config, const ClientCredentials &credentials);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_keyPem;
};

} // namespace keyway
