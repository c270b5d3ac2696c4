#pragma once

// The parameters of one OAuth request as the Keyway Sandbox reads them: an application/x-www-form-urlencoded
// body (RFC 6749 Appendix B) or a query string. Strict, because the sandbox is also the provider Keyway's tests
// run against: a '%' must start a well-formed escape, names and values must be UTF-8, and a bounded number of
// bounded parameters is accepted. RFC 6749 §3.1 and §3.2 forbid repeating a parameter; repeated() names the
// first one repeated so the endpoint can answer invalid_request.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyway {

class SandboxForm
{
public:
    static constexpr int kMaxParameters = 100;
    static constexpr int kMaxValueLength = 4096;

    // Error code "invalid_request" with a detail saying what is wrong.
    static Result<SandboxForm> parse(const QByteArray &encoded);

    bool has(const QString &name) const;
    // The first value, or a null QString when absent.
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    // The first parameter that appears more than once, except those in `mayRepeat`; empty if none.
    QString repeated(const QStringList &mayRepeat = {}) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }

    // One form-urlencoded name or value: '+' is a space, %XX must be well formed, the result valid UTF-8 without
    // NUL. False when it is not.
    static bool decodeComponent(const QByteArray &encoded, QString *decoded);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace keyway
