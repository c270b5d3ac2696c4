#pragma once

#include "core/RefreshTokenLifetime.h"

#include <QDateTime>
#include <QString>

namespace keyway {

struct ConnectionRecord;

// When a connection's credentials stop working, as the user sees it (issue 23, "honest list"): the access token's
// expiry, the refresh token's (RefreshTokenLifetime: lapsing unused, or the grant's end), when it was last renewed,
// and the warning to reconnect before the grant ends (the keeper's warning window, Keeper::endsSoon). One line of
// `keyway connections`, the same in the window. Unknown is said as unknown.
struct ConnectionExpiry
{
    bool renewable = false; // a mode that holds a refresh token (authorization code, device code)
    bool hasRefreshToken = false; // one was issued with the grant
    QDateTime accessExpiresAt;
    RefreshTokenLifetime refresh;
    QDateTime lastRefreshedAt; // invalid: never since sign-in
    QDateTime reconnectBefore; // valid: the grant ends within the warning window
    QDateTime now; // when it was worked out

    static ConnectionExpiry of(const ConnectionRecord &record, const QDateTime &now);
    // "access token expires 2026-12-06 15:00; refresh token lapses 2027-03-06 12:00 if unused; last refreshed
    // 2026-12-05 10:00. Reconnect Xero before 2027-01-12 14:00" (local times); empty for a revoked connection and
    // for modes whose credential has no expiry Keyway tracks (API key, Basic).
    QString line(const QString &integrationName) const;
    // The refresh token's part of the line alone (empty for modes without one), for the window's connection page.
    QString refreshText(const QString &integrationName) const;
};

} // namespace keyway
