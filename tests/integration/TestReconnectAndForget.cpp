// Reconnecting in place reuses the client secret kept in the keychain, and a disconnected connection can be
// forgotten (ConnectionService::remove, `keyway disconnect --forget`), against the real OpenID Provider
// (oidc-provider on loopback), a scripted browser and the real Secret Service.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/CoreContext.h"
#include "store/ConnectionRepository.h"
#include "store/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestReconnectAndForget : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::ServiceFixture m_fx {0};

    ConnectionService &service() { return m_fx.service(); }

    ConnectRequest request(const QString &clientId, const QByteArray &secret, const QString &method = {})
    {
        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.clientId = clientId;
        r.clientSecret = secret;
        r.clientAuthMethod = method;
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

    Result<QString> connectAndWait(const ConnectRequest &r) { return m_fx.connectAndWait(r, "approve"); }
    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }

    Error call(const std::function<void(ConnectionService::DoneCallback)> &operation)
    {
        Error result;
        bool done = false;
        operation([&](const Error &e) {
            result = e;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return done ? result : Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
    }

    using Run = test::KeywayRun;
    // The command line, on its own (default) database and keychain service.
    Run keyway(const QStringList &args, const QByteArray &input = {})
    {
        return test::runKeyway(args, input,
            {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()},
                {QStringLiteral("KEYWAY_TEST_BROWSER_MODE"), QStringLiteral("approve")}});
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-reconnect-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_peer.stop();
    }

    // A confidential client reconnects with the secret field left empty: the stored secret is used (a public
    // client would have been refused by the provider with invalid_client).
    void reconnectReusesTheStoredClientSecret_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("typedClientId");
        QTest::newRow("basic, client id left empty") << "keyway-basic" << QByteArray("basic-secret") << "client_secret_basic"
                                                     << "";
        QTest::newRow("post, client id typed again") << "keyway-post" << QByteArray("post-secret") << "client_secret_post"
                                                     << "keyway-post";
    }
    void reconnectReusesTheStoredClientSecret()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(QString, method);
        QFETCH(QString, typedClientId);
        const auto connected = connectAndWait(request(clientId, secret, method));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray firstToken = credentials(id).tokens.accessToken;

        ConnectRequest again = request(typedClientId, {});
        again.issuer.clear();
        again.reconnectId = id;
        QCOMPARE(test::describe(connectAndWait(again)), id);
        const StoredCredentials after = credentials(id);
        QCOMPARE(after.client.clientId, clientId);
        QCOMPARE(after.client.clientSecret, secret);
        QVERIFY(after.tokens.accessToken != firstToken);
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
        // ...the way it did (a provider may accept only the method registered for the client).
        QCOMPARE(
            ProviderConfig::clientAuthName(ConnectionSettings::fromJson(service().connection(id)->settings).provider.clientAuth),
            method);
        // The client still authenticates with its secret: the refresh works.
        QCOMPARE(call([&](auto done) { service().refresh(id, this, done); }).toString(), QString());
    }

    // Another client id is another client: the stored secret is not sent for it.
    void reconnectWithAnotherClientTakesNoSecret()
    {
        const auto connected
            = connectAndWait(request(QStringLiteral("keyway-basic"), "basic-secret", QStringLiteral("client_secret_basic")));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        ConnectRequest again = request(QStringLiteral("keyway-native"), {});
        again.reconnectId = id;
        QCOMPARE(test::describe(connectAndWait(again)), id);
        const StoredCredentials after = credentials(id);
        QCOMPARE(after.client.clientId, QStringLiteral("keyway-native"));
        QVERIFY(after.client.clientSecret.isEmpty());
    }

    // After a disconnect the keychain holds nothing: a confidential client is asked for its secret in plain
    // words before any browser opens, and the secret typed again works.
    void reconnectAfterDisconnectAsksForTheSecret()
    {
        const auto connected
            = connectAndWait(request(QStringLiteral("keyway-basic"), "basic-secret", QStringLiteral("client_secret_basic")));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(call([&](auto done) { service().disconnect(id, this, done); }).toString(), QString());
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Revoked);

        ConnectRequest again = request({}, {});
        again.issuer.clear();
        again.reconnectId = id;
        QCOMPARE(test::failureCode(connectAndWait(again)), QStringLiteral("missing_client_secret"));
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Revoked);

        again.clientSecret = "basic-secret";
        again.clientId = QStringLiteral("keyway-basic");
        QCOMPARE(test::describe(connectAndWait(again)), id);
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
        QCOMPARE(credentials(id).client.clientSecret, QByteArray("basic-secret"));
    }

    void removeForgetsOnlyDisconnectedConnections()
    {
        const auto connected = connectAndWait(request(QStringLiteral("keyway-native"), {}));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QSignalSpy removed(&service(), &ConnectionService::connectionRemoved);

        // A live connection is never forgotten without being revoked.
        QCOMPARE(call([&](auto done) { service().remove(id, this, done); }).code, QStringLiteral("still_connected"));
        QVERIFY(service().connection(id));
        QVERIFY(!credentials(id).tokens.accessToken.isEmpty());

        QCOMPARE(call([&](auto done) { service().disconnect(id, this, done); }).toString(), QString());
        QVERIFY(!service().events(id).isEmpty()); // kept for the timeline
        QCOMPARE(call([&](auto done) { service().remove(id, this, done); }).toString(), QString());
        QVERIFY(!service().connection(id));
        QVERIFY(service().events(id).isEmpty());
        QVERIFY(service().history(id).isEmpty());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), id);
        QCOMPARE(m_fx.readCredentials(id).error().code, QStringLiteral("not_found"));

        QCOMPARE(call([&](auto done) { service().remove(id, this, done); }).code, QStringLiteral("not_found"));
    }

    // A failed connection (Error) may keep secrets: remove() deletes them too.
    void removeDeletesSecretsLeftBehind()
    {
        const auto connected = connectAndWait(request(QStringLiteral("keyway-native"), {}));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        ConnectionRecord r = *service().connection(id);
        r.status = ConnectionStatus::Error;
        // Written behind the service's back, as a failed refresh would leave it.
        {
            auto repository = std::make_unique<ConnectionRepository>(m_fx.core().database());
            KEYWAY_VERIFY_NO_ERROR(repository->save(r));
        }
        QCOMPARE(call([&](auto done) { service().remove(id, this, done); }).toString(), QString());
        QCOMPARE(m_fx.readCredentials(id).error().code, QStringLiteral("not_found"));
    }

    // `keyway connect --reconnect` without a secret, then `keyway disconnect --forget`.
    void commandLineReconnectAndForget()
    {
        const Run connect
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                         QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin"), QStringLiteral("--scope"),
                         QStringLiteral("openid email offline_access")},
                "basic-secret\n");
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();

        const Run reconnect = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id});
        QVERIFY2(reconnect.code == 0, qPrintable(reconnect.err));
        QCOMPARE(QString::fromUtf8(reconnect.out).trimmed(), id);

        const Run forget = keyway({QStringLiteral("disconnect"), QStringLiteral("--forget"), id});
        QVERIFY2(forget.code == 0, qPrintable(forget.err));
        const Run list = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!QString::fromUtf8(list.out).contains(id), list.out.constData());

        // Disconnect, then forget the revoked connection in a second step.
        const Run second = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(),
            QStringLiteral("--client-id"), QStringLiteral("keyway-native")});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        const QString secondId = QString::fromUtf8(second.out).trimmed();
        QCOMPARE(keyway({QStringLiteral("disconnect"), secondId}).code, 0);
        QVERIFY(QString::fromUtf8(keyway({QStringLiteral("connections"), QStringLiteral("--json")}).out).contains(secondId));
        const Run forgetRevoked = keyway({QStringLiteral("disconnect"), QStringLiteral("--forget"), secondId});
        QVERIFY2(forgetRevoked.code == 0, qPrintable(forgetRevoked.err));
        QVERIFY(!QString::fromUtf8(keyway({QStringLiteral("connections"), QStringLiteral("--json")}).out).contains(secondId));
    }
};

QTEST_GUILESS_MAIN(TestReconnectAndForget)
#include "TestReconnectAndForget.moc"
