#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyway {

// What a request history keeps of a request (issue 15.2), decided by name before anything is stored or
// exported: a header, query parameter or body field (JSON member, form field) whose name suggests a credential
// keeps its name and loses its value. A name is sensitive when it contains key, token, secret, pass, auth, sig,
// session, cookie or credential (any case), is one of the short names pin or otp, or is one the caller names
// (the integration's own credential placement, e.g. a "hapikey" query parameter). Whatever is left still goes
// through Redactor, which knows the secrets the process has seen. Over-redacting ("author") is the price of
// never keeping an "X-Session-Id" or "sig=" by accident.
namespace SensitiveFields {

bool isSensitiveName(const QString &name, const QStringList &extraNames = {});
// The URL with the value of every sensitive query parameter replaced.
QString redactUrl(const QString &url, const QStringList &extraNames = {});
// A header's value as it may be kept: an Authorization header keeps its scheme ("Bearer [redacted]").
QString redactHeaderValue(const QString &name, const QString &value, const QStringList &extraNames = {});
QList<QPair<QString, QString>> redactHeaders(const QList<QPair<QString, QString>> &headers, const QStringList &extraNames = {});
// A JSON or form body with every sensitive member's value replaced (JSON members at any depth); any other
// body as Redactor leaves it.
QString redactBody(const QString &body, const QStringList &extraNames = {});

inline const QString &placeholder()
{
    static const QString text = QStringLiteral("[redacted]");
    return text;
}

} // namespace SensitiveFields

} // namespace keyway
