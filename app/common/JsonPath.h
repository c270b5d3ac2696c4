#pragma once

// Dot-separated paths into a JSON document ("authed_user.access_token", "0.tenantName"), as used by an
// integration file's token_response, response_values and api.whoami.account_field. A numeric segment indexes
// an array.

#include <QJsonValue>
#include <QString>

namespace keyway {

class JsonPath
{
public:
    // The value at `path`, or an undefined QJsonValue when any segment is missing.
    static QJsonValue value(const QJsonValue &root, const QString &path);
    // The value as text: strings as they are, numbers without exponent, booleans as true/false; empty otherwise.
    static QString text(const QJsonValue &root, const QString &path);
    static bool isValid(const QString &path);
};

} // namespace keyway
