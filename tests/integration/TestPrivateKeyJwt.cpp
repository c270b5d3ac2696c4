// private_key_jwt client authentication (RFC 7523 §2.2, OpenID Connect Core §9) end to end, in process, with the
// real keychain, against oidc-provider whose keyway-pkjwt client is registered with the public JWKs of keys this
// test generates (RS256 and ES256): the client credentials grant, its renewal with a newly signed assertion, an
// authenticated request through the core, the authorization code flow with the same client, an imported
// traditional PEM, and the clear errors for unregistered, encrypted, broken and mismatched keys. The private key
// is kept in the keychain and in no file. The provider takes an assertion only with its issuer identifier as the
// sole aud (--client-assertion-audience issuer, draft-ietf-oauth-rfc7523bis) and refuses a jti used twice.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "jose/PrivateKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestPrivateKeyJwt : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::PeerProcess m_echo;
    test::ServiceFixture m_fx {test::ServiceFixture::SeenAccessToken | test::ServiceFixture::SeenRefreshToken};
    PrivateKey m_rsa;
    PrivateKey m_ec;

    ConnectionService &service() { return m_fx.service(); }

    ConnectRequest request(const QByteArray &pem, const QString &alg = {})
    {
        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.authMode = QStringLiteral("oauth2_client_credentials");
        r.clientId = QStringLiteral("keyway-pkjwt");
        r.privateKeyPem = pem;
        r.privateKeyAlg = alg;
        r.scopes = {QStringLiteral("api:read"), QStringLiteral("api:write")};
        return r;
    }

    Result<QString> connectAndWait(const ConnectRequest &r) { return m_fx.connectAndWait(r); }
    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }

    QJsonObject introspect(const QByteArray &token)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_peer.issuer() + QStringLiteral("/token/introspection")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        req.setRawHeader("Authorization", "Basic " + QByteArray("keyway-basic:basic-secret").toBase64());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(token));
        QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return answer;
    }

    QByteArray authorizationSeenByApi(const QString &id)
    {
        // echo-server stands for an API the connection does not name: the user allows its origin (issue 15.1).
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_echo.port());
        m_fx.service().allowOrigin(id, origin);
        const QByteArray body = m_fx.get(id, origin + QStringLiteral("/resource")).body;
        return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("headers"))
            .toObject()
            .value(QStringLiteral("authorization"))
            .toString()
            .toUtf8();
    }

    // Runs openssl on a PEM through stdin/stdout (no file ever holds the key).
    static QByteArray openssl(const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForStarted(5000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(20000);
        return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        auto rsa = PrivateKey::generateRsa(2048);
        auto ec = PrivateKey::generateEc(QStringLiteral("P-256"));
        QVERIFY(rsa && ec);
        m_rsa = rsa.value();
        m_ec = ec.value();
        m_fx.seenSecrets() << m_rsa.toPem() << m_ec.toPem();
        // The public JWKs, as `keyway key generate` prints them and a user registers them.
        const QString jwksFile = m_fx.dir().filePath(QStringLiteral("clients-jwks.json"));
        QFile f(jwksFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(QJsonObject {{QStringLiteral("keys"),
                              QJsonArray {m_rsa.publicJwk(QStringLiteral("RS256")), m_ec.publicJwk(QStringLiteral("ES256"))}}})
                .toJson());
        f.close();
        QString error = m_peer.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--clients-jwks"), jwksFile, QStringLiteral("--client-assertion-audience"),
                QStringLiteral("issuer")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-pkjwt-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_peer.stop();
        m_echo.stop();
    }

    void clientCredentials_data()
    {
        QTest::addColumn<bool>("ec");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<bool>("withKid");
        QTest::newRow("RS256") << false << "RS256" << false;
        QTest::newRow("RS256 with kid") << false << "RS256" << true;
        QTest::newRow("ES256 (from the key)") << true << "" << false;
        QTest::newRow("ES256 with kid") << true << "ES256" << true;
    }
    void clientCredentials()
    {
        QFETCH(bool, ec);
        QFETCH(QString, alg);
        QFETCH(bool, withKid);
        const PrivateKey &key = ec ? m_ec : m_rsa;
        ConnectRequest r = request(key.toPem(), alg);
        if (withKid)
            r.keyId = key.thumbprint();
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto record = service().connection(id);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        QCOMPARE(record->accountLabel, QStringLiteral("keyway-pkjwt"));
        QCOMPARE(record->settings.value(QStringLiteral("provider")).toObject().value(QStringLiteral("client_auth")).toString(),
            QStringLiteral("private_key_jwt"));

        // The key lives in the keychain, with the algorithm that fits it.
        const StoredCredentials c = credentials(id);
        QCOMPARE(c.client.privateKeyPem, key.toPem());
        QCOMPARE(c.client.privateKeyAlg, ec ? QStringLiteral("ES256") : QStringLiteral("RS256"));
        QVERIFY(c.client.clientSecret.isEmpty());

        QCOMPARE(authorizationSeenByApi(id), "Bearer " + c.tokens.accessToken);
        QJsonObject info = introspect(c.tokens.accessToken);
        QCOMPARE(info.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("client_id")).toString(), QStringLiteral("keyway-pkjwt"));

        // Renewal signs a new assertion (a fresh jti: the provider refuses a replayed one).
        Error error;
        bool done = false;
        service().refresh(id, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.toString(), QString());
        const QByteArray renewed = credentials(id).tokens.accessToken;
        QVERIFY(renewed != c.tokens.accessToken);
        QCOMPARE(introspect(renewed).value(QStringLiteral("active")).toBool(), true);
    }

    void authorizationCodeWithPrivateKeyJwt()
    {
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.clientId = QStringLiteral("keyway-pkjwt");
        r.privateKeyPem = m_ec.toPem();
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
        r.browserCommand = test::scriptedBrowserCommand();
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(service().connection(id)->accountLabel, QStringLiteral("alice@example.test"));
        credentials(id);
    }

    void importedTraditionalPem()
    {
        // "BEGIN RSA PRIVATE KEY", as older tools write it.
        const QByteArray traditional = openssl({QStringLiteral("rsa"), QStringLiteral("-traditional")}, m_rsa.toPem());
        if (traditional.isEmpty())
            QSKIP("openssl could not convert the key");
        QVERIFY(traditional.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
        const auto connected = connectAndWait(request(traditional));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // Kept in one form: unencrypted PKCS#8 in the keychain.
        QCOMPARE(credentials(id).client.privateKeyPem, m_rsa.toPem());
    }

    void badKeys_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("code");
        QTest::newRow("unregistered key") << QByteArray() << ""
                                          << "invalid_client";
        QTest::newRow("encrypted PEM") << QByteArray("encrypted") << ""
                                       << "encrypted_key";
        QTest::newRow("not a key") << QByteArray("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n") << ""
                                   << "invalid_key";
        QTest::newRow("public key only") << QByteArray("public") << ""
                                         << "public_key_only";
        QTest::newRow("algorithm does not fit the key") << QByteArray("rsa") << "ES256"
                                                        << "key_algorithm_mismatch";
    }
    void badKeys()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, alg);
        QFETCH(QString, code);
        if (pem.isEmpty()) {
            auto other = PrivateKey::generateEc();
            QVERIFY(other);
            pem = other.value().toPem();
        } else if (pem == "encrypted") {
            pem = openssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"),
                              QStringLiteral("aes-256-cbc"), QStringLiteral("-passout"), QStringLiteral("pass:test-passphrase")},
                m_rsa.toPem());
            if (pem.isEmpty())
                QSKIP("openssl could not encrypt the key");
        } else if (pem == "public") {
            pem = m_rsa.publicPem();
        } else if (pem == "rsa") {
            pem = m_rsa.toPem();
        }
        const int before = service().connections().size();
        const auto connected = connectAndWait(request(pem, alg));
        QCOMPARE(test::failureCode(connected), code);
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(service().connections().size(), before);
    }

    void privateKeyJwtNeedsAKey()
    {
        ConnectRequest r = request({});
        r.clientAuthMethod = QStringLiteral("private_key_jwt");
        const auto connected = connectAndWait(r);
        QCOMPARE(test::failureCode(connected), QStringLiteral("missing_private_key"));
        const Error &error = connected.error();
        QVERIFY(error.message.contains(QLatin1String("private key")));
    }

    void noSecretInAnyFile()
    {
        const QStringList roots = m_fx.scanRoots();
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
        // Nor any line of the keys' base64 body (a PEM split differently would still be found).
        for (const PrivateKey *key : {&m_rsa, &m_ec}) {
            const QList<QByteArray> lines = key->toPem().split('\n');
            QCOMPARE(test::filesContaining(lines.at(2), roots), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivateKeyJwt)
#include "TestPrivateKeyJwt.moc"
