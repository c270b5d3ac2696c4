// Issue 15.2: everything Keyway writes is its owner's alone, checked on the real files the real binary leaves:
// the data and config folders 0700, and 0600 for the SQLite database with its -wal and -shm files (while the
// window holds it open), the encrypted vault, a custom integration, an export over a file others could read,
// and a file an older version left readable. The test runs Keyway under umask 022, as most desktops do, so
// only Keyway's own care keeps the files private.
#include "IntegrationFiles.h"
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sys/stat.h>

using namespace keyway;

namespace {

// The mode bits of a path, as `ls -l` shows them.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestFilePermissions : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_echo;
    QString dataDir() const { return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyway"); }
    QString configDir() const { return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/keyway"); }

    // Every folder and file under Keyway's folders (and a config file beside them) that is not owner-only.
    QStringList notPrivate() const
    {
        QStringList problems;
        QStringList roots {dataDir(), configDir()};
        for (const QString &root : roots) {
            if (!QFileInfo::exists(root))
                continue;
            if (modeOf(root) != 0700)
                problems << QStringLiteral("%1 %2").arg(modeOf(root), 0, 8).arg(root);
            QDirIterator it(
                root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const int wanted = QFileInfo(path).isDir() ? 0700 : 0600;
                if (modeOf(path) != wanted)
                    problems << QStringLiteral("%1 %2").arg(modeOf(path), 0, 8).arg(path);
            }
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        ::umask(022);
        const QString error = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everythingKeywayWritesIsOwnerOnly()
    {
        // An older version's folder and a file it left, readable by everyone.
        QVERIFY(QDir().mkpath(dataDir()));
        QVERIFY(QFile::setPermissions(dataDir(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        QFile old(dataDir() + QStringLiteral("/keyway.sqlite.damaged-20260101T000000"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old history");
        old.close();
        QCOMPARE(modeOf(old.fileName()), 0644);

        // A custom integration whose API is the echo server, imported, then connected with an API key.
        const QString source = test::writeIntegrationFile(test::apiKeyIntegration(QStringLiteral("test-files"),
            QStringLiteral("Test files"), QStringLiteral("A test."), QStringLiteral("http://127.0.0.1:%1").arg(m_echo.port())));
        QVERIFY(!source.isEmpty());
        const test::KeywayRun imported = test::runKeyway({QStringLiteral("integrations"), QStringLiteral("import"), source});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const test::KeywayRun connected = test::runKeyway(
            {QStringLiteral("connect"), QStringLiteral("test-files"), QStringLiteral("--api-key-stdin")}, "key_files_0123456789");
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        const QString id = QString::fromUtf8(connected.out).trimmed();
        const test::KeywayRun request
            = test::runKeyway({QStringLiteral("request"), id, QStringLiteral("GET"), QStringLiteral("/x?page=1")});
        QVERIFY2(request.code == 0, qPrintable(request.err));

        // The vault, for machines without a keychain.
        const test::KeywayRun vault = test::runKeyway(
            {QStringLiteral("connect"), QStringLiteral("test-files"), QStringLiteral("--api-key-stdin")}, "key_vault_0123456789",
            {{QStringLiteral("KEYWAY_SECRET_STORE"), QStringLiteral("vault")},
                {QStringLiteral("KEYWAY_VAULT_PASSPHRASE"), QStringLiteral("correct horse battery")}});
        QVERIFY2(vault.code == 0, qPrintable(vault.err));
        QVERIFY(QFileInfo::exists(dataDir() + QStringLiteral("/secrets.vault")));

        // An export over a file others could read.
        const QString exported = qEnvironmentVariable("KEYWAY_TEST_HOME") + QStringLiteral("/exported.json");
        QFile target(exported);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.close();
        QVERIFY(QFile::setPermissions(exported, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const test::KeywayRun exportRun
            = test::runKeyway({QStringLiteral("integrations"), QStringLiteral("export"), QStringLiteral("test-files"), exported});
        QVERIFY2(exportRun.code == 0, qPrintable(exportRun.err));
        QCOMPARE(modeOf(exported), 0600);

        // The window keeps the database open: its -wal and -shm files exist while it runs.
        QProcess window;
        window.start(QStringLiteral(KEYWAY_EXECUTABLE), {});
        QVERIFY(window.waitForStarted());
        const QString wal = dataDir() + QStringLiteral("/keyway.sqlite-wal");
        const QString shm = dataDir() + QStringLiteral("/keyway.sqlite-shm");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(wal) && QFileInfo::exists(shm), 30000);
        QTest::qWait(500);
        const QStringList whileOpen = notPrivate();
        window.terminate();
        if (!window.waitForFinished(10000))
            window.kill();
        QCOMPARE(modeOf(dataDir() + QStringLiteral("/keyway.sqlite")), 0600);
        QVERIFY2(whileOpen.isEmpty(), qPrintable(whileOpen.join(QLatin1Char('\n'))));
        const QStringList afterwards = notPrivate();
        QVERIFY2(afterwards.isEmpty(), qPrintable(afterwards.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() { m_echo.stop(); }
};

QTEST_GUILESS_MAIN(TestFilePermissions)
#include "TestFilePermissions.moc"
