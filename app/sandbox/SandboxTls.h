#pragma once

// The Keyway Sandbox's TLS server certificate, for its mutual-TLS listener (SandboxServer, RFC 8705): a
// self-signed P-256 certificate for 127.0.0.1 made once per store and kept beside it, owner-only like the store
// (sandbox.sqlite -> sandbox-tls.pem and sandbox-tls-key.pem, mode 0600), so every Keyway process serving that
// store, and every one connecting to it, knows the same certificate. A store in memory gets a new one per process.
// Keyway trusts it for the sandbox's TLS origin alone (EmbeddedProviders, OriginTrust).

#include "common/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace keyway {

class SandboxTls
{
    Q_DECLARE_TR_FUNCTIONS(SandboxTls)

public:
    // Reads the certificate and key kept beside `storePath`, or makes and keeps them (empty path: made in memory).
    // Error code "sandbox_tls".
    static Result<SandboxTls> loadOrCreate(const QString &storePath);
    // Only the certificate kept beside `storePath` (what a client trusts); a null one when there is none yet.
    static QSslCertificate certificateAt(const QString &storePath);
    static QString certificatePath(const QString &storePath);
    static QString keyPath(const QString &storePath);

    QSslCertificate certificate() const { return m_certificate; }
    // The listener's configuration: this certificate and key, TLS 1.2 or later, and client certificates asked for
    // but not verified against any CA (QueryPeer): RFC 8705 §2.2's self-signed ones are judged by the token endpoint.
    QSslConfiguration serverConfiguration() const;

private:
    static Result<SandboxTls> fromPem(const QByteArray &certificatePem, const QByteArray &keyPem);

    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace keyway
