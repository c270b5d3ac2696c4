// Issue 4's quirk families, each against a local fake provider that behaves that way (tests/support/FakeProvider.h):
// a custom integration file describes the provider, and a real connect (authorization code + PKCE through
// follow.mjs as the browser), refresh and API call run through ConnectionService with the real keychain. Each
// test checks what the provider saw, request by request. Nothing in app/ knows these integration ids: the files'
// data alone (catalogue -> ConnectionPlanner -> flow options) makes each one work.
//
// The templated family puts {{tenant}} in the URL path (http://127.0.0.1:PORT/{{tenant}}/oauth/...): plain http is
// allowed only on loopback hosts, and a {{template}} inside an http host can never be proven loopback, so the
// loader refuses such a URL. Templated hosts (https://{{subdomain}}.example.com) follow the same code path with
// the host rules of TemplateExpander, tested in tests/unit/catalog/TestTemplateExpander.cpp.
#include "FakeProvider.h"
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/CoreContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace keyway;
using test::FakeProvider;

namespace {
const QString kTenantX = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kTenantY = QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad");
} // namespace

class TestProviderQuirks : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<FakeProvider>> m_fakes;
    test::ServiceFixture m_fx {
        test::ServiceFixture::SeenAccessToken | test::ServiceFixture::SeenRefreshToken | test::ServiceFixture::SeenClientSecret};

    ConnectionService &service() { return m_fx.service(); }
    FakeProvider &fake(const QString &id) { return *m_fakes.at(id); }

    static QString followCommand()
    {
        return QStringLiteral("\"%1\" \"%2/follow.mjs\"").arg(test::nodeProgram(), test::peersDir());
    }

    void startFake(const QString &id, const FakeProvider::Quirks &quirks)
    {
        auto provider = std::make_unique<FakeProvider>(quirks);
        const Error error = provider->start();
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        m_fakes[id] = std::move(provider);
    }

    // The custom integration file that describes a fake provider.
    void writeIntegration(const QString &id, const QJsonObject &oauth, const QJsonObject &api, const QJsonArray &variables = {})
    {
        QJsonObject doc {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Quirk ") + id},
            {QStringLiteral("category"), QStringLiteral("generic")},
            {QStringLiteral("description"), QStringLiteral("A local fake provider for the %1 quirk.").arg(id)},
            {QStringLiteral("icon"), QStringLiteral("oauth2.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://www.rfc-editor.org/rfc/rfc6749")},
            {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_authorization_code")}},
            {QStringLiteral("oauth"), oauth}, {QStringLiteral("api"), api}};
        if (!variables.isEmpty())
            doc.insert(QStringLiteral("variables"), variables);
        const QString dir = Catalog::defaultCustomDir();
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + QLatin1Char('/') + id + QStringLiteral(".json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QJsonDocument(doc).toJson()) > 0);
    }

    // A fake provider and its integration; endpoints and API at the fake's base unless `oauth` / `api` name them.
    void addFamily(const QString &id, const FakeProvider::Quirks &quirks, QJsonObject oauth, QJsonObject api = {})
    {
        startFake(id, quirks);
        if (!m_fakes.count(id))
            return;
        const QString base = fake(id).base();
        if (!oauth.contains(QStringLiteral("authorization_url")))
            oauth.insert(QStringLiteral("authorization_url"), base + QStringLiteral("/authorize"));
        if (!oauth.contains(QStringLiteral("token_url")))
            oauth.insert(QStringLiteral("token_url"), base + QStringLiteral("/token"));
        if (!api.contains(QStringLiteral("base_url")))
            api.insert(QStringLiteral("base_url"), base + QStringLiteral("/api"));
        if (!api.contains(QStringLiteral("whoami")))
            api.insert(QStringLiteral("whoami"),
                QJsonObject {{QStringLiteral("url"), base + QStringLiteral("/api/me")},
                    {QStringLiteral("account_field"), QStringLiteral("login")}});
        writeIntegration(id, oauth, api);
    }

    ConnectRequest request(const QString &id)
    {
        ConnectRequest r;
        r.integrationId = id;
        r.clientId = fake(id).quirks().clientId;
        r.clientSecret = fake(id).quirks().clientSecret;
        r.browserCommand = followCommand();
        return r;
    }

    Result<QString> connectAndWait(const ConnectRequest &r) { return m_fx.connectAndWait(r); }
    StoredCredentials credentials(const QString &id) { return m_fx.credentials(id); }
    Error refresh(const QString &id) { return m_fx.refresh(id); }
    ApiResponse get(const QString &id, const QString &url) { return m_fx.get(id, url); }

    ConnectionSettings settingsOf(const QString &id) { return ConnectionSettings::fromJson(service().connection(id)->settings); }

    // Connects, then checks what every family has in common: connected, the provider's newest tokens in the
    // keychain, the account named by the whoami call.
    Result<QString> connectFamily(const QString &family)
    {
        const auto connected = connectAndWait(request(family));
        if (!connected)
            return connected;
        const QString id = connected.value();
        const auto record = service().connection(id);
        const auto wrong = [](const QString &what) { return Error::make(QStringLiteral("test_check"), what); };
        if (!record || record->status != ConnectionStatus::Connected)
            return wrong(QStringLiteral("not connected"));
        if (record->accountLabel != QLatin1String("alice"))
            return wrong(QStringLiteral("account ") + record->accountLabel);
        const StoredCredentials c = credentials(id);
        if (c.tokens.accessToken != fake(family).lastAccessToken() || c.tokens.refreshToken != fake(family).lastRefreshToken())
            return wrong(QStringLiteral("stored tokens differ from the issued ones"));
        return id;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        if (test::nodeProgram().isEmpty())
            QSKIP("node is not installed (tests/peers/follow.mjs is the browser)");
        // Paths as the application has them: the custom integrations folder is $XDG_CONFIG_HOME/keyway/integrations.
        AppInfo::apply();
        QDir(Catalog::defaultCustomDir()).removeRecursively();

        const QJsonObject post {{QStringLiteral("client_auth"), QStringLiteral("client_secret_post")}};
        {
            FakeProvider::Quirks q;
            q.formResponse = true;
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")});
            oauth.insert(QStringLiteral("token_response"), QJsonObject {{QStringLiteral("format"), QStringLiteral("form")}});
            addFamily(QStringLiteral("quirk-form"), q, oauth);
        }
        {
            FakeProvider::Quirks q;
            q.nestUnder = QStringLiteral("authed_user");
            q.scopeParam = QStringLiteral("user_scope");
            const QJsonObject paths {{QStringLiteral("access_token"), QStringLiteral("authed_user.access_token")},
                {QStringLiteral("refresh_token"), QStringLiteral("authed_user.refresh_token")},
                {QStringLiteral("expires_in"), QStringLiteral("authed_user.expires_in")},
                {QStringLiteral("scope"), QStringLiteral("authed_user.scope")},
                {QStringLiteral("token_type"), QStringLiteral("authed_user.token_type")}};
            addFamily(QStringLiteral("quirk-nested"), q,
                QJsonObject {{QStringLiteral("scopes"), QJsonArray {QStringLiteral("users:read")}},
                    {QStringLiteral("scope_param"), QStringLiteral("user_scope")}, {QStringLiteral("token_response"), paths}});
        }
        {
            FakeProvider::Quirks q;
            q.basicOnly = true;
            addFamily(QStringLiteral("quirk-basic"), q,
                QJsonObject {{QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")}},
                    {QStringLiteral("client_auth"), QStringLiteral("client_secret_basic")}});
        }
        {
            FakeProvider::Quirks q;
            QJsonObject oauth = post;
            oauth.insert(
                QStringLiteral("scopes"), QJsonArray {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")});
            oauth.insert(QStringLiteral("scope_separator"), QStringLiteral(","));
            addFamily(QStringLiteral("quirk-comma"), q, oauth);
        }
        {
            FakeProvider::Quirks q;
            q.sendExpiry = false;
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")});
            addFamily(QStringLiteral("quirk-no-expiry"), q, oauth);
        }
        {
            FakeProvider::Quirks q;
            q.rotateRefresh = false;
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")});
            oauth.insert(QStringLiteral("refresh_token"), QJsonObject {{QStringLiteral("rotates"), false}});
            addFamily(QStringLiteral("quirk-no-rotation"), q, oauth);
        }
        {
            FakeProvider::Quirks q;
            q.instanceUrl = true;
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("api")});
            oauth.insert(QStringLiteral("response_values"),
                QJsonObject {{QStringLiteral("instance_url"), QStringLiteral("instance_url")}});
            addFamily(QStringLiteral("quirk-instance"), q, oauth,
                QJsonObject {{QStringLiteral("base_url"), QStringLiteral("{{instance_url}}")},
                    {QStringLiteral("whoami"),
                        QJsonObject {{QStringLiteral("url"), QStringLiteral("{{instance_url}}/api/me")},
                            {QStringLiteral("account_field"), QStringLiteral("login")}}}});
        }
        {
            // Square, Raindrop.io, Dialpad: the token endpoint takes a JSON object and refuses a form.
            FakeProvider::Quirks q;
            q.jsonRequests = true;
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")});
            oauth.insert(QStringLiteral("token_request"), QJsonObject {{QStringLiteral("format"), QStringLiteral("json")}});
            addFamily(QStringLiteral("quirk-json-request"), q, oauth);
        }
        {
            // TikTok's Login Kit: the client is client_key, on the authorization request and at the token endpoint.
            FakeProvider::Quirks q;
            q.clientIdParam = QStringLiteral("client_key");
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("user.info.basic")});
            oauth.insert(QStringLiteral("client_id_param"), QStringLiteral("client_key"));
            addFamily(QStringLiteral("quirk-client-key"), q, oauth);
        }
        {
            // Square: expires_at (ISO 8601) instead of expires_in.
            FakeProvider::Quirks q;
            q.expiresAt = true;
            q.expiresIn = 7200;
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")});
            oauth.insert(
                QStringLiteral("token_response"), QJsonObject {{QStringLiteral("expires_at"), QStringLiteral("expires_at")}});
            addFamily(QStringLiteral("quirk-expires-at"), q, oauth);
        }
        {
            // The fake serves /acme/...; the file says /{{tenant}}/...: only a correct expansion reaches it.
            FakeProvider::Quirks q;
            q.pathPrefix = QStringLiteral("/acme");
            const QString family = QStringLiteral("quirk-templated");
            startFake(family, q);
            QVERIFY(m_fakes.count(family));
            const QString t = fake(family).origin() + QStringLiteral("/{{tenant}}");
            QJsonObject oauth = post;
            oauth.insert(QStringLiteral("authorization_url"), t + QStringLiteral("/authorize"));
            oauth.insert(QStringLiteral("token_url"), t + QStringLiteral("/token"));
            oauth.insert(QStringLiteral("scopes"), QJsonArray {QStringLiteral("read")});
            oauth.insert(QStringLiteral("authorization_params"),
                QJsonObject {{QStringLiteral("organization"), QStringLiteral("{{tenant}}")}});
            const QJsonObject api {{QStringLiteral("base_url"), t + QStringLiteral("/api")},
                {QStringLiteral("whoami"),
                    QJsonObject {{QStringLiteral("url"), t + QStringLiteral("/api/me")},
                        {QStringLiteral("account_field"), QStringLiteral("login")}}}};
            const QJsonArray variables {QJsonObject {{QStringLiteral("name"), QStringLiteral("tenant")},
                {QStringLiteral("label"), QStringLiteral("Tenant")},
                {QStringLiteral("pattern"), QStringLiteral("^[a-z0-9][a-z0-9-]{0,30}$")},
                {QStringLiteral("example"), QStringLiteral("acme")}}};
            writeIntegration(family, oauth, api, variables);
        }

        // Microsoft's multi-tenant issuer: the discovery document publishes ".../{tenantid}/v2.0" and each ID token
        // names its tenant in iss and in tid; issuer_claims in the file (data only) ties the two together.
        for (const auto &[family, issTenant] : {std::pair {QStringLiteral("quirk-tenant"), kTenantX},
                 std::pair {QStringLiteral("quirk-tenant-mismatch"), kTenantY}}) {
            FakeProvider::Quirks q;
            q.openid = true;
            q.issuer = QStringLiteral("{base}/{tenantid}/v2.0");
            q.idTokenIssuer = QStringLiteral("{base}/%1/v2.0").arg(issTenant);
            q.idTokenClaims = QJsonObject {{QStringLiteral("tid"), kTenantX}};
            startFake(family, q);
            QVERIFY(m_fakes.count(family));
            const QString base = fake(family).base();
            const QJsonObject oauth {
                {QStringLiteral("discovery_url"), base + QStringLiteral("/.well-known/openid-configuration")},
                {QStringLiteral("issuer"), base + QStringLiteral("/{tenantid}/v2.0")},
                {QStringLiteral("issuer_claims"), QJsonObject {{QStringLiteral("tenantid"), QStringLiteral("tid")}}},
                {QStringLiteral("scopes"), QJsonArray {QStringLiteral("openid")}}, {QStringLiteral("openid"), true},
                {QStringLiteral("client_auth"), QStringLiteral("client_secret_post")}};
            const QJsonObject api {{QStringLiteral("base_url"), base + QStringLiteral("/api")},
                {QStringLiteral("whoami"),
                    QJsonObject {{QStringLiteral("url"), base + QStringLiteral("/api/me")},
                        {QStringLiteral("account_field"), QStringLiteral("login")}}}};
            writeIntegration(family, oauth, api);
        }

        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-quirks-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        const Catalog &catalog = m_fx.core().catalog();
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().value(0).toString()));
        for (const auto &[id, provider] : m_fakes)
            QVERIFY2(catalog.contains(id), qPrintable(id));
    }

    void cleanupTestCase()
    {
        m_fx.close();
        m_fakes.clear();
    }

    void formEncodedTokenResponse()
    {
        const QString family = QStringLiteral("quirk-form");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(credentials(id).tokens.tokenType, QStringLiteral("Bearer"));
        QVERIFY(service().connection(id)->expiresAt.isValid()); // expires_in read from the form
        QCOMPARE(service().connection(id)->grantedScopes, QStringList {QStringLiteral("read")});

        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(credentials(id).tokens.accessToken, fake(family).lastAccessToken());
        QCOMPARE(credentials(id).tokens.refreshToken, fake(family).lastRefreshToken());
        const ApiResponse me = get(id, QStringLiteral("me"));
        QCOMPARE(me.status, 200);
        QVERIFY(!me.refreshedAndRetried);

        const auto exchanges = fake(family).tokenRequests(QStringLiteral("authorization_code"));
        QCOMPARE(exchanges.size(), 1);
        QCOMPARE(exchanges.first().status, 200);
        QCOMPARE(exchanges.first().form.value(QStringLiteral("client_secret")), QStringLiteral("quirk-secret"));
        QVERIFY(!exchanges.first().form.value(QStringLiteral("code_verifier")).isEmpty()); // RFC 7636
        QCOMPARE(fake(family).tokenRequests(QStringLiteral("refresh_token")).size(), 1);
    }

    void nestedTokenPath()
    {
        const QString family = QStringLiteral("quirk-nested");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials c = credentials(id);
        QVERIFY(c.tokens.accessToken != "decoy-bot-token");
        QCOMPARE(c.tokens.tokenType, QStringLiteral("Bearer")); // authed_user.token_type, not the top-level "bot"
        QVERIFY(c.tokens.expiresAt.isValid()); // authed_user.expires_in
        QCOMPARE(service().connection(id)->grantedScopes, QStringList {QStringLiteral("users:read")});

        // The scopes went in the parameter the integration names (Slack's user_scope), not in "scope".
        const auto authorize = fake(family).seenAt(QStringLiteral("/authorize"));
        QCOMPARE(authorize.size(), 1);
        QCOMPARE(authorize.first().query.queryItemValue(QStringLiteral("user_scope"), QUrl::FullyDecoded),
            QStringLiteral("users:read"));
        QVERIFY(!authorize.first().query.hasQueryItem(QStringLiteral("scope")));

        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(credentials(id).tokens.accessToken, fake(family).lastAccessToken());
        QCOMPARE(credentials(id).tokens.refreshToken, fake(family).lastRefreshToken());
        QCOMPARE(get(id, QStringLiteral("me")).status, 200);
    }

    void basicOnlyTokenEndpoint()
    {
        const QString family = QStringLiteral("quirk-basic");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(get(id, QStringLiteral("me")).status, 200);

        // Every token request authenticated with HTTP Basic and nothing else (RFC 6749 §2.3.1).
        const auto tokenRequests = fake(family).seenAt(QStringLiteral("/token"));
        QCOMPARE(tokenRequests.size(), 2);
        for (const FakeProvider::Seen &s : tokenRequests) {
            QCOMPARE(s.status, 200);
            QCOMPARE(s.authorization, FakeProvider::basicAuthorization(QStringLiteral("quirk-client"), "quirk-secret"));
            QVERIFY(!s.form.contains(QStringLiteral("client_secret")));
        }

        // The same provider refuses a client that sends its secret in the body: the connect fails clearly.
        ConnectRequest post = request(family);
        post.clientAuthMethod = QStringLiteral("client_secret_post");
        const int before = service().connections().size();
        const auto refused = connectAndWait(post);
        QCOMPARE(test::failureCode(refused), QStringLiteral("invalid_client"));
        const Error &error = refused.error();
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(fake(family).seenAt(QStringLiteral("/token")).last().status, 401);
        QCOMPARE(service().connections().size(), before);
    }

    void commaScopeSeparator()
    {
        const QString family = QStringLiteral("quirk-comma");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto authorize = fake(family).seenAt(QStringLiteral("/authorize"));
        QCOMPARE(authorize.size(), 1);
        QCOMPARE(authorize.first().query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("read,write,admin"));
        // The provider answered "read,write,admin" too: read back as three scopes.
        QCOMPARE(service().connection(id)->grantedScopes,
            (QStringList {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")}));

        // A narrower choice of the user's is joined the same way.
        ConnectRequest narrower = request(family);
        narrower.scopes = QStringList {QStringLiteral("read"), QStringLiteral("admin")};
        const auto secondConnected = connectAndWait(narrower);
        KEYWAY_VERIFY_RESULT(secondConnected);
        const QString second = secondConnected.value();
        QCOMPARE(fake(family)
                     .seenAt(QStringLiteral("/authorize"))
                     .last()
                     .query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("read,admin"));
        QCOMPARE(refresh(second).toString(), QString());
        QCOMPARE(get(second, QStringLiteral("me")).status, 200);
    }

    void tokenWithoutExpiry()
    {
        const QString family = QStringLiteral("quirk-no-expiry");
        // Automatic refreshing on, as in the window: a token of unknown lifetime must not be refreshed ahead of time.
        ConnectionService::Settings settings = service().settings();
        settings.autoRefresh = true;
        service().setSettings(settings);
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QVERIFY(!service().connection(id)->expiresAt.isValid()); // no expiry shown
        QVERIFY(!credentials(id).tokens.expiresAt.isValid());
        QTest::qWait(1500);
        QCOMPARE(fake(family).tokenRequests(QStringLiteral("refresh_token")).size(), 0); // none scheduled

        // Still usable: the token is handed out and accepted as it is.
        QByteArray token;
        bool done = false;
        service().accessToken(id, false, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            token = t;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(token, fake(family).lastAccessToken());
        const ApiResponse me = get(id, QStringLiteral("me"));
        QCOMPARE(me.status, 200);
        QVERIFY(!me.refreshedAndRetried);
        QCOMPARE(fake(family).tokenRequests(QStringLiteral("refresh_token")).size(), 0);

        // When the provider stops accepting it, the first 401 renews it once (RFC 6750 §3.1) and the call succeeds.
        fake(family).voidAccessTokens();
        const ApiResponse again = get(id, QStringLiteral("me"));
        QCOMPARE(again.status, 200);
        QVERIFY(again.refreshedAndRetried);
        QCOMPARE(fake(family).tokenRequests(QStringLiteral("refresh_token")).size(), 1);
        QVERIFY(!service().connection(id)->expiresAt.isValid());

        settings.autoRefresh = false;
        service().setSettings(settings);
    }

    void refreshTokenNotRotated()
    {
        const QString family = QStringLiteral("quirk-no-rotation");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray original = credentials(id).tokens.refreshToken;
        QByteArray lastAccess = credentials(id).tokens.accessToken;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(refresh(id).toString(), QString());
            const StoredCredentials c = credentials(id);
            QVERIFY(c.tokens.accessToken != lastAccess);
            QCOMPARE(c.tokens.accessToken, fake(family).lastAccessToken());
            QCOMPARE(c.tokens.refreshToken, original); // kept: the answer carried none (RFC 6749 §6)
            lastAccess = c.tokens.accessToken;
        }
        // The provider saw the one refresh token it issued, twice.
        QCOMPARE(fake(family).issuedRefreshTokens(), QList<QByteArray> {original});
        const auto refreshes = fake(family).tokenRequests(QStringLiteral("refresh_token"));
        QCOMPARE(refreshes.size(), 2);
        for (const FakeProvider::Seen &s : refreshes) {
            QCOMPARE(s.form.value(QStringLiteral("refresh_token")).toUtf8(), original);
            QCOMPARE(s.status, 200);
        }
        QCOMPARE(get(id, QStringLiteral("me")).status, 200);
    }

    void jsonTokenRequests()
    {
        const QString family = QStringLiteral("quirk-json-request");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(credentials(id).tokens.accessToken, fake(family).lastAccessToken());
        QCOMPARE(get(id, QStringLiteral("me")).status, 200);

        // Both grants went as JSON objects holding what a form would hold (RFC 6749 §4.1.3, §6, RFC 7636 §4.5).
        const auto exchanges = fake(family).tokenRequests(QStringLiteral("authorization_code"));
        QCOMPARE(exchanges.size(), 1);
        const FakeProvider::Seen &exchange = exchanges.first();
        QCOMPARE(exchange.contentType, QByteArray("application/json"));
        QCOMPARE(exchange.form.value(QStringLiteral("client_id")), QStringLiteral("quirk-client"));
        QCOMPARE(exchange.form.value(QStringLiteral("client_secret")), QStringLiteral("quirk-secret"));
        QVERIFY(!exchange.form.value(QStringLiteral("code")).isEmpty());
        QVERIFY(!exchange.form.value(QStringLiteral("code_verifier")).isEmpty());
        QVERIFY(exchange.form.value(QStringLiteral("redirect_uri")).startsWith(QLatin1String("http://127.0.0.1:")));
        const auto refreshes = fake(family).tokenRequests(QStringLiteral("refresh_token"));
        QCOMPARE(refreshes.size(), 1);
        QCOMPARE(refreshes.first().contentType, QByteArray("application/json"));
        QCOMPARE(refreshes.first().status, 200);
        for (const FakeProvider::Seen &s : fake(family).seenAt(QStringLiteral("/token")))
            QCOMPARE(s.status, 200);
    }

    void clientIdUnderTheProvidersName()
    {
        const QString family = QStringLiteral("quirk-client-key");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(get(id, QStringLiteral("me")).status, 200);

        const auto authorize = fake(family).seenAt(QStringLiteral("/authorize"));
        QCOMPARE(authorize.size(), 1);
        QCOMPARE(authorize.first().query.queryItemValue(QStringLiteral("client_key")), QStringLiteral("quirk-client"));
        QVERIFY(!authorize.first().query.hasQueryItem(QStringLiteral("client_id")));
        const auto tokenRequests = fake(family).seenAt(QStringLiteral("/token"));
        QCOMPARE(tokenRequests.size(), 2);
        for (const FakeProvider::Seen &s : tokenRequests) {
            QCOMPARE(s.status, 200);
            QCOMPARE(s.form.value(QStringLiteral("client_key")), QStringLiteral("quirk-client"));
            QVERIFY(!s.form.contains(QStringLiteral("client_id")));
        }
    }

    void absoluteExpiryFromTheTokenResponse()
    {
        const QString family = QStringLiteral("quirk-expires-at");
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // expires_at is now + 7200 s on the provider's clock (this computer's here), to the second.
        const QDateTime expires = service().connection(id)->expiresAt;
        QVERIFY(expires.isValid());
        QVERIFY2(qAbs(before.secsTo(expires) - 7200) <= 5, qPrintable(expires.toString(Qt::ISODate)));
        QCOMPARE(credentials(id).tokens.expiresAt, expires);
        QCOMPARE(refresh(id).toString(), QString());
        QVERIFY(credentials(id).tokens.expiresAt.isValid());
        QCOMPARE(get(id, QStringLiteral("me")).status, 200);
    }

    void instanceUrlFromTokenResponse()
    {
        const QString family = QStringLiteral("quirk-instance");
        const auto connected = connectFamily(family); // the account comes from {{instance_url}}/api/me
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(settingsOf(id).apiBaseUrl, fake(family).instanceUrl());
        QCOMPARE(
            credentials(id).tokens.responseValues.value(QStringLiteral("instance_url")).toString(), fake(family).instanceUrl());

        // A relative request goes to the instance.
        const ApiResponse me = get(id, QStringLiteral("api/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.finalUrl.toString(), fake(family).instanceUrl() + QStringLiteral("/api/me"));
        QCOMPARE(fake(family).seen().last().path, QStringLiteral("/instance-7/api/me"));
        QCOMPARE(fake(family).seen().last().authorization, "Bearer " + fake(family).lastAccessToken());

        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(settingsOf(id).apiBaseUrl, fake(family).instanceUrl());
        QCOMPARE(get(id, QStringLiteral("/api/me")).status, 200);
        QCOMPARE(fake(family).seen().last().authorization, "Bearer " + fake(family).lastAccessToken());
    }

    void templatedUrl()
    {
        const QString family = QStringLiteral("quirk-templated");
        ConnectRequest r = request(family);
        r.variables.insert(QStringLiteral("tenant"), QStringLiteral("acme"));
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(service().connection(id)->accountLabel, QStringLiteral("alice")); // whoami at /{{tenant}}/api/me
        const auto authorize = fake(family).seenAt(QStringLiteral("/authorize"));
        QCOMPARE(authorize.size(), 1);
        QCOMPARE(authorize.first().query.queryItemValue(QStringLiteral("organization")), QStringLiteral("acme"));
        QCOMPARE(settingsOf(id).apiBaseUrl, fake(family).base() + QStringLiteral("/api"));
        QCOMPARE(settingsOf(id).variables.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));

        QCOMPARE(refresh(id).toString(), QString()); // the stored, expanded token URL
        QCOMPARE(get(id, QStringLiteral("me")).status, 200);
        QCOMPARE(fake(family).tokenRequests(QStringLiteral("authorization_code")).size(), 1);
        QCOMPARE(fake(family).tokenRequests(QStringLiteral("refresh_token")).size(), 1);
        QCOMPARE(fake(family).strayRequests(), 0);

        // A value outside the variable's pattern never reaches the network.
        const int seen = fake(family).seen().size();
        for (const QString &bad : {QStringLiteral("acme/../evil"), QStringLiteral("ACME?x=1"), QString()}) {
            ConnectRequest wrong = request(family);
            wrong.variables.insert(QStringLiteral("tenant"), bad);
            const auto connected = connectAndWait(wrong);
            const Error &error = connected.error();
            QVERIFY2(error.code == QLatin1String("invalid_variable") || error.code == QLatin1String("missing_variable"),
                qPrintable(test::describe(connected)));
            QVERIFY(!error.message.isEmpty());
        }
        QCOMPARE(fake(family).seen().size(), seen);
    }

    // OpenID Connect Core §3.1.3.7 step 2 with a templated issuer: {tenantid} is filled from the token's tid, then
    // iss must match exactly. Endpoints come from the discovery document, whose literal template issuer matches
    // the file's (OIDC Discovery §4.3 still compares exactly).
    void templatedIssuerFromTenantClaim()
    {
        const QString family = QStringLiteral("quirk-tenant");
        const auto connected = connectFamily(family);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(fake(family).seenAt(QStringLiteral("/.well-known/openid-configuration")).size(), 1);
        QCOMPARE(fake(family).seenAt(QStringLiteral("/jwks")).size(), 1);
        QVERIFY(!credentials(id).tokens.idToken.isEmpty());
        QCOMPARE(settingsOf(id).provider.issuer, fake(family).base() + QStringLiteral("/{tenantid}/v2.0"));
        QCOMPARE(settingsOf(id).provider.issuerClaims.value(QStringLiteral("tenantid")), QStringLiteral("tid"));
        QCOMPARE(fake(family).strayRequests(), 0);
    }

    void issuerOfAnotherTenantRefused()
    {
        // iss names tenant Y, tid says tenant X: the filled issuer (tenant X) differs from iss.
        const QString family = QStringLiteral("quirk-tenant-mismatch");
        const auto connected = connectAndWait(request(family));
        const Error &error = connected.error();
        QCOMPARE(test::failureCode(connected), QStringLiteral("wrong_issuer"));
        QVERIFY2(error.detail.contains(kTenantY) && error.detail.contains(kTenantX), qPrintable(error.detail));
        QCOMPARE(fake(family).tokenRequests(QStringLiteral("authorization_code")).size(), 1);
        QVERIFY(fake(family).seenAt(QStringLiteral("/api/me")).isEmpty()); // refused before anything trusts the account
        for (const auto &c : service().connections())
            QVERIFY(c.integrationId != family);
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_fx.seenSecrets().isEmpty());
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestProviderQuirks)
#include "TestProviderQuirks.moc"
