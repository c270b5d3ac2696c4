// What the connect form shows comes from the core's planner, with the rules plan() applies: the permissions ticked
// from the defaults (or the granted scopes on reconnect), exactly which scopes will be requested, and which client and
// client authentication a sign-in will use (issue 16: the sandbox's defaults were not ticked, ticking offline_access
// dropped openid, profile and email, and the public client was shown as client_secret_basic).
#include "catalog/IntegrationLoader.h"
#include "catalog/ScopeVocabulary.h"
#include "core/ConnectOffer.h"
#include "core/ConnectionPlanner.h"
#include "core/ConnectionSettings.h"
#include "store/ConnectionRecord.h"

#include <QTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(keyway::AuthMode)
Q_DECLARE_METATYPE(keyway::ClientAuthMethod)
Q_DECLARE_METATYPE(keyway::ConnectOffer::Choice)

class TestConnectFormPlan : public QObject
{
    Q_OBJECT

private:
    static Integration builtin(const QString &id)
    {
        const Result<Integration> r = IntegrationLoader::loadFile(u":/integrations/"_s + id + u".json"_s);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().detail));
        return r.value();
    }
    static ScopeVocabulary vocabulary()
    {
        const Result<ScopeVocabulary> v = ScopeVocabulary::load();
        if (!v.ok())
            qFatal("%s", qPrintable(v.error().detail));
        return v.value();
    }
    static QStringList checked(const ScopeForm &form)
    {
        QStringList ids;
        for (const ScopeForm::Option &o : form.options)
            if (o.checked)
                ids << o.id;
        return ids;
    }

