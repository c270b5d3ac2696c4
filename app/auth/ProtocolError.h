#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace keyway {

// Turns the ways a provider says "no" into a keyway::Error with plain words: RFC 6749 §5.2 error objects
// (also when sent with HTTP 200, as Slack and others do), RFC 6750 §3 WWW-Authenticate challenges, and bare
// HTTP statuses. Error::code is the provider's OAuth error code (or Keyway's "server_error" / "http_error"),
// Error::detail carries HTTP status, code and error_description (redacted, shortened, control characters
// removed). Never includes token values.
class ProtocolError
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolError)

public:
    // True for {"error": ...} (string or object) and Slack-style {"ok": false}.
    static bool isErrorObject(const QJsonObject &object);
    // RFC 6749 §5.2: error, error_description, error_uri. With a 5xx status the code is "server_error" (the
    // provider's code goes to the detail) so callers retry on one code.
    static Error fromObject(const QJsonObject &object, int httpStatus);
    // A non-2xx status without an OAuth error body: "server_error" for 5xx (retry later), "unexpected_redirect"
    // for 3xx (redirects are not followed for credentialed requests), "http_error" otherwise.
    static Error fromHttpStatus(int httpStatus, const QString &what);
    // RFC 6750 §3: Bearer realm="x", error="invalid_token", error_description="...". Code defaults to
    // "invalid_token" for 401.
    static Error fromWwwAuthenticate(const QByteArray &header, int httpStatus);
    // The auth-params of a WWW-Authenticate header (names lower-cased, quoted strings unescaped).
    static QMap<QString, QString> challengeParams(const QByteArray &header);

    // Plain words for an OAuth error code (RFC 6749 §5.2, RFC 6750 §3.1, RFC 7009 §2.2.1, RFC 8628 §3.5,
    // RFC 8707 §2); unknown codes get a generic sentence.
    static QString messageForCode(const QString &code);
    // Provider text made safe for a detail: control characters removed, redacted, at most maxChars.
    static QString sanitize(const QString &text, int maxChars = 300);
};

} // namespace keyway
