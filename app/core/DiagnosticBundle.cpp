#include "core/DiagnosticBundle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>

#include <algorithm>

namespace keyway::DiagnosticBundle {

namespace {

const QString kLeftOut = QStringLiteral("(left out)");

QString claimWords(const QString &claim)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("sub"), QT_TRANSLATE_NOOP("DiagnosticBundle", "subject (user id)")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("DiagnosticBundle", "name")},
        {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("DiagnosticBundle", "given name")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("DiagnosticBundle", "family name")},
        {QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("DiagnosticBundle", "middle name")},
        {QStringLiteral("nickname"), QT_TRANSLATE_NOOP("DiagnosticBundle", "nickname")},
        {QStringLiteral("preferred_username"), QT_TRANSLATE_NOOP("DiagnosticBundle", "user name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("DiagnosticBundle", "e-mail address")},
        {QStringLiteral("phone_number"), QT_TRANSLATE_NOOP("DiagnosticBundle", "phone number")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("DiagnosticBundle", "postal address")},
        {QStringLiteral("birthdate"), QT_TRANSLATE_NOOP("DiagnosticBundle", "birth date")},
        {QStringLiteral("picture"), QT_TRANSLATE_NOOP("DiagnosticBundle", "picture")},
        {QStringLiteral("profile"), QT_TRANSLATE_NOOP("DiagnosticBundle", "profile page")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("DiagnosticBundle", "web site")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("DiagnosticBundle", "gender")},
        {QStringLiteral("upn"), QT_TRANSLATE_NOOP("DiagnosticBundle", "user principal name")},
        {QStringLiteral("unique_name"), QT_TRANSLATE_NOOP("DiagnosticBundle", "user name")},
    };
    const char *text = words.value(claim);
    return text ? QCoreApplication::translate("DiagnosticBundle", text) : claim;
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

// Personal values, longest first (so "Alice Liddell" is replaced before "Alice"), with what each one is.
QList<QPair<QString, QString>> collect(const QJsonObject &bundle)
{
    QList<QPair<QString, QString>> found;
    auto add = [&found](const QString &what, const QString &value) {
        if (value.trimmed().size() < 3 || value == kLeftOut)
            return;
        for (const auto &[w, v] : std::as_const(found))
            if (v == value)
                return;
        found.append({what, value});
    };
    const QJsonObject tokens = bundle.value(QLatin1String("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QJsonObject claims = it.value().toObject().value(QLatin1String("claims")).toObject();
        for (const QString &claim : personalClaims()) {
            const QJsonValue v = claims.value(claim);
            if (v.isObject()) { // the address claim is a JSON object (OpenID Connect Core §5.1.1)
                const QJsonObject address = v.toObject();
                for (auto part = address.begin(); part != address.end(); ++part)
                    add(claimWords(claim), valueText(part.value()));
            } else {
                add(claimWords(claim), valueText(v));
            }
        }
    }
    // The claims say what a value is ("e-mail address"); the account label is named only when no claim did.
    const QJsonObject connection = bundle.value(QLatin1String("connection")).toObject();
    add(QCoreApplication::translate("DiagnosticBundle", "account"), connection.value(QLatin1String("account")).toString());
    add(QCoreApplication::translate("DiagnosticBundle", "subject (user id)"),
        connection.value(QLatin1String("subject")).toString());
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.second.size() > b.second.size(); });
    return found;
}

QJsonValue scrub(const QJsonValue &value, const QList<QPair<QString, QString>> &personal)
{
    if (value.isString()) {
        QString text = value.toString();
        for (const auto &[what, v] : personal)
            text.replace(v, kLeftOut, Qt::CaseInsensitive);
        return text;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(scrub(item, personal));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), scrub(it.value(), personal));
        return out;
    }
    if (value.isDouble()) {
        const QString number = valueText(value);
        for (const auto &[what, v] : personal)
            if (v == number)
                return kLeftOut;
    }
    return value;
}

} // namespace

QJsonObject environment(const QString &secretStore)
{
    return {{QStringLiteral("keyway_version"), QStringLiteral(KEYWAY_VERSION)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("platform"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()}, {QStringLiteral("secret_store"), secretStore}};
}

const QStringList &personalClaims()
{
    static const QStringList claims = {QStringLiteral("sub"), QStringLiteral("name"), QStringLiteral("given_name"),
        QStringLiteral("family_name"), QStringLiteral("middle_name"), QStringLiteral("nickname"),
        QStringLiteral("preferred_username"), QStringLiteral("email"), QStringLiteral("phone_number"), QStringLiteral("address"),
        QStringLiteral("birthdate"), QStringLiteral("picture"), QStringLiteral("profile"), QStringLiteral("website"),
        QStringLiteral("gender"), QStringLiteral("upn"), QStringLiteral("unique_name")};
    return claims;
}

QStringList personalData(const QJsonObject &bundle)
{
    QStringList lines;
    QList<QPair<QString, QString>> found = collect(bundle);
    // In the order a reader meets them, not longest first.
    for (const auto &[what, value] : std::as_const(found))
        lines << QStringLiteral("%1: %2").arg(what, value);
    std::sort(lines.begin(), lines.end());
    return lines;
}

QJsonObject withoutPersonalData(const QJsonObject &bundle)
{
    const QList<QPair<QString, QString>> personal = collect(bundle);
    QJsonObject out = scrub(bundle, personal).toObject();
    QJsonArray kinds;
    for (const auto &[what, value] : personal)
        if (!kinds.contains(what))
            kinds.append(what);
    out.insert(
        QStringLiteral("personal_data"), QJsonObject {{QStringLiteral("included"), false}, {QStringLiteral("left_out"), kinds}});
    return out;
}

QJsonObject withPersonalDataNoted(const QJsonObject &bundle)
{
    QJsonObject out = bundle;
    QJsonArray kinds;
    for (const auto &[what, value] : collect(bundle))
        if (!kinds.contains(what))
            kinds.append(what);
    out.insert(
        QStringLiteral("personal_data"), QJsonObject {{QStringLiteral("included"), true}, {QStringLiteral("kinds"), kinds}});
    return out;
}

} // namespace keyway::DiagnosticBundle
