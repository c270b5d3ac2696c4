#include "sandbox/SandboxTls.h"

#include "common/Log.h"
#include "jose/SelfSignedCertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace keyway {

namespace {

constexpr int kValidDays = 3650; // a practice provider's certificate; a new store (keyway sandbox reset) keeps it

QString besideStore(const QString &storePath, const char *suffix)
{
    const QFileInfo info(storePath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(suffix);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Created owner-only (0600) before anything is written to it, and never over an existing file.
bool writeNew(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return false;
    const bool written = file.write(contents) == contents.size() && file.flush();
    file.close();
    if (!written)
        QFile::remove(path);
    return written;
}

} // namespace

QString SandboxTls::certificatePath(const QString &storePath)
{
    return besideStore(storePath, "-tls.pem");
}

QString SandboxTls::keyPath(const QString &storePath)
{
    return besideStore(storePath, "-tls-key.pem");
}

QSslCertificate SandboxTls::certificateAt(const QString &storePath)
{
    if (storePath.isEmpty())
        return QSslCertificate();
    return QSslCertificate(readAll(certificatePath(storePath)), QSsl::Pem);
}

Result<SandboxTls> SandboxTls::fromPem(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    SandboxTls tls;
    tls.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    tls.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (tls.m_certificate.isNull() || tls.m_key.isNull())
        return Error::make(QStringLiteral("sandbox_tls"), tr("The Keyway Sandbox's TLS certificate cannot be read."));
    return tls;
}

Result<SandboxTls> SandboxTls::loadOrCreate(const QString &storePath)
{
    const auto make = [] {
        return SelfSignedCertificate::generate(
            QStringLiteral("Keyway Sandbox"), {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}, kValidDays, true);
    };
    if (storePath.isEmpty()) {
        const Result<SelfSignedCertificate> made = make();
        if (!made)
            return Error::make(
                QStringLiteral("sandbox_tls"), tr("The Keyway Sandbox could not make its TLS certificate."), made.error().detail);
        return fromPem(made.value().certificatePem, made.value().keyPem);
    }
    const QString certificateFile = certificatePath(storePath);
    const QString keyFile = keyPath(storePath);
    if (!QFile::exists(certificateFile) || !QFile::exists(keyFile)) {
        const Result<SelfSignedCertificate> made = make();
        if (!made)
            return Error::make(
                QStringLiteral("sandbox_tls"), tr("The Keyway Sandbox could not make its TLS certificate."), made.error().detail);
        QDir().mkpath(QFileInfo(storePath).absolutePath());
        // Half of a pair is no use: both go, and are made again. The key first, so a certificate always has its key.
        QFile::remove(certificateFile);
        QFile::remove(keyFile);
        // Another process may make them at the same moment: whichever wrote first wins, the other reads its pair.
        if (writeNew(keyFile, made.value().keyPem) && !writeNew(certificateFile, made.value().certificatePem))
            QFile::remove(keyFile);
        else
            qCInfo(lcSandbox).noquote() << "made the sandbox's TLS certificate" << certificateFile;
    }
    // Owner-only like the store, also when an older copy or another program left them wider.
    for (const QString &file : {certificateFile, keyFile}) {
        if (QFile::permissions(file) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    return fromPem(readAll(certificateFile), readAll(keyFile));
}

QSslConfiguration SandboxTls::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // RFC 8705 §2.2: ask for a certificate and take a self-signed one; the token endpoint decides whether it is the
    // client's registered one, and a request without one still gets its OAuth error rather than a failed handshake.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    return configuration;
}

} // namespace keyway
