#include "core/RefreshTokenLifetime.h"

#include "auth/ProviderConfig.h"
#include "store/ConnectionRecord.h"

namespace keyway {

QDateTime RefreshTokenLifetime::expiresAt() const
{
    if (!idleDeadline.isValid())
        return absoluteDeadline;
    if (!absoluteDeadline.isValid())
        return idleDeadline;
    return qMin(idleDeadline, absoluteDeadline);
}

bool RefreshTokenLifetime::renewalExtends() const
{
    return idleDeadline.isValid() && (!absoluteDeadline.isValid() || idleDeadline < absoluteDeadline);
}

RefreshTokenLifetime RefreshTokenLifetime::of(const ProviderConfig &provider, const ConnectionRecord &record)
{
    RefreshTokenLifetime lifetime;
    // recordAuthorized() and a rotation set refreshTokenIssuedAt only when a refresh token came: none, nothing to count.
    if (!record.refreshTokenIssuedAt.isValid())
        return lifetime;
    lifetime.idleSeconds = provider.refreshIdleLifetimeSeconds;
    lifetime.absoluteSeconds = provider.refreshAbsoluteLifetimeSeconds;
    if (lifetime.idleSeconds > 0) {
        QDateTime from = record.refreshTokenIssuedAt;
        // A refresh that returns no new refresh token used the old one: its idle time starts again then.
        if (provider.refreshUseExtendsLifetime.value_or(true) && record.refreshTokenUsedAt.isValid())
            from = qMax(from, record.refreshTokenUsedAt);
        lifetime.idleDeadline = from.addSecs(lifetime.idleSeconds);
    }
    if (lifetime.absoluteSeconds > 0) {
        // A record recovered without its grant time: the connection's creation, the earliest the grant can be.
        const QDateTime granted = record.grantIssuedAt.isValid() ? record.grantIssuedAt : record.createdAt;
        if (granted.isValid())
            lifetime.absoluteDeadline = granted.addSecs(lifetime.absoluteSeconds);
    }
    return lifetime;
}

} // namespace keyway
