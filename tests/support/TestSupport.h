#pragma once

// Small helpers shared by Keyway's tests.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QtGlobal>

namespace keyway::test {

// The folders a test may have written to: its XDG folders and the throw-away HOME of tests/with-keyring.sh.
inline QStringList writableRoots()
{
    QStringList roots;
    for (const char *var : {"KEYWAY_TEST_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(var);
        if (!dir.isEmpty() && !roots.contains(dir))
            roots << dir;
    }
    const QString home = qEnvironmentVariable("HOME");
    // Only scan HOME when it is the suite's throw-away one, never a developer's real home.
    if (qEnvironmentVariableIsSet("KEYWAY_KEYRING_SESSION") && !home.isEmpty())
        roots << home;
    return roots;
}

// Files under `roots` whose bytes contain `needle` (as is, base64 or percent-encoded). Empty means clean.
// The keyring's own encrypted files are skipped: they hold secrets by design, encrypted.
inline QStringList filesContaining(const QByteArray &needle, const QStringList &roots = writableRoots())
{
    QStringList hits;
    const QList<QByteArray> forms = {needle, needle.toBase64(), needle.toPercentEncoding()};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/keyrings/")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            for (const QByteArray &form : forms)
                if (data.contains(form)) {
                    hits << path;
                    break;
                }
        }
    }
    return hits;
}

inline void resetTestHome()
{
    const QString home = qEnvironmentVariable("KEYWAY_TEST_HOME");
    if (!home.isEmpty())
        QDir(home).removeRecursively();
}

} // namespace keyway::test
