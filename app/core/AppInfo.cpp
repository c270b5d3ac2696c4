#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace keyway::AppInfo {

QString name()
{
    return QStringLiteral("Keyway");
}

QString version()
{
    return QStringLiteral(KEYWAY_VERSION);
}

namespace {

// Before the domain was set, QSettings fell back to "Unknown Organization" (and reported an AccessError): what the
// user saved there moves to the new file once, and the old file goes.
void moveSettingsFromUnknownOrganization()
{
    const QString oldDir
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Unknown Organization");
    const QString oldFile = oldDir + QLatin1Char('/') + QCoreApplication::applicationName() + QStringLiteral(".conf");
    if (!QFile::exists(oldFile))
        return;
    QSettings current;
    if (current.allKeys().isEmpty()) {
        const QSettings old(oldFile, QSettings::IniFormat);
        for (const QString &key : old.allKeys())
            current.setValue(key, old.value(key));
        current.sync();
    }
    QFile::remove(oldFile);
    QDir().rmdir(oldDir); // only when nothing else is in it
}

} // namespace

void apply()
{
    // Data paths (QStandardPaths) derive from the organisation and application names: an empty organisation gives
    // ~/.local/share/keyway and ~/.config/keyway. QSettings derives its file from the organisation too, but takes
    // the domain when the organisation is empty (else "Unknown Organization"): the domain "keyway" puts the
    // settings in ~/.config/keyway/keyway.conf, beside the custom integrations.
    QCoreApplication::setApplicationName(QStringLiteral("keyway"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("keyway"));
    QCoreApplication::setApplicationVersion(version());
    moveSettingsFromUnknownOrganization();
}

} // namespace keyway::AppInfo
