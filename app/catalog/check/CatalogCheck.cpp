// keyway-catalog-check FOLDER: checks Keyway's built-in integration files, at build time, with every rule of
// IntegrationLoader (as built-in files) and Catalog. Keyway then reads the files compiled into it without checking
// them again at every start (catalogue load time, issue 22). Prints each problem; exits 1 when there is any, 2 on
// bad usage.
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

using namespace keyway;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2 || !QDir(args.at(1)).exists()) {
        err << "usage: keyway-catalog-check FOLDER (resources/integrations)" << Qt::endl;
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*.info=false\nkeyway.*.warning=false"));

    const Catalog catalog(args.at(1), QString());
    QStringList problems;
    for (const Error &e : catalog.errors())
        problems << e.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    problems << Catalog::consistencyProblems(catalog.all());
    QStringList files = QDir(args.at(1)).entryList({QStringLiteral("*.json")}, QDir::Files);
    files.removeAll(QStringLiteral("schema.json"));

    for (const QString &problem : std::as_const(problems))
        err << problem << Qt::endl;
    if (!problems.isEmpty()) {
        err << "keyway-catalog-check: " << problems.size() << " problem(s) in " << files.size() << " integration files"
            << Qt::endl;
        return 1;
    }
    if (catalog.all().size() != files.size()) {
        err << "keyway-catalog-check: read " << catalog.all().size() << " of " << files.size() << " files" << Qt::endl;
        return 1;
    }
    return 0;
}
