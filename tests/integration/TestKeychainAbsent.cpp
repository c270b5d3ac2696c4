// With no Secret Service reachable, the keychain store must say so clearly and write nothing anywhere:
// QtKeychain's plaintext fallback must stay off.
#include "TestSupport.h"
#include "store/KeychainSecretStore.h"

#include <QtTest>

using namespace keyway;

class TestKeychainAbsent : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_secret = "absent-keychain-canary-7f3c1e9a2b";

private slots:
    void initTestCase()
    {
        // Before anything touches D-Bus: point the session bus at nothing. QDBusConnection reads this lazily.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyway-no-bus");
        keyway::test::resetTestHome();
    }

    void writeFailsWithClearError()
    {
        KeychainSecretStore store(QStringLiteral("keyway-absent-test"));
        Error error;
        bool done = false;
        store.write(QStringLiteral("connection/x"), m_secret, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(
            error.code == QLatin1String("keychain_unavailable"), qPrintable(error.code + QLatin1Char(' ') + error.toString()));
        QVERIFY2(
            error.message.contains(QLatin1String("Secret Service")) && error.message.contains(QLatin1String("D-Bus session bus")),
            qPrintable(error.toString()));
    }

    void largeWriteFailsToo()
    {
        KeychainSecretStore store(QStringLiteral("keyway-absent-test"));
        Error error;
        bool done = false;
        store.write(QStringLiteral("connection/large"), m_secret.repeated(400), [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(
            error.code == QLatin1String("keychain_unavailable"), qPrintable(error.code + QLatin1Char(' ') + error.toString()));
    }

    void readFailsWithClearError()
    {
        KeychainSecretStore store(QStringLiteral("keyway-absent-test"));
        Error error;
        bool done = false;
        store.read(QStringLiteral("connection/x"), [&](const QByteArray &, const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(
            error.code == QLatin1String("keychain_unavailable"), qPrintable(error.code + QLatin1Char(' ') + error.toString()));
    }

    void nothingWrittenAnywhere()
    {
        QStringList roots = keyway::test::writableRoots();
        roots << QDir::homePath() + QStringLiteral("/.config") << QDir::homePath() + QStringLiteral("/.local/share");
        QCOMPARE(keyway::test::filesContaining(m_secret, roots), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKeychainAbsent)
#include "TestKeychainAbsent.moc"
