// A machine without any keychain (no D-Bus session bus at all) that opted in to the encrypted vault: connecting,
// reading the credential back and calling with it work, the secret is only in the vault file and only encrypted.
// Without the opt-in Keyway never falls back to the vault by itself; without the passphrase the vault stays
// locked and says so, and unlocking it from the front end brings everything back.
#include "ConnectAndWait.h"
#include "TestSupport.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/Translations.h"
#include "store/VaultSecretStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestVaultWithoutKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_apiKey = "vault-only-api-key-canary-93d0f1e2";
    const QByteArray m_passphrase = "correct horse battery staple";

    CoreContext::Options options(const QString &name)
    {
        CoreContext::Options o;
        o.databasePath = m_dir.filePath(name + QStringLiteral(".sqlite"));
        o.vaultPath = m_dir.filePath(QStringLiteral("secrets.vault"));
        return o;
    }

    Result<QString> connectApiKey(ConnectionService &service)
    {
        ConnectRequest request;
        request.integrationId = QStringLiteral("anthropic");
        request.authMode = QStringLiteral("api_key");
        request.apiKey = m_apiKey;
        return test::connectAndWait(service, request, 30000);
    }

    QPair<QByteArray, Error> token(ConnectionService &service, const QString &id)
    {
        QPair<QByteArray, Error> result;
        bool done = false;
        service.accessToken(id, false, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            const Error e = answer ? Error() : answer.error();
            result = {t, e};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return result;
    }

private slots:
    void initTestCase()
    {
        // No keychain anywhere: no session bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyway-no-bus");
        qunsetenv("KEYWAY_SECRET_STORE");
        qunsetenv("KEYWAY_VAULT_PASSPHRASE");
        qunsetenv("KEYWAY_VAULT_PASSPHRASE_FILE");
        test::resetTestHome();
        // English, as every Keyway speaking it reads its %n plurals ("8 characters") from keyway_en.qm.
        qputenv("KEYWAY_LANGUAGE", "en");
        Translations::install();
        qunsetenv("KEYWAY_LANGUAGE");
    }

    void keychainIsTheDefaultAndNeverFallsBack()
    {
        auto core = CoreContext::open(options(QStringLiteral("default")));
        QVERIFY(core);
        QCOMPARE(core.value()->vault(), nullptr);
        const Result<QString> refused = connectApiKey(core.value()->service());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("keychain_unavailable"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("secrets.vault"))));
    }

    void optedInVaultWorksWithoutKeychain()
    {
        const QString passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
        QFile f(passphraseFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_passphrase + '\n');
        f.close();
        qputenv("KEYWAY_SECRET_STORE", "vault");
        qputenv("KEYWAY_VAULT_PASSPHRASE_FILE", passphraseFile.toLocal8Bit());
        QString id;
        {
            auto core = CoreContext::open(options(QStringLiteral("vault")));
            QVERIFY(core);
            QVERIFY(core.value()->vault());
            QVERIFY(core.value()->vault()->isUnlocked());
            QCOMPARE(core.value()->notices(), QStringList());
            const Result<QString> connected = connectApiKey(core.value()->service());
            KEYWAY_VERIFY_RESULT(connected);
            id = connected.value();
            QCOMPARE(token(core.value()->service(), id).first, m_apiKey);
        }
        // A new process: the vault opens with the passphrase and gives the key back.
        auto again = CoreContext::open(options(QStringLiteral("vault")));
        QVERIFY(again);
        QCOMPARE(token(again.value()->service(), id).first, m_apiKey);
        // Only in the vault, and only encrypted.
        QStringList roots = test::writableRoots();
        roots << m_dir.path();
        QCOMPARE(test::filesContaining(m_apiKey, roots), QStringList());
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("secrets.vault"))).size() > 0);
        qunsetenv("KEYWAY_VAULT_PASSPHRASE_FILE");
    }

    void withoutPassphraseItStaysLockedUntilUnlocked()
    {
        qputenv("KEYWAY_SECRET_STORE", "vault");
        auto core = CoreContext::open(options(QStringLiteral("vault")));
        QVERIFY(core);
        QVERIFY(core.value()->vault() && !core.value()->vault()->isUnlocked());
        QCOMPARE(core.value()->notices().size(), 1);
        QVERIFY(core.value()->notices().first().contains(QLatin1String("locked")));
        const QString id = core.value()->service().connections().value(0).id;
        QVERIFY(!id.isEmpty());
        const auto locked = token(core.value()->service(), id);
        QCOMPARE(locked.second.code, QStringLiteral("vault_locked"));

        Error error = core.value()->vault()->unlock("a wrong passphrase");
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("vault_wrong_passphrase"));
        error = core.value()->vault()->unlock(m_passphrase);
        QVERIFY(error.isNull());
        QCOMPARE(token(core.value()->service(), id).first, m_apiKey);
    }

    // Issue 15.12: whatever kept the vault from opening is what every operation says, not only "locked".
    void aVaultThatCannotOpenSaysWhyEveryTime()
    {
        qputenv("KEYWAY_SECRET_STORE", "vault");
        qputenv("KEYWAY_VAULT_PASSPHRASE", "short");
        CoreContext::Options o = options(QStringLiteral("short"));
        o.vaultPath = m_dir.filePath(QStringLiteral("short.vault"));
        auto core = CoreContext::open(o);
        QVERIFY(core);
        QCOMPARE(core.value()->notices().size(), 1);
        QVERIFY2(core.value()->notices().first().contains(QLatin1String("at least 8 characters")),
            qPrintable(core.value()->notices().first()));
        const Result<QString> refused = connectApiKey(core.value()->service());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("vault_weak_passphrase"));
        QVERIFY2(
            refused.error().message.contains(QLatin1String("at least 8 characters")), qPrintable(refused.error().toString()));
        QVERIFY(!QFile::exists(o.vaultPath));
        qunsetenv("KEYWAY_VAULT_PASSPHRASE");
        qunsetenv("KEYWAY_SECRET_STORE");
    }

    void wrongPassphraseIsSaid()
    {
        qputenv("KEYWAY_SECRET_STORE", "vault");
        qputenv("KEYWAY_VAULT_PASSPHRASE", "not the passphrase at all");
        auto core = CoreContext::open(options(QStringLiteral("vault")));
        QVERIFY(core);
        QCOMPARE(core.value()->notices().size(), 1);
        QVERIFY2(core.value()->notices().first().contains(QLatin1String("passphrase is wrong")),
            qPrintable(core.value()->notices().first()));
        QVERIFY(!core.value()->vault()->isUnlocked());
        // And so does every operation afterwards.
        const QString id = core.value()->service().connections().value(0).id;
        const auto refused = token(core.value()->service(), id);
        QCOMPARE(refused.second.code, QStringLiteral("vault_wrong_passphrase"));
        QVERIFY2(refused.second.message.contains(QLatin1String("passphrase is wrong")), qPrintable(refused.second.toString()));
        qunsetenv("KEYWAY_VAULT_PASSPHRASE");
        qunsetenv("KEYWAY_SECRET_STORE");
    }
};

QTEST_GUILESS_MAIN(TestVaultWithoutKeychain)
#include "TestVaultWithoutKeychain.moc"
