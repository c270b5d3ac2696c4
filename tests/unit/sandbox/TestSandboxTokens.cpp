// The sandbox's token life after sign-in, over real loopback HTTP: refresh with rotation and reuse detection
// (RFC 9700 §4.14.2), client credentials, revocation (RFC 7009), introspection (RFC 7662) and userinfo
// (OpenID Connect Core §5.3) with RFC 6750 bearer errors.
#include "SandboxTestClient.h"

#include "jose/Jwt.h"

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString field(const HttpReply &reply, const char *name)
{
    return reply.json().value(QLatin1String(name)).toString();
}
} // namespace

class TestSandboxTokens : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

    HttpReply introspect(const QString &token, const Headers &auth)
    {
        return m_client->postForm(u"/introspect"_s, {{u"token"_s, token}}, auth);
    }
    HttpReply revoke(const Params &params) { return m_client->postForm(u"/revoke"_s, params); }
    static Headers confidential()
    {
        return {header(
            "Authorization", basicAuth(SandboxProvider::confidentialClientId(), SandboxProvider::confidentialClientSecret()))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = startSandbox();
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void refreshRotatesAndDetectsReuse()
    {
        const HttpReply first = m_client->signIn();
        QCOMPARE(first.status, 200);
        const QString refresh1 = field(first, "refresh_token");

        const HttpReply second = m_client->refresh(refresh1);
        QCOMPARE(second.status, 200);
        const QString refresh2 = field(second, "refresh_token");
        const QString access2 = field(second, "access_token");
        QVERIFY(!refresh2.isEmpty());
        QVERIFY(refresh2 != refresh1);
        QVERIFY(access2 != field(first, "access_token"));
        QCOMPARE(field(second, "scope"), u"openid profile email offline_access contacts.read"_s);
        // OpenID Connect Core §12.2: a new id_token, without the nonce of the first one.
        const Result<Jwt> idToken = Jwt::decode(field(second, "id_token"));
        QVERIFY(idToken.ok());
        QVERIFY(!idToken.value().claims().contains(u"nonce"_s));
        QCOMPARE(idToken.value().claims().value(u"sub"_s).toString(), u"alice"_s);
        // Both access tokens work until something happens.
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, field(first, "access_token")).status, 200);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access2).status, 200);

        // The rotated-away token again: reuse. invalid_grant, and the whole grant dies, the newest token too.
        const HttpReply reuse = m_client->refresh(refresh1);
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.error(), u"invalid_grant"_s);
        QVERIFY(reuse.json().value(u"error_description"_s).toString().contains(u"RFC 9700"_s));
        QCOMPARE(m_client->refresh(refresh2).error(), u"invalid_grant"_s);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access2).status, 401);
    }

    void refreshScope()
    {
        const HttpReply first = m_client->signIn();
        const QString refresh = field(first, "refresh_token");
        // RFC 6749 §6: narrower is fine, and the refresh token keeps coming (the grant has offline_access).
        HttpReply narrow
            = m_client->refresh(refresh, SandboxProvider::publicClientId(), {{u"scope"_s, u"openid contacts.read"_s}});
        QCOMPARE(narrow.status, 200);
        QCOMPARE(field(narrow, "scope"), u"openid contacts.read"_s);
        QVERIFY(!field(narrow, "refresh_token").isEmpty());
        // Wider is invalid_scope, and does not spend the token.
        const QString next = field(narrow, "refresh_token");
        QCOMPARE(m_client->refresh(next, SandboxProvider::publicClientId(), {{u"scope"_s, u"contacts.write"_s}}).error(),
            u"invalid_scope"_s);
        QCOMPARE(m_client->refresh(next).status, 200);
    }

    void refreshErrors()
    {
        const HttpReply first = m_client->signIn();
        const QString refresh = field(first, "refresh_token");
        QCOMPARE(m_client->refresh(u"unknown"_s).error(), u"invalid_grant"_s);
        // Another client cannot use it (and that does not spend it).
        const HttpReply other = m_client->postForm(
            u"/token"_s, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}}, confidential());
        QCOMPARE(other.error(), u"invalid_grant"_s);
        QCOMPARE(m_client->refresh(refresh).status, 200);
        // An access token is not a refresh token.
        QCOMPARE(m_client->refresh(field(first, "access_token")).error(), u"invalid_grant"_s);
    }

    void clientCredentials()
    {
        HttpReply r = m_client->clientCredentials();
        QCOMPARE(r.status, 200);
        QCOMPARE(field(r, "scope"), u"contacts.read calendar.read"_s);
        QVERIFY(!r.json().contains(u"refresh_token"_s)); // RFC 6749 §4.4.3
        QVERIFY(!r.json().contains(u"id_token"_s));
        const QString access = field(r, "access_token");
        QCOMPARE(m_client->api("GET", u"/api/events"_s, access).status, 200);
        QCOMPARE(m_client->api("GET", u"/userinfo"_s, access).status, 403); // no user behind it

        r = m_client->clientCredentials(u"contacts.write"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(field(r, "scope"), u"contacts.write"_s);
        QCOMPARE(m_client->clientCredentials(u"openid"_s).error(), u"invalid_scope"_s);
        QCOMPARE(m_client->clientCredentials(u"contacts.read admin"_s).error(), u"invalid_scope"_s);

        // client_secret_post too.
        r = m_client->postForm(u"/token"_s,
            {{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, SandboxProvider::confidentialClientId()},
                {u"client_secret"_s, SandboxProvider::confidentialClientSecret()}});
        QCOMPARE(r.status, 200);
    }

    void revocation()
    {
        // An access token alone.
        HttpReply tokens = m_client->signIn();
        const QString access = field(tokens, "access_token");
        const QString refresh = field(tokens, "refresh_token");
        HttpReply r
            = revoke({{u"token"_s, access}, {u"token_type_hint"_s, u"access_token"_s}, {u"client_id"_s, u"keyway-sandbox"_s}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 401);
        QCOMPARE(m_client->refresh(refresh).status, 200); // the grant lives on

        // A refresh token takes its grant with it (RFC 7009 §2.1), whatever the hint says.
        tokens = m_client->signIn();
        r = revoke({{u"token"_s, field(tokens, "refresh_token")}, {u"token_type_hint"_s, u"access_token"_s},
            {u"client_id"_s, u"keyway-sandbox"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, field(tokens, "access_token")).status, 401);
        QCOMPARE(m_client->refresh(field(tokens, "refresh_token")).error(), u"invalid_grant"_s);

        // RFC 7009 §2.2: unknown tokens are fine; revoking twice is fine.
        QCOMPARE(revoke({{u"token"_s, u"never-issued"_s}, {u"client_id"_s, u"keyway-sandbox"_s}}).status, 200);
        QCOMPARE(revoke({{u"token"_s, access}, {u"client_id"_s, u"keyway-sandbox"_s}}).status, 200);
        // Errors: no client, no token, another client's token.
        QCOMPARE(revoke({{u"token"_s, access}}).status, 401);
        QCOMPARE(revoke({{u"client_id"_s, u"keyway-sandbox"_s}}).error(), u"invalid_request"_s);
        tokens = m_client->signIn();
        r = m_client->postForm(u"/revoke"_s, {{u"token"_s, field(tokens, "access_token")}}, confidential());
        QCOMPARE(r.error(), u"invalid_request"_s);
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, field(tokens, "access_token")).status, 200);
        QCOMPARE(m_client->get(u"/revoke"_s).status, 405);
    }

    void introspection()
    {
        const HttpReply tokens = m_client->signIn();
        const QString access = field(tokens, "access_token");
        const QString refresh = field(tokens, "refresh_token");

        // The confidential client may look at any token.
        HttpReply r = introspect(access, confidential());
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"active"_s).toBool(), true);
        QCOMPARE(o.value(u"client_id"_s).toString(), u"keyway-sandbox"_s);
        QCOMPARE(o.value(u"username"_s).toString(), u"alice"_s);
        QCOMPARE(o.value(u"sub"_s).toString(), u"alice"_s);
        QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(o.value(u"scope"_s).toString(), u"openid profile email offline_access contacts.read"_s);
        QCOMPARE(o.value(u"iss"_s).toString(), m_server->issuer());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(o.value(u"exp"_s).toInteger() - (now + 3600)) <= 5);
        QVERIFY(qAbs(o.value(u"iat"_s).toInteger() - now) <= 5);

        r = introspect(refresh, confidential());
        QCOMPARE(r.json().value(u"active"_s).toBool(), true);
        QCOMPARE(r.json().value(u"token_type"_s).toString(), u"refresh_token"_s);

        // The public client its own tokens only; another's look inactive.
        r = m_client->postForm(u"/introspect"_s, {{u"token"_s, access}, {u"client_id"_s, u"keyway-sandbox"_s}});
        QCOMPARE(r.json().value(u"active"_s).toBool(), true);
        const HttpReply cc = m_client->clientCredentials();
        r = m_client->postForm(
            u"/introspect"_s, {{u"token"_s, field(cc, "access_token")}, {u"client_id"_s, u"keyway-sandbox"_s}});
        QCOMPARE(r.json(), QJsonObject({{u"active"_s, false}}));
        r = introspect(field(cc, "access_token"), confidential());
        QCOMPARE(r.json().value(u"sub"_s).toString(), SandboxProvider::confidentialClientId());
        QVERIFY(!r.json().contains(u"username"_s));

        // Unknown, spent and revoked tokens are inactive, with nothing else said (RFC 7662 §2.2).
        QCOMPARE(introspect(u"nope"_s, confidential()).json(), QJsonObject({{u"active"_s, false}}));
        QCOMPARE(m_client->refresh(refresh).status, 200);
        QCOMPARE(introspect(refresh, confidential()).json(), QJsonObject({{u"active"_s, false}}));
        revoke({{u"token"_s, access}, {u"client_id"_s, u"keyway-sandbox"_s}});
        QCOMPARE(introspect(access, confidential()).json(), QJsonObject({{u"active"_s, false}}));

        // Introspection needs client authentication.
        QCOMPARE(m_client->postForm(u"/introspect"_s, {{u"token"_s, access}}).status, 401);
        QCOMPARE(introspect(QString(), confidential()).error(), u"invalid_request"_s);
    }

    void userinfo()
    {
        Authorization a;
        a.account = u"Bob Smith"_s;
        const HttpReply tokens = m_client->signIn(a);
        const QString access = field(tokens, "access_token");
        HttpReply r = m_client->api("GET", u"/userinfo"_s, access);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(),
            QJsonObject({{u"sub"_s, u"Bob Smith"_s}, {u"name"_s, u"Bob Smith"_s}, {u"preferred_username"_s, u"Bob Smith"_s},
                {u"email"_s, u"bob-smith@example.test"_s}, {u"email_verified"_s, true}}));
        QCOMPARE(m_client->api("POST", u"/userinfo"_s, access).status, 200);

        // Only the claims of the granted scopes.
        a.grant = QStringList {u"openid"_s};
        r = m_client->api("GET", u"/userinfo"_s, field(m_client->signIn(a), "access_token"));
        QCOMPARE(r.json(), QJsonObject({{u"sub"_s, u"Bob Smith"_s}}));
    }

    void bearerErrors()
    {
        // RFC 6750 §3.1: no credentials, the bare challenge; a bad token, invalid_token; a malformed header, 400.
        HttpReply r = m_client->get(u"/userinfo"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer realm=\"keyway-sandbox\""));
        r = m_client->get(u"/userinfo"_s, {header("Authorization", "Bearer nonsense")});
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        QCOMPARE(r.error(), u"invalid_token"_s);
        QCOMPARE(m_client->get(u"/userinfo"_s, {header("Authorization", "Basic YTpi")}).status, 401);
        QCOMPARE(m_client->get(u"/userinfo"_s, {header("Authorization", "Bearer a b")}).status, 400);
        QCOMPARE(m_client->get(u"/userinfo"_s, {header("Authorization", "Bearer ")}).status, 400);
        r = m_client->get(u"/userinfo?access_token=abc"_s);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("WWW-Authenticate").contains("invalid_request"));
        // The scheme is case-insensitive (RFC 9110 §11.1).
        const QString access = field(m_client->signIn(), "access_token");
        QCOMPARE(m_client->get(u"/userinfo"_s, {header("Authorization", "bearer " + access.toLatin1())}).status, 200);
        QCOMPARE(m_client->send("DELETE", m_client->url(u"/userinfo"_s)).status, 405);
    }

    void accessTokenLifetime()
    {
        m_server->setAccessTokenLifetime(std::chrono::seconds(1));
        const HttpReply tokens = m_client->signIn();
        QCOMPARE(tokens.json().value(u"expires_in"_s).toInt(), 1);
        const QString access = field(tokens, "access_token");
        QCOMPARE(m_client->api("GET", u"/api/contacts"_s, access).status, 200);
        QTest::qWait(1100);
        const HttpReply expired = m_client->api("GET", u"/api/contacts"_s, access);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json().value(u"error_description"_s).toString().contains(u"expired"_s));
        m_server->setAccessTokenLifetime(std::chrono::seconds(3600));
        // The refresh token outlives it.
        QCOMPARE(m_client->refresh(field(tokens, "refresh_token")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "TestSandboxTokens.moc"
