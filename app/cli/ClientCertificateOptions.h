#pragma once

#include <QCommandLineParser>
#include <QString>

namespace keyway {

struct ConnectRequest;

// `keyway connect`'s RFC 8705 options: a TLS client certificate for the connection, either a PEM certificate file
// with its private key on standard input or in a file (--client-cert FILE --client-key-stdin | --client-key-file
// FILE; the file leaves standard input to a client secret that goes with the certificate) or a PKCS#12 file with its
// password on standard input (--client-p12 FILE --p12-password-stdin), imported once. The key never comes from argv.
// What is read is handed over as it is and checked (the PKCS#12 file opened) by ConnectionPlanner (ClientCertificate)
// before anything is sent or stored, as for the connect dialog.
namespace ClientCertificateOptions {

void addOptions(QCommandLineParser &parser);
// Fills request->clientCertificatePem and clientKeyPem, or clientPkcs12 and clientPkcs12Password. `stdinTaken`: another option
// already reads standard input. Returns the usage or input problem as one line, empty on success (also when no option was given).
QString apply(const QCommandLineParser &parser, bool stdinTaken, ConnectRequest *request);

} // namespace ClientCertificateOptions

} // namespace keyway
