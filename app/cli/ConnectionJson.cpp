#include "cli/ConnectionJson.h"

#include <QJsonArray>

namespace keyway::ConnectionJson {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject summary(const ConnectionRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("integration"), r.integrationId},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("auth_mode"), r.authMode},
                       {QStringLiteral("account"), r.accountLabel},
                       {QStringLiteral("subject"), r.accountSubject},
                       {QStringLiteral("status"), statusToString(r.status)},
                       {QStringLiteral("status_detail"), r.statusDetail},
                       {QStringLiteral("expires_at"), time(r.expiresAt)},
                       {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(r.requestedScopes)},
                       {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(r.grantedScopes)},
                       {QStringLiteral("token_fingerprint"), r.tokenFingerprint},
                       {QStringLiteral("created_at"), time(r.createdAt)},
                       {QStringLiteral("updated_at"), time(r.updatedAt)}};
}

QJsonObject event(const ConnectionEvent &e)
{
    return QJsonObject{{QStringLiteral("at"), time(e.at)},
                       {QStringLiteral("step"), e.step},
                       {QStringLiteral("outcome"), e.outcome},
                       {QStringLiteral("http_status"), e.httpStatus},
                       {QStringLiteral("detail"), e.detail}};
}

} // namespace keyway::ConnectionJson
