#include "cli/ConnectionJson.h"

#include "core/ConnectionExpiry.h"
#include "core/ConnectionSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyway::ConnectionJson {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QString statusText(const ConnectionRecord &r)
{
    // A disconnected connection whose token could not be revoked (or had no revocation endpoint) is not called
    // "revoked": its status_detail says so.
    if (r.status == ConnectionStatus::Revoked && !r.statusDetail.isEmpty())
        return QCoreApplication::translate("ConnectionJson", "disconnected, not revoked");
    return statusToString(r.status);
}

QJsonObject summary(const ConnectionRecord &r)
{
    QJsonObject json {{QStringLiteral("id"), r.id}, {QStringLiteral("integration"), r.integrationId},
        {QStringLiteral("name"), r.name}, {QStringLiteral("auth_mode"), r.authMode}, {QStringLiteral("account"), r.accountLabel},
        {QStringLiteral("subject"), r.accountSubject}, {QStringLiteral("status"), statusToString(r.status)},
        {QStringLiteral("status_detail"), r.statusDetail}, {QStringLiteral("expires_at"), time(r.expiresAt)},
        {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(r.requestedScopes)},
        {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(r.grantedScopes)},
        {QStringLiteral("token_fingerprint"), r.tokenFingerprint}, {QStringLiteral("created_at"), time(r.createdAt)},
        {QStringLiteral("updated_at"), time(r.updatedAt)}};
    if (r.status == ConnectionStatus::Revoked)
        json.insert(QStringLiteral("revoked_at_provider"), r.statusDetail.isEmpty());
    // RFC 8693: the connection whose token was exchanged for this one's (keyway token --save-as).
    if (const QString parent = ConnectionSettings::fromJson(r.settings).derivedFrom; !parent.isEmpty())
        json.insert(QStringLiteral("derived_from"), parent);
    // Issue 23: the refresh token's end (null: unknown or none), the grant's documented end, the last renewal.
    const ConnectionExpiry expiry = ConnectionExpiry::of(r, QDateTime::currentDateTimeUtc());
    json.insert(QStringLiteral("refreshed_at"), time(r.refreshedAt));
    json.insert(QStringLiteral("refresh_token_expires_at"), time(expiry.refresh.expiresAt()));
    json.insert(QStringLiteral("grant_expires_at"), time(expiry.refresh.absoluteDeadline));
    json.insert(QStringLiteral("reconnect_before"), time(expiry.reconnectBefore));
    return json;
}

QJsonObject event(const ConnectionEvent &e)
{
    return QJsonObject {{QStringLiteral("at"), time(e.at)}, {QStringLiteral("step"), e.step},
        {QStringLiteral("outcome"), e.outcome}, {QStringLiteral("http_status"), e.httpStatus},
        {QStringLiteral("detail"), e.detail}};
}

} // namespace keyway::ConnectionJson
