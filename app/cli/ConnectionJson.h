#pragma once

#include "store/ConnectionRecord.h"

#include <QJsonObject>

namespace keyway {

// JSON views of a connection for `--json` output: never a secret, only fingerprints.
namespace ConnectionJson {
QJsonObject summary(const ConnectionRecord &record);
// The status word for people: "disconnected, not revoked" when disconnecting could not revoke at the provider.
QString statusText(const ConnectionRecord &record);
QJsonObject event(const ConnectionEvent &event);
} // namespace ConnectionJson

} // namespace keyway
