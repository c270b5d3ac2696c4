#include "core/ConnectionExpiry.h"

#include "core/ConnectionSettings.h"
#include "core/Keeper.h"
#include "store/ConnectionRecord.h"

#include <QCoreApplication>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionExpiry)
};

QString local(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ConnectionExpiry ConnectionExpiry::of(const ConnectionRecord &record, const QDateTime &now)
{
    ConnectionExpiry e;
    e.now = now;
    const ConnectionSettings settings = ConnectionSettings::fromJson(record.settings);
    switch (settings.authMode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::DeviceCode:
        e.renewable = true;
        break;
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        break;
    }
    e.accessExpiresAt = record.expiresAt;
    e.lastRefreshedAt = record.refreshedAt;
    if (e.renewable) {
        e.hasRefreshToken = record.refreshTokenIssuedAt.isValid();
        e.refresh = RefreshTokenLifetime::of(settings.provider, record);
        if (record.status != ConnectionStatus::Revoked && record.status != ConnectionStatus::NeedsReauthorization
            && Keeper::endsSoon(e.refresh, now, Keeper::Options()))
            e.reconnectBefore = e.refresh.absoluteDeadline;
    }
    return e;
}

QString ConnectionExpiry::line(const QString &integrationName) const
{
    const QString access = accessExpiresAt.isValid() ? Tr::tr("access token expires %1").arg(local(accessExpiresAt))
                                                     : Tr::tr("access token expiry unknown");
    const QString refresh = refreshText(integrationName);
    return refresh.isEmpty() ? access : access + QStringLiteral("; ") + refresh;
}

QString ConnectionExpiry::refreshText(const QString &integrationName) const
{
    if (!renewable)
        return {};
    QStringList parts;
    if (!hasRefreshToken) {
        parts << Tr::tr("no refresh token recorded");
    } else if (refresh.idleDeadline.isValid() && refresh.renewalExtends()) {
        QString text = now < refresh.idleDeadline ? Tr::tr("refresh token lapses %1 if unused").arg(local(refresh.idleDeadline))
                                                  : Tr::tr("refresh token lapsed unused %1").arg(local(refresh.idleDeadline));
        if (refresh.absoluteDeadline.isValid())
            text += Tr::tr(", grant ends %1").arg(local(refresh.absoluteDeadline));
        parts << text;
    } else if (refresh.absoluteDeadline.isValid()) {
        parts << Tr::tr("refresh token ends %1").arg(local(refresh.absoluteDeadline));
    } else {
        parts << Tr::tr("refresh token expiry unknown");
    }
    parts << (lastRefreshedAt.isValid() ? Tr::tr("last refreshed %1").arg(local(lastRefreshedAt)) : Tr::tr("never refreshed"));
    QString text = parts.join(QStringLiteral("; "));
    if (reconnectBefore.isValid())
        text += QStringLiteral(". ") + Tr::tr("Reconnect %1 before %2").arg(integrationName, local(reconnectBefore));
    return text;
}

} // namespace keyway
