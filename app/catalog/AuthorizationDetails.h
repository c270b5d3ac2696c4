#pragma once

#include <QJsonValue>
#include <QString>

namespace keyway {

// RFC 9396 rich authorization requests: the shape an `authorization_details` value must have before Keyway sends it
// (an integration file's oauth.authorization_details, `connect --authorization-details FILE`). The meaning of each
// type is the provider's; only the common rules are checked here, in one place for every source.
namespace AuthorizationDetails {

// Why `value` is not a valid authorization_details value, or empty when it is: a JSON array (§2) of objects, each
// with a non-empty string "type" (§2); the common fields locations, actions, datatypes and privileges, when present,
// arrays of non-empty strings (§2.2), identifier a string. An empty array is refused (it asks for nothing).
QString problem(const QJsonValue &value);

} // namespace AuthorizationDetails

} // namespace keyway
