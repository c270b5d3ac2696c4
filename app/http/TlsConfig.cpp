#include "http/TlsConfig.h"

#include "common/Log.h"

#include <QDir>
#include <QSet>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace keyway::TlsConfig {

QStringList configuredCaFiles()
{
    QStringList files = QSettings().value(QStringLiteral("tls/extraCaFiles")).toStringList();
    const QString fromEnvironment = qEnvironmentVariable("KEYWAY_CA_CERTIFICATES");
    for (const QString &file : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        if (!files.contains(file))
            files << file;
    return files;
}

QStringList addCaCertificates(const QStringList &files)
{
    QStringList unreadable;
    QList<QSslCertificate> extra;
    for (const QString &file : files) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty()) {
            unreadable << file;
            continue;
        }
        extra << certs;
    }
    if (extra.isEmpty())
        return unreadable;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Setting a list turns Qt's on-demand loading of the system's roots off, so the system's go in explicitly:
    // the extra CAs are added to them, never used instead of them.
    QList<QSslCertificate> cas = tls.caCertificates();
    if (cas.isEmpty())
        cas = QSslConfiguration::systemCaCertificates();
    QSet<QByteArray> known;
    for (const QSslCertificate &cert : std::as_const(cas))
        known.insert(cert.digest(QCryptographicHash::Sha256));
    for (const QSslCertificate &cert : std::as_const(extra)) {
        if (known.contains(cert.digest(QCryptographicHash::Sha256)))
            continue;
        known.insert(cert.digest(QCryptographicHash::Sha256));
        cas << cert;
        qCInfo(lcHttp).noquote() << "trusting extra CA" << cert.subjectDisplayName();
    }
    tls.setCaCertificates(cas);
    QSslConfiguration::setDefaultConfiguration(tls);
    return unreadable;
}

QStringList applyConfigured()
{
    return addCaCertificates(configuredCaFiles());
}

} // namespace keyway::TlsConfig
