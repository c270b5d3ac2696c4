#pragma once

#include <QString>

namespace keyway {

// An error as Keyway reports it: one text for the person in front of the window, one for support staff.
// `code` is machine-readable (an OAuth error code such as "invalid_grant", or Keyway's own such as
// "keychain_unavailable") so callers can branch without parsing text.
struct Error
{
    QString code;
    QString message; // plain words for the user: what went wrong and what to do
    QString detail; // technical: provider error_description, HTTP status, library message
    int httpStatus = 0;

    static Error make(const QString &code, const QString &message, const QString &detail = {}, int httpStatus = 0)
    {
        return Error {code, message, detail, httpStatus};
    }

    bool isNull() const { return code.isEmpty() && message.isEmpty(); }
    // One line for a terminal or a log: "message (detail)".
    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
};

} // namespace keyway
