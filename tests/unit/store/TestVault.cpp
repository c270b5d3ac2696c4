// The opt-in encrypted vault (EncryptedVault, VaultSecretStore): secrets are unreadable without the passphrase,
// a changed file never opens, a hostile file cannot make key derivation run away, and the file format is the
// one documented in EncryptedVault.h (a vault written by an independent implementation opens).
#include "ResultChecks.h"
#include "TestSupport.h"
#include "store/EncryptedVault.h"
#include "store/VaultSecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

namespace {

// Cheap parameters for most cases; defaultCostIsUsed() checks the real default.
const EncryptedVault::KdfParams kFast {1024, 8, 1};

// Written by Python's `cryptography` package (Scrypt n=1024 r=8 p=1, AESGCM) following the format in
// EncryptedVault.h, passphrase "correct horse battery": proves the format is what the documentation says.
const char kForeignVault[] = R"({
    "format": "keyway-vault",
    "version": 1,
    "kdf": {"name": "scrypt", "N": 1024, "r": 8, "p": 1, "salt": "2g4SgqoZ32E3dEMUesHXxQ=="},
    "cipher": "AES-256-GCM",
    "nonce": "sKivSG3BxMKqmq11",
    "ciphertext": "9rKozqdgIOWOTCPZJP4ILSo8jW967ZXVLZ/D/5WFhIBK7hsmevOzj3ITg6G8fv2mNENZAWvagGfYkb7UMwBL241DPW6i8RrQufs0cccl++I=",
    "tag": "fqheImOEuIVFh4rnLMadSg=="
})";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_passphrase = "a long enough passphrase";
    const QByteArray m_secret = "vault-canary-refresh-token-5c1d0e7f9a";

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    template <typename Call> Error wait(Call call)
    {
        Error result;
        bool done = false;
        call([&](const Error &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
        return result;
    }
    QPair<QByteArray, Error> readFrom(SecretStore &store, const QString &key)
    {
        QPair<QByteArray, Error> result;
        bool done = false;
        store.read(key, [&](const QByteArray &v, const Error &e) {
            result = {v, e};
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return result;
    }

private slots:
    void createInsertReopen()
    {
        const QString file = path("a.vault");
        auto vault = EncryptedVault::create(file, m_passphrase, kFast);
        QVERIFY2(vault, qPrintable(vault.error().toString()));
        Error error = vault.value().insert(QStringLiteral("connection/1"), m_secret);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        error = vault.value().insert(QStringLiteral("connection/2"), QByteArray("\0binary\xff", 8));
        QVERIFY(error.isNull());
        error = vault.value().remove(QStringLiteral("connection/2"));
        QVERIFY(error.isNull());

        const auto reopened = EncryptedVault::open(file, m_passphrase);
        QVERIFY2(reopened, qPrintable(reopened.error().toString()));
        QCOMPARE(reopened.value().entries().size(), 1);
        QCOMPARE(reopened.value().entries().value(QStringLiteral("connection/1")), m_secret);
    }

    void fileRevealsNothing()
    {
        const QString file = path("b.vault");
        auto vault = EncryptedVault::create(file, m_passphrase, kFast);
        QVERIFY(vault);
        KEYWAY_VERIFY_NO_ERROR(vault.value().insert(QStringLiteral("connection/leak-check"), m_secret));
        const QByteArray bytes = readAll(file);
        for (const QByteArray &form : {m_secret, m_secret.toBase64(), m_secret.toHex(), m_passphrase, QByteArray("leak-check")})
            QVERIFY2(!bytes.contains(form), form.constData());
        QCOMPARE(test::filesContaining(m_secret, {m_dir.path()}), QStringList());
        // Only the owner may read or write it.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(int(QFile::permissions(file) & others), 0);
    }

    void wrongPassphraseFails()
    {
        const QString file = path("c.vault");
        QVERIFY(EncryptedVault::create(file, m_passphrase, kFast));
        const auto wrong = EncryptedVault::open(file, "another passphrase");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("vault_wrong_passphrase"));
        QVERIFY(wrong.error().message.contains(QLatin1String("passphrase")));
    }

    void changedFileNeverOpens_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ciphertext byte") << "ciphertext"
                                         << "flip";
        QTest::newRow("tag byte") << "tag"
                                  << "flip";
        QTest::newRow("nonce byte") << "nonce"
                                    << "flip";
        QTest::newRow("salt byte") << "salt"
                                   << "flip";
        QTest::newRow("scrypt r") << "r"
                                  << "number";
        QTest::newRow("truncated") << ""
                                   << "truncate";
    }
    void changedFileNeverOpens()
    {
        QFETCH(QString, member);
        QFETCH(QString, kind);
        const QString file = path("d.vault");
        QFile::remove(file);
        auto vault = EncryptedVault::create(file, m_passphrase, kFast);
        QVERIFY(vault);
        KEYWAY_VERIFY_NO_ERROR(vault.value().insert(QStringLiteral("k"), m_secret));
        QByteArray bytes = readAll(file);
        if (kind == QLatin1String("truncate")) {
            bytes.chop(bytes.size() / 3);
        } else {
            QJsonObject o = QJsonDocument::fromJson(bytes).object();
            QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
            if (kind == QLatin1String("number")) {
                kdf.insert(member, 4);
            } else {
                QJsonObject &holder = member == QLatin1String("salt") ? kdf : o;
                QByteArray raw = QByteArray::fromBase64(holder.value(member).toString().toLatin1());
                raw[0] = char(raw[0] ^ 0x01);
                holder.insert(member, QString::fromLatin1(raw.toBase64()));
            }
            o.insert(QStringLiteral("kdf"), kdf);
            bytes = QJsonDocument(o).toJson();
        }
        writeAll(file, bytes);
        const auto opened = EncryptedVault::open(file, m_passphrase);
        QVERIFY(!opened);
        QVERIFY2(opened.error().code == QLatin1String("vault_wrong_passphrase")
                || opened.error().code == QLatin1String("vault_corrupt"),
            qPrintable(opened.error().code));
    }

    void hostileParametersAreRefusedAtOnce_data()
    {
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("p");
        QTest::newRow("N = 2^30") << double(1 << 30) << 8.0 << 1.0;
        QTest::newRow("N not a power of two") << 1000.0 << 8.0 << 1.0;
        QTest::newRow("r huge") << 16384.0 << 100000.0 << 1.0;
        QTest::newRow("p huge") << 16384.0 << 8.0 << 1e9;
        QTest::newRow("memory above 256 MiB") << double(1 << 20) << 8.0 << 1.0;
        // Issue 15.12: within the old memory cap, but seconds of CPU on every open.
        QTest::newRow("p = 16, 16x the default work") << double(1 << 15) << 8.0 << 16.0;
        QTest::newRow("N = 2^20, r = 1, p = 16") << double(1 << 20) << 1.0 << 16.0;
        QTest::newRow("128 MiB") << double(1 << 17) << 8.0 << 1.0;
        QTest::newRow("8x the default work") << double(1 << 16) << 8.0 << 4.0;
        QTest::newRow("fraction") << 1024.5 << 8.0 << 1.0;
    }
    void hostileParametersAreRefusedAtOnce()
    {
        QFETCH(double, n);
        QFETCH(double, r);
        QFETCH(double, p);
        QJsonObject o = QJsonDocument::fromJson(kForeignVault).object();
        QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
        kdf.insert(QStringLiteral("N"), n);
        kdf.insert(QStringLiteral("r"), r);
        kdf.insert(QStringLiteral("p"), p);
        o.insert(QStringLiteral("kdf"), kdf);
        const QString file = path("hostile.vault");
        writeAll(file, QJsonDocument(o).toJson());
        QElapsedTimer timer;
        timer.start();
        const auto opened = EncryptedVault::open(file, "correct horse battery");
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("vault_corrupt"));
        QVERIFY2(opened.error().detail.contains(QLatin1String("scrypt")), qPrintable(opened.error().detail));
        QVERIFY(timer.elapsed() < 2000);
    }

    void garbageGivesClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("not a vault");
        QTest::newRow("other json") << QByteArray(R"({"format":"something-else"})");
        QTest::newRow("newer version") << QByteArray(R"({"format":"keyway-vault","version":7})");
    }
    void garbageGivesClearError()
    {
        QFETCH(QByteArray, content);
        const QString file = path("garbage.vault");
        writeAll(file, content);
        const auto opened = EncryptedVault::open(file, m_passphrase);
        QVERIFY(!opened);
        QVERIFY(!opened.error().message.isEmpty());
        QVERIFY(opened.error().code.startsWith(QLatin1String("vault_")));
    }

    void formatMatchesDocumentation()
    {
        const QString file = path("foreign.vault");
        writeAll(file, kForeignVault);
        const auto opened = EncryptedVault::open(file, "correct horse battery");
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        QCOMPARE(
            opened.value().entries().value(QStringLiteral("connection/1234")), QByteArray(R"({"tokens":{"access_token":"x"}})"));
    }

    void everySaveHasAFreshNonce()
    {
        const QString file = path("e.vault");
        auto vault = EncryptedVault::create(file, m_passphrase, kFast);
        QVERIFY(vault);
        const auto first = EncryptedVault::parseHeader(readAll(file));
        KEYWAY_VERIFY_NO_ERROR(vault.value().insert(QStringLiteral("k"), m_secret));
        const auto second = EncryptedVault::parseHeader(readAll(file));
        KEYWAY_VERIFY_NO_ERROR(vault.value().insert(QStringLiteral("k"), m_secret));
        const auto third = EncryptedVault::parseHeader(readAll(file));
        QVERIFY(first && second && third);
        QVERIFY(first.value().nonce != second.value().nonce);
        QVERIFY(second.value().nonce != third.value().nonce);
        QCOMPARE(first.value().salt, third.value().salt);
    }

    void defaultCostIsUsed()
    {
        const QString file = path("default.vault");
        QVERIFY(EncryptedVault::create(file, m_passphrase));
        const auto header = EncryptedVault::parseHeader(readAll(file));
        QVERIFY(header);
        QVERIFY(header.value().kdf.n >= (1 << 15));
        QVERIFY(header.value().kdf.r >= 8);
        QCOMPARE(header.value().salt.size(), EncryptedVault::kSaltBytes);
    }

    void weakPassphraseRefused()
    {
        const auto vault = EncryptedVault::create(path("weak.vault"), "short", kFast);
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, QStringLiteral("vault_weak_passphrase"));
        QVERIFY(!QFile::exists(path("weak.vault")));
    }

    void changePassphrase()
    {
        const QString file = path("f.vault");
        auto vault = EncryptedVault::create(file, m_passphrase, kFast);
        QVERIFY(vault);
        KEYWAY_VERIFY_NO_ERROR(vault.value().insert(QStringLiteral("k"), m_secret));
        KEYWAY_VERIFY_NO_ERROR(vault.value().changePassphrase("the new passphrase"));
        QVERIFY(!EncryptedVault::open(file, m_passphrase));
        const auto reopened = EncryptedVault::open(file, "the new passphrase");
        QVERIFY(reopened);
        QCOMPARE(reopened.value().entries().value(QStringLiteral("k")), m_secret);
    }

    void storeIsLockedUntilUnlocked()
    {
        VaultSecretStore store(path("store.vault"));
        QVERIFY(!store.isUnlocked());
        QCOMPARE(wait([&](auto done) { store.write(QStringLiteral("connection/x"), m_secret, done); }).code,
            QStringLiteral("vault_locked"));
        QCOMPARE(readFrom(store, QStringLiteral("connection/x")).second.code, QStringLiteral("vault_locked"));
        QVERIFY(!store.exists()); // nothing written while locked

        Error error = store.unlock(m_passphrase);
        QVERIFY2(error.isNull(), qPrintable(error.toString())); // first unlock creates it
        QVERIFY(store.exists());
        QCOMPARE(wait([&](auto done) { store.write(QStringLiteral("connection/x"), m_secret, done); }).toString(), QString());
        QCOMPARE(readFrom(store, QStringLiteral("connection/x")).first, m_secret);
        QCOMPARE(readFrom(store, QStringLiteral("connection/none")).second.code, QStringLiteral("not_found"));

        store.lock();
        QCOMPARE(readFrom(store, QStringLiteral("connection/x")).second.code, QStringLiteral("vault_locked"));
        error = store.unlock("not the passphrase");
        QVERIFY(!error.isNull());
        QCOMPARE(error.code, QStringLiteral("vault_wrong_passphrase"));
        error = store.unlock(m_passphrase);
        QVERIFY(error.isNull());
        QCOMPARE(wait([&](auto done) { store.remove(QStringLiteral("connection/x"), done); }).toString(), QString());
        QCOMPARE(readFrom(store, QStringLiteral("connection/x")).second.code, QStringLiteral("not_found"));
        QCOMPARE(test::filesContaining(m_secret, {m_dir.path()}), QStringList());
    }

    // The window and a `keyway` command each have their own store on the same file: neither loses the other's write.
    void twoStoresShareOneFile()
    {
        const QString file = path("shared.vault");
        VaultSecretStore a(file), b(file);
        KEYWAY_VERIFY_NO_ERROR(a.unlock(m_passphrase));
        KEYWAY_VERIFY_NO_ERROR(b.unlock(m_passphrase));
        QCOMPARE(wait([&](auto done) { a.write(QStringLiteral("one"), "1111111111", done); }).toString(), QString());
        QCOMPARE(wait([&](auto done) { b.write(QStringLiteral("two"), "2222222222", done); }).toString(), QString());
        QCOMPARE(readFrom(a, QStringLiteral("two")).first, QByteArray("2222222222"));
        QCOMPARE(readFrom(b, QStringLiteral("one")).first, QByteArray("1111111111"));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
