#pragma once

#include "common/Error.h"
#include "store/ConnectionRecord.h"

#include <QList>

namespace keyway {

// The connection state machine in one place. Every change of a connection's status goes through next(), and
// next() reads the one table below (transitions()); TestConnectionState checks every state against every event.
//
//   event                  from                                   to
//   Authorized             any                                    Connected
//   Refreshed / Verified   Pending, Connected, Expiring,          Connected  (a success clears a temporary problem,
//                          Warning, Error                                     and an error the user has since fixed)
//   ExpiringUnrefreshable  Connected, Warning                     Expiring
//   TransientFailure       Connected, Expiring                    Warning    (network, 5xx, a locked keychain: kept,
//                          Warning                                Warning     retried later, cleared by the next
//                                                                             success; never shown as "Error")
//   Failed                 Pending, Connected, Expiring, Warning  Error      (needs the user: the provider refused
//                                                                             the client, a setting is wrong)
//   GrantRejected          any but Revoked                        NeedsReauthorization (invalid_grant)
//   CredentialsLost        any but Revoked                        NeedsReauthorization (the keychain has no tokens)
//   Revoked                any                                    Revoked
//   anything else: no change. In particular NeedsReauthorization and Revoked stay put on Refreshed, Verified,
//   TransientFailure and Failed: a stray late answer cannot revive them, and a temporary problem never hides an
//   Error that waits for the user.
namespace ConnectionState {

enum class Event {
    Authorized, // a flow completed (first connect or reconnect)
    Refreshed, // a refresh (or re-request) gave a new access token
    Verified, // the provider accepted the current token (the window's check at start-up)
    ExpiringUnrefreshable, // expiry is near and there is no way to refresh
    TransientFailure, // network, 5xx, timeout, malformed answer, keychain temporarily unavailable
    Failed, // a failure only the user can fix (invalid_client, unauthorized_client, a refused URL)
    GrantRejected, // invalid_grant / revoked refresh token
    CredentialsLost, // the keychain no longer holds the connection's tokens
    Revoked, // the user disconnected
};

struct Transition
{
    QList<ConnectionStatus> from; // empty: any state
    Event event;
    ConnectionStatus to;
};

// The table next() reads, in order: the first row whose event matches and whose `from` holds the current state.
const QList<Transition> &transitions();
ConnectionStatus next(ConnectionStatus current, Event event);

// Which event a failed renewal or check is: invalid_grant (or no refresh token) is GrantRejected; a keychain that has
// no entry for the connection ("not_found") is CredentialsLost; an error the provider gives about the
// client or the request (RFC 6749 §5.2: invalid_client, unauthorized_client, unsupported_grant_type, invalid_scope,
// invalid_request) or a URL Keyway refuses is Failed; everything else (no answer, 5xx, 429, a page instead of JSON,
// the keychain) is TransientFailure.
Event failureEvent(const Error &error);

// Whether the user has to act (Reconnect, fix a setting) for the connection to work again.
bool needsUser(ConnectionStatus status);
// How much a status asks for attention, for sorting and for the sidebar's worst status: higher is worse.
int urgency(ConnectionStatus status);
QString describe(ConnectionStatus status); // plain words for the user

} // namespace ConnectionState

} // namespace keyway
