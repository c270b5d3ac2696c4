#include "auth/ClientCredentials.h"
#include "auth/ProviderConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace keyway;

class TestProviderConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const ProviderConfig c;
        QCOMPARE(c.scopeSeparator, QStringLiteral(" "));
        QVERIFY(c.pkce);
        QVERIFY(!c.openid);
        QCOMPARE(c.clientAuth, ProviderConfig::ClientAuth::Basic);
        QCOMPARE(c.accessTokenPath, QStringLiteral("access_token"));
        QCOMPARE(c.redirectHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(c.redirectPort, 0);
        QCOMPARE(c.redirectPath, QStringLiteral("/callback"));
        QVERIFY(!c.allowInsecureHttp);
        QCOMPARE(c.clientIdParam, QStringLiteral("client_id")); // RFC 6749 §2.2
        QCOMPARE(c.tokenRequestFormat, ProviderConfig::RequestFormat::Form); // RFC 6749 Appendix B
        QVERIFY(c.expiresAtPath.isEmpty());
        // An empty object gives the defaults back.
        QVERIFY(ProviderConfig::fromJson(QJsonObject()) == c);
    }

    void roundTrip()
    {
        ProviderConfig c;
        c.issuer = QStringLiteral("https://id.example.com/{tenantid}/v2.0");
        c.issuerClaims.insert(QStringLiteral("tenantid"), QStringLiteral("tid")); // a templated issuer (Microsoft's)
        c.authorizationUrl = QStringLiteral("https://id.example.com/authorize");
        c.tokenUrl = QStringLiteral("https://id.example.com/token");
        c.revocationUrl = QStringLiteral("https://id.example.com/revoke");
        c.introspectionUrl = QStringLiteral("https://id.example.com/introspect");
        c.userinfoUrl = QStringLiteral("https://id.example.com/userinfo");
        c.deviceAuthorizationUrl = QStringLiteral("https://id.example.com/device");
        c.jwksUrl = QStringLiteral("https://id.example.com/jwks");
        c.scopes = QStringList {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        c.scopeSeparator = QStringLiteral(",");
        c.clientIdParam = QStringLiteral("client_key");
        c.tokenRequestFormat = ProviderConfig::RequestFormat::Json;
        c.pkce = false;
        c.openid = true;
        c.issParameterSupported = true;
        c.clientAuth = ProviderConfig::ClientAuth::PrivateKeyJwt;
        c.assertionAudience = QStringLiteral("https://id.example.com");
        c.assertionLifetimeSeconds = 120;
        c.authorizationParams.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
        c.tokenParams.insert(QStringLiteral("audience"), QStringLiteral("api.example.com"));
        c.accessTokenPath = QStringLiteral("authed_user.access_token");
        c.refreshTokenPath = QStringLiteral("authed_user.refresh_token");
        c.expiresInPath = QStringLiteral("expires");
        c.expiresAtPath = QStringLiteral("data.expires_at");
        c.idTokenPath = QStringLiteral("oidc.id_token");
        c.scopePath = QStringLiteral("authed_user.scope");
        c.tokenTypePath = QStringLiteral("kind");
        c.responseFormat = QStringLiteral("form");
        c.responseValues.insert(QStringLiteral("instance_url"), QStringLiteral("instance_url"));
        c.refreshRotates = true;
        c.refreshIdleLifetimeSeconds = 5184000;
        c.refreshAbsoluteLifetimeSeconds = 157680000;
        c.refreshUseExtendsLifetime = false;
        c.accessTokenLifetimeSeconds = 1800;
        c.redirectHost = QStringLiteral("[::1]");
        c.redirectPort = 8765;
        c.redirectPath = QStringLiteral("/oauth/cb");
        c.allowInsecureHttp = true;

        const QJsonObject json = c.toJson();
        // Through text too, as it is stored.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const ProviderConfig back = ProviderConfig::fromJson(reread);
        QVERIFY(back == c);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(json.value(QStringLiteral("client_auth")).toString(), QStringLiteral("private_key_jwt"));
        // The quirks in the layout of an integration file's oauth block.
        QCOMPARE(json.value(QStringLiteral("client_id_param")).toString(), QStringLiteral("client_key"));
        QCOMPARE(json.value(QStringLiteral("token_request")).toObject().value(QStringLiteral("format")).toString(),
            QStringLiteral("json"));
        QCOMPARE(json.value(QStringLiteral("token_response")).toObject().value(QStringLiteral("expires_at")).toString(),
            QStringLiteral("data.expires_at"));
        ProviderConfig otherClientParam = back;
        otherClientParam.clientIdParam = QStringLiteral("app_id");
        QVERIFY(otherClientParam != c);
        ProviderConfig form = back;
        form.tokenRequestFormat = ProviderConfig::RequestFormat::Form;
        QVERIFY(form != c);
        // The lifetimes are stored as an integration file writes them (issue 23), and each one counts.
        QCOMPARE(
            json.value(QStringLiteral("refresh_token")).toObject().value(QStringLiteral("idle_lifetime_seconds")).toInteger(),
            5184000);
        QCOMPARE(json.value(QStringLiteral("access_token_lifetime_seconds")).toInteger(), 1800);
        for (auto change : {+[](ProviderConfig &p) { p.refreshIdleLifetimeSeconds = 1; },
                 +[](ProviderConfig &p) { p.refreshAbsoluteLifetimeSeconds = 1; },
                 +[](ProviderConfig &p) { p.refreshUseExtendsLifetime.reset(); },
                 +[](ProviderConfig &p) { p.accessTokenLifetimeSeconds = 0; }}) {
            ProviderConfig changed = back;
            change(changed);
            QVERIFY(changed != c);
            QVERIFY(ProviderConfig::fromJson(changed.toJson()) == changed);
        }
        ProviderConfig noExpiresAt = back;
        noExpiresAt.expiresAtPath.clear();
        QVERIFY(noExpiresAt != c);
        QCOMPARE(json.value(QStringLiteral("issuer_claims")).toObject(),
            (QJsonObject {{QStringLiteral("tenantid"), QStringLiteral("tid")}}));
        // A different mapping is a different provider configuration; none at all is not written.
        ProviderConfig other = back;
        other.issuerClaims.insert(QStringLiteral("tenantid"), QStringLiteral("tenant"));
        QVERIFY(other != c);
        QVERIFY(!ProviderConfig().toJson().contains(QStringLiteral("issuer_claims")));
        QCOMPARE(json.value(QStringLiteral("token_response")).toObject().value(QStringLiteral("access_token")).toString(),
            QStringLiteral("authed_user.access_token"));
    }

    void readsIntegrationOauthBlock()
    {
        const QByteArray text = "{\"authorization_url\":\"https://github.com/login/oauth/authorize\","
                                "\"token_url\":\"https://github.com/login/oauth/access_token\","
                                "\"scopes\":[\"read:user\",\"repo\"],\"pkce\":true,\"client_auth\":\"client_secret_post\","
                                "\"authorization_params\":{\"allow_signup\":false,\"max\":5},"
                                "\"token_response\":{\"format\":\"json\",\"access_token\":\"authed_user.access_token\"},"
                                "\"refresh_token\":{\"rotates\":true,\"expires\":false},"
                                "\"redirect\":{\"host\":\"127.0.0.1\",\"port\":0,\"path\":\"/cb\"},\"openid\":false}";
        const ProviderConfig c = ProviderConfig::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(c.tokenUrl, QStringLiteral("https://github.com/login/oauth/access_token"));
        QCOMPARE(c.scopes, (QStringList {QStringLiteral("read:user"), QStringLiteral("repo")}));
        QCOMPARE(c.clientAuth, ProviderConfig::ClientAuth::Post);
        QCOMPARE(c.authorizationParams.value(QStringLiteral("allow_signup")), QStringLiteral("false"));
        QCOMPARE(c.authorizationParams.value(QStringLiteral("max")), QStringLiteral("5"));
        QCOMPARE(c.accessTokenPath, QStringLiteral("authed_user.access_token"));
        QCOMPARE(c.refreshTokenPath, QStringLiteral("refresh_token")); // default kept
        QCOMPARE(c.responseFormat, QStringLiteral("json"));
        QVERIFY(c.refreshRotates);
        QCOMPARE(c.redirectPath, QStringLiteral("/cb"));
    }

    void wrongTypesIgnored()
    {
        const QByteArray text = "{\"token_url\":42,\"scopes\":\"a b\",\"pkce\":\"no\",\"client_auth\":\"magic\","
                                "\"redirect\":{\"port\":70000},\"token_params\":[1,2],\"token_response\":\"x\"}";
        const ProviderConfig c = ProviderConfig::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(c.tokenUrl.isEmpty());
        QCOMPARE(c.scopes, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(c.pkce);
        QCOMPARE(c.clientAuth, ProviderConfig::ClientAuth::Basic);
        QCOMPARE(c.redirectPort, 0);
        QVERIFY(c.tokenParams.isEmpty());
        QCOMPARE(c.accessTokenPath, QStringLiteral("access_token"));
    }

    void clientAuthNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("auth");
        QTest::addColumn<bool>("known");
        QTest::newRow("basic") << "client_secret_basic" << int(ProviderConfig::ClientAuth::Basic) << true;
        QTest::newRow("post") << "client_secret_post" << int(ProviderConfig::ClientAuth::Post) << true;
        QTest::newRow("none") << "none" << int(ProviderConfig::ClientAuth::None) << true;
        QTest::newRow("jwt") << "private_key_jwt" << int(ProviderConfig::ClientAuth::PrivateKeyJwt) << true;
        QTest::newRow("short post upper") << " POST " << int(ProviderConfig::ClientAuth::Post) << true;
        QTest::newRow("unknown") << "client_secret_jwt" << int(ProviderConfig::ClientAuth::Basic) << false;
        QTest::newRow("empty") << "" << int(ProviderConfig::ClientAuth::Basic) << false;
    }
    void clientAuthNames()
    {
        QFETCH(QString, name);
        QFETCH(int, auth);
        QFETCH(bool, known);
        const std::optional<ProviderConfig::ClientAuth> parsed = ProviderConfig::clientAuthFromName(name);
        QCOMPARE(parsed.has_value(), known);
        if (parsed)
            QCOMPARE(int(*parsed), auth);
        if (known && name.trimmed() == name)
            QCOMPARE(ProviderConfig::clientAuthName(ProviderConfig::ClientAuth(auth)), name);
    }

    void joinedScopes()
    {
        ProviderConfig c;
        c.scopes = QStringList {QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(c.joinedScopes(), QStringLiteral("a b"));
        c.scopeSeparator = QStringLiteral(",");
        QCOMPARE(c.joinedScopes(), QStringLiteral("a,b"));
    }

    void clientCredentialsSecretJson()
    {
        ClientCredentials cc;
        cc.clientId = QStringLiteral("my client");
        cc.clientSecret = "s3cr%t:+&=";
        cc.privateKeyPem = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n";
        cc.privateKeyAlg = QStringLiteral("ES256");
        cc.keyId = QStringLiteral("kid-1");
        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(cc.toSecretJson()).toJson()).object();
        QVERIFY(ClientCredentials::fromSecretJson(json) == cc);
        const ClientCredentials empty = ClientCredentials::fromSecretJson(QJsonObject());
        QCOMPARE(empty.privateKeyAlg, QStringLiteral("RS256"));
        QVERIFY(empty.clientSecret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderConfig)
#include "TestProviderConfig.moc"
