#include "cli/ConnectionsCommand.h"

#include "catalog/Catalog.h"
#include "cli/ConnectionJson.h"
#include "core/ConnectionExpiry.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/KeychainRecovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

void ConnectionsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("default"),
        tr("default INTEGRATION CONNECTION: the connection token, exec and git-credential use for INTEGRATION "
           "when several are connected and none is named"),
        QStringLiteral("[default INTEGRATION CONNECTION]"));
    parser.addOption({QStringLiteral("json"), tr("Print JSON")});
    parser.addOption({QStringLiteral("recover"),
        tr("Rebuild the connections the database lost from their entries in the keychain, then list them")});
    parser.addOption({QStringLiteral("revoke-lost"),
        tr("Revoke the connections the database lost at their providers and delete their keychain entries")});
}

bool ConnectionsCommand::handlesLostConnections(const QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("recover")) || parser.isSet(QStringLiteral("revoke-lost"));
}

void ConnectionsCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("default") || positional.size() != 3)
            return exit(fail(name(), tr("the only subcommand is: default INTEGRATION CONNECTION")));
        return setDefault(core, positional.at(1), positional.at(2), exit);
    }
    const bool recover = parser.isSet(QStringLiteral("recover"));
    const bool revoke = parser.isSet(QStringLiteral("revoke-lost"));
    if (recover && revoke)
        return exit(fail(name(), tr("give --recover or --revoke-lost, not both")));
    if (recover) {
        return core.recovery().recover(&core.service(), [this, &core, &parser, exit](const KeychainRecovery::Outcome &outcome) {
            err() << KeychainRecovery::describeRecovery(outcome) << Qt::endl;
            if (!outcome.error.isNull() || !outcome.failed.isEmpty())
                return exit(1);
            list(core, parser, exit);
        });
    }
    if (revoke) {
        return core.recovery().revokeAndRemove(&core.service(), [this, exit](const KeychainRecovery::Outcome &outcome) {
            err() << KeychainRecovery::describeRemoval(outcome) << Qt::endl;
            exit(outcome.error.isNull() && outcome.failed.isEmpty() ? 0 : 1);
        });
    }
    list(core, parser, exit);
}

void ConnectionsCommand::setDefault(CoreContext &core, const QString &integration, const QString &reference, Exit exit)
{
    const auto connection = core.service().resolve(reference);
    if (!connection)
        return exit(fail(name(), connection.error().toString()));
    if (connection.value().integrationId != integration)
        return exit(fail(
            name(), tr("%1 is a connection of %2, not of %3").arg(reference, connection.value().integrationId, integration)));
    const Error error = core.service().setDefaultConnection(connection.value().id);
    if (!error.isNull())
        return exit(fail(name(), error.toString()));
    err() << tr("Default for %1: %2")
                 .arg(integration, connection.value().name.isEmpty() ? connection.value().id : connection.value().name)
          << Qt::endl;
    exit(0);
}

void ConnectionsCommand::list(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QList<ConnectionRecord> list = core.service().connections();
    const QHash<QString, QString> defaults = core.service().defaultConnections();
    const auto isDefault = [&defaults](const ConnectionRecord &r) { return defaults.value(r.integrationId) == r.id; };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ConnectionRecord &r : list) {
            QJsonObject summary = ConnectionJson::summary(r);
            summary.insert(QStringLiteral("default"), isDefault(r));
            array.append(summary);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return exit(0);
    }
    if (list.isEmpty()) {
        err() << tr("No connections yet. Connect one with: keyway connect INTEGRATION") << Qt::endl;
        return exit(0);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ConnectionRecord &r : list) {
        out() << r.id.left(8) << "  " << r.name.leftJustified(32) << ' ' << r.integrationId.leftJustified(18) << ' '
              << (r.accountLabel.isEmpty() ? QStringLiteral("-") : r.accountLabel).leftJustified(28) << ' '
              << ConnectionJson::statusText(r).leftJustified(26) << ' '
              << (r.expiresAt.isValid() ? r.expiresAt.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-"))
              << (isDefault(r) ? QStringLiteral("  ") + tr("(default)") : QString()) << Qt::endl;
        // Issue 23: when its tokens stop working (or "unknown"), when last renewed, and the warning before a grant ends.
        if (r.status == ConnectionStatus::Revoked || r.status == ConnectionStatus::Pending)
            continue;
        const ConnectionExpiry expiry = ConnectionExpiry::of(r, now);
        if (!expiry.renewable && !expiry.accessExpiresAt.isValid())
            continue;
        const std::optional<Integration> integration = core.service().catalog().find(r.integrationId);
        out() << "          " << expiry.line(integration ? integration->name : r.integrationId) << Qt::endl;
    }
    exit(0);
}

} // namespace keyway
