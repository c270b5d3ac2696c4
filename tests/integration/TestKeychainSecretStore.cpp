// KeychainSecretStore against a real Secret Service (gnome-keyring on the private bus that
// tests/with-keyring.sh starts).
#include "TestSupport.h"
#include "store/KeychainSecretStore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <qt6keychain/keychain.h>

using namespace keyway;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    QString m_service = QStringLiteral("keyway-test-%1").arg(QCoreApplication::applicationPid());

    Error write(SecretStore &store, const QString &key, const QByteArray &value)
    {
        Error result;
        bool done = false;
        store.write(key, value, [&](const Error &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return Error::make(QStringLiteral("timeout"), QStringLiteral("write timed out"));
        return result;
    }
    Error overwrite(SecretStore &store, const QString &key, const QByteArray &value)
    {
        Error result;
        bool done = false;
        store.overwrite(key, value, [&](const Error &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return Error::make(QStringLiteral("timeout"), QStringLiteral("overwrite timed out"));
        return result;
    }
    QPair<QByteArray, Error> read(SecretStore &store, const QString &key)
    {
        QPair<QByteArray, Error> result;
        bool done = false;
        store.read(key, [&](const QByteArray &v, const Error &e) {
            result = {v, e};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.second = Error::make(QStringLiteral("timeout"), QStringLiteral("read timed out"));
        return result;
    }
    Error remove(SecretStore &store, const QString &key)
    {
        Error result;
        bool done = false;
        store.remove(key, [&](const Error &e) {
            result = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return Error::make(QStringLiteral("timeout"), QStringLiteral("remove timed out"));
        return result;
    }
    // The keychain entry itself, as QtKeychain gives it (the store's tag byte first); empty when there is none.
    QByteArray rawEntry(const QString &key)
    {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key);
        QByteArray data;
        bool done = false;
        connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job *) {
            data = job->binaryData();
            done = true;
        });
        job->start();
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return data;
    }

    static QByteArray randomBytes(int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no session bus: run the suite through tests/with-keyring.sh");
    }

    void smallSecretRoundTrip()
    {
        KeychainSecretStore store(m_service);
        const QByteArray secret = "small-secret-" + QByteArray::number(QRandomGenerator::global()->generate());
        QCOMPARE(write(store, QStringLiteral("small"), secret).toString(), QString());
        auto [value, error] = read(store, QStringLiteral("small"));
        QCOMPARE(error.toString(), QString());
        QCOMPARE(value, secret);
        QCOMPARE(remove(store, QStringLiteral("small")).toString(), QString());
        QCOMPARE(read(store, QStringLiteral("small")).second.code, QStringLiteral("not_found"));
    }

    void tenKilobyteSecretStoreReadOverwriteDelete_data()
    {
        QTest::addColumn<int>("chunkSize");
        QTest::newRow("whole, as the Secret Service takes it") << KeychainSecretStore::kPlatformChunkSize;
        QTest::newRow("in chunks, as Windows needs") << KeychainSecretStore::kChunkSize;
    }

    // Done means: store, read, overwrite and delete a 10 KB secret through a real Secret Service.
    void tenKilobyteSecretStoreReadOverwriteDelete()
    {
        QFETCH(int, chunkSize);
        KeychainSecretStore store(m_service, chunkSize);
        const QString key = QStringLiteral("connection/ten-kb");
        const QByteArray first = randomBytes(10 * 1024);
        QCOMPARE(write(store, key, first).toString(), QString());
        auto readBack = read(store, key);
        QCOMPARE(readBack.second.toString(), QString());
        QCOMPARE(readBack.first.size(), first.size());
        QVERIFY(readBack.first == first);

        // Overwrite with a different large value, then with a small one: each read sees exactly the last write.
        const QByteArray second = randomBytes(10 * 1024 + 17);
        QCOMPARE(write(store, key, second).toString(), QString());
        QVERIFY(read(store, key).first == second);
        const QByteArray third = "now-small-" + randomBytes(32).toHex();
        QCOMPARE(write(store, key, third).toString(), QString());
        QVERIFY(read(store, key).first == third);
        QCOMPARE(write(store, key, first).toString(), QString());
        QVERIFY(read(store, key).first == first);

        QCOMPARE(remove(store, key).toString(), QString());
        QCOMPARE(read(store, key).second.code, QStringLiteral("not_found"));
        // Removing again is not an error.
        QCOMPARE(remove(store, key).toString(), QString());
    }

    // Issue 27: a connection's secrets (tokens, id_token: several KB) are one Secret Service entry, so reading them
    // is one keychain read; what an older Keyway wrote in chunks still reads, and is one entry once written again.
    void aLargeValueIsOneEntryAndChunkedOnesStillRead()
    {
        const QString key = QStringLiteral("connection/one-entry");
        const QByteArray value = randomBytes(6 * 1024);
        KeychainSecretStore chunking(m_service, KeychainSecretStore::kChunkSize);
        QCOMPARE(write(chunking, key, value).toString(), QString());
        QVERIFY(rawEntry(key).startsWith('C'));

        KeychainSecretStore store(m_service);
        QVERIFY(read(store, key).first == value);
        const QByteArray next = randomBytes(6 * 1024);
        QCOMPARE(write(store, key, next).toString(), QString());
        QCOMPARE(rawEntry(key), QByteArray("V") + next);
        QVERIFY(read(store, key).first == next);
        QCOMPARE(remove(store, key).toString(), QString());
        QVERIFY(rawEntry(key).isEmpty());
    }

    // Issue 18: outside Windows an entry holds a token set whole, and a renewal that read the entry under its lock
    // replaces it with one keychain write: no read first, no part to write or remove.
    void overwriteOfAnEntryThisStoreReadIsOneWrite()
    {
        KeychainSecretStore store(m_service);
        const QString key = QStringLiteral("connection/overwrite");
        const QByteArray tokenSet = randomBytes(4500).toBase64(); // 6 KB, more than a token set with an id_token
        QCOMPARE(write(store, key, tokenSet).toString(), QString());
        QVERIFY(read(store, key).first == tokenSet);
        const KeychainSecretStore::Traffic before = store.traffic();
        const QByteArray renewed = randomBytes(4500).toBase64();
        QCOMPARE(overwrite(store, key, renewed).toString(), QString());
        const KeychainSecretStore::Traffic after = store.traffic();
        QCOMPARE(after.reads - before.reads, 0);
        QCOMPARE(after.writes - before.writes, 1);
        QCOMPARE(after.removes - before.removes, 0);
        QVERIFY(read(store, key).first == renewed);
        QCOMPARE(remove(store, key).toString(), QString());
    }

    // An entry an earlier Keyway wrote in 2,000-byte parts is read whole, and replaced by one entry whose old parts
    // are removed; a store of this store's service that has not seen the entry reads it before replacing it.
    void entriesInPartsFromEarlierAreReadAndReplaced()
    {
        const QString key = QStringLiteral("connection/earlier");
        KeychainSecretStore earlier(m_service, KeychainSecretStore::kChunkSize);
        const QByteArray old = randomBytes(7000);
        QCOMPARE(write(earlier, key, old).toString(), QString());

        KeychainSecretStore store(m_service);
        QVERIFY(read(store, key).first == old);
        const KeychainSecretStore::Traffic before = store.traffic();
        const QByteArray renewed = randomBytes(3000);
        QCOMPARE(overwrite(store, key, renewed).toString(), QString());
        const KeychainSecretStore::Traffic after = store.traffic();
        QCOMPARE(after.reads - before.reads, 0);
        QCOMPARE(after.writes - before.writes, 1);
        QCOMPARE(after.removes - before.removes, 4); // the four parts of the old value
        QVERIFY(read(store, key).first == renewed);
        QVERIFY(read(earlier, key).first == renewed);

        KeychainSecretStore unseen(m_service);
        const QByteArray again = randomBytes(100);
        QCOMPARE(overwrite(unseen, key, again).toString(), QString());
        QCOMPARE(unseen.traffic().reads, 1); // it had to look first
        QVERIFY(read(store, key).first == again);
        QCOMPARE(remove(store, key).toString(), QString());
    }

    void binaryAndEmptyValues()
    {
        KeychainSecretStore store(m_service);
        const QByteArray binary = QByteArray("\0\x01\xff\n\r{}\"", 9);
        QCOMPARE(write(store, QStringLiteral("binary"), binary).toString(), QString());
        QCOMPARE(read(store, QStringLiteral("binary")).first, binary);
        QCOMPARE(write(store, QStringLiteral("empty"), QByteArray()).toString(), QString());
        auto empty = read(store, QStringLiteral("empty"));
        QCOMPARE(empty.second.toString(), QString());
        QVERIFY(empty.first.isEmpty());
        remove(store, QStringLiteral("binary"));
        remove(store, QStringLiteral("empty"));
    }

    void missingKeyIsNotFound()
    {
        KeychainSecretStore store(m_service);
        const auto [value, error] = read(store, QStringLiteral("never-written"));
        QCOMPARE(error.code, QStringLiteral("not_found"));
        QVERIFY(value.isEmpty());
    }

    void nothingInPlainFiles()
    {
        KeychainSecretStore store(m_service);
        const QByteArray secret = "plaintext-canary-" + randomBytes(16).toHex();
        QCOMPARE(write(store, QStringLiteral("canary"), secret).toString(), QString());
        QCOMPARE(keyway::test::filesContaining(secret), QStringList());
        remove(store, QStringLiteral("canary"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
