#include "cli/ConnectionsCommand.h"

#include "cli/ConnectionJson.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyway {

void ConnectionsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON")});
}

void ConnectionsCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const QList<ConnectionRecord> list = core.service().connections();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ConnectionRecord &r : list)
            array.append(ConnectionJson::summary(r));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return exit(0);
    }
    if (list.isEmpty()) {
        err() << "No connections yet. Connect one with: keyway connect INTEGRATION" << Qt::endl;
        return exit(0);
    }
    for (const ConnectionRecord &r : list) {
        out() << r.id.left(8) << "  " << r.integrationId.leftJustified(18) << ' '
              << (r.accountLabel.isEmpty() ? r.name : r.accountLabel).leftJustified(28) << ' '
              << statusToString(r.status).leftJustified(22) << ' '
              << (r.expiresAt.isValid() ? r.expiresAt.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-")) << Qt::endl;
    }
    exit(0);
}

} // namespace keyway
