#pragma once

#include "store/ConnectionRecord.h"

namespace keyway {

// The connection state machine in one place. Every change of a connection's status goes through next(), so
// the rules below are the whole story:
//
//   any state       --Authorized-------------> Connected
//   Connected       --ExpiringUnrefreshable--> Expiring
//   Connected/Expiring/Error --Refreshed------> Connected
//   Connected/Expiring --TransientFailure-----> Error (retried later; the connection is kept)
//   any but Revoked --GrantRejected----------> NeedsReauthorization (invalid_grant: only the user can fix it)
//   any             --Revoked----------------> Revoked
//   NeedsReauthorization / Revoked stay put on Refreshed/TransientFailure: a stray late answer cannot revive them.
namespace ConnectionState {

enum class Event {
    Authorized,              // a flow completed (first connect or reconnect)
    Refreshed,               // a refresh (or re-request) gave a new access token
    ExpiringUnrefreshable,   // expiry is near and there is no way to refresh
    TransientFailure,        // network, 5xx, keychain temporarily unavailable
    GrantRejected,           // invalid_grant / revoked refresh token
    Revoked,                 // the user disconnected
};

ConnectionStatus next(ConnectionStatus current, Event event);
QString describe(ConnectionStatus status);   // plain words for the user

} // namespace ConnectionState

} // namespace keyway
