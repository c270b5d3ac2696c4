#pragma once

// The certificates of the mutual TLS tests (RFC 8705), made with the openssl command in a folder of the test's own:
// a test CA (ca.pem, ca.key), a server certificate for 127.0.0.1 (server.pem, server.key) that oidc-server.mjs
// --mtls-dir serves, the client certificate CN=keyway-mtls-client (client.pem, client.key) its keyway-mtls client is
// registered with, the same as PKCS#12 (client.p12, password "p12-password"), and a key of no certificate
// (other.key).
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace keyway::test {

class TestCertificates
{
public:
    static constexpr const char *kPkcs12Password = "p12-password";

    explicit TestCertificates(const QString &dir)
        : m_dir(dir)
    {
    }

    // False (and openssl's complaint in the log) when a step failed.
    bool make()
    {
        return newKey(QStringLiteral("ca.key"))
            && openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                QStringLiteral("ca.key"), QStringLiteral("-subj"), QStringLiteral("/CN=Keyway mTLS test CA"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"), QStringLiteral("ca.pem")})
            && newKey(QStringLiteral("server.key"))
            && issue(QStringLiteral("server.pem"), QStringLiteral("server.key"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"))
            && newKey(QStringLiteral("client.key"))
            && issue(QStringLiteral("client.pem"), QStringLiteral("client.key"), QStringLiteral("/CN=keyway-mtls-client"),
                QStringLiteral("extendedKeyUsage=clientAuth\n"))
            && newKey(QStringLiteral("other.key"))
            && openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), QStringLiteral("client.pem"),
                QStringLiteral("-inkey"), QStringLiteral("client.key"), QStringLiteral("-passout"),
                QStringLiteral("pass:") + QLatin1String(kPkcs12Password), QStringLiteral("-out"), QStringLiteral("client.p12")});
    }

    QString file(const QString &name) const { return QDir(m_dir).filePath(name); }

    QByteArray read(const QString &name) const
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QString m_dir;

    bool openssl(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << p.readAllStandardError();
            return false;
        }
        return true;
    }

    bool newKey(const QString &name) const
    {
        return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), name});
    }

    // A certificate for `key`, issued by the test CA.
    bool issue(const QString &name, const QString &key, const QString &subject, const QString &extensions) const
    {
        QFile ext(file(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0)
            return false;
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), key, QStringLiteral("-subj"),
                   subject, QStringLiteral("-out"), name + QStringLiteral(".csr")})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                ext.fileName(), QStringLiteral("-out"), name});
    }
};

} // namespace keyway::test
