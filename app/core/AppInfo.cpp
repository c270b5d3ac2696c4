#include "core/AppInfo.h"

#include <QCoreApplication>

namespace keyway::AppInfo {

QString name()
{
    return QStringLiteral("Keyway");
}

QString version()
{
    return QStringLiteral(KEYWAY_VERSION);
}

void apply()
{
    // Paths become ~/.local/share/keyway and ~/.config/keyway (no organisation folder).
    QCoreApplication::setApplicationName(QStringLiteral("keyway"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace keyway::AppInfo
