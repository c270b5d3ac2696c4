#pragma once

// The one walker of dot-separated paths into a JSON document ("authed_user.access_token", "0.tenantName"), as an
// integration file writes them in token_response, response_values and api.whoami.account_field, and as the
// token response parser and userinfo read them. A numeric segment indexes an array. In common/ because both the
// catalogue (which checks the paths) and the protocol code (which follows them) use it.

#include <QJsonValue>
#include <QString>

namespace keyway {

class JsonPath
{
public:
    // The value at `path`, or an undefined QJsonValue when any segment is missing. A member whose name is the
    // whole path wins (a form-encoded answer has flat names such as "authed_user.access_token").
    static QJsonValue value(const QJsonValue &root, const QString &path);
    // scalarText() of the value at `path`.
    static QString text(const QJsonValue &root, const QString &path);
    // Strings as they are, whole numbers without exponent or fraction, other numbers with up to 17 significant
    // digits, booleans as true/false; empty for null, arrays, objects and undefined.
    static QString scalarText(const QJsonValue &value);
    // What an integration file may write: segments of letters, digits, '_' and '-', at most 256 characters.
    static bool isValid(const QString &path);
};

} // namespace keyway
