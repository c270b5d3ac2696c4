#include "jose/SelfSignedCertificate.h"

#include "jose/OpenSsl.h"
#include "jose/Random.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace keyway {

namespace {

using X509Ptr = std::unique_ptr<X509, openssl::Deleter<X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, openssl::Deleter<X509_EXTENSION_free>>;

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

} // namespace

Result<SelfSignedCertificate> SelfSignedCertificate::generate(
    const QString &commonName, const QStringList &ipAddresses, int validDays, bool serverAuth)
{
    const auto failed = [](const char *step) {
        return Error::make(QStringLiteral("certificate_failed"), tr("A certificate could not be made."),
            QStringLiteral("%1: %2").arg(QLatin1String(step), openssl::takeErrors()));
    };
    const openssl::PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("EVP_EC_gen");
    const X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return failed("X509_new");
    // RFC 5280 §4.1.2.2: a positive serial of up to 20 octets, unique for the issuer: 16 random bytes.
    QByteArray serial = Random::bytes(16);
    serial[0] = char(serial[0] & 0x7f);
    const openssl::BignumPtr number = openssl::toBignum(serial);
    if (!number || !BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get())))
        return failed("serial");
    // A minute back, so a clock a little behind the one that made it still takes it.
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(
            name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0)
            != 1
        || X509_set_issuer_name(certificate.get(), name) != 1 || X509_set_pubkey(certificate.get(), key.get()) != 1)
        return failed("subject");
    QStringList altNames;
    for (const QString &ip : ipAddresses)
        altNames << QStringLiteral("IP:") + ip;
    // A server's certificate is its own trust anchor (OpenSSL takes a self-signed certificate as an anchor only when
    // it may sign certificates: CA:TRUE, no keyUsage restriction, as `openssl req -x509` makes it); a client's, which
    // nobody verifies by a chain (RFC 8705 §2.2 compares it), is a leaf that signs TLS handshakes only.
    const bool basics = serverAuth ? addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE")
                                   : addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature");
    if (!basics || !addExtension(certificate.get(), NID_ext_key_usage, serverAuth ? "serverAuth" : "clientAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || (!altNames.isEmpty()
            && !addExtension(certificate.get(), NID_subject_alt_name, altNames.join(QLatin1Char(',')).toLatin1())))
        return failed("extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return failed("X509_sign");

    const openssl::BioPtr certOut(BIO_new(BIO_s_mem()));
    const openssl::BioPtr keyOut(BIO_new(BIO_s_mem()));
    if (!certOut || !keyOut || PEM_write_bio_X509(certOut.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed("PEM");
    SelfSignedCertificate made;
    made.certificatePem = drain(certOut.get());
    made.keyPem = drain(keyOut.get());
    return made;
}

} // namespace keyway
