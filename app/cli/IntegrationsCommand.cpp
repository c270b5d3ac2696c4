#include "cli/IntegrationsCommand.h"

#include "catalog/Catalog.h"
#include "core/CoreContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

void IntegrationsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON")});
    parser.addOption({QStringLiteral("category"), QStringLiteral("Only this category"), QStringLiteral("CATEGORY")});
}

void IntegrationsCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    const Catalog &catalog = core.catalog();
    const QString category = parser.value(QStringLiteral("category"));
    QList<Integration> list = category.isEmpty() ? catalog.all() : catalog.inCategory(category);
    for (const Error &e : catalog.errors())
        err() << "keyway integrations: skipped " << e.toString() << Qt::endl;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Integration &i : list) {
            QJsonArray modes;
            for (AuthMode m : i.authModes)
                modes.append(Integration::toString(m));
            array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("category"), i.category},
                                     {QStringLiteral("auth_modes"), modes},
                                     {QStringLiteral("docs"), i.docs},
                                     {QStringLiteral("source"), i.builtin ? QStringLiteral("builtin") : i.source},
                                     {QStringLiteral("overrides_builtin"), i.overridesBuiltin}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return exit(0);
    }
    int width = 4;
    for (const Integration &i : list)
        width = qMax(width, int(i.id.size()));
    for (const Integration &i : list) {
        QStringList modes;
        for (AuthMode m : i.authModes)
            modes << Integration::toString(m);
        out() << i.id.leftJustified(width + 2) << i.name.leftJustified(28) << i.category.leftJustified(16)
              << modes.join(QLatin1Char(',')) << (i.overridesBuiltin ? QStringLiteral("  (custom, overrides built-in)") : QString())
              << Qt::endl;
    }
    exit(0);
}

} // namespace keyway
