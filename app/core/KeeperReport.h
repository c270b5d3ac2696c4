#pragma once

#include "core/RefreshTokenLifetime.h"

#include <QDateTime>
#include <QString>

namespace keyway {

// What the keeper (Keeper) found and did for one connection: one line of `keyway keep-alive`, one notification.
struct KeeperReport
{
    enum class Outcome {
        Renewed, // its refresh token would have lapsed unused within the margin: renewed, its idle time starts again
        Fine, // nothing to do now
        Unknown, // the provider documents no lifetime for its refresh tokens (or it has none): nothing to keep
        NeedsUser, // the grant is gone (invalid_grant, or past its absolute lifetime): the user must connect again
        Failed, // a renewal was due and failed for a reason that may pass (network, 5xx, locked keychain)
    };

    QString connectionId;
    QString label; // the connection's name, else its integration
    QString integrationName; // "Xero", for "Reconnect Xero before ..."
    Outcome outcome = Outcome::Fine;
    RefreshTokenLifetime lifetime; // as it stands after what the keeper did
    QString detail; // the error of a failed renewal
    // Valid when the grant reaches its absolute lifetime within the warning window: only the user can renew it, by
    // connecting again before then ("Reconnect Xero before 12 January 2027").
    QDateTime reconnectBefore;

    // Whether the user must act: reconnect now or soon.
    bool needsUser() const { return outcome == Outcome::NeedsUser || reconnectBefore.isValid(); }
    // Whether this run failed for the connection (`keyway keep-alive` exits non-zero).
    bool failed() const { return needsUser() || outcome == Outcome::Failed; }
    // "renewed", "ok", "unknown", "reconnect", "needs you", "failed": the first word of the line ("reconnect" for a
    // grant ending soon, renewed or not).
    QString word() const;
    // The rest of the line, e.g. "Reconnect Xero before 12 January 2027 (its grant ends then, whatever is done)".
    QString sentence() const;

private:
    QString situation() const; // the sentence without the warning
};

} // namespace keyway
