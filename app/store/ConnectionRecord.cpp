#include "store/ConnectionRecord.h"

#include <QJsonArray>

namespace keyway {

QString statusToString(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Pending:
        return QStringLiteral("pending");
    case ConnectionStatus::Connected:
        return QStringLiteral("connected");
    case ConnectionStatus::Expiring:
        return QStringLiteral("expiring");
    case ConnectionStatus::NeedsReauthorization:
        return QStringLiteral("needs_reauthorization");
    case ConnectionStatus::Revoked:
        return QStringLiteral("revoked");
    case ConnectionStatus::Error:
        return QStringLiteral("error");
    case ConnectionStatus::Warning:
        return QStringLiteral("warning");
    }
    return QStringLiteral("error");
}

ConnectionStatus statusFromString(const QString &text)
{
    static const QList<ConnectionStatus> all = {ConnectionStatus::Pending, ConnectionStatus::Connected,
        ConnectionStatus::Expiring, ConnectionStatus::NeedsReauthorization, ConnectionStatus::Revoked, ConnectionStatus::Error,
        ConnectionStatus::Warning};
    for (ConnectionStatus s : all)
        if (statusToString(s) == text)
            return s;
    return ConnectionStatus::Error;
}

QJsonObject recordCopy(const ConnectionRecord &r)
{
    return QJsonObject {{QStringLiteral("integration_id"), r.integrationId}, {QStringLiteral("name"), r.name},
        {QStringLiteral("auth_mode"), r.authMode}, {QStringLiteral("account_label"), r.accountLabel},
        {QStringLiteral("account_subject"), r.accountSubject},
        {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(r.requestedScopes)},
        {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(r.grantedScopes)}, {QStringLiteral("settings"), r.settings},
        {QStringLiteral("created_at"), r.createdAt.isValid() ? r.createdAt.toMSecsSinceEpoch() : 0}};
}

std::optional<ConnectionRecord> recordFromCopy(const QString &id, const QJsonObject &copy)
{
    auto list = [&](const char *key) {
        QStringList items;
        for (const QJsonValue &v : copy.value(QLatin1String(key)).toArray())
            if (v.isString())
                items << v.toString();
        return items;
    };
    ConnectionRecord r;
    r.id = id;
    r.integrationId = copy.value(QStringLiteral("integration_id")).toString();
    r.authMode = copy.value(QStringLiteral("auth_mode")).toString();
    if (id.isEmpty() || r.integrationId.isEmpty() || r.authMode.isEmpty())
        return std::nullopt;
    r.name = copy.value(QStringLiteral("name")).toString();
    r.accountLabel = copy.value(QStringLiteral("account_label")).toString();
    r.accountSubject = copy.value(QStringLiteral("account_subject")).toString();
    r.requestedScopes = list("requested_scopes");
    r.grantedScopes = list("granted_scopes");
    r.settings = copy.value(QStringLiteral("settings")).toObject();
    const qint64 created = qint64(copy.value(QStringLiteral("created_at")).toDouble());
    if (created > 0)
        r.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    return r;
}

} // namespace keyway
