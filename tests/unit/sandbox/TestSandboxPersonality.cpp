// The sandbox's side of each personality (SandboxPersonality), over real loopback HTTP and without Keyway's core:
// exact redirect matching (RFC 6749 §3.1.2.3, §4.1.2.1), the shapes of token responses, one client
// authentication method, private_key_jwt refusals (RFC 7523 §3), the device flow's slow_down (RFC 8628 §3.5), DPoP
// (RFC 9449: the proof checks of §4.3, bound tokens, the nonce) and mutual TLS (RFC 8705: self_signed_tls_client_auth,
// certificate-bound tokens; the requests of the TLS listener are handed to the provider with their certificate).
// TestSandboxPersonalities shows Keyway meeting each of them.
#include "SandboxTestClient.h"
#include "jose/Base64Url.h"
#include "jose/ClientAssertion.h"
#include "jose/DpopProof.h"
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"
#include "jose/SelfSignedCertificate.h"
#include "sandbox/SandboxPersonality.h"

#include <QtTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>

#include <functional>

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

// Changes a DPoP proof's header and claims before it is signed.
using ProofEdit = std::function<void(QJsonObject &header, QJsonObject &claims)>;
Q_DECLARE_METATYPE(ProofEdit)

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

    // A DPoP proof as a client would make it for `method` `path` of this sandbox, with `edit` applied to its header
    // and claims before it is signed by `signer` (the jwk header is always `key`'s public part unless edited).
    QByteArray proof(const PrivateKey &key, const QByteArray &method, const QString &path,
        const std::function<void(QJsonObject &header, QJsonObject &claims)> &edit = {}, const PrivateKey *signer = nullptr,
        const QString &accessToken = {}, const QString &nonce = {})
    {
        QJsonObject header {{u"typ"_s, u"dpop+jwt"_s}, {u"jwk"_s, key.publicJwk()}};
        header.insert(u"jwk"_s, Jwk::publicJson(key.key()));
        QJsonObject claims {{u"jti"_s, Random::token(16)}, {u"htm"_s, QString::fromLatin1(method)},
            {u"htu"_s, m_server->issuer() + path}, {u"iat"_s, QDateTime::currentSecsSinceEpoch()}};
        if (!accessToken.isEmpty())
            claims.insert(u"ath"_s, DpopProof::accessTokenHash(accessToken.toLatin1()));
        if (!nonce.isEmpty())
            claims.insert(u"nonce"_s, nonce);
        if (edit)
            edit(header, claims);
        const PrivateKey &by = signer ? *signer : key;
        const Result<QString> signed_
            = Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), by.key(), by.defaultAlgorithm());
        return signed_.ok() ? signed_.value().toLatin1() : QByteArray();
    }

    // client_credentials for the confidential client (which may use DPoP without being asked to) with `dpop`.
    HttpReply confidentialWithProof(const QByteArray &dpop)
    {
        return m_client->postForm(u"/token"_s, {{u"grant_type"_s, u"client_credentials"_s}},
            {header("Authorization",
                 basicAuth(SandboxProvider::confidentialClientId(), SandboxProvider::confidentialClientSecret())),
                header("DPoP", dpop)});
    }

    // A request as the sandbox's mutual-TLS listener hands it over: over TLS, with the client's certificate (or none).
    HttpResponse overTls(const QByteArray &method, const QString &path, const QSslCertificate &certificate,
        const Params &form = {}, const QByteArray &authorization = {})
    {
        HttpRequest r;
        r.method = method;
        r.path = path;
        r.target = path.toLatin1();
        r.overTls = true;
        r.peerCertificate = certificate;
        r.headers.append(HttpRequest::Header("Host", m_server->mtlsIssuer().mid(8).toLatin1()));
        if (!form.isEmpty()) {
            r.body = formEncode(form);
            r.headers.append(HttpRequest::Header("Content-Type", "application/x-www-form-urlencoded"));
        }
        if (!authorization.isEmpty())
            r.headers.append(HttpRequest::Header("Authorization", authorization));
        return m_server->provider().handle(r);
    }

    static QJsonObject jsonOf(const HttpResponse &r) { return QJsonDocument::fromJson(r.body()).object(); }

    static QSslCertificate clientCertificate()
    {
        const Result<SelfSignedCertificate> made = SelfSignedCertificate::generate(u"keyway-sandbox-mtls"_s, {}, 1, false);
        return made.ok() ? QSslCertificate(made.value().certificatePem, QSsl::Pem) : QSslCertificate();
    }

    // The private JWK of an EC P-256 key: its public members and d (RFC 7518 §6.2.2.1).
    static QJsonObject privateJwk(const PrivateKey &key)
    {
        QJsonObject jwk = Jwk::publicJson(key.key());
        BIGNUM *d = nullptr;
        EVP_PKEY_get_bn_param(key.key(), OSSL_PKEY_PARAM_PRIV_KEY, &d);
        QByteArray bytes(32, '\0');
        BN_bn2binpad(d, reinterpret_cast<unsigned char *>(bytes.data()), 32);
        BN_clear_free(d);
        jwk.insert(u"d"_s, Base64Url::encodeToString(bytes));
        return jwk;
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

    // RFC 9449 §4.3: each check refuses a proof that fails it, with invalid_dpop_proof; the first rows pass.
    void dpopProofIsCheckedAsRfc9449Says_data()
    {
        using Edit = ProofEdit;
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<bool>("byAnotherKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("why");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("a good proof") << Edit() << false << 200 << QString();
        QTest::newRow("htu with a query and upper-case scheme and host: ignored, normalized") << Edit([](QJsonObject &,
                                                                                                          QJsonObject &c) {
            c.insert(u"htu"_s, c.value(u"htu"_s).toString().replace(u"http://127.0.0.1"_s, u"HTTP://127.0.0.1"_s) + u"?x=1#f"_s);
        }) << false << 200 << QString();
        QTest::newRow("typ JWT") << Edit([](QJsonObject &h, QJsonObject &) { h.insert(u"typ"_s, u"JWT"_s); }) << false << 400
                                 << u"typ"_s;
        QTest::newRow("no typ") << Edit([](QJsonObject &h, QJsonObject &) { h.remove(u"typ"_s); }) << false << 400 << u"typ"_s;
        QTest::newRow("no jwk") << Edit([](QJsonObject &h, QJsonObject &) { h.remove(u"jwk"_s); }) << false << 400 << u"jwk"_s;
        QTest::newRow("signed by another key than its jwk") << Edit() << true << 400 << u"signature"_s;
        QTest::newRow("a private key in its jwk") << Edit() << false << 400 << u"private"_s; // jwk set in the test
        QTest::newRow("htm GET for a POST") << Edit([](QJsonObject &, QJsonObject &c) { c.insert(u"htm"_s, u"GET"_s); }) << false
                                            << 400 << u"htm"_s;
        QTest::newRow("htu of another endpoint") << Edit([](QJsonObject &, QJsonObject &c) {
            c.insert(u"htu"_s, c.value(u"htu"_s).toString().replace(u"/token"_s, u"/revoke"_s));
        }) << false << 400 << u"htu"_s;
        QTest::newRow("htu of another server")
            << Edit([](QJsonObject &, QJsonObject &c) { c.insert(u"htu"_s, u"https://server.example/token"_s); }) << false << 400
            << u"htu"_s;
        QTest::newRow("iat ten minutes ago")
            << Edit([now](QJsonObject &, QJsonObject &c) { c.insert(u"iat"_s, now - 600); }) << false << 400 << u"ago"_s;
        QTest::newRow("iat five minutes ahead")
            << Edit([now](QJsonObject &, QJsonObject &c) { c.insert(u"iat"_s, now + 300); }) << false << 400 << u"future"_s;
        QTest::newRow("no jti") << Edit([](QJsonObject &, QJsonObject &c) { c.remove(u"jti"_s); }) << false << 400 << u"jti"_s;
        QTest::newRow("no htu") << Edit([](QJsonObject &, QJsonObject &c) { c.remove(u"htu"_s); }) << false << 400 << u"htu"_s;
    }

    void dpopProofIsCheckedAsRfc9449Says()
    {
        using Edit = ProofEdit;
        QFETCH(Edit, edit);
        QFETCH(bool, byAnotherKey);
        QFETCH(int, status);
        QFETCH(QString, why);
        const Result<PrivateKey> key = PrivateKey::generateEc();
        const Result<PrivateKey> other = PrivateKey::generateEc();
        QVERIFY(key.ok() && other.ok());
        Edit change = edit;
        if (QByteArray(QTest::currentDataTag()).contains("private"))
            change = [&](QJsonObject &h, QJsonObject &) { h.insert(u"jwk"_s, privateJwk(key.value())); };
        const HttpReply r
            = confidentialWithProof(proof(key.value(), "POST", u"/token"_s, change, byAnotherKey ? &other.value() : nullptr));
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.json().value(u"token_type"_s).toString(), u"DPoP"_s);
            return;
        }
        QCOMPARE(r.error(), u"invalid_dpop_proof"_s);
        QVERIFY2(r.json().value(u"error_description"_s).toString().contains(why), qPrintable(r.text()));
    }

    void dpopRefusesUnsignedAndHmacProofs_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("none") << u"none"_s;
        QTest::newRow("HS256") << u"HS256"_s;
    }

    void dpopRefusesUnsignedAndHmacProofs()
    {
        QFETCH(QString, alg);
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        const QJsonObject header {{u"typ"_s, u"dpop+jwt"_s}, {u"alg"_s, alg}, {u"jwk"_s, Jwk::publicJson(key.value().key())}};
        const QJsonObject claims {{u"jti"_s, Random::token(16)}, {u"htm"_s, u"POST"_s},
            {u"htu"_s, m_server->issuer() + u"/token"_s}, {u"iat"_s, QDateTime::currentSecsSinceEpoch()}};
        const QByteArray compact = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
            + (alg == u"none"_s ? QByteArray() : Base64Url::encode(QByteArray(32, 'x')));
        const HttpReply r = confidentialWithProof(compact);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), u"invalid_dpop_proof"_s);
    }

    void dpopProofIsTakenOnce()
    {
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        const QByteArray once = proof(key.value(), "POST", u"/token"_s);
        QCOMPARE(confidentialWithProof(once).status, 200);
        const HttpReply again = confidentialWithProof(once);
        QCOMPARE(again.status, 400);
        QVERIFY2(again.text().contains(u"jti"_s), qPrintable(again.text()));
    }

    // The DPoP personality: a proof on every token request, the sandbox's nonce, tokens bound with cnf.jkt, a bound
    // refresh token, and an API that takes a bound token only with the DPoP scheme and a proof by its key.
    void dpopPersonalityBindsEveryToken()
    {
        const QString id = u"keyway-sandbox-dpop"_s;
        const HttpReply discovery = m_client->get(u"/.well-known/openid-configuration"_s);
        QVERIFY(discovery.json().value(u"dpop_signing_alg_values_supported"_s).toArray().contains(u"ES256"_s));
        const Result<PrivateKey> key = PrivateKey::generateEc();
        const Result<PrivateKey> other = PrivateKey::generateEc();
        QVERIFY(key.ok() && other.ok());
        const Authorization a = as(id);
        const SandboxTestClient::Callback cb = m_client->authorize(a);
        QVERIFY(!cb.code.isEmpty());
        const Params clientId {{u"client_id"_s, id}};

        // RFC 9449 §5.2: no proof, refused; §8: a proof without the nonce, refused with the nonce to use.
        QCOMPARE(m_client->exchangeCode(cb.code, a).error(), u"invalid_dpop_proof"_s);
        const HttpReply noNonce
            = m_client->exchangeCode(cb.code, a, {header("DPoP", proof(key.value(), "POST", u"/token"_s))}, clientId);
        QCOMPARE(noNonce.status, 400);
        QCOMPARE(noNonce.error(), u"use_dpop_nonce"_s);
        const QString nonce = QString::fromLatin1(noNonce.header("DPoP-Nonce"));
        QVERIFY(!nonce.isEmpty());
        const HttpReply tokens = m_client->exchangeCode(
            cb.code, a, {header("DPoP", proof(key.value(), "POST", u"/token"_s, {}, nullptr, {}, nonce))}, clientId);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.json().value(u"token_type"_s).toString(), u"DPoP"_s);
        const QString access = tokens.json().value(u"access_token"_s).toString();
        const QString refresh = tokens.json().value(u"refresh_token"_s).toString();
        QVERIFY(!refresh.isEmpty());
        const HttpReply info = m_client->postForm(u"/introspect"_s, {{u"client_id"_s, id}, {u"token"_s, access}});
        QCOMPARE(info.json().value(u"cnf"_s).toObject().value(u"jkt"_s).toString(), key.value().thumbprint());

        // RFC 9449 §7: the API.
        const auto api = [&](const QByteArray &authorization, const QByteArray &dpop) {
            Headers headers {header("Authorization", authorization)};
            if (!dpop.isEmpty())
                headers.append(header("DPoP", dpop));
            return m_client->send("GET", m_client->url(u"/api/contacts"_s), {}, headers);
        };
        const QByteArray dpopScheme = "DPoP " + access.toLatin1();
        const HttpReply asBearer = api("Bearer " + access.toLatin1(), {});
        QCOMPARE(asBearer.status, 401);
        QVERIFY2(asBearer.header("WWW-Authenticate").startsWith("DPoP "), asBearer.header("WWW-Authenticate").constData());
        const HttpReply withoutNonce = api(dpopScheme, proof(key.value(), "GET", u"/api/contacts"_s, {}, nullptr, access));
        QCOMPARE(withoutNonce.status, 401);
        QVERIFY2(withoutNonce.header("WWW-Authenticate").contains("error=\"use_dpop_nonce\""),
            withoutNonce.header("WWW-Authenticate").constData());
        QCOMPARE(QString::fromLatin1(withoutNonce.header("DPoP-Nonce")), nonce);
        QCOMPARE(api(dpopScheme, proof(key.value(), "GET", u"/api/contacts"_s, {}, nullptr, access, nonce)).status, 200);
        const HttpReply byOther = api(dpopScheme, proof(other.value(), "GET", u"/api/contacts"_s, {}, nullptr, access, nonce));
        QCOMPARE(byOther.status, 401);
        QVERIFY2(byOther.text().contains(u"another key"_s), qPrintable(byOther.text()));
        const HttpReply noProof = api(dpopScheme, {});
        QCOMPARE(noProof.status, 401);
        QCOMPARE(noProof.error(), u"invalid_dpop_proof"_s);
        const HttpReply wrongAth
            = api(dpopScheme, proof(key.value(), "GET", u"/api/contacts"_s, {}, nullptr, u"another-token"_s, nonce));
        QCOMPARE(wrongAth.status, 401);
        QVERIFY2(wrongAth.text().contains(u"ath"_s), qPrintable(wrongAth.text()));

        // RFC 9449 §5: the refresh token is bound to the key of the code exchange.
        const auto refreshWith = [&](const QByteArray &dpop) {
            return m_client->postForm(u"/token"_s,
                {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}, {u"client_id"_s, id}},
                dpop.isEmpty() ? Headers() : Headers {header("DPoP", dpop)});
        };
        QCOMPARE(refreshWith({}).error(), u"invalid_dpop_proof"_s);
        const HttpReply stolen = refreshWith(proof(other.value(), "POST", u"/token"_s, {}, nullptr, {}, nonce));
        QCOMPARE(stolen.error(), u"invalid_dpop_proof"_s);
        QVERIFY2(stolen.text().contains(u"another DPoP key"_s), qPrintable(stolen.text()));
        const HttpReply renewed = refreshWith(proof(key.value(), "POST", u"/token"_s, {}, nullptr, {}, nonce));
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json().value(u"token_type"_s).toString(), u"DPoP"_s);
    }

    // RFC 9449 §10: a code asked for with dpop_jkt is redeemed only with a proof by that key; a malformed one is
    // refused at the authorization endpoint.
    void dpopJktBindsTheAuthorizationCode()
    {
        const Result<PrivateKey> key = PrivateKey::generateEc();
        const Result<PrivateKey> other = PrivateKey::generateEc();
        QVERIFY(key.ok() && other.ok());
        const Authorization a = as(u"keyway-sandbox"_s);
        Params params = m_client->authorizeParams(a);
        params.append({u"dpop_jkt"_s, key.value().thumbprint()});
        const HttpReply page = m_client->openAuthorize(params);
        QCOMPARE(page.status, 200);
        const HttpReply decision
            = m_client->decide(page.text(), u"/authorize/decision"_s, a.account, a.scope.split(u' ', Qt::SkipEmptyParts), false);
        const QString code = decision.locationValue(u"code"_s);
        QVERIFY(!code.isEmpty());
        const Params clientId {{u"client_id"_s, a.clientId}};
        const HttpReply byOther
            = m_client->exchangeCode(code, a, {header("DPoP", proof(other.value(), "POST", u"/token"_s))}, clientId);
        QCOMPARE(byOther.status, 400);
        QCOMPARE(byOther.error(), u"invalid_dpop_proof"_s);
        QVERIFY2(byOther.text().contains(u"dpop_jkt"_s), qPrintable(byOther.text()));
        QCOMPARE(m_client->exchangeCode(code, a).error(), u"invalid_dpop_proof"_s); // no proof at all
        const HttpReply byKey
            = m_client->exchangeCode(code, a, {header("DPoP", proof(key.value(), "POST", u"/token"_s))}, clientId);
        QCOMPARE(byKey.status, 200);
        QCOMPARE(byKey.json().value(u"token_type"_s).toString(), u"DPoP"_s);

        params.last().second = u"not-a-thumbprint"_s;
        const HttpReply malformed = m_client->openAuthorize(params);
        QVERIFY2(malformed.locationValue(u"error"_s) == u"invalid_request"_s, malformed.header("Location").constData());
    }

    // RFC 6750 §3.1 with RFC 9449 §7.1: a DPoP-bound token short of a scope is told so under the DPoP scheme, at the
    // API and at userinfo; a Bearer token under the Bearer scheme.
    void insufficientScopeNamesTheSchemeOfTheToken()
    {
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        const HttpReply issued
            = m_client->postForm(u"/token"_s, {{u"grant_type"_s, u"client_credentials"_s}, {u"scope"_s, u"contacts.read"_s}},
                {header("Authorization",
                     basicAuth(SandboxProvider::confidentialClientId(), SandboxProvider::confidentialClientSecret())),
                    header("DPoP", proof(key.value(), "POST", u"/token"_s))});
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.json().value(u"token_type"_s).toString(), u"DPoP"_s);
        const QString access = issued.json().value(u"access_token"_s).toString();
        for (const QString &path : {u"/api/events"_s, u"/userinfo"_s}) {
            const HttpReply refused = m_client->send("GET", m_client->url(path), {},
                {header("Authorization", "DPoP " + access.toLatin1()),
                    header("DPoP", proof(key.value(), "GET", path, {}, nullptr, access))});
            QCOMPARE(refused.status, 403);
            const QByteArray challenge = refused.header("WWW-Authenticate");
            QVERIFY2(challenge.startsWith("DPoP ") && challenge.contains("error=\"insufficient_scope\""), challenge.constData());
        }
        const HttpReply bearer = m_client->clientCredentials(u"contacts.read"_s);
        QCOMPARE(bearer.json().value(u"token_type"_s).toString(), u"Bearer"_s);
        const HttpReply refused = m_client->api("GET", u"/api/events"_s, bearer.json().value(u"access_token"_s).toString());
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.header("WWW-Authenticate").startsWith("Bearer "), refused.header("WWW-Authenticate").constData());
    }

    // RFC 8705: discovery names the TLS listener; the client authenticates with its registered self-signed certificate
    // there only (§2.2), its tokens are bound to it (§3.1, cnf x5t#S256), and the API takes them only over a
    // connection with that certificate (§3).
    void mutualTlsPersonalityBindsTokensToTheCertificate()
    {
        const QString id = u"keyway-sandbox-mtls"_s;
        const QString mtls = m_server->mtlsIssuer();
        QVERIFY(mtls.startsWith(u"https://127.0.0.1:"_s));
        const QJsonObject discovery = m_client->get(u"/.well-known/openid-configuration"_s).json();
        QVERIFY(discovery.value(u"tls_client_certificate_bound_access_tokens"_s).toBool());
        QVERIFY(discovery.value(u"token_endpoint_auth_methods_supported"_s).toArray().contains(u"self_signed_tls_client_auth"_s));
        const QJsonObject aliases = discovery.value(u"mtls_endpoint_aliases"_s).toObject();
        QCOMPARE(aliases.value(u"token_endpoint"_s).toString(), mtls + u"/token"_s);
        QCOMPARE(aliases.value(u"userinfo_endpoint"_s).toString(), mtls + u"/userinfo"_s);

        const QSslCertificate registered = clientCertificate();
        const QSslCertificate stranger = clientCertificate();
        QVERIFY(!registered.isNull() && !stranger.isNull());
        const QString thumbprint = SandboxProvider::certificateThumbprint(registered);
        m_server->store().addClientKey(id, {{u"kid"_s, thumbprint}, {u"x5t#S256"_s, thumbprint}});

        const Authorization a = as(id);
        const SandboxTestClient::Callback cb = m_client->authorize(a);
        QVERIFY(!cb.code.isEmpty());
        const Params exchange {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, cb.code},
            {u"redirect_uri"_s, a.redirectUri}, {u"code_verifier"_s, a.verifier}, {u"client_id"_s, id}};
        // Not over TLS, without a certificate, with an unregistered one, with a secret: invalid_client, code unspent.
        const HttpReply plain = m_client->exchangeCode(cb.code, a);
        QCOMPARE(plain.status, 401);
        QCOMPARE(plain.error(), u"invalid_client"_s);
        QCOMPARE(overTls("POST", u"/token"_s, QSslCertificate(), exchange).status(), 401);
        const HttpResponse wrong = overTls("POST", u"/token"_s, stranger, exchange);
        QCOMPARE(wrong.status(), 401);
        QCOMPARE(jsonOf(wrong).value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY2(wrong.body().contains("not registered"), wrong.body().constData());
        Params withSecret = exchange;
        withSecret.append({u"client_secret"_s, SandboxProvider::confidentialClientSecret()});
        QCOMPARE(overTls("POST", u"/token"_s, registered, withSecret).status(), 401);

        const HttpResponse tokens = overTls("POST", u"/token"_s, registered, exchange);
        QCOMPARE(tokens.status(), 200);
        QCOMPARE(jsonOf(tokens).value(u"token_type"_s).toString(), u"Bearer"_s);
        const QByteArray access = jsonOf(tokens).value(u"access_token"_s).toString().toLatin1();
        const QString refresh = jsonOf(tokens).value(u"refresh_token"_s).toString();
        QVERIFY(!refresh.isEmpty());
        const HttpResponse info
            = overTls("POST", u"/introspect"_s, registered, {{u"client_id"_s, id}, {u"token"_s, QString::fromLatin1(access)}});
        QCOMPARE(jsonOf(info).value(u"cnf"_s).toObject().value(u"x5t#S256"_s).toString(), thumbprint);

        // §3: the bound token with its certificate, and without it (plain HTTP, TLS without or with another one).
        QCOMPARE(overTls("GET", u"/api/contacts"_s, registered, {}, "Bearer " + access).status(), 200);
        QCOMPARE(overTls("GET", u"/userinfo"_s, registered, {}, "Bearer " + access).status(), 200);
        const HttpReply copied = m_client->api("GET", u"/api/contacts"_s, QString::fromLatin1(access));
        QCOMPARE(copied.status, 401);
        QVERIFY2(
            copied.header("WWW-Authenticate").contains("error=\"invalid_token\""), copied.header("WWW-Authenticate").constData());
        QCOMPARE(overTls("GET", u"/api/contacts"_s, QSslCertificate(), {}, "Bearer " + access).status(), 401);
        QCOMPARE(overTls("GET", u"/api/contacts"_s, stranger, {}, "Bearer " + access).status(), 401);

        // A refresh needs the certificate too, and binds the new token to it.
        const Params refreshForm {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}, {u"client_id"_s, id}};
        QCOMPARE(overTls("POST", u"/token"_s, stranger, refreshForm).status(), 401);
        const HttpResponse renewed = overTls("POST", u"/token"_s, registered, refreshForm);
        QCOMPARE(renewed.status(), 200);
        const QByteArray next = jsonOf(renewed).value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(overTls("GET", u"/api/contacts"_s, registered, {}, "Bearer " + next).status(), 200);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, QString::fromLatin1(next)).status, 401);
        m_server->store().removeClientKeys(id);
    }

    // Without a proof the other clients still get Bearer tokens, which the API takes as before.
    void withoutAProofTokensStayBearer()
    {
        const HttpReply r = m_client->clientCredentials();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, r.json().value(u"access_token"_s).toString()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPersonality)
#include "TestSandboxPersonality.moc"
