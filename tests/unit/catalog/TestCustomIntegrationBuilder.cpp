// CustomIntegrationBuilder and Catalog::saveCustom: documents made from provider metadata and from the "by hand"
// form load with IntegrationLoader and take the server's advertised capabilities into account; an issuer without
// OpenID Connect Discovery falls back to RFC 8414 metadata; a custom file with a built-in id overrides it; no
// integration file may carry a credential in a parameter or header (secrets live in the keychain only).
#include "FakeHttpServer.h"
#include "catalog/Catalog.h"
#include "catalog/CustomIntegrationBuilder.h"
#include "catalog/IntegrationLoader.h"
#include "catalog/ScopeVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject minimalDocument(const QString &id)
{
    return QJsonObject {{u"id"_s, id}, {u"name"_s, u"Minimal"_s}, {u"category"_s, u"generic"_s},
        {u"description"_s, u"A test integration."_s}, {u"icon"_s, u"oauth2.svg"_s},
        {u"docs"_s, u"https://www.rfc-editor.org/rfc/rfc6749"_s}, {u"auth_modes"_s, QJsonArray {u"oauth2_authorization_code"_s}},
        {u"oauth"_s,
            QJsonObject {{u"authorization_url"_s, u"https://id.example.com/authorize"_s},
                {u"token_url"_s, u"https://id.example.com/token"_s}}}};
}

QJsonObject set(QJsonObject doc, const QString &section, const QString &key, const QJsonValue &value)
{
    QJsonObject inner = doc.value(section).toObject();
    inner.insert(key, value);
    doc.insert(section, inner);
    return doc;
}

} // namespace

class TestCustomIntegrationBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString customDir() const { return m_dir.filePath(u"custom"_s); }

