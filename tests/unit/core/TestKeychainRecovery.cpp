// A lost database (deleted, emptied, replaced) never hides connections whose tokens the keychain still holds:
// connecting lists the connection's id in the keychain's index (ConnectionIndex) before its secrets are written and
// copies its record into its keychain entry, disconnecting unlists it, and KeychainRecovery finds the ids the
// database does not know, rebuilds them as they were, or revokes and removes them. Here on the in-memory secret store
// with API-key connections (no network); against the real keychain and provider: TestKeychainRecoveryFlow.
#include "ConnectAndWait.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/KeychainRecovery.h"
#include "core/StoredCredentials.h"
#include "store/ConnectionIndex.h"
#include "store/Database.h"
#include "store/MemorySecretStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestKeychainRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MemorySecretStore> m_secrets;

    std::shared_ptr<CoreContext> open(const QString &name = QStringLiteral("keyway.sqlite"))
    {
        CoreContext::Options options;
        options.databasePath = m_dir.filePath(name);
        options.secrets = m_secrets;
        auto core = CoreContext::open(options);
        if (!core)
            qFatal("%s", qPrintable(core.error().toString()));
        ConnectionService::Settings settings = core.value()->service().settings();
        settings.autoRefresh = false;
        core.value()->service().setSettings(settings);
        return core.value();
    }

    static Result<QString> connectApiKey(CoreContext &core, const QString &name, const QByteArray &key)
    {
        ConnectRequest r;
        r.integrationId = QStringLiteral("anthropic");
        r.name = name;
        r.apiKey = key;
        return test::connectAndWait(core.service(), r, 10000);
    }

    QStringList indexed(const QString &name = QStringLiteral("keyway.sqlite"))
    {
        QStringList ids;
        bool done = false;
        ConnectionIndex(*m_secrets, m_dir.filePath(name)).read([&](const QStringList &list, const Error &) {
            ids = list;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return ids;
    }

    static Result<QList<KeychainRecovery::Lost>> find(CoreContext &core, KeychainRecovery::Scope scope)
    {
        QObject context; // the answer is dropped if it comes after this call gave up waiting
        std::optional<Result<QList<KeychainRecovery::Lost>>> answer;
        core.recovery().find(scope, &context, [&](const Result<QList<KeychainRecovery::Lost>> &found) { answer = found; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
            return Error::make(QStringLiteral("test_timeout"), QStringLiteral("KeychainRecovery::find gave no answer in 5 s"));
        return *answer;
    }

    // find() answered, and found nothing.
    static bool findsNothing(CoreContext &core, KeychainRecovery::Scope scope)
    {
        const auto lost = find(core, scope);
        return lost && lost.value().isEmpty();
    }

    using Action = void (KeychainRecovery::*)(QObject *, KeychainRecovery::OutcomeCallback);
    static KeychainRecovery::Outcome run(CoreContext &core, Action action)
    {
        KeychainRecovery::Outcome result;
        bool done = false;
        (core.recovery().*action)(&core.recovery(), [&](const KeychainRecovery::Outcome &outcome) {
            result = outcome;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.error = Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
        return result;
    }

    // The database file disappears, as when the user deletes it.
    void loseDatabase(const QString &name = QStringLiteral("keyway.sqlite"))
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(name) + QLatin1String(suffix));
    }

private slots:
    void init()
    {
        m_secrets = std::make_shared<MemorySecretStore>();
        loseDatabase();
    }

    void connectingListsTheIdAndCopiesTheRecordIntoTheKeychain()
    {
        auto core = open();
        const auto connected = connectApiKey(*core, QStringLiteral("Work"), "sk-ant-first-key-0123456789");
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(indexed(), QStringList {id});
        const std::optional<StoredCredentials> stored
            = StoredCredentials::fromBytes(m_secrets->entries().value(QStringLiteral("connection/") + id));
        QVERIFY(stored);
        const auto copy = recordFromCopy(id, stored->record);
        QVERIFY(copy);
        QCOMPARE(copy->integrationId, QStringLiteral("anthropic"));
        QCOMPARE(copy->name, QStringLiteral("Work"));
        QCOMPARE(copy->settings, core->service().connection(id)->settings);
        // The copy holds no secret.
        QVERIFY(!QJsonDocument(stored->record).toJson().contains("sk-ant-first-key"));

        // Disconnecting deletes the secrets and unlists the id; a second connection stays listed.
        const auto secondConnected = connectApiKey(*core, QStringLiteral("Home"), "sk-ant-second-key-0123456789");
        KEYWAY_VERIFY_RESULT(secondConnected);
        const QString second = secondConnected.value();
        QCOMPARE(indexed(), (QStringList {id, second}));
        bool disconnected = false;
        core->service().disconnect(id, this, [&](const Error &) { disconnected = true; });
        QVERIFY(QTest::qWaitFor([&] { return disconnected; }, 5000));
        QTRY_COMPARE(indexed(), QStringList {second});
    }

    void aLostDatabaseIsNoticedAndItsConnectionsRecovered()
    {
        QString id;
        {
            auto core = open();
            const auto connected = connectApiKey(*core, QStringLiteral("Work"), "sk-ant-first-key-0123456789");
            KEYWAY_VERIFY_RESULT(connected);
            id = connected.value();
            QVERIFY(findsNothing(*core, KeychainRecovery::Scope::Always));
        }
        loseDatabase();
        auto core = open();
        QVERIFY(core->service().connections().isEmpty());
        const auto found = find(*core, KeychainRecovery::Scope::IfNeeded);
        KEYWAY_VERIFY_RESULT(found);
        const QList<KeychainRecovery::Lost> &lost = found.value();
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().id, id);
        QVERIFY2(
            KeychainRecovery::notice(lost).contains(QLatin1String("1 connection")), qPrintable(KeychainRecovery::notice(lost)));

        QSignalSpy added(&core->service(), &ConnectionService::connectionAdded);
        const KeychainRecovery::Outcome outcome = run(*core, &KeychainRecovery::recover);
        QCOMPARE(outcome.done, QStringList {id});
        QCOMPARE(added.count(), 1);
        const auto record = core->service().connection(id);
        QVERIFY(record);
        QCOMPARE(record->name, QStringLiteral("Work"));
        QCOMPARE(record->status, ConnectionStatus::Connected);
        QVERIFY(!record->tokenFingerprint.isEmpty());
        // It works at once: its key comes from the keychain.
        QByteArray token;
        bool done = false;
        core->service().accessToken(id, false, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            token = t;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(token, QByteArray("sk-ant-first-key-0123456789"));
        QVERIFY(findsNothing(*core, KeychainRecovery::Scope::Always));
    }

    // The façade's async contract: an answer is for its context, and dropped when that object died first (a
    // window closed while the keychain was still answering), so callers need no guards of their own.
    void anAnswerWhoseContextDiedIsDropped()
    {
        QString id;
        {
            auto core = open();
            const auto connected = connectApiKey(*core, QStringLiteral("Work"), "sk-ant-first-key-0123456789");
            KEYWAY_VERIFY_RESULT(connected);
            id = connected.value();
        }
        loseDatabase();
        auto core = open();
        int deadAnswers = 0;
        auto gone = std::make_unique<QObject>();
        core->recovery().find(
            KeychainRecovery::Scope::Always, gone.get(), [&](const Result<QList<KeychainRecovery::Lost>> &) { ++deadAnswers; });
        core->recovery().recover(gone.get(), [&](const KeychainRecovery::Outcome &) { ++deadAnswers; });
        gone.reset();
        // The work goes on (the connection is recovered), only the answer is dropped.
        QTRY_VERIFY(core->service().connection(id).has_value());
        QVERIFY(findsNothing(*core, KeychainRecovery::Scope::Always)); // answered after the earlier ones
        QCOMPARE(deadAnswers, 0);
    }

    void revokeAndRemoveDeletesEveryLostEntry()
    {
        QString id;
        {
            auto core = open();
            const auto connected = connectApiKey(*core, QStringLiteral("Work"), "sk-ant-first-key-0123456789");
            KEYWAY_VERIFY_RESULT(connected);
            id = connected.value();
        }
        // An entry from before records were copied into the keychain: listed, but it cannot be rebuilt.
        StoredCredentials old;
        old.apiKey = "sk-ant-old-entry-0123456789";
        bool written = false;
        m_secrets->write(QStringLiteral("connection/old-one"), old.toBytes(), [&](const Error &) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 5000));
        bool added = false;
        ConnectionIndex index(*m_secrets, m_dir.filePath(QStringLiteral("keyway.sqlite")));
        index.add({QStringLiteral("old-one")}, [&](const Error &) { added = true; });
        QVERIFY(QTest::qWaitFor([&] { return added; }, 5000));
        loseDatabase();

        auto core = open();
        const auto lost = find(*core, KeychainRecovery::Scope::IfNeeded);
        KEYWAY_VERIFY_RESULT(lost);
        QCOMPARE(lost.value().size(), 2);
        const KeychainRecovery::Outcome recovered = run(*core, &KeychainRecovery::recover);
        QCOMPARE(recovered.done, QStringList {id});
        QCOMPARE(recovered.notRebuildable, 1);
        QVERIFY(KeychainRecovery::describeRecovery(recovered).contains(QLatin1String("older Keyway")));

        // The rebuilt one is live again (nothing lost about it); the old entry is still found, and removed.
        const auto left = find(*core, KeychainRecovery::Scope::Always);
        KEYWAY_VERIFY_RESULT(left);
        QCOMPARE(left.value().size(), 1);
        const KeychainRecovery::Outcome removed = run(*core, &KeychainRecovery::revokeAndRemove);
        QCOMPARE(removed.done, QStringList {QStringLiteral("old-one")});
        QVERIFY(!m_secrets->entries().contains(QStringLiteral("connection/old-one")));
        QCOMPARE(indexed(), QStringList {id});
    }

    void revokeAndRemoveForgetsRebuildableConnectionsToo()
    {
        QString first;
        QString second;
        {
            auto core = open();
            const auto firstConnected = connectApiKey(*core, QStringLiteral("One"), "sk-ant-first-key-0123456789");
            KEYWAY_VERIFY_RESULT(firstConnected);
            first = firstConnected.value();
            const auto secondConnected = connectApiKey(*core, QStringLiteral("Two"), "sk-ant-second-key-0123456789");
            KEYWAY_VERIFY_RESULT(secondConnected);
            second = secondConnected.value();
        }
        loseDatabase();
        auto core = open();
        const KeychainRecovery::Outcome removed = run(*core, &KeychainRecovery::revokeAndRemove);
        QCOMPARE(removed.done.size(), 2);
        QVERIFY(removed.failed.isEmpty());
        QVERIFY(core->service().connections().isEmpty());
        QVERIFY(!m_secrets->entries().contains(QStringLiteral("connection/") + first));
        QVERIFY(!m_secrets->entries().contains(QStringLiteral("connection/") + second));
        QVERIFY(indexed().isEmpty());
        // With nothing left to list, nothing of Keyway's is left in the keychain.
        QVERIFY(m_secrets->entries().isEmpty());
        QVERIFY(findsNothing(*core, KeychainRecovery::Scope::Always));
    }

    // An id whose entry is gone (another process removed the connection and lost the race to update the index) is
    // not reported, and is dropped.
    void anIdWithoutAnEntryIsDropped()
    {
        bool added = false;
        ConnectionIndex index(*m_secrets, m_dir.filePath(QStringLiteral("keyway.sqlite")));
        index.add({QStringLiteral("ghost")}, [&](const Error &) { added = true; });
        QVERIFY(QTest::qWaitFor([&] { return added; }, 5000));
        QCOMPARE(indexed(), QStringList {QStringLiteral("ghost")});
        auto core = open();
        QVERIFY(findsNothing(*core, KeychainRecovery::Scope::IfNeeded));
        QTRY_VERIFY(indexed().isEmpty());
    }

    // Each database has its own index: another profile's connections are none of this one's business.
    void anotherDatabasesConnectionsAreNotReported()
    {
        {
            auto other = open(QStringLiteral("other.sqlite"));
            KEYWAY_VERIFY_RESULT(connectApiKey(*other, QStringLiteral("Other"), "sk-ant-other-key-0123456789"));
        }
        auto core = open();
        QVERIFY(findsNothing(*core, KeychainRecovery::Scope::Always));
    }

    // The command line's look is cheap: with a live connection in the database the keychain is not read at all.
    void withALiveConnectionTheKeychainIsNotReadUnlessAsked()
    {
        auto core = open();
        KEYWAY_VERIFY_RESULT(connectApiKey(*core, QStringLiteral("Work"), "sk-ant-first-key-0123456789"));
        m_secrets->setFailure(Error::make(QStringLiteral("keychain_unavailable"), QStringLiteral("no keychain")));
        QVERIFY(findsNothing(*core, KeychainRecovery::Scope::IfNeeded));
        QCOMPARE(find(*core, KeychainRecovery::Scope::Always).error().code, QStringLiteral("keychain_unavailable"));
    }

    // Updates within a process never lose one another.
    void concurrentUpdatesOfTheIndexAreAllKept()
    {
        ConnectionIndex index(*m_secrets, m_dir.filePath(QStringLiteral("keyway.sqlite")));
        int done = 0;
        QStringList expected;
        for (int i = 0; i < 20; ++i) {
            expected << QStringLiteral("id-%1").arg(i);
            index.add({expected.last()}, [&](const Error &) { ++done; });
        }
        index.remove({QStringLiteral("id-3")}, [&](const Error &) { ++done; });
        expected.removeAll(QStringLiteral("id-3"));
        QVERIFY(QTest::qWaitFor([&] { return done == 21; }, 5000));
        QCOMPARE(indexed(), expected);
    }

    void theIndexToleratesDamage_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("not JSON") << QByteArray("\xff\x00garbage", 9);
        QTest::newRow("other version") << QByteArray(R"({"v":2,"ids":["a"]})");
        QTest::newRow("ids not strings") << QByteArray(R"({"v":1,"ids":[1,null,{"x":1}]})");
    }
    void theIndexToleratesDamage()
    {
        QFETCH(QByteArray, value);
        QVERIFY(ConnectionIndex::decode(value).isEmpty());
        QCOMPARE(ConnectionIndex::decode(ConnectionIndex::encode({QStringLiteral("a"), QStringLiteral("b")})),
            (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestKeychainRecovery)
#include "TestKeychainRecovery.moc"
