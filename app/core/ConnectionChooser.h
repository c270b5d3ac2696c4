#pragma once

#include "common/Result.h"
#include "store/ConnectionRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace keyway {

// Which connection a broker front-end (token, exec, git-credential; issue 21) means when the user may have several
// accounts of one integration. A reference names a connection by, in this order: its id, a unique prefix of the id
// (4+ characters), its name, its account, or its integration's id. When several connections answer to one
// reference (one account connected through two integrations, or an integration with several accounts), the one the
// user made its integration's default is chosen; without one the answer is "ambiguous", naming them. A connection
// that was disconnected (revoked) answers only to its id or name: it has no credential to hand over; nor does one
// derived from an exchanged token (DerivedConnection) answer for its integration: its token is for another service.
namespace ConnectionChooser {

// `defaults`: integration id → connection id, as ConnectionRepository::defaultConnections() has them.
Result<ConnectionRecord> choose(
    const QList<ConnectionRecord> &connections, const QHash<QString, QString> &defaults, const QString &reference);
// Among several candidates: the one that is its integration's default, when exactly one is; else none.
std::optional<ConnectionRecord> defaultAmong(const QList<ConnectionRecord> &candidates, const QHash<QString, QString> &defaults);

} // namespace ConnectionChooser

} // namespace keyway