private Q_SLOTS:
    void documentFromOpenIdMetadata()
    {
        OAuthSettings d;
        d.issuer = u"https://id.example.com"_s;
        d.authorizationUrl = d.issuer + u"/authorize"_s;
        d.tokenUrl = d.issuer + u"/token"_s;
        d.userinfoUrl = d.issuer + u"/userinfo"_s;
        d.jwksUrl = d.issuer + u"/jwks"_s;
        d.scopesSupported = {u"openid"_s, u"email"_s, u"offline_access"_s};
        d.grantTypesSupported = {u"authorization_code"_s, u"refresh_token"_s, u"client_credentials"_s};
        d.codeChallengeMethodsSupported = {u"plain"_s};
        d.tokenEndpointAuthMethodsSupported = {u"client_secret_post"_s, u"private_key_jwt"_s};
        const QJsonObject doc = CustomIntegrationBuilder::documentFromMetadata(d, u"my-idp"_s, QString(), true);
        const Result<Integration> in = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"my-idp.json"_s);
        QVERIFY2(in.ok(), qPrintable(in.error().detail));
        QCOMPARE(in.value().name, u"id.example.com"_s); // no name given: the issuer's host
        QCOMPARE(in.value().authModes, (QList<AuthMode> {AuthMode::AuthorizationCode, AuthMode::ClientCredentials}));
        const OAuthSettings &o = in.value().oauth;
        QCOMPARE(o.issuer, d.issuer);
        QCOMPARE(o.tokenUrl, d.tokenUrl);
        QCOMPARE(o.jwksUrl, d.jwksUrl);
        QVERIFY(o.openid);
        QVERIFY(!o.needsDiscovery());
        QCOMPARE(o.scopes, (QStringList {u"openid"_s, u"email"_s})); // "profile" is not supported
        QVERIFY(!o.pkce); // S256 not offered (RFC 7636 §4.2)
        QCOMPARE(o.clientAuth, ClientAuthMethod::ClientSecretPost); // Basic not offered (RFC 8414 §2)
        QVERIFY(in.value().unifiedScopes.contains(u"offline_access"_s));
        // scopes_supported need not be complete (OpenID Connect Discovery §3): the permission stays askable.
        QVERIFY(in.value().unifiedScopes.contains(u"user_profile_read"_s));
    }

    // Found with Glewlwyd (issue 14): its scopes_supported leaves out offline_access although it grants it. A
    // user who asks for offline_access must have it sent, not dropped because the list did not name it.
    void scopeMissingFromScopesSupportedIsStillSent()
    {
        OAuthSettings d;
        d.issuer = u"https://glewlwyd.example.com/api/oidc"_s;
        d.authorizationUrl = d.issuer + u"/auth"_s;
        d.tokenUrl = d.issuer + u"/token"_s;
        d.jwksUrl = d.issuer + u"/jwks"_s;
        d.scopesSupported = {u"openid"_s, u"email"_s};
        const QJsonObject doc = CustomIntegrationBuilder::documentFromMetadata(d, u"glewlwyd"_s, QString(), true);
        const Result<Integration> in = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"glewlwyd.json"_s);
        QVERIFY2(in.ok(), qPrintable(in.error().detail));
        const Result<ScopeVocabulary> vocabulary = ScopeVocabulary::load();
        QVERIFY2(vocabulary.ok(), qPrintable(vocabulary.error().detail));
        const ScopeResolution r = vocabulary.value().resolve(in.value(), {u"openid"_s, u"email"_s, u"offline_access"_s});
        QCOMPARE(r.providerScopes, (QStringList {u"openid"_s, u"email"_s, u"offline_access"_s}));
        QVERIFY(r.unsupported.isEmpty());
    }

    void documentFromForm()
    {
        CustomIntegrationForm form;
        form.id = u"internal-api"_s;
        form.name = u"Internal API"_s;
        form.authModes = {AuthMode::AuthorizationCode, AuthMode::ApiKey};
        form.authorizationUrl = u"https://auth.internal.example/authorize"_s;
        form.tokenUrl = u"https://auth.internal.example/token"_s;
        form.scopes = {u"read"_s, u" write "_s, u"read"_s, QString()};
        form.scopeSeparator = u","_s;
        form.clientAuth = ClientAuthMethod::ClientSecretPost;
        CredentialPlacement key;
        key.name = u"X-Api-Token"_s; // where the key from the keychain goes: a name, not a credential
        key.scheme.clear();
        form.apiKeyPlacement = key;
        form.apiBaseUrl = u"https://api.internal.example"_s;
        form.whoamiUrl = u"https://api.internal.example/me"_s;
        form.accountField = u"email"_s;
        const QJsonObject doc = CustomIntegrationBuilder::documentFromForm(form);
        const Result<Integration> in = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"internal-api.json"_s);
        QVERIFY2(in.ok(), qPrintable(in.error().detail));
        QCOMPARE(in.value().oauth.scopes, (QStringList {u"read"_s, u"write"_s}));
        QCOMPARE(in.value().oauth.scopeSeparator, u","_s);
        QCOMPARE(in.value().oauth.clientAuth, ClientAuthMethod::ClientSecretPost);
        QCOMPARE(in.value().apiKey.placement.name, u"X-Api-Token"_s);
        QCOMPARE(in.value().apiKey.label, u"API key"_s);
        QCOMPARE(in.value().api.whoamiUrl, form.whoamiUrl);
        QCOMPARE(in.value().docs, u"https://www.rfc-editor.org/rfc/rfc6749"_s);
    }

    // Issue 9: the user's opt-in to plain http is written into the file, and only when asked for.
    void insecureHttpOptInIsWritten()
    {
        CustomIntegrationForm form;
        form.id = u"lab"_s;
        form.name = u"Lab"_s;
        form.authModes = {AuthMode::ClientCredentials};
        form.tokenUrl = u"http://lab.internal.example:8080/token"_s;
        const Result<Integration> refused
            = IntegrationLoader::parse(QJsonDocument(CustomIntegrationBuilder::documentFromForm(form)).toJson(), u"lab.json"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(u"allow_insecure_http"_s), qPrintable(refused.error().detail));
        QVERIFY(!CustomIntegrationBuilder::documentFromForm(form).contains(u"allow_insecure_http"_s));

        form.allowInsecureHttp = true;
        const QJsonObject doc = CustomIntegrationBuilder::documentFromForm(form);
        QCOMPARE(doc.value(u"allow_insecure_http"_s), QJsonValue(true));
        const Result<Integration> in = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"lab.json"_s);
        QVERIFY2(in.ok(), qPrintable(in.error().detail));
        QVERIFY(in.value().allowInsecureHttp());

        OAuthSettings d;
        d.issuer = u"http://lab.internal.example"_s;
        d.authorizationUrl = d.issuer + u"/authorize"_s;
        d.tokenUrl = d.issuer + u"/token"_s;
        QVERIFY(!CustomIntegrationBuilder::documentFromMetadata(d, u"lab"_s, {}, false).contains(u"allow_insecure_http"_s));
        d.allowInsecureHttp = true;
        const QJsonObject discovered = CustomIntegrationBuilder::documentFromMetadata(d, u"lab"_s, {}, false);
        QCOMPARE(discovered.value(u"allow_insecure_http"_s), QJsonValue(true));
        QVERIFY(IntegrationLoader::parse(QJsonDocument(discovered).toJson(), u"lab.json"_s).ok());
    }

    void createManualSavesAndOverrides()
    {
        Catalog catalog(Catalog::defaultBuiltinDir(), customDir());
        QNetworkAccessManager network;
        CustomIntegrationBuilder builder(catalog, &network);
        CustomIntegrationForm form;
        form.id = u"github"_s; // a built-in id
        form.name = u"GitHub via proxy"_s;
        form.authorizationUrl = u"https://proxy.example/authorize"_s;
        form.tokenUrl = u"https://proxy.example/token"_s;
        // Issue 15.3: a built-in integration is replaced only when asked to.
        const Result<Integration> unasked = builder.createManual(form);
        QCOMPARE(unasked.error().code, u"overrides_builtin"_s);
        QVERIFY(catalog.find(u"github"_s)->builtin);
        const Result<Integration> saved = builder.createManual(form, true);
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QVERIFY(saved.value().overridesBuiltin);
        QVERIFY(!saved.value().builtin);
        QCOMPARE(catalog.find(u"github"_s)->name, u"GitHub via proxy"_s);
        QVERIFY(QFile::exists(customDir() + u"/github.json"_s));

        const Result<Integration> again = builder.createManual(form);
        QCOMPARE(again.error().code, u"integration_exists"_s);
        form.name = u"GitHub via another proxy"_s;
        QVERIFY(builder.createManual(form, true).ok());
        QCOMPARE(catalog.find(u"github"_s)->name, u"GitHub via another proxy"_s);

        QVERIFY(catalog.removeCustom(u"github"_s).isNull());
        QVERIFY(catalog.find(u"github"_s)->builtin);

        CustomIntegrationForm bad;
        bad.id = u"Bad Id"_s;
        bad.name = u"Bad"_s;
        bad.tokenUrl = u"ftp://nowhere"_s;
        const Result<Integration> refused = builder.createManual(bad);
        QCOMPARE(refused.error().code, u"invalid_integration"_s);
        QVERIFY(!QFile::exists(customDir() + u"/Bad Id.json"_s));
    }

    void createFromIssuerFallsBackToRfc8414()
    {
        test::FakeHttpServer server; // answers 404 to anything else
        const QString issuer = server.base() + u"/tenant"_s;
        // No OpenID Connect Discovery document: RFC 8414 §3.1 path insertion finds the metadata.
        server.answer("/.well-known/oauth-authorization-server/tenant",
            test::CannedResponse::json(200,
                QJsonDocument(QJsonObject {{u"issuer"_s, issuer}, {u"authorization_endpoint"_s, issuer + u"/authorize"_s},
                                  {u"token_endpoint"_s, issuer + u"/token"_s},
                                  {u"grant_types_supported"_s, QJsonArray {u"authorization_code"_s}}})
                    .toJson()));
        Catalog catalog(Catalog::defaultBuiltinDir(), customDir());
        QNetworkAccessManager network;
        CustomIntegrationBuilder builder(catalog, &network);
        QSignalSpy created(&builder, &CustomIntegrationBuilder::created);
        QSignalSpy failed(&builder, &CustomIntegrationBuilder::failed);
        builder.createFromIssuer(issuer, u"tenant-as"_s, u"Tenant AS"_s);
        QTRY_COMPARE_WITH_TIMEOUT(created.count() + failed.count(), 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
        QCOMPARE(server.targets(),
            (QList<QByteArray> {"/tenant/.well-known/openid-configuration", "/.well-known/oauth-authorization-server/tenant"}));
        const auto in = catalog.find(u"tenant-as"_s);
        QVERIFY(in);
        QCOMPARE(in->name, u"Tenant AS"_s);
        QVERIFY(!in->oauth.openid);
        QCOMPARE(in->oauth.tokenUrl, issuer + u"/token"_s);
        QCOMPARE(in->docs, u"https://www.rfc-editor.org/rfc/rfc8414"_s);
    }

    void createFromIssuerFailures()
    {
        test::FakeHttpServer server; // answers 404 to everything
        Catalog catalog(Catalog::defaultBuiltinDir(), customDir());
        QNetworkAccessManager network;
        CustomIntegrationBuilder builder(catalog, &network);
        QSignalSpy failed(&builder, &CustomIntegrationBuilder::failed);
        builder.createFromIssuer(server.base(), u"nothing"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.first().first().value<Error>().code, u"discovery_failed"_s);
        builder.createFromIssuer(server.base(), u"Not valid"_s);
        QTRY_COMPARE(failed.count(), 2);
        QCOMPARE(failed.last().first().value<Error>().code, u"invalid_id"_s);
        builder.createFromIssuer(u"http://id.example.com"_s, u"insecure"_s);
        QTRY_COMPARE(failed.count(), 3);
        QCOMPARE(failed.last().first().value<Error>().code, u"invalid_issuer"_s);
        QVERIFY(!catalog.contains(u"nothing"_s));
    }

    void credentialsNeverGoInAFile_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("field");
        const QJsonObject base = minimalDocument(u"leaky"_s);
        QTest::newRow("token param client_secret")
            << set(base, u"oauth"_s, u"token_params"_s, QJsonObject {{u"client_secret"_s, u"s3cret"_s}})
            << u"oauth.token_params.client_secret"_s;
        QTest::newRow("authorization param password")
            << set(base, u"oauth"_s, u"authorization_params"_s, QJsonObject {{u"user_password"_s, u"x"_s}})
            << u"oauth.authorization_params.user_password"_s;
        QTest::newRow("Authorization header")
            << set(base, u"api"_s, u"headers"_s, QJsonObject {{u"Authorization"_s, u"Bearer abc"_s}})
            << u"api.headers.Authorization"_s;
        QTest::newRow("API key header") << set(base, u"api"_s, u"headers"_s, QJsonObject {{u"X-Api-Key"_s, u"abc"_s}})
                                        << u"api.headers.X-Api-Key"_s;
        QTest::newRow("token header") << set(base, u"api"_s, u"headers"_s, QJsonObject {{u"X-Auth-Token"_s, u"abc"_s}})
                                      << u"api.headers.X-Auth-Token"_s;
        QTest::newRow("response value is the token")
            << set(base, u"oauth"_s, u"response_values"_s, QJsonObject {{u"tok"_s, u"access_token"_s}})
            << u"oauth.response_values.tok"_s;
    }
    void credentialsNeverGoInAFile()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, field);
        const Result<Integration> in = IntegrationLoader::parse(QJsonDocument(document).toJson(), u"leaky.json"_s);
        QVERIFY(!in.ok());
        QVERIFY2(in.error().detail.contains(field), qPrintable(in.error().detail));

        Catalog catalog(Catalog::defaultBuiltinDir(), customDir());
        QCOMPARE(catalog.saveCustom(document).error().code, u"invalid_integration"_s);
        QVERIFY(!QFile::exists(customDir() + u"/leaky.json"_s));
    }

    void harmlessParamsAndHeadersStay()
    {
        QJsonObject doc = set(minimalDocument(u"fine"_s), u"oauth"_s, u"authorization_params"_s,
            QJsonObject {{u"access_type"_s, u"offline"_s}, {u"prompt"_s, u"consent"_s}});
        doc = set(doc, u"api"_s, u"headers"_s,
            QJsonObject {{u"Accept"_s, u"application/json"_s}, {u"Notion-Version"_s, u"2022-06-28"_s}});
        const Result<Integration> in = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"fine.json"_s);
        QVERIFY2(in.ok(), qPrintable(in.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestCustomIntegrationBuilder)
#include "TestCustomIntegrationBuilder.moc"
