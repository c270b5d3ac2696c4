#include "cli/InspectCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyway {

void InspectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("connection"), tr("Connection id (or a unique prefix, or its name)"));
    parser.addOption({QStringLiteral("json"), tr("Print the redacted diagnostic bundle as JSON")});
}

void InspectCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (parser.positionalArguments().size() != 1)
        return exit(fail(name(), tr("give exactly one CONNECTION")));
    const auto connection = core.service().resolve(parser.positionalArguments().first());
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    const bool json = parser.isSet(QStringLiteral("json"));
    core.service().diagnostics(connection.value().id, &core.service(), [this, exit, json](const Result<QJsonDocument> &made) {
        if (!made)
            return exit(fail(name(), made.error().toString()));
        const QJsonDocument &bundle = made.value();
        if (json) {
            out() << bundle.toJson(QJsonDocument::Indented);
            return exit(0);
        }
        const QJsonObject c = bundle.object().value(QStringLiteral("connection")).toObject();
        auto line = [](const QString &label, const QString &value) { out() << label.leftJustified(18) << value << Qt::endl; };
        line(tr("Connection"), c.value(QStringLiteral("id")).toString());
        line(tr("Integration"), c.value(QStringLiteral("integration")).toString());
        line(tr("Auth mode"), c.value(QStringLiteral("auth_mode")).toString());
        line(tr("Account"), c.value(QStringLiteral("account")).toString());
        line(tr("Status"),
            c.value(QStringLiteral("status")).toString()
                + (c.value(QStringLiteral("status_detail")).toString().isEmpty()
                        ? QString()
                        : QStringLiteral(" (") + c.value(QStringLiteral("status_detail")).toString() + QLatin1Char(')')));
        line(tr("Expires"), c.value(QStringLiteral("expires_at")).toString());
        QStringList requested, granted;
        for (const QJsonValue &v : c.value(QStringLiteral("requested_scopes")).toArray())
            requested << v.toString();
        for (const QJsonValue &v : c.value(QStringLiteral("granted_scopes")).toArray())
            granted << v.toString();
        line(tr("Requested scopes"), requested.join(QLatin1Char(' ')));
        line(tr("Granted scopes"), granted.join(QLatin1Char(' ')));
        // RFC 9396 §7: each granted authorization detail on a line of its own, as compact JSON.
        const QJsonArray details = c.value(QStringLiteral("granted_authorization_details")).toArray();
        for (const QJsonValue &detail : details)
            line(tr("Granted details"), QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact)));
        const QJsonObject tokens = bundle.object().value(QStringLiteral("tokens")).toObject();
        for (auto it = tokens.begin(); it != tokens.end(); ++it) {
            const QJsonObject t = it.value().toObject();
            line(it.key(), t.value(QStringLiteral("fingerprint")).toString());
            const QJsonObject claims = t.value(QStringLiteral("claims")).toObject();
            for (auto claim = claims.begin(); claim != claims.end(); ++claim) {
                QString value = claim.value().isString()
                    ? claim.value().toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray {claim.value()}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
                if ((claim.key() == QLatin1String("exp") || claim.key() == QLatin1String("iat")
                        || claim.key() == QLatin1String("nbf") || claim.key() == QLatin1String("auth_time"))
                    && claim.value().isDouble())
                    value += QStringLiteral("  (%1)").arg(
                        QDateTime::fromSecsSinceEpoch(qint64(claim.value().toDouble()), Qt::UTC).toString(Qt::ISODate));
                out() << "    " << claim.key().leftJustified(14) << value << Qt::endl;
            }
        }
        out() << tr("Events:") << Qt::endl;
        for (const QJsonValue &v : bundle.object().value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            out() << "  " << e.value(QStringLiteral("at")).toString() << "  "
                  << e.value(QStringLiteral("step")).toString().leftJustified(16)
                  << e.value(QStringLiteral("outcome")).toString().leftJustified(6)
                  << (e.value(QStringLiteral("http_status")).toInt()
                             ? QString::number(e.value(QStringLiteral("http_status")).toInt())
                             : QStringLiteral("-"))
                         .leftJustified(5)
                  << e.value(QStringLiteral("detail")).toString() << Qt::endl;
        }
        exit(0);
    });
}

} // namespace keyway
