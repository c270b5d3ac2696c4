#pragma once

// The one tolerance Keyway allows between this computer's clock and a provider's when it judges the time claims of
// a token it receives (exp, iat, nbf), the same in both directions, and how the two clocks compare when a token is
// refused for its times.
//  - RFC 7519 §4.1.4 / §4.1.5: "some small leeway, usually no more than a few minutes, to account for clock skew";
//    Keyway allows kDefault (5 minutes) either way: exp up to 5 minutes past, iat and nbf up to 5 minutes ahead,
//    and (OpenID Connect Core §3.1.3.7 step 10, iat may reject tokens "issued too far away from the current time")
//    iat up to 5 minutes behind, since a token checked here has just been issued.
//  - The offset between the clocks is measured from the HTTP Date header of the answer that brought the token
//    (RFC 9110 §6.6.1: the origin server's time when it generated the answer), so a refusal can say which clock
//    disagrees instead of blaming this computer's.

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace keyway {

class ClockLeeway
{
public:
    static constexpr int kDefaultSeconds = 300;
    static constexpr std::chrono::seconds kDefault {kDefaultSeconds};

    // The provider's clock minus this computer's: its Date header against this computer's time when the answer
    // arrived. Empty when either is unknown.
    static std::optional<std::chrono::seconds> offset(const QDateTime &providerDate, const QDateTime &receivedAt);

    // A duration for people: "45 s", "7 min 12 s", "2 h 5 min", "3 days" (the sign is ignored).
    static QString describe(std::chrono::seconds duration);

    // The sentence that follows "the token is dated in the future / had expired / was issued too long ago": with
    // the clocks measured, which one is ahead and by how much, or that they agree (then the provider dated the
    // token wrongly); without a measurement, that there is none.
    static QString explain(std::optional<std::chrono::seconds> providerOffset, std::chrono::seconds leeway);
};

} // namespace keyway
