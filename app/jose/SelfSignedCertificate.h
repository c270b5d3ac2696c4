#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace keyway {

// A new P-256 key and an X.509 v3 certificate for it, signed by that same key (ECDSA with SHA-256), as PEM: the
// Keyway Sandbox's TLS server certificate (trusted by Keyway for the sandbox's origin alone, see OriginTrust) and
// the client certificates QA registers with the sandbox for self_signed_tls_client_auth (RFC 8705 §2.2), which
// needs no CA, only a certificate the server knows. Nothing here ever trusts a certificate.
struct SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)

public:
    QByteArray certificatePem;
    QByteArray keyPem; // PKCS#8, unencrypted: whoever writes it to disk makes the file owner-only

    // `ipAddresses` become subjectAltName iPAddress entries (RFC 5280 §4.2.1.6), which is what a TLS client checks
    // for a URL with an IP literal such as https://127.0.0.1:PORT. `serverAuth`: extendedKeyUsage serverAuth and a
    // certificate that can be its own trust anchor (see OriginTrust: trusted for one origin only), else clientAuth.
    // Error code "certificate_failed".
    static Result<SelfSignedCertificate> generate(
        const QString &commonName, const QStringList &ipAddresses, int validDays, bool serverAuth);
};

} // namespace keyway
