#include "common/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace keyway {

QJsonValue JsonPath::value(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (root.isObject() && root.toObject().contains(path))
        return root.toObject().value(path);
    QJsonValue current = root;
    const QStringList segments = path.split(QLatin1Char('.'));
    for (const QString &segment : segments) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(segment))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(segment);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString JsonPath::text(const QJsonValue &root, const QString &path)
{
    return scalarText(value(root, path));
}

QString JsonPath::scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // A whole number within qint64's exact range prints without a fraction (and the cast is defined).
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Null:
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

bool JsonPath::isValid(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    return path.size() <= 256 && re.match(path).hasMatch();
}

} // namespace keyway
