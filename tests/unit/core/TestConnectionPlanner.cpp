// ConnectionPlanner::plan, the one place an integration's data and the user's request become a connection's
// settings and secrets: the auth mode is parsed from its text once (the integration's first when none is named,
// refused when unknown or not offered), stored typed and written back as the same text, and the credential is
// placed as the mode's part of the integration says (api_key.*, Basic's Authorization header, api.auth).
#include "core/ConnectionPlanner.h"

#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(keyway::AuthMode)

namespace {

Integration integration()
{
    Integration in;
    in.id = u"acme"_s;
    in.name = u"Acme"_s;
    in.authModes = {AuthMode::ClientCredentials, AuthMode::ApiKey, AuthMode::Basic, AuthMode::BearerToken};
    in.hasOAuth = true;
    in.oauth.tokenUrl = u"https://auth.acme.example/token"_s;
    in.api.baseUrl = u"https://api.acme.example/v1"_s;
    in.api.auth.scheme = u"Bearer"_s;
    in.api.headers.insert(u"Acme-Version"_s, u"2024-01-01"_s);
    in.apiKey.placement.in = CredentialPlacement::In::Query;
    in.apiKey.placement.name = u"key"_s;
    in.apiKey.placement.scheme.clear();
    return in;
}

} // namespace

