#include "store/AppPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

namespace keyway::AppPaths {

namespace {

constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Issue 15.2: Keyway's folders are the owner's alone (0700), and so is every file in them (0600), also when
// an older version or another umask made them readable by others. Done once per folder and process.
QString privateFolder(const QString &dir)
{
    static QMutex mutex;
    static QSet<QString> done;
    QMutexLocker lock(&mutex);
    if (done.contains(dir))
        return dir;
    QDir().mkpath(dir);
    if (QFile::permissions(dir) != kOwnerFolder)
        QFile::setPermissions(dir, kOwnerFolder);
    QDirIterator it(
        dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        if (info.isSymLink())
            continue;
        const QFile::Permissions wanted = info.isDir() ? kOwnerFolder : kOwnerFile;
        if (info.isDir() || info.isFile())
            if ((info.permissions() & ~wanted) != QFile::Permissions())
                QFile::setPermissions(info.filePath(), info.permissions() & wanted);
    }
    done.insert(dir);
    return dir;
}

} // namespace

QString dataDir()
{
    return privateFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString configDir()
{
    return privateFolder(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
}

void makePrivate()
{
    dataDir();
    configDir();
}

QString databaseFile()
{
    return dataDir() + QStringLiteral("/keyway.sqlite");
}

} // namespace keyway::AppPaths
