#pragma once

#include <QDateTime>

namespace keyway {

// When a connection's access token is renewed without being asked to, in one place. Providers issue tokens that
// live an hour, five minutes or five seconds; renewing a fixed two minutes before expiry would renew a 90-second
// token at once, again and again, each time rotating the refresh token and writing the keychain — a storm that
// gets a client banned. So:
//  - a token is due when it expires within its lead: the configured lead (120 s), but at most a quarter of the
//    token's lifetime (expires_in as issued);
//  - a token is never renewed automatically sooner than minInterval after the previous renewal was sent: half its
//    lifetime, between 1 s and 60 s;
//  - the window's scheduler renews ahead of time only a token that was used since it was obtained; an idle
//    connection is renewed when next used (and by the keeper when its grant would lapse);
//  - after a failed renewal the scheduler backs off: 30 s, doubling up to 15 minutes.
// A forced refresh (keyway token --refresh, a 401 from the API) is not held back by these rules, except that one
// asked for within kForcedCoalesceMs after another process renewed takes that result (it is as fresh as can be).
namespace RefreshPolicy {

constexpr int kDefaultLeadSeconds = 120;
constexpr qint64 kForcedCoalesceMs = 2000;
constexpr qint64 kMinIntervalFloorMs = 1000;
constexpr qint64 kMinIntervalCeilingMs = 60 * 1000;
constexpr qint64 kFailureBackoffMs = 30 * 1000;
constexpr qint64 kFailureBackoffCeilingMs = 15 * 60 * 1000;

// The lifetime the provider gave the token (expiresAt - obtainedAt), -1 when either is unknown or it is not positive.
qint64 lifetimeMs(const QDateTime &obtainedAt, const QDateTime &expiresAt);
// How long before expiry the token is due for renewal.
qint64 leadMs(const QDateTime &obtainedAt, const QDateTime &expiresAt, int configuredLeadSeconds);
// The shortest time between two automatic renewals of one connection.
qint64 minIntervalMs(const QDateTime &obtainedAt, const QDateTime &expiresAt);
// Whether an unforced renewal should happen now: the token is due, and the previous renewal (sent at
// `lastRenewalSentAt`, invalid when none) is at least minInterval old. An unknown expiry is never due (the API's
// 401 tells).
bool isDue(const QDateTime &obtainedAt, const QDateTime &expiresAt, const QDateTime &lastRenewalSentAt, int configuredLeadSeconds,
    const QDateTime &now);
// When the scheduler should renew next, or an invalid time for "not on its own": not before the token is due,
// not sooner than minInterval after the last renewal, and only for a token used since it was obtained.
QDateTime nextScheduledRenewal(const QDateTime &obtainedAt, const QDateTime &expiresAt, const QDateTime &lastRenewalSentAt,
    bool usedSinceObtained, int configuredLeadSeconds, const QDateTime &now);
// The wait before retrying after `failures` failed renewals in a row (1, 2, ...).
qint64 failureBackoffMs(int failures);

} // namespace RefreshPolicy

} // namespace keyway