class TestConnectionPlanner : public QObject
{
    Q_OBJECT

private slots:
    void modeAndPlacement_data()
    {
        QTest::addColumn<QString>("modeText");
        QTest::addColumn<QByteArray>("secret"); // API key, password or pasted token, as the mode takes it
        QTest::addColumn<QString>("error"); // the error code, or empty
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QString>("credentialIn");
        QTest::addColumn<QString>("credentialName");
        QTest::addColumn<QString>("credentialScheme");
        QTest::newRow("none named: the first offered") << QString() << QByteArray() << QString() << AuthMode::ClientCredentials
                                                       << u"header"_s << u"Authorization"_s << u"Bearer"_s;
        QTest::newRow("api key in the query")
            << u"api_key"_s << QByteArray("k-1") << QString() << AuthMode::ApiKey << u"query"_s << u"key"_s << QString();
        QTest::newRow("api key missing") << u"api_key"_s << QByteArray() << u"missing_api_key"_s << AuthMode::ApiKey << QString()
                                         << QString() << QString();
        QTest::newRow("basic") << u"basic"_s << QByteArray("pw") << QString() << AuthMode::Basic << u"header"_s
                               << u"Authorization"_s << u"Basic"_s;
        QTest::newRow("pasted token") << u"bearer_token"_s << QByteArray("tok") << QString() << AuthMode::BearerToken
                                      << u"header"_s << u"Authorization"_s << u"Bearer"_s;
        QTest::newRow("not offered") << u"jwt_bearer"_s << QByteArray() << u"unsupported_auth_mode"_s << AuthMode::JwtBearer
                                     << QString() << QString() << QString();
        QTest::newRow("unknown text") << u"oauth2_implicit"_s << QByteArray() << u"unsupported_auth_mode"_s
                                      << AuthMode::AuthorizationCode << QString() << QString() << QString();
        QTest::newRow("text is case-sensitive") << u"API_KEY"_s << QByteArray("k-1") << u"unsupported_auth_mode"_s
                                                << AuthMode::ApiKey << QString() << QString() << QString();
    }
    void modeAndPlacement()
    {
        QFETCH(QString, modeText);
        QFETCH(QByteArray, secret);
        QFETCH(QString, error);
        QFETCH(AuthMode, mode);
        QFETCH(QString, credentialIn);
        QFETCH(QString, credentialName);
        QFETCH(QString, credentialScheme);
        ConnectRequest request;
        request.integrationId = u"acme"_s;
        request.authMode = modeText;
        request.clientId = u"client-1"_s;
        request.clientSecret = "client-secret";
        request.apiKey = modeText == u"api_key"_s ? secret : QByteArray();
        request.username = u"alice"_s;
        request.password = modeText == u"basic"_s ? secret : QByteArray();
        request.bearerToken = modeText == u"bearer_token"_s ? secret : QByteArray();
        const Result<ConnectionPlan> plan = ConnectionPlanner::plan(integration(), request, ScopeVocabulary());
        if (!error.isEmpty()) {
            QVERIFY(!plan);
            QCOMPARE(plan.error().code, error);
            return;
        }
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan.value().mode, mode);
        const ConnectionSettings &settings = plan.value().settings;
        QCOMPARE(settings.authMode, mode);
        QCOMPARE(settings.credentialIn, credentialIn);
        QCOMPARE(settings.credentialName, credentialName);
        QCOMPARE(settings.credentialScheme, credentialScheme);
        QCOMPARE(settings.apiHeaders.value(u"Acme-Version"_s), u"2024-01-01"_s);
        // Stored as the same text the command line and integration files use, and read back typed.
        const QJsonObject stored = settings.toJson();
        QCOMPARE(stored.value(u"auth_mode"_s).toString(), Integration::toString(mode));
        QCOMPARE(ConnectionSettings::fromJson(stored).authMode, mode);
        switch (mode) {
        case AuthMode::ApiKey:
            QCOMPARE(plan.value().secrets.apiKey, secret);
            break;
        case AuthMode::Basic:
            QCOMPARE(plan.value().secrets.username, QByteArray("alice"));
            QCOMPARE(plan.value().secrets.password, secret);
            break;
        case AuthMode::BearerToken:
            QCOMPARE(plan.value().secrets.tokens.accessToken, secret);
            break;
        case AuthMode::ClientCredentials:
            QCOMPARE(plan.value().secrets.client.clientSecret, QByteArray("client-secret"));
            break;
        case AuthMode::AuthorizationCode:
        case AuthMode::JwtBearer:
        case AuthMode::DeviceCode:
            QFAIL("no row plans this mode");
        }
    }

    // Issue 23: the provider's documented lifetimes go with the connection, so the keeper reads them from its settings
    // (a custom integration may declare its own); what the file leaves out stays unknown.
    void documentedLifetimesGoWithTheConnection()
    {
        Integration in = integration();
        in.oauth.refreshIdleLifetimeSeconds = 5184000;
        in.oauth.refreshAbsoluteLifetimeSeconds = 157680000;
        in.oauth.refreshUseExtendsLifetime = true;
        in.oauth.accessTokenLifetimeSeconds = 1800;
        ConnectRequest request;
        request.integrationId = u"acme"_s;
        request.authMode = u"oauth2_client_credentials"_s;
        request.clientId = u"client-1"_s;
        request.clientSecret = "client-secret";
        const Result<ConnectionPlan> plan = ConnectionPlanner::plan(in, request, ScopeVocabulary());
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const ProviderConfig stored = ConnectionSettings::fromJson(plan.value().settings.toJson()).provider;
        QCOMPARE(stored.refreshIdleLifetimeSeconds, 5184000);
        QCOMPARE(stored.refreshAbsoluteLifetimeSeconds, 157680000);
        QCOMPARE(stored.refreshUseExtendsLifetime, std::optional<bool>(true));
        QCOMPARE(stored.accessTokenLifetimeSeconds, 1800);
        const Result<ConnectionPlan> plain = ConnectionPlanner::plan(integration(), request, ScopeVocabulary());
        QVERIFY(plain.ok());
        QCOMPARE(plain.value().settings.provider.refreshIdleLifetimeSeconds, 0);
        QVERIFY(!plain.value().settings.provider.refreshUseExtendsLifetime.has_value());
    }

    // The stored text is the format of every connection saved so far: each mode keeps its text, and a record
    // whose text no mode has (hand-written, or from a newer Keyway) reads as a pasted token, never renewed.
    void storedTextOfEveryMode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<AuthMode>("mode");
        QTest::newRow("oauth2_authorization_code") << u"oauth2_authorization_code"_s << AuthMode::AuthorizationCode;
        QTest::newRow("oauth2_client_credentials") << u"oauth2_client_credentials"_s << AuthMode::ClientCredentials;
        QTest::newRow("jwt_bearer") << u"jwt_bearer"_s << AuthMode::JwtBearer;
        QTest::newRow("device_code") << u"device_code"_s << AuthMode::DeviceCode;
        QTest::newRow("api_key") << u"api_key"_s << AuthMode::ApiKey;
        QTest::newRow("basic") << u"basic"_s << AuthMode::Basic;
        QTest::newRow("bearer_token") << u"bearer_token"_s << AuthMode::BearerToken;
    }
    void storedTextOfEveryMode()
    {
        QFETCH(QString, text);
        QFETCH(AuthMode, mode);
        const ConnectionSettings read = ConnectionSettings::fromJson(QJsonObject {{u"auth_mode"_s, text}});
        QCOMPARE(read.authMode, mode);
        QCOMPARE(read.toJson().value(u"auth_mode"_s).toString(), text);
    }

    void unknownStoredTextReadsAsAPastedToken()
    {
        for (const QString &text : {u"future_mode"_s, QString()}) {
            const ConnectionSettings read = ConnectionSettings::fromJson(QJsonObject {{u"auth_mode"_s, text}});
            QCOMPARE(read.authMode, AuthMode::BearerToken);
            QVERIFY(!AuthModes::renewsWithoutUser(read.authMode));
        }
        QCOMPARE(ConnectionSettings::fromJson(QJsonObject()).authMode, AuthMode::BearerToken);
    }
};

QTEST_GUILESS_MAIN(TestConnectionPlanner)
#include "TestConnectionPlanner.moc"
