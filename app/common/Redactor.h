#pragma once

#include <QByteArray>
#include <QString>

namespace keyway {

// The single place secrets are made safe to show. Every log line (through the installed Qt message
// handler), every event detail, every export and every "copy as cURL" goes through it.
//  - fingerprint(): a short, stable, non-reversible name for a secret ("sha256:1f3a9c0b…, 43 chars") so support
//    staff can tell two tokens apart without seeing either.
//  - redact(): replaces every secret the process has registered, plus anything that looks like one by shape
//    (Authorization headers, token/code/secret/password parameters in URLs, forms and JSON).
class Redactor
{
public:
    static QString fingerprint(const QByteArray &secret);
    static QString fingerprint(const QString &secret) { return fingerprint(secret.toUtf8()); }

    // Remember a secret this process handles, so it is removed from any text even where no pattern finds it.
    static void registerSecret(const QByteArray &secret);
    static void registerSecret(const QString &secret) { registerSecret(secret.toUtf8()); }

    static QString redact(const QString &text);

    // Install a Qt message handler that redacts every qDebug/qInfo/qWarning/qCritical before it is printed.
    // It stays safe to call until the process ends: Qt logs from its own static destructors after main()
    // returns (QT_LOGGING_RULES="qt.core.library=true"), so nothing it uses is ever destroyed, and the default
    // handler is put back when the process exits.
    static void installMessageHandler();
};

} // namespace keyway