private slots:
    void defaultsAreTicked()
    {
        const Integration sandbox = builtin(u"keyway-sandbox"_s);
        const QStringList defaults = ConnectionPlanner::defaultScopes(sandbox, AuthMode::AuthorizationCode);
        const ScopeForm form = ConnectionPlanner::scopeForm(sandbox, vocabulary(), defaults);
        const QStringList ticked = checked(form);
        for (const char *id : {"openid", "user_profile_read", "user_email_read", "offline_access", "crm_contact_read"})
            QVERIFY2(ticked.contains(QLatin1String(id)), id);
        QVERIFY(!ticked.contains(u"crm_contact_write"_s));
        QVERIFY2(form.extra.isEmpty(), qPrintable(form.extra.join(u' ')));
    }

    // Ticking one more keeps the others: the request is the union, never the one box alone.
    void tickingOneMoreKeepsTheDefaults()
    {
        const Integration sandbox = builtin(u"keyway-sandbox"_s);
        const ScopeForm form = ConnectionPlanner::scopeForm(
            sandbox, vocabulary(), ConnectionPlanner::defaultScopes(sandbox, AuthMode::AuthorizationCode));
        QStringList chosen = checked(form);
        chosen << u"crm_contact_write"_s;
        const ScopeResolution r = ConnectionPlanner::requestedScopes(sandbox, AuthMode::AuthorizationCode, vocabulary(), chosen);
        for (const char *scope : {"openid", "profile", "email", "offline_access", "contacts.read", "contacts.write"})
            QVERIFY2(r.providerScopes.contains(QLatin1String(scope)), qPrintable(r.providerScopes.join(u' ')));
    }

    void nothingChosenMeansTheDefaults()
    {
        const Integration sandbox = builtin(u"keyway-sandbox"_s);
        QCOMPARE(ConnectionPlanner::requestedScopes(sandbox, AuthMode::AuthorizationCode, vocabulary(), {}).providerScopes,
            ConnectionPlanner::defaultScopes(sandbox, AuthMode::AuthorizationCode));
    }

    // Reconnect starts from what the connection was granted; what no permission covers stays as typed text.
    void reconnectStartsFromTheGrantedScopes()
    {
        const Integration sandbox = builtin(u"keyway-sandbox"_s);
        const ScopeForm form = ConnectionPlanner::scopeForm(
            sandbox, vocabulary(), {u"openid"_s, u"email"_s, u"contacts.write"_s, u"calendar.read"_s, u"custom.scope"_s});
        QCOMPARE(
            checked(form), (QStringList {u"openid"_s, u"user_email_read"_s, u"crm_contact_write"_s, u"calendar_event_read"_s}));
        QCOMPARE(form.extra, QStringList {u"custom.scope"_s});
    }

    void offlineAccessIsGrantedWithARefreshToken()
    {
        TokenSet tokens;
        tokens.scopeReturned = true;
        tokens.grantedScopes = {u"openid"_s, u"email"_s};
        tokens.refreshToken = "rt";
        QCOMPARE(ConnectionPlanner::grantedScopes({u"openid"_s, u"email"_s, u"offline_access"_s}, tokens),
            (QStringList {u"openid"_s, u"email"_s, u"offline_access"_s}));
        tokens.refreshToken.clear();
        QCOMPARE(ConnectionPlanner::grantedScopes({u"openid"_s, u"email"_s, u"offline_access"_s}, tokens),
            (QStringList {u"openid"_s, u"email"_s}));
    }

    void clientPlans_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("secret");
        QTest::addColumn<bool>("publicClient");
        QTest::addColumn<ClientAuthMethod>("method");
        QTest::addColumn<bool>("asksSecret");
        QTest::addColumn<QString>("clientId");
        QTest::newRow("sandbox: the published public client, nothing to type")
            << u"keyway-sandbox"_s << AuthMode::AuthorizationCode << QString() << false << true << ClientAuthMethod::None << false
            << u"keyway-sandbox"_s;
        QTest::newRow("sandbox: its id typed is still the public client")
            << u"keyway-sandbox"_s << AuthMode::AuthorizationCode << u"keyway-sandbox"_s << false << true
            << ClientAuthMethod::None << false << u"keyway-sandbox"_s;
        QTest::newRow("sandbox: another client with a secret")
            << u"keyway-sandbox"_s << AuthMode::AuthorizationCode << u"my-app"_s << true << false
            << ClientAuthMethod::ClientSecretBasic << true << u"my-app"_s;
        QTest::newRow("sandbox: device flow uses the public client")
            << u"keyway-sandbox"_s << AuthMode::DeviceCode << QString() << false << true << ClientAuthMethod::None << false
            << u"keyway-sandbox"_s;
        QTest::newRow("sandbox: client credentials never uses the public client")
            << u"keyway-sandbox"_s << AuthMode::ClientCredentials << QString() << false << false << ClientAuthMethod::None << true
            << QString();
        QTest::newRow("github: a confidential client without its secret yet")
            << u"github"_s << AuthMode::AuthorizationCode << u"Iv1.abc"_s << false << false << ClientAuthMethod::None << true
            << u"Iv1.abc"_s;
        QTest::newRow("github: with its secret, as documented")
            << u"github"_s << AuthMode::AuthorizationCode << u"Iv1.abc"_s << true << false << ClientAuthMethod::ClientSecretPost
            << true << u"Iv1.abc"_s;
    }

    void clientPlans()
    {
        QFETCH(QString, integration);
        QFETCH(AuthMode, mode);
        QFETCH(QString, typed);
        QFETCH(bool, secret);
        QFETCH(bool, publicClient);
        QFETCH(ClientAuthMethod, method);
        QFETCH(bool, asksSecret);
        QFETCH(QString, clientId);
        const ClientPlan plan = ConnectionPlanner::clientPlan(builtin(integration), mode, typed, secret, false, std::nullopt);
        QCOMPARE(plan.publicClient, publicClient);
        QCOMPARE(plan.method, method);
        QCOMPARE(plan.asksSecret, asksSecret);
        QCOMPARE(plan.clientId, clientId);
    }

    void theChoiceOfTheUserIsKept()
    {
        const ClientPlan plan = ConnectionPlanner::clientPlan(builtin(u"keyway-sandbox"_s), AuthMode::AuthorizationCode,
            u"my-app"_s, true, false, ClientAuthMethod::ClientSecretPost);
        QVERIFY(plan.offersChoice);
        QCOMPARE(plan.method, ClientAuthMethod::ClientSecretPost);
        const ClientPlan key = ConnectionPlanner::clientPlan(builtin(u"keyway-sandbox"_s), AuthMode::ClientCredentials,
            u"my-app"_s, false, false, ClientAuthMethod::PrivateKeyJwt);
        QVERIFY(key.asksKey);
        QVERIFY(!key.asksSecret);
        QCOMPARE(key.method, ClientAuthMethod::PrivateKeyJwt);
    }

    // A reconnect may leave a secret empty only where ConnectionService completes it from the keychain: the same mode,
    // the same client (or user), a secret the connection stored, and nothing after a disconnect.
    void reconnectKeepsOnlyTheStoredSecretsOfTheSameClient_data()
    {
        QTest::addColumn<QString>("storedMode");
        QTest::addColumn<int>("storedClientAuth"); // ProviderConfig::ClientAuth
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<int>("secret"); // ReconnectPlan::Secret
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<QString>("typedClientId");
        QTest::addColumn<QString>("typedUsername");
        QTest::addColumn<ClientAuthMethod>("method");
        QTest::addColumn<bool>("keeps");
        using S = ReconnectPlan::Secret;
        using C = ProviderConfig::ClientAuth;
        const QString cc = u"oauth2_client_credentials"_s;
        const QString code = u"oauth2_authorization_code"_s;
        QTest::newRow("same client, stored secret")
            << cc << int(C::Basic) << false << int(S::ClientSecret) << AuthMode::ClientCredentials << u"client-1"_s << QString()
            << ClientAuthMethod::ClientSecretBasic << true;
        QTest::newRow("secret moved from header to body")
            << cc << int(C::Basic) << false << int(S::ClientSecret) << AuthMode::ClientCredentials << u"client-1"_s << QString()
            << ClientAuthMethod::ClientSecretPost << true;
        QTest::newRow("another client needs its own secret")
            << cc << int(C::Basic) << false << int(S::ClientSecret) << AuthMode::ClientCredentials << u"client-2"_s << QString()
            << ClientAuthMethod::ClientSecretBasic << false;
        QTest::newRow("another mode keeps nothing")
            << cc << int(C::Basic) << false << int(S::ClientSecret) << AuthMode::AuthorizationCode << u"client-1"_s << QString()
            << ClientAuthMethod::ClientSecretBasic << false;
        QTest::newRow("after a disconnect nothing is left")
            << cc << int(C::Basic) << true << int(S::ClientSecret) << AuthMode::ClientCredentials << u"client-1"_s << QString()
            << ClientAuthMethod::ClientSecretBasic << false;
        QTest::newRow("a public client stored no secret")
            << code << int(C::None) << false << int(S::ClientSecret) << AuthMode::AuthorizationCode << u"client-1"_s << QString()
            << ClientAuthMethod::ClientSecretBasic << false;
        QTest::newRow("stored key for private_key_jwt")
            << code << int(C::PrivateKeyJwt) << false << int(S::PrivateKey) << AuthMode::AuthorizationCode << u"client-1"_s
            << QString() << ClientAuthMethod::PrivateKeyJwt << true;
        QTest::newRow("a stored key is no secret")
            << code << int(C::PrivateKeyJwt) << false << int(S::ClientSecret) << AuthMode::AuthorizationCode << u"client-1"_s
            << QString() << ClientAuthMethod::ClientSecretPost << false;
        QTest::newRow("jwt bearer keeps its key")
            << u"jwt_bearer"_s << int(C::Basic) << false << int(S::PrivateKey) << AuthMode::JwtBearer << QString() << QString()
            << ClientAuthMethod::None << true;
        QTest::newRow("api key") << u"api_key"_s << int(C::Basic) << false << int(S::ApiKey) << AuthMode::ApiKey << QString()
                                 << QString() << ClientAuthMethod::None << true;
        QTest::newRow("basic, same account") << u"basic"_s << int(C::Basic) << false << int(S::Password) << AuthMode::Basic
                                             << QString() << QString() << ClientAuthMethod::None << true;
        QTest::newRow("basic, another account needs its password")
            << u"basic"_s << int(C::Basic) << false << int(S::Password) << AuthMode::Basic << QString() << u"someone-else"_s
            << ClientAuthMethod::None << false;
        QTest::newRow("a pasted token is never kept")
            << u"bearer_token"_s << int(C::Basic) << false << int(S::ApiKey) << AuthMode::BearerToken << QString() << QString()
            << ClientAuthMethod::None << false;
    }

    void reconnectKeepsOnlyTheStoredSecretsOfTheSameClient()
    {
        QFETCH(QString, storedMode);
        QFETCH(int, storedClientAuth);
        QFETCH(bool, revoked);
        QFETCH(int, secret);
        QFETCH(AuthMode, mode);
        QFETCH(QString, typedClientId);
        QFETCH(QString, typedUsername);
        QFETCH(ClientAuthMethod, method);
        QFETCH(bool, keeps);
        ConnectionSettings settings;
        settings.authMode = Integration::authModeFromString(storedMode).value_or(AuthMode::BearerToken);
        settings.clientId = u"client-1"_s;
        settings.provider.clientAuth = ProviderConfig::ClientAuth(storedClientAuth);
        ConnectionRecord record;
        record.id = u"conn-1"_s;
        record.authMode = storedMode;
        record.status = revoked ? ConnectionStatus::Revoked : ConnectionStatus::NeedsReauthorization;
        record.settings = settings.toJson();
        const ReconnectPlan plan = ConnectionPlanner::reconnectPlan(record);
        QCOMPARE(plan.keeps(ReconnectPlan::Secret(secret), mode, typedClientId, typedUsername, method), keeps);
    }

    void reconnectStartsFromTheRecord()
    {
        ConnectionSettings settings;
        settings.authMode = AuthMode::AuthorizationCode;
        settings.clientId = u"client-1"_s;
        settings.redirectUri = u"http://127.0.0.1:27445/callback"_s;
        settings.provider.clientAuth = ProviderConfig::ClientAuth::Post;
        settings.variables.insert(u"subdomain"_s, u"acme"_s);
        ConnectionRecord record;
        record.authMode = Integration::toString(settings.authMode);
        record.status = ConnectionStatus::NeedsReauthorization;
        record.settings = settings.toJson();
        record.requestedScopes = {u"openid"_s, u"email"_s, u"profile"_s};
        record.grantedScopes = {u"openid"_s, u"email"_s};
        const ReconnectPlan plan = ConnectionPlanner::reconnectPlan(record);
        QCOMPARE(plan.clientAuth, std::optional<ClientAuthMethod>(ClientAuthMethod::ClientSecretPost));
        QCOMPARE(plan.clientId, u"client-1"_s);
        QCOMPARE(plan.redirectUri, u"http://127.0.0.1:27445/callback"_s);
        QCOMPARE(plan.variables.value(u"subdomain"_s).toString(), u"acme"_s);
        QCOMPARE(plan.scopes, (QStringList {u"openid"_s, u"email"_s}));
        record.grantedScopes.clear(); // the provider said nothing: what was asked for
        QCOMPARE(ConnectionPlanner::reconnectPlan(record).scopes, record.requestedScopes);
    }
    // Issue 20: DPoP, PAR and a client certificate are required by the integration file (or the server), offered
    // when the provider's metadata says it supports them, hidden otherwise; PAR only for the browser sign-in.
    void tokenSecurityOffers_data()
    {
        using C = ConnectOffer::Choice;
        QTest::addColumn<QString>("oauth"); // what the settings say, as "name=value" words
        QTest::addColumn<AuthMode>("mode");
        QTest::addColumn<ClientAuthMethod>("clientAuth");
        QTest::addColumn<C>("dpop");
        QTest::addColumn<C>("par");
        QTest::addColumn<C>("certificate");
        const auto basic = ClientAuthMethod::ClientSecretBasic;
        QTest::newRow("nothing said") << QString() << AuthMode::AuthorizationCode << basic << C::Hidden << C::Hidden << C::Hidden;
        QTest::newRow("file: dpop and par") << u"dpop par"_s << AuthMode::AuthorizationCode << basic << C::Required << C::Required
                                            << C::Hidden;
        QTest::newRow("server lists DPoP algorithms and a PAR endpoint")
            << u"dpop_algs par_endpoint"_s << AuthMode::AuthorizationCode << basic << C::Offered << C::Offered << C::Hidden;
        QTest::newRow("server requires PAR")
            << u"require_par"_s << AuthMode::AuthorizationCode << basic << C::Hidden << C::Required << C::Hidden;
        QTest::newRow("no PAR without a browser sign-in")
            << u"par dpop_algs"_s << AuthMode::ClientCredentials << basic << C::Offered << C::Hidden << C::Hidden;
        QTest::newRow("tls_client_auth needs the certificate")
            << QString() << AuthMode::ClientCredentials << ClientAuthMethod::TlsClientAuth << C::Hidden << C::Hidden
            << C::Required;
        QTest::newRow("self_signed_tls_client_auth needs it too")
            << QString() << AuthMode::AuthorizationCode << ClientAuthMethod::SelfSignedTlsClientAuth << C::Hidden << C::Hidden
            << C::Required;
        QTest::newRow("a file requiring a certificate beside the secret")
            << u"certificate_required"_s << AuthMode::ClientCredentials << basic << C::Hidden << C::Hidden << C::Required;
        QTest::newRow("mtls endpoint aliases offered")
            << u"aliases"_s << AuthMode::DeviceCode << ClientAuthMethod::None << C::Hidden << C::Hidden << C::Offered;
        QTest::newRow("an API key mode has none of it")
            << u"dpop par"_s << AuthMode::ApiKey << ClientAuthMethod::TlsClientAuth << C::Hidden << C::Hidden << C::Hidden;
    }

    void tokenSecurityOffers()
    {
        QFETCH(QString, oauth);
        QFETCH(AuthMode, mode);
        QFETCH(ClientAuthMethod, clientAuth);
        QFETCH(ConnectOffer::Choice, dpop);
        QFETCH(ConnectOffer::Choice, par);
        QFETCH(ConnectOffer::Choice, certificate);
        OAuthSettings o;
        const QStringList words = oauth.split(u' ', Qt::SkipEmptyParts);
        o.dpop = words.contains(u"dpop"_s);
        o.par = words.contains(u"par"_s);
        if (words.contains(u"dpop_algs"_s))
            o.dpopSigningAlgValuesSupported = {u"ES256"_s};
        if (words.contains(u"par_endpoint"_s))
            o.pushedAuthorizationUrl = u"https://id.example.com/par"_s;
        o.requirePushedAuthorizationRequests = words.contains(u"require_par"_s);
        o.clientCertificateRequired = words.contains(u"certificate_required"_s);
        if (words.contains(u"aliases"_s))
            o.mtlsEndpointAliases.insert(u"token_endpoint"_s, u"https://mtls.id.example.com/token"_s);
        const ConnectOffer offer = ConnectOffer::of(o, mode, clientAuth);
        QCOMPARE(offer.dpop, dpop);
        QCOMPARE(offer.par, par);
        QCOMPARE(offer.certificate, certificate);
    }

    // A certificate method needs no secret: the form asks for the certificate (ClientCertificatePanel) instead.
    void aCertificateMethodAsksForTheCertificate()
    {
        Integration in = builtin(u"keyway-sandbox"_s);
        const ClientPlan plan = ConnectionPlanner::clientPlan(
            in, AuthMode::ClientCredentials, u"my-app"_s, false, false, ClientAuthMethod::TlsClientAuth);
        QVERIFY(plan.asksCertificate);
        QVERIFY(!plan.asksSecret);
        QCOMPARE(plan.method, ClientAuthMethod::TlsClientAuth);
    }

    // The form reads the metadata for an integration the user added, or one whose endpoints come from it anyway;
    // a built-in file speaks for its provider, and an issuer still holding a template value cannot be read yet.
    void theFormReadsTheMetadataOnlyWhereItSpeaksForTheProvider()
    {
        Integration custom;
        custom.hasOAuth = true;
        custom.source = u"/home/ada/.config/keyway/integrations/acme.json"_s;
        custom.oauth.issuer = u"https://id.example.com"_s;
        custom.oauth.tokenUrl = u"https://id.example.com/token"_s;
        QVERIFY(ConnectOffer::wantsDiscovery(custom));
        Integration builtIn = custom;
        builtIn.source = u":/integrations/acme.json"_s;
        QVERIFY(!ConnectOffer::wantsDiscovery(builtIn));
        builtIn.oauth.tokenUrl.clear(); // its endpoints come from discovery anyway
        QVERIFY(ConnectOffer::wantsDiscovery(builtIn));
        custom.oauth.issuer = u"https://{{tenant}}.id.example.com"_s;
        QVERIFY(!ConnectOffer::wantsDiscovery(custom));
        custom.oauth.issuer.clear();
        QVERIFY(!ConnectOffer::wantsDiscovery(custom));
    }
};

QTEST_GUILESS_MAIN(TestConnectFormPlan)
#include "TestConnectFormPlan.moc"
