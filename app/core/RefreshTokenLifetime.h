#pragma once

#include <QDateTime>

namespace keyway {

struct ConnectionRecord;
struct ProviderConfig;

// How long a connection's refresh token, and the grant behind it, will keep working without the user, from the
// provider's documented lifetimes (the integration's oauth.refresh_token block, kept in the connection's settings)
// and what the connection's record says of its grant (ConnectionRecord: granted, refresh token issued, last used).
// RFC 6749 §6 lets a provider end a refresh token whenever it likes; these are only the ends it documents:
//  - an idle lifetime: a refresh token not used for so long stops working. Using it (or the new one a rotation
//    returns) starts the count again, unless the provider says use does not extend it (then it counts from issue);
//  - an absolute lifetime: the grant ends so long after the user granted it, used or not; only the user can renew
//    it, by connecting again.
// Unknown stays unknown (invalid times): a lifetime is never guessed.
struct RefreshTokenLifetime
{
    QDateTime idleDeadline; // the refresh token lapses unused at this time
    QDateTime absoluteDeadline; // the grant ends at this time, whatever Keyway does
    qint64 idleSeconds = 0; // the documented lifetimes (0: not documented)
    qint64 absoluteSeconds = 0;

    // The sooner of the two known deadlines (invalid when neither is known).
    QDateTime expiresAt() const;
    // Whether a refresh now would move the refresh token's end later: the idle deadline comes before the grant's end.
    bool renewalExtends() const;

    // Nothing known when the connection has no refresh token (its record says none was issued).
    static RefreshTokenLifetime of(const ProviderConfig &provider, const ConnectionRecord &record);
};

} // namespace keyway
