#include "catalog/AuthorizationDetails.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyway::AuthorizationDetails {

QString problem(const QJsonValue &value)
{
    if (!value.isArray())
        return QStringLiteral("authorization_details must be a JSON array of objects");
    const QJsonArray details = value.toArray();
    if (details.isEmpty())
        return QStringLiteral("authorization_details is empty");
    for (qsizetype i = 0; i < details.size(); ++i) {
        const QString entry = QStringLiteral("entry %1").arg(i + 1);
        if (!details.at(i).isObject())
            return entry + QStringLiteral(" is not a JSON object");
        const QJsonObject detail = details.at(i).toObject();
        const QJsonValue type = detail.value(QLatin1String("type"));
        if (!type.isString() || type.toString().trimmed().isEmpty())
            return entry + QStringLiteral(" has no \"type\" (RFC 9396 §2 requires one)");
        for (const char *field : {"locations", "actions", "datatypes", "privileges"}) {
            const QString name = QString::fromLatin1(field);
            if (!detail.contains(name))
                continue;
            const QJsonValue list = detail.value(name);
            bool ok = list.isArray();
            for (const QJsonValue &item : list.toArray())
                ok = ok && item.isString() && !item.toString().isEmpty();
            if (!ok)
                return entry + QStringLiteral(": \"%1\" must be an array of non-empty strings").arg(name);
        }
        if (detail.contains(QLatin1String("identifier")) && !detail.value(QLatin1String("identifier")).isString())
            return entry + QStringLiteral(": \"identifier\" must be a string");
    }
    return {};
}

} // namespace keyway::AuthorizationDetails
