#include "inspector/JwtDisplay.h"

#include "jose/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace keyway {

namespace {
// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JwtDisplay)
};

QString relative(qint64 secs)
{
    // iat is usually "now" when the tokens arrive: say so rather than "in 0 s".
    if (std::abs(secs) < 5)
        return Tr::tr("just now");
    const qint64 a = std::abs(secs);
    QString span;
    if (a >= 86400)
        span = Tr::tr("%1 d").arg(a / 86400);
    else if (a >= 3600)
        span = Tr::tr("%1 h %2 min").arg(a / 3600).arg((a % 3600) / 60);
    else if (a >= 60)
        span = Tr::tr("%1 min").arg(a / 60);
    else
        span = Tr::tr("%1 s").arg(a);
    return secs >= 0 ? Tr::tr("in %1").arg(span) : Tr::tr("%1 ago").arg(span);
}
} // namespace

JwtDisplay JwtDisplay::decode(const QByteArray &token)
{
    // jose/Jwt reads the token (the one decoder); this only says in the inspector's words what it is.
    JwtDisplay d;
    const Result<Jwt> jwt = Jwt::decode(QString::fromLatin1(token));
    if (jwt) {
        d.isJwt = true;
        d.header = jwt.value().header();
        d.claims = jwt.value().claims();
    } else if (jwt.error().code == QLatin1String("encrypted_jwt")) {
        d.error = Tr::tr("An encrypted JWT (JWE): its content cannot be shown.");
    } else if (Jwt::clean(QString::fromLatin1(token)).count(QLatin1Char('.')) == 2) {
        d.error = Tr::tr("Looks like a JWT but its parts are not base64url JSON.");
    } else {
        d.error = Tr::tr("Opaque token: not a JWT, so only the provider can tell what it means.");
    }
    return d;
}

bool JwtDisplay::isTimeClaim(const QString &name)
{
    static const QStringList names = {QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf"),
        QStringLiteral("auth_time"), QStringLiteral("updated_at")};
    return names.contains(name);
}

QString JwtDisplay::valueText(const QString &name, const QJsonValue &value, const QDateTime &now)
{
    if (isTimeClaim(name) && value.isDouble()) {
        const qint64 secs = qint64(value.toDouble());
        const QDateTime at = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        return Tr::tr("%1 (%2, %3)")
            .arg(QString::number(secs), QLocale().toString(at.toLocalTime(), QLocale::LongFormat), relative(now.secsTo(at)));
    }
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace keyway
