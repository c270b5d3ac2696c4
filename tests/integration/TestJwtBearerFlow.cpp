// The JWT bearer grant (RFC 7523 §2.1) as Google service accounts use it, end to end in process with the real
// keychain, against jwt-bearer-server.mjs (which verifies the assertion against the service account's public
// key and checks iss, sub, aud, exp and iat): a service account JSON key file imported (its private key goes
// to the keychain, the file is not kept), domain-wide delegation with a subject, renewal by a newly signed
// assertion (on expiry, on a 401, on request), a PEM key entered by hand (ES256), and clear errors for bad key
// files that name the field at fault.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/ServiceAccountKey.h"
#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "jose/PrivateKey.h"
#include "store/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

namespace {
const QString kEmail = QStringLiteral("keyway-test@keyway-project.iam.gserviceaccount.com");
const QString kKeyId = QStringLiteral("2f1c9a7e5b3d4c6a8e0f1b2c3d4e5f60718293a4");
const QString kScope = QStringLiteral("https://www.googleapis.com/auth/cloud-platform");
} // namespace

class TestJwtBearerFlow : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer; // tokens live an hour
    test::PeerProcess m_shortPeer; // tokens live 5 s
    test::ServiceFixture m_fx {test::ServiceFixture::SeenAccessToken, {30000, 20000, 30000, 30000}};
    PrivateKey m_key;
    PrivateKey m_ecKey;

    ConnectionService &service() { return m_fx.service(); }

    // A key file as Google's console downloads it.
    QByteArray keyFile(const PrivateKey &key, const QString &tokenUri) const
    {
        return QJsonDocument(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("service_account")},
                {QStringLiteral("project_id"), QStringLiteral("keyway-project")}, {QStringLiteral("private_key_id"), kKeyId},
                {QStringLiteral("private_key"), QString::fromUtf8(key.toPem())}, {QStringLiteral("client_email"), kEmail},
                {QStringLiteral("client_id"), QStringLiteral("104857294857294857294")},
                {QStringLiteral("auth_uri"), QStringLiteral("https://accounts.google.com/o/oauth2/auth")},
                {QStringLiteral("token_uri"), tokenUri}, {QStringLiteral("universe_domain"), QStringLiteral("googleapis.com")}})
            .toJson();
    }

    void writeIntegration(const QString &id, const test::PeerProcess &peer, const QJsonObject &extraOauth = {})
    {
        const QString base = peer.issuer();
        QJsonObject oauth {
            {QStringLiteral("token_url"), base + QStringLiteral("/token")}, {QStringLiteral("scopes"), QJsonArray {kScope}}};
        for (auto it = extraOauth.begin(); it != extraOauth.end(); ++it)
            oauth.insert(it.key(), it.value());
        const QJsonObject file {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Test service account")},
            {QStringLiteral("category"), QStringLiteral("identity")},
            {QStringLiteral("description"), QStringLiteral("A Google-style service account on loopback.")},
            {QStringLiteral("icon"), QStringLiteral("test.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://developers.google.com/identity/protocols/oauth2/service-account")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("jwt_bearer")}}, {QStringLiteral("oauth"), oauth},
            {QStringLiteral("api"),
                QJsonObject {{QStringLiteral("base_url"), base},
                    {QStringLiteral("whoami"),
                        QJsonObject {{QStringLiteral("url"), base + QStringLiteral("/api/whoami")},
                            {QStringLiteral("account_field"), QStringLiteral("email")}}}}}};
        QVERIFY(QDir().mkpath(Catalog::defaultCustomDir()));
        QFile f(Catalog::defaultCustomDir() + QLatin1Char('/') + id + QStringLiteral(".json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(file).toJson());
    }

    ConnectRequest request(const QString &integration = QStringLiteral("test-service-account"))
    {
        ConnectRequest r;
        r.integrationId = integration;
        r.serviceAccountJson = keyFile(m_key, QStringLiteral("https://oauth2.googleapis.com/token"));
        return r;
    }

    Result<QString> connectAndWait(const ConnectRequest &r) { return m_fx.connectAndWait(r); }
    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }
    Error refresh(const QString &id) { return m_fx.refresh(id); }
    ApiResponse whoami(const QString &id) { return m_fx.get(id, QStringLiteral("api/whoami")); }

    // What the server saw: the claims and header of every assertion, in order.
    QJsonArray assertions(const test::PeerProcess &peer)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(peer.issuer() + QStringLiteral("/debug/assertions"))));
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const QJsonArray list = QJsonDocument::fromJson(reply->readAll()).array();
        delete reply;
        return list;
    }

    QStringList steps(const QString &id) const { return m_fx.steps(id); }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        auto key = PrivateKey::generateRsa(2048);
        auto ec = PrivateKey::generateEc();
        QVERIFY(key && ec);
        m_key = key.value();
        m_ecKey = ec.value();
        m_fx.seenSecrets() << m_key.toPem() << m_ecKey.toPem();
        QJsonObject rsaJwk = m_key.publicJwk(QStringLiteral("RS256"));
        rsaJwk.insert(QStringLiteral("kid"), kKeyId); // Google publishes the key under private_key_id
        QJsonObject ecJwk = m_ecKey.publicJwk(QStringLiteral("ES256"));
        const QString jwksFile = m_fx.dir().filePath(QStringLiteral("service-account-jwks.json"));
        QFile f(jwksFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject {{QStringLiteral("keys"), QJsonArray {rsaJwk, ecJwk}}}).toJson());
        f.close();
        const QStringList args {QStringLiteral("--jwks"), jwksFile, QStringLiteral("--issuer"), kEmail,
            QStringLiteral("--subjects"), QStringLiteral("alice@example.test")};
        QString error = m_peer.start(QStringLiteral("jwt-bearer-server.mjs"), args);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_shortPeer.start(
            QStringLiteral("jwt-bearer-server.mjs"), args + QStringList {QStringLiteral("--access-ttl"), QStringLiteral("5")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QDir(Catalog::defaultCustomDir()).removeRecursively();
        writeIntegration(QStringLiteral("test-service-account"), m_peer);
        writeIntegration(QStringLiteral("test-service-account-short"), m_shortPeer);
        writeIntegration(QStringLiteral("test-short-assertions"), m_peer, {{QStringLiteral("assertion_lifetime_seconds"), 120}});

        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-jwt-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        for (const Error &e : m_fx.core().catalog().errors())
            QFAIL(qPrintable(e.toString()));
    }

    void cleanupTestCase()
    {
        m_fx.close();
        m_peer.stop();
        m_shortPeer.stop();
    }

    void serviceAccountKeyFile()
    {
        const int before = assertions(m_peer).size();
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto record = service().connection(id);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        QCOMPARE(record->authMode, QStringLiteral("jwt_bearer"));
        QCOMPARE(record->accountLabel, kEmail); // from the API's "who am I"
        QVERIFY(record->expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));

        // RFC 7523 §3: what the server verified.
        const QJsonArray seen = assertions(m_peer);
        QCOMPARE(seen.size(), before + 1);
        const QJsonObject a = seen.last().toObject();
        QCOMPARE(a.value(QStringLiteral("accepted")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(a.value(QStringLiteral("kid")).toString(), kKeyId);
        QCOMPARE(a.value(QStringLiteral("iss")).toString(), kEmail);
        QVERIFY(!a.contains(QStringLiteral("sub")));
        QCOMPARE(a.value(QStringLiteral("aud")).toString(), m_peer.issuer() + QStringLiteral("/token"));
        QCOMPARE(a.value(QStringLiteral("scope")).toString(), kScope);
        // Five minutes unless the integration declares its provider's limit; a jti of 256 random bits.
        QCOMPARE(a.value(QStringLiteral("exp")).toInteger() - a.value(QStringLiteral("iat")).toInteger(), 300);
        QCOMPARE(a.value(QStringLiteral("jti")).toString().size(), 43);

        // The private key is in the keychain; the file is not kept anywhere.
        const StoredCredentials c = credentials(id);
        QCOMPARE(c.client.clientId, kEmail);
        QCOMPARE(c.client.keyId, kKeyId);
        QCOMPARE(c.client.privateKeyPem, m_key.toPem());
        const QByteArray settings = QJsonDocument(record->settings).toJson();
        QVERIFY(!settings.contains("PRIVATE KEY"));
        QVERIFY(!settings.contains("104857294857294857294"));

        // An authenticated request through the core.
        const ApiResponse response = whoami(id);
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("sub")).toString(), kEmail);
        for (const char *step : {"assertion:info", "token:ok", "whoami:ok", "connected:ok"})
            QVERIFY2(steps(id).contains(QLatin1String(step)), qPrintable(steps(id).join(QLatin1Char(','))));
        for (const ConnectionEvent &e : service().events(id))
            QVERIFY(!e.detail.contains(QString::fromUtf8(c.tokens.accessToken)));
    }

    void domainWideDelegation()
    {
        ConnectRequest r = request();
        r.subject = QStringLiteral("alice@example.test");
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(service().connection(id)->accountLabel, QStringLiteral("alice@example.test"));
        QCOMPARE(
            assertions(m_peer).last().toObject().value(QStringLiteral("sub")).toString(), QStringLiteral("alice@example.test"));
        QCOMPARE(QJsonDocument::fromJson(whoami(id).body).object().value(QStringLiteral("sub")).toString(),
            QStringLiteral("alice@example.test"));
        // The renewal acts for the same user.
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(
            assertions(m_peer).last().toObject().value(QStringLiteral("sub")).toString(), QStringLiteral("alice@example.test"));
        credentials(id);

        // A user the service account may not act for: the provider's unauthorized_client, nothing saved.
        const int before = service().connections().size();
        r.subject = QStringLiteral("mallory@example.test");
        const auto refused = connectAndWait(r);
        QCOMPARE(test::failureCode(refused), QStringLiteral("unauthorized_client"));
        const Error &error = refused.error();
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(service().connections().size(), before);
    }

    void renewalSignsANewAssertion()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray first = credentials(id).tokens.accessToken;
        const int before = assertions(m_peer).size();
        QTest::qWait(1100); // a new iat
        QCOMPARE(refresh(id).toString(), QString());
        const QJsonArray seen = assertions(m_peer);
        QCOMPARE(seen.size(), before + 1);
        QVERIFY(seen.last().toObject().value(QStringLiteral("iat")).toInteger()
            > seen.at(before - 1).toObject().value(QStringLiteral("iat")).toInteger());
        // RFC 7523 §3 item 7: each renewal's assertion has its own jti (the server refuses one seen before).
        const QString jti = seen.last().toObject().value(QStringLiteral("jti")).toString();
        QVERIFY(!jti.isEmpty());
        QVERIFY(jti != seen.at(before - 1).toObject().value(QStringLiteral("jti")).toString());
        QVERIFY(seen.last().toObject().value(QStringLiteral("accepted")).toBool());
        QVERIFY(credentials(id).tokens.accessToken != first);
        QVERIFY(steps(id).contains(QLatin1String("refresh:ok")));
    }

    // RFC 7523 §3: how long an assertion may live is the provider's to say; an integration that declares it
    // (oauth.assertion_lifetime_seconds) gets assertions that live no longer, at connect and at each renewal.
    void declaredAssertionLifetime()
    {
        const auto connected = connectAndWait(request(QStringLiteral("test-short-assertions")));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(refresh(id).toString(), QString());
        const QJsonArray seen = assertions(m_peer);
        for (int i = seen.size() - 2; i < seen.size(); ++i) {
            const QJsonObject a = seen.at(i).toObject();
            QVERIFY(a.value(QStringLiteral("accepted")).toBool());
            QCOMPARE(a.value(QStringLiteral("exp")).toInteger() - a.value(QStringLiteral("iat")).toInteger(), 120);
        }
        QVERIFY(seen.at(seen.size() - 1).toObject().value(QStringLiteral("jti"))
            != seen.at(seen.size() - 2).toObject().value(QStringLiteral("jti")));
    }

    void expiredTokenIsRenewedBeforeUse()
    {
        ConnectRequest r = request(QStringLiteral("test-service-account-short"));
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray first = credentials(id).tokens.accessToken;
        QTest::qWait(5500);
        const ApiResponse response = whoami(id);
        QCOMPARE(response.status, 200);
        QVERIFY(!response.refreshedAndRetried); // renewed before sending, not after a 401
        QVERIFY(credentials(id).tokens.accessToken != first);
        QVERIFY(steps(id).contains(QLatin1String("refresh:ok")));
    }

    void unauthorizedLeadsToOneRenewalAndRetry()
    {
        const auto connected = connectAndWait(request());
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        StoredCredentials c = credentials(id);
        c.tokens.accessToken = "jb.not-a-token-this-server-issued";
        bool written = false;
        m_fx.core().secrets().write(QStringLiteral("connection/") + id, c.toBytes(), [&](const Error &) { written = true; });
        QTRY_VERIFY(written);
        const ApiResponse response = whoami(id);
        QCOMPARE(response.status, 200);
        QVERIFY(response.refreshedAndRetried);
        credentials(id);
    }

    void privateKeyEnteredByHand()
    {
        // Not a Google key file: an EC key and its issuer entered by hand, signed with ES256.
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-service-account");
        r.clientId = kEmail;
        r.privateKeyPem = m_ecKey.toPem();
        r.keyId = m_ecKey.thumbprint();
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QJsonObject a = assertions(m_peer).last().toObject();
        QCOMPARE(a.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(a.value(QStringLiteral("kid")).toString(), m_ecKey.thumbprint());
        QCOMPARE(credentials(id).client.privateKeyAlg, QStringLiteral("ES256"));
    }

    void keyNotKnownToTheProvider()
    {
        auto other = PrivateKey::generateRsa(2048);
        QVERIFY(other);
        ConnectRequest r = request();
        r.serviceAccountJson = keyFile(other.value(), QStringLiteral("https://oauth2.googleapis.com/token"));
        const int before = service().connections().size();
        const auto connected = connectAndWait(r);
        QCOMPARE(test::failureCode(connected), QStringLiteral("invalid_grant"));
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(service().connections().size(), before);
    }

    void badKeyFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // named in the error
        const QJsonObject good
            = QJsonDocument::fromJson(keyFile(m_key, QStringLiteral("https://oauth2.googleapis.com/token"))).object();
        auto without = [&good](const char *name) {
            QJsonObject o = good;
            o.remove(QLatin1String(name));
            return QJsonDocument(o).toJson();
        };
        auto with = [&good](const char *name, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(QLatin1String(name), value);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("empty file") << QByteArray(" \n") << "service_account_invalid"
                                    << "";
        QTest::newRow("not JSON") << QByteArray("-----BEGIN PRIVATE KEY-----\n") << "service_account_invalid"
                                  << "JSON";
        QTest::newRow("JSON array") << QByteArray("[1,2]") << "service_account_invalid"
                                    << "object";
        QTest::newRow("OAuth client file") << with("type", QStringLiteral("authorized_user")) << "service_account_invalid"
                                           << "type";
        QTest::newRow("no type") << without("type") << "service_account_invalid"
                                 << "type";
        QTest::newRow("no client_email") << without("client_email") << "service_account_invalid"
                                         << "client_email";
        QTest::newRow("client_email not text") << with("client_email", 42) << "service_account_invalid"
                                               << "client_email";
        QTest::newRow("client_email not an address")
            << with("client_email", QStringLiteral("nobody")) << "service_account_invalid"
            << "client_email";
        QTest::newRow("no private_key") << without("private_key") << "service_account_invalid"
                                        << "private_key";
        QTest::newRow("private_key not a key")
            << with("private_key", QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
            << "invalid_key"
            << "private_key";
        QTest::newRow("token_uri plain http")
            << with("token_uri", QStringLiteral("http://evil.example/token")) << "service_account_invalid"
            << "token_uri";
        QTest::newRow("huge file") << QByteArray(200 * 1024, ' ') << "service_account_too_large"
                                   << "";
    }
    void badKeyFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ConnectRequest r = request();
        r.serviceAccountJson = json;
        const int before = service().connections().size();
        const auto connected = connectAndWait(r);
        QCOMPARE(test::failureCode(connected), code);
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.toString().contains(field), qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(QString::fromUtf8(m_key.toPem().split('\n').at(1)))); // never a piece of the key
        QCOMPARE(service().connections().size(), before);
    }

    void noKeyFileNoConnect()
    {
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-service-account");
        const auto connected = connectAndWait(r);
        QCOMPARE(test::failureCode(connected), QStringLiteral("missing_key_file"));
        const Error &error = connected.error();
        QVERIFY(error.message.contains(QLatin1String("key file")));
    }

    void noSecretInAnyFile()
    {
        const QStringList roots = m_fx.scanRoots();
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
        for (const PrivateKey *key : {&m_key, &m_ecKey})
            QCOMPARE(test::filesContaining(key->toPem().split('\n').at(2), roots), QStringList());
        // The key file's other values are not kept either.
        QCOMPARE(test::filesContaining("104857294857294857294", roots), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestJwtBearerFlow)
#include "TestJwtBearerFlow.moc"
