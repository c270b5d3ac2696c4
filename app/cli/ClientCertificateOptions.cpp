#include "cli/ClientCertificateOptions.h"

#include "cli/CliCommand.h"
#include "core/ConnectRequest.h"

#include <QFile>

namespace keyway {

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024;

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificateOptions)
};

} // namespace

void ClientCertificateOptions::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("client-cert"),
            Tr::tr("TLS client certificate (PEM) for mutual TLS (RFC 8705); its key with --client-key-stdin"),
            QStringLiteral("FILE")},
        {QStringLiteral("client-key-stdin"), Tr::tr("Read the client certificate's private key (PEM) from standard input")},
        {QStringLiteral("client-key-file"),
            Tr::tr("Read the client certificate's private key (PEM) from FILE, leaving standard input to "
                   "--client-secret-stdin"),
            QStringLiteral("FILE")},
        {QStringLiteral("client-p12"), Tr::tr("TLS client certificate and key as a PKCS#12 file, imported once"),
            QStringLiteral("FILE")},
        {QStringLiteral("p12-password-stdin"), Tr::tr("Read the PKCS#12 file's password from standard input")},
    });
}

QString ClientCertificateOptions::apply(const QCommandLineParser &parser, bool stdinTaken, ConnectRequest *request)
{
    const bool pem = parser.isSet(QStringLiteral("client-cert"));
    const bool p12 = parser.isSet(QStringLiteral("client-p12"));
    const bool keyStdin = parser.isSet(QStringLiteral("client-key-stdin"));
    const bool keyFile = parser.isSet(QStringLiteral("client-key-file"));
    const bool passwordStdin = parser.isSet(QStringLiteral("p12-password-stdin"));
    if (!pem && !p12 && !keyStdin && !keyFile && !passwordStdin)
        return {};
    if (pem && p12)
        return Tr::tr("--client-cert and --client-p12 cannot be given together");
    if (keyStdin && keyFile)
        return Tr::tr("give the private key once: --client-key-stdin or --client-key-file FILE");
    if (pem != (keyStdin || keyFile))
        return Tr::tr("--client-cert FILE takes its private key with --client-key-stdin or --client-key-file FILE");
    if (p12 && !passwordStdin)
        return Tr::tr("--client-p12 FILE takes its password with --p12-password-stdin");
    if (passwordStdin && !p12)
        return Tr::tr("--p12-password-stdin goes with --client-p12 FILE");
    if (stdinTaken && !keyFile)
        return Tr::tr("only one option at a time can read standard input");

    QFile file(parser.value(pem ? QStringLiteral("client-cert") : QStringLiteral("client-p12")));
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
    const QByteArray contents = file.read(kMaxFileBytes);
    if (keyFile) {
        // A provider that wants the certificate beside the client secret (ADP) needs standard input for the secret.
        QFile key(parser.value(QStringLiteral("client-key-file")));
        if (!key.open(QIODevice::ReadOnly))
            return Tr::tr("cannot read %1: %2").arg(key.fileName(), key.errorString());
        request->clientCertificatePem = contents;
        request->clientKeyPem = key.read(kMaxFileBytes);
        return {};
    }
    const QByteArray fromStdin = CliCommand::readStdinSecret();
    if (pem) {
        if (fromStdin.isEmpty())
            return Tr::tr("standard input was empty: --client-key-stdin reads the private key there");
        request->clientCertificatePem = contents;
        request->clientKeyPem = fromStdin + '\n'; // readStdinSecret dropped the PEM's last newline
        return {};
    }
    // The file and its password go to the core as they are: ConnectionPlanner opens it, once, for the window and
    // the command line alike, and says what is wrong with it.
    request->clientPkcs12 = contents;
    request->clientPkcs12Password = fromStdin;
    return {};
}

} // namespace keyway
