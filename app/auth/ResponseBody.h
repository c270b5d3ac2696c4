#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace keyway {

// Reads what a provider sent back (token, revocation, introspection and userinfo endpoints) into a JSON
// object, whatever the provider chose to send: JSON, application/x-www-form-urlencoded (GitHub answers form
// unless asked for JSON), or - by mistake - a web page. The body's content decides: a body starting with "{"
// is JSON and "a=b&c=d" is a form whatever the Content-Type says, because providers get the header wrong.
// The Content-Type and the configured format only pick the words of the error for a body that is neither.
// Pure functions, safe on any input.
class ResponseBody
{
    Q_DECLARE_TR_FUNCTIONS(ResponseBody)

public:
    static constexpr qint64 kMaxBytes = 1024 * 1024; // larger answers are refused (and aborted on the wire)

    enum class Kind { Empty, Json, Form, Html, Unknown };
    static Kind detect(const QByteArray &contentType, const QByteArray &body);

    // `what` names the expected answer in messages ("a token response"). Errors: "response_too_large",
    // "empty_response", "html_response", "invalid_response". error.httpStatus is set to httpStatus.
    static Result<QJsonObject> toObject(
        int httpStatus, const QByteArray &contentType, const QByteArray &body, const QString &formatHint, const QString &what);

    // application/x-www-form-urlencoded ("+" is a space); the first of repeated names wins. Values are strings.
    static QJsonObject parseForm(const QByteArray &body);

    // Paths into the object read here: common/JsonPath.

    // The readable text of an HTML page (scripts, styles, comments and tags removed, whitespace collapsed),
    // at most maxChars characters, for error details.
    static QString htmlText(const QByteArray &body, int maxChars = 200);
};

} // namespace keyway
