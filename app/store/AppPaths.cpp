#include "store/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace keyway::AppPaths {

QString dataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString configDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    return dir;
}

QString databaseFile()
{
    return dataDir() + QStringLiteral("/keyway.sqlite");
}

} // namespace keyway::AppPaths
