#include "auth/ClientCertificate.h"

#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"
#include "common/Redactor.h"
#include "jose/Base64Url.h"
#include "jose/OpenSsl.h"

#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace keyway {

namespace {

using X509Ptr = std::unique_ptr<X509, openssl::Deleter<X509_free>>;

openssl::BioPtr memory(const QByteArray &bytes)
{
    return openssl::BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

} // namespace

Result<ClientCertificate> ClientCertificate::fromPem(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const openssl::BioPtr certBio = memory(certificatePem);
    const X509Ptr x509(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!x509) {
        return Error::make(QStringLiteral("bad_client_certificate"),
            tr("The client certificate file is not a PEM certificate (-----BEGIN CERTIFICATE-----)."), openssl::takeErrors());
    }
    // No passphrase callback: an encrypted key is refused rather than prompting on a terminal.
    const openssl::BioPtr keyBio = memory(keyPem);
    static const auto noPassphrase = [](char *, int, int, void *) { return 0; };
    const openssl::PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        return Error::make(QStringLiteral("bad_client_key"),
            tr("The client certificate's private key is not an unencrypted PEM private key."), openssl::takeErrors());
    }
    // RFC 8705 §2: the TLS handshake proves possession of the certificate's key; a different key could never work.
    if (X509_check_private_key(x509.get(), key.get()) != 1) {
        return Error::make(QStringLiteral("client_key_mismatch"),
            tr("The private key does not belong to the client certificate."), openssl::takeErrors());
    }
    QSsl::KeyAlgorithm algorithm = QSsl::Rsa;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    default:
        return Error::make(QStringLiteral("bad_client_key"), tr("The client certificate's key must be an RSA or EC key."),
            QString::fromLatin1(EVP_PKEY_get0_type_name(key.get())));
    }
    // Written out again as PKCS#8 PEM, the one form Qt's TLS backend and OpenSSL both read for every key type.
    openssl::BioPtr out(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    ClientCertificate c;
    c.m_keyPem = QByteArray(data, int(size));
    c.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    c.m_key = QSslKey(c.m_keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (c.m_certificate.isNull() || c.m_key.isNull()) {
        return Error::make(
            QStringLiteral("bad_client_key"), tr("The client certificate or its key could not be loaded for TLS."));
    }
    Redactor::registerSecret(c.m_keyPem);
    return c;
}

Result<ClientCertificate> ClientCertificate::fromPkcs12(const QByteArray &pkcs12, const QByteArray &password)
{
    // Read with OpenSSL's PKCS12_parse rather than QSslCertificate::importPkcs12, which logs OpenSSL's reason for a
    // wrong password on stderr (qt.tlsbackend.ossl): the command line's failure must stay one line.
    const auto refused = [] {
        return Error::make(QStringLiteral("bad_pkcs12"),
            tr("The PKCS#12 file could not be opened: the password is wrong, or it holds no certificate and key."),
            openssl::takeErrors());
    };
    const openssl::BioPtr in = memory(pkcs12);
    const std::unique_ptr<PKCS12, openssl::Deleter<PKCS12_free>> parsed(in ? d2i_PKCS12_bio(in.get(), nullptr) : nullptr);
    if (!parsed)
        return refused();
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    const QByteArray pass = password; // PKCS12_parse wants a NUL-terminated string; QByteArray keeps one
    if (PKCS12_parse(parsed.get(), pass.constData(), &rawKey, &rawCertificate, nullptr) != 1)
        return refused();
    const openssl::PkeyPtr key(rawKey);
    const X509Ptr certificate(rawCertificate);
    if (!key || !certificate)
        return refused();
    openssl::BioPtr certOut(BIO_new(BIO_s_mem()));
    openssl::BioPtr keyOut(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certOut.get(), certificate.get());
    PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    long size = BIO_get_mem_data(certOut.get(), &data);
    const QByteArray certificatePem(data, int(size));
    size = BIO_get_mem_data(keyOut.get(), &data);
    const QByteArray keyPem(data, int(size));
    return fromPem(certificatePem, keyPem);
}

QByteArray ClientCertificate::thumbprint() const
{
    return thumbprint(m_certificate);
}

QByteArray ClientCertificate::thumbprint(const QSslCertificate &certificate)
{
    return Base64Url::encode(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256));
}

void ClientCertificate::presentOn(QNetworkRequest *request, const ProviderConfig &config, const ClientCredentials &credentials)
{
    if (config.clientCertificate.isEmpty() || credentials.tlsKeyPem.isEmpty())
        return;
    const Result<ClientCertificate> loaded = fromPem(config.clientCertificate.toUtf8(), credentials.tlsKeyPem);
    if (!loaded)
        return; // checked when it was stored; without it the server refuses, which says more than failing here
    QSslConfiguration tls = request->sslConfiguration();
    tls.setLocalCertificate(loaded.value().m_certificate);
    tls.setPrivateKey(loaded.value().m_key);
    request->setSslConfiguration(tls);
    // QNetworkAccessManager reuses an open connection to the same host whatever the TLS configuration of the
    // request: one made without the certificate (discovery) would carry this request without it, and one made with
    // it would carry other requests with it. The peer verify name (the host itself, so the check is unchanged) is
    // part of the key of Qt's connection cache: requests with a certificate get connections of their own, and
    // those are not kept once idle.
    request->setPeerVerifyName(request->url().host());
    request->setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
}

} // namespace keyway
