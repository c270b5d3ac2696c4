// The sandbox's side of each personality (SandboxPersonality), over real loopback HTTP and without Keyway's core:
// exact redirect matching (RFC 6749 §3.1.2.3, §4.1.2.1), the shapes of token responses, one client
// authentication method, private_key_jwt refusals (RFC 7523 §3) and the device flow's slow_down (RFC 8628 §3.5).
// TestSandboxPersonalities shows Keyway meeting each of them.
#include "SandboxTestClient.h"
#include "jose/ClientAssertion.h"
#include "jose/PrivateKey.h"
#include "sandbox/SandboxPersonality.h"

#include <QtTest>

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxPersonality : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    static Authorization as(const QString &clientId, const QString &redirectUri = u"http://127.0.0.1:49152/callback"_s)
    {
        Authorization a;
        a.clientId = clientId;
        a.redirectUri = redirectUri;
        return a;
    }

    static QUrlQuery formOf(const HttpReply &reply) { return QUrlQuery(QString::fromLatin1(reply.body)); }

    HttpReply secretGrant(const QString &clientId, bool basic)
    {
        const QString secret = SandboxProvider::confidentialClientSecret();
        Params params {{u"grant_type"_s, u"client_credentials"_s}};
        if (basic)
            return m_client->postForm(u"/token"_s, params, {header("Authorization", basicAuth(clientId, secret))});
        params.append({{u"client_id"_s, clientId}, {u"client_secret"_s, secret}});
        return m_client->postForm(u"/token"_s, params);
    }

    HttpReply assertionGrant(const QString &assertion, const QString &type = ClientAssertion::assertionType())
    {
        return m_client->postForm(u"/token"_s,
            {{u"grant_type"_s, u"client_credentials"_s}, {u"client_assertion_type"_s, type}, {u"client_assertion"_s, assertion}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_server->setDeviceInterval(std::chrono::seconds(1));
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void everyPersonalityHasWordsAndADistinctClient()
    {
        QSet<QString> ids;
        for (const SandboxPersonality &p : SandboxPersonality::all()) {
            QVERIFY2(!ids.contains(p.clientId), qPrintable(p.clientId));
            ids.insert(p.clientId);
            QVERIFY(!p.title.isEmpty() && !p.description.isEmpty() && !p.expected.isEmpty());
            QVERIFY(!p.clientAuth.isEmpty());
            QCOMPARE(SandboxPersonality::find(p.clientId), &p);
        }
        QCOMPARE(SandboxPersonality::find(u"nobody"_s), nullptr);
        QCOMPARE(SandboxPersonality::personalities().size(), SandboxPersonality::all().size() - 2);
    }

    void exactRedirectIsComparedWithItsPort_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the registered URI") << u"http://127.0.0.1:27660/callback"_s << true;
        QTest::newRow("another port") << u"http://127.0.0.1:27661/callback"_s << false;
        QTest::newRow("no port") << u"http://127.0.0.1/callback"_s << false;
        QTest::newRow("IPv6 loopback") << u"http://[::1]:27660/callback"_s << false;
        QTest::newRow("localhost") << u"http://localhost:27660/callback"_s << false;
        QTest::newRow("trailing slash") << u"http://127.0.0.1:27660/callback/"_s << false;
        QTest::newRow("a query") << u"http://127.0.0.1:27660/callback?x=1"_s << false;
        QTest::newRow("https") << u"https://127.0.0.1:27660/callback"_s << false;
        QTest::newRow("elsewhere") << u"https://attacker.example/callback"_s << false;
    }

    void exactRedirectIsComparedWithItsPort()
    {
        QFETCH(QString, redirectUri);
        QFETCH(bool, accepted);
        const HttpReply page
            = m_client->openAuthorize(m_client->authorizeParams(as(u"keyway-sandbox-exact-redirect"_s, redirectUri)));
        // RFC 6749 §4.1.2.1: an unregistered redirect URI is never redirected to.
        QCOMPARE(page.status, accepted ? 200 : 400);
        QVERIFY(page.header("Location").isEmpty());
        if (!accepted)
            QVERIFY2(page.text().contains(u"compared exactly"_s), qPrintable(page.text().left(300)));
    }

    void anyLoopbackPortStaysForTheStandardClient()
    {
        QCOMPARE(m_client->openAuthorize(m_client->authorizeParams(as(u"keyway-sandbox"_s, u"http://127.0.0.1:27661/callback"_s)))
                     .status,
            200);
    }

    void tokenResponsesTakeTheirPersonalitysShape()
    {
        // Nested: the RFC 6749 §5.1 members inside "data".
        HttpReply r = m_client->signIn(as(u"keyway-sandbox-nested-tokens"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"ok"_s).toBool(), true);
        const QJsonObject data = r.json().value(u"data"_s).toObject();
        QVERIFY(!data.value(u"access_token"_s).toString().isEmpty());
        QVERIFY(!data.value(u"id_token"_s).toString().isEmpty());
        QVERIFY(!r.json().contains(u"access_token"_s));
        r = m_client->refresh(data.value(u"refresh_token"_s).toString(), u"keyway-sandbox-nested-tokens"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"data"_s).toObject().contains(u"access_token"_s));

        // Form-encoded.
        r = m_client->signIn(as(u"keyway-sandbox-form-response"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form = formOf(r);
        QVERIFY(!form.queryItemValue(u"access_token"_s).isEmpty());
        QVERIFY(form.queryItemValue(u"expires_in"_s).toInt() > 0);
        QCOMPARE(form.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"openid profile email offline_access contacts.read"_s);

        // Odd-case token_type: "bearer" from the code, "BEARER" from a refresh.
        r = m_client->signIn(as(u"keyway-sandbox-odd-token-type"_s));
        QCOMPARE(r.json().value(u"token_type"_s).toString(), u"bearer"_s);
        r = m_client->refresh(r.json().value(u"refresh_token"_s).toString(), u"keyway-sandbox-odd-token-type"_s);
        QCOMPARE(r.json().value(u"token_type"_s).toString(), u"BEARER"_s);

        // Non-expiring: no expires_in, no refresh token, and the token works.
        r = m_client->signIn(as(u"keyway-sandbox-non-expiring"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(u"expires_in"_s));
        QVERIFY(!r.json().contains(u"refresh_token"_s));
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, r.json().value(u"access_token"_s).toString()).status, 200);
    }

    void aConfidentialClientUsesItsOneMethod_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("basic");
        QTest::addColumn<int>("status");
        QTest::newRow("basic-only with Basic") << u"keyway-sandbox-basic-only"_s << true << 200;
        QTest::newRow("basic-only with the body") << u"keyway-sandbox-basic-only"_s << false << 401;
        QTest::newRow("post-only with the body") << u"keyway-sandbox-post-only"_s << false << 200;
        QTest::newRow("post-only with Basic") << u"keyway-sandbox-post-only"_s << true << 401;
        QTest::newRow("confidential with Basic") << u"keyway-sandbox-confidential"_s << true << 200;
        QTest::newRow("confidential with the body") << u"keyway-sandbox-confidential"_s << false << 200;
        QTest::newRow("private_key_jwt with a secret") << u"keyway-sandbox-private-key-jwt"_s << true << 401;
        QTest::newRow("a public client with a secret") << u"keyway-sandbox-nested-tokens"_s << false << 401;
    }

    void aConfidentialClientUsesItsOneMethod()
    {
        QFETCH(QString, clientId);
        QFETCH(bool, basic);
        QFETCH(int, status);
        const HttpReply r = secretGrant(clientId, basic);
        QCOMPARE(r.status, status);
        if (status == 401)
            QCOMPARE(r.error(), u"invalid_client"_s);
    }

    void privateKeyJwtRefusesWhatRfc7523Refuses()
    {
        const QString id = u"keyway-sandbox-private-key-jwt"_s;
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        const QString issuer = m_server->issuer();
        m_server->store().removeClientKeys(id);
        HttpReply r = assertionGrant(ClientAssertion::clientAuthentication(id, issuer, key.value()).value());
        QCOMPARE(r.status, 401);
        QVERIFY2(r.text().contains(u"No public key is registered"_s), qPrintable(r.text()));
        m_server->store().addClientKey(id, key.value().publicJwk());

        const QString good = ClientAssertion::clientAuthentication(id, issuer, key.value()).value();
        QCOMPARE(assertionGrant(good).status, 200);
        QCOMPARE(assertionGrant(good).status, 401); // the jti again
        QCOMPARE(assertionGrant(ClientAssertion::clientAuthentication(id, issuer + u"/token"_s, key.value()).value()).status,
            200); // the token endpoint is an aud too
        QCOMPARE(assertionGrant(ClientAssertion::clientAuthentication(id, issuer, key.value()).value(), u"jwt"_s).status, 401);
        QCOMPARE(assertionGrant(u"not.a.jwt"_s).status, 401);
        ClientAssertion::Options longLived;
        longLived.lifetimeSeconds = ClientAssertion::kMaxLifetime;
        longLived.now = QDateTime::currentDateTimeUtc().addSecs(600);
        QCOMPARE(assertionGrant(ClientAssertion::clientAuthentication(id, issuer, key.value(), longLived).value()).status, 401);
        // Another client's name in iss and sub.
        QCOMPARE(
            assertionGrant(ClientAssertion::clientAuthentication(u"keyway-sandbox-basic-only"_s, issuer, key.value()).value())
                .status,
            401);
    }

    void deviceFlowSlowsDownAsRfc8628Says()
    {
        const QString id = u"keyway-sandbox-device-slow-down"_s;
        HttpReply start = m_client->postForm(u"/device"_s, {{u"client_id"_s, id}, {u"scope"_s, u"openid"_s}});
        QCOMPARE(start.status, 200);
        const QString deviceCode = start.json().value(u"device_code"_s).toString();
        const auto poll = [&] {
            return m_client
                ->postForm(u"/token"_s,
                    {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"device_code"_s, deviceCode},
                        {u"client_id"_s, id}})
                .error();
        };
        QCOMPARE(poll(), u"authorization_pending"_s); // the first poll
        QTest::qWait(1000);
        QCOMPARE(poll(), u"slow_down"_s); // the second: the interval is now 1 + 5 s
        QTest::qWait(1000);
        QCOMPARE(poll(), u"slow_down"_s); // too soon for 6 s: now 11 s
        QCOMPARE(poll(), u"slow_down"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPersonality)
#include "TestSandboxPersonality.moc"
