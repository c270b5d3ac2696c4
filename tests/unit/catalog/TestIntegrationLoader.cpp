// IntegrationLoader: a complete valid file parses into the right structs with the format's defaults, and every
// kind of bad input (wrong type, missing field, bad enum, bad URL, bad pattern, undeclared template, duplicates,
// non-JSON, empty, huge) gives a clear error naming the file and the field, never a crash.
#include "catalog/IntegrationLoader.h"
#include "catalog/TemplateExpander.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#include <sys/stat.h>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(KEYWAY_SOURCE_DIR "/tests/unit/catalog/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject validDocument()
{
    return QJsonDocument::fromJson(readData(u"acme.json"_s)).object();
}

// Sets (or, with an undefined value, removes) the member at a dotted path; numeric segments index arrays.
QJsonValue withPath(const QJsonValue &node, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.first();
    const QStringList rest = path.mid(1);
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex && node.isArray()) {
        QJsonArray array = node.toArray();
        if (rest.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = withPath(array.at(index), rest, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = withPath(object.value(key), rest, value);
    return object;
}

QByteArray mutated(const QString &path, const QJsonValue &value)
{
    const QJsonValue doc = withPath(validDocument(), path.split(u'.'), value);
    return QJsonDocument(doc.toObject()).toJson(QJsonDocument::Compact);
}

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestIntegrationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCompleteFile()
    {
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        const Integration &in = r.value();
        QCOMPARE(in.id, u"acme"_s);
        QCOMPARE(in.category, u"crm"_s);
        QVERIFY(in.supports(AuthMode::AuthorizationCode));
        QVERIFY(in.supports(AuthMode::DeviceCode));
        QVERIFY(!in.supports(AuthMode::BearerToken));
        QVERIFY(in.usesOAuth());
        QCOMPARE(in.variables.size(), 3);
        QCOMPARE(in.variable(u"region"_s)->defaultValue, u"eu"_s);
        QVERIFY(in.variable(u"audience"_s)->optional);
        QVERIFY(in.variable(u"missing"_s) == nullptr);
        QCOMPARE(in.oauth.tokenUrl, u"https://{{subdomain}}.acme.example/token"_s);
        QCOMPARE(in.oauth.scopes, QStringList({u"read"_s, u"write"_s}));
        QCOMPARE(in.oauth.scopeSeparator, u","_s);
        QCOMPARE(in.oauth.scopeParam, u"user_scope"_s);
        QCOMPARE(in.oauth.pkce, false);
        QCOMPARE(in.oauth.clientAuth, ClientAuthMethod::ClientSecretPost);
        QCOMPARE(in.oauth.authorizationParams.value(u"prompt"_s), u"consent"_s);
        QCOMPARE(in.oauth.clientCredentialsScopes.value_or(QStringList()), QStringList({u"admin"_s}));
        QCOMPARE(in.oauth.tokenResponse.format, TokenResponsePaths::Format::Form);
        QCOMPARE(in.oauth.tokenResponse.accessToken, u"authed_user.access_token"_s);
        QCOMPARE(in.oauth.tokenResponse.expiresIn, u"ttl"_s);
        QCOMPARE(in.oauth.tokenResponse.refreshToken, u"refresh_token"_s); // default kept
        QCOMPARE(in.oauth.responseValues.value(u"instance_url"_s), u"instance_url"_s);
        QCOMPARE(in.oauth.refreshRotates, std::optional<bool>(true));
        QVERIFY(in.oauth.refreshExpires);
        QCOMPARE(in.oauth.redirectHost, u"[::1]"_s);
        QCOMPARE(in.oauth.redirectPort, quint16(8765));
        QCOMPARE(in.oauth.redirectPath, u"/cb"_s);
        QVERIFY(in.oauth.openid);
        QVERIFY(in.hasApiKey);
        QCOMPARE(in.apiKey.placement.in, CredentialPlacement::In::Query);
        QCOMPARE(in.apiKey.placement.name, u"api_key"_s);
        QVERIFY(in.apiKey.placement.scheme.isEmpty());
        QVERIFY(in.basic.passwordOptional);
        QCOMPARE(in.api.auth.scheme, u"Token"_s);
        QCOMPARE(in.api.whoamiMethod, u"POST"_s);
        QCOMPARE(in.api.accountField, u"user.email"_s);
        QCOMPARE(in.unifiedScopes.value(u"crm_contact_write"_s), QStringList({u"write"_s}));
        QCOMPARE(in.setup.steps.size(), 1);
        QCOMPARE(in.document, validDocument());

        // Sourced facts (issues 14, 22, 23).
        QCOMPARE(in.aliases, QStringList({u"Acme CRM"_s, u"Roadrunner Suite"_s}));
        QCOMPARE(in.sources.size(), 3);
        QCOMPARE(in.docsElsewhere, QStringList {u"https://github.com/acme-inc/"_s});
        QCOMPARE(in.sources.at(1).url, u"https://www.rfc-editor.org/rfc/rfc8252"_s);
        QCOMPARE(in.sources.at(0).about, u"endpoints, PKCE, refresh token rotation"_s);
        QCOMPARE(in.checked, QDate(2026, 12, 5));
        QCOMPARE(in.unsourced, QStringList({u"Whether refresh tokens expire when unused is not documented."_s}));
        QCOMPARE(in.oauth.refreshUrl, u"https://{{subdomain}}.acme.example/refresh"_s);
        QCOMPARE(in.oauth.refreshReuseDetection, std::optional<bool>(true));
        QCOMPARE(in.oauth.refreshReuseGraceSeconds, std::optional<qint64>(0));
        QCOMPARE(in.oauth.refreshIdleLifetimeSeconds, std::optional<qint64>(7776000));
        QCOMPARE(in.oauth.refreshAbsoluteLifetimeSeconds, std::optional<qint64>(31536000));
        QCOMPARE(in.oauth.refreshUseExtendsLifetime, std::optional<bool>(false));
        QCOMPARE(in.oauth.accessTokenLifetimeSeconds, std::optional<qint64>(3600));
        QCOMPARE(in.oauth.clientTypes, QList<ClientType>({ClientType::Public, ClientType::Confidential}));
        QCOMPARE(in.oauth.redirectLoopback, LoopbackRedirect::Exact);
        QVERIFY(in.oauth.redirectPrivateUseScheme);
        QVERIFY(in.oauth.redirectAlternative.isEmpty());
        QCOMPARE(
            in.api.origins, QStringList({u"https://upload.acme.example"_s, u"https://{{subdomain}}.files.acme.example:8443"_s}));
    }

    // The refresh endpoint and the extra API origins are URLs like the others: their templates expand with the
    // same rules, and an origin built from an optional variable left empty is dropped.
    void expandsRefreshUrlAndOrigins()
    {
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        const TemplateExpander expander(r.value());
        const QVariantMap values {{u"subdomain"_s, u"demo"_s}, {u"instance_url"_s, u"https://demo.acme.example"_s}};
        const auto oauth = expander.expandOAuth(r.value().oauth, values);
        QVERIFY2(oauth.ok(), qPrintable(oauth.error().detail));
        QCOMPARE(oauth.value().refreshUrl, u"https://demo.acme.example/refresh"_s);
        const auto api = expander.expandApi(r.value().api, values);
        QVERIFY2(api.ok(), qPrintable(api.error().detail));
        QCOMPARE(api.value().origins, QStringList({u"https://upload.acme.example"_s, u"https://demo.files.acme.example:8443"_s}));
        // A value cannot move an origin to another host.
        const auto evil = expander.expandApi(r.value().api, {{u"subdomain"_s, u"evil.example/x"_s}});
        QVERIFY(!evil.ok());
    }

    void appliesDefaults()
    {
        const QByteArray json = readData(u"min.json"_s);
        const Result<Integration> r = IntegrationLoader::parse(json, u"min.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        const OAuthSettings &o = r.value().oauth;
        QVERIFY(o.pkce);
        QCOMPARE(o.scopeSeparator, u" "_s);
        QCOMPARE(o.scopeParam, u"scope"_s);
        QCOMPARE(o.clientAuth, ClientAuthMethod::ClientSecretBasic);
        QCOMPARE(o.tokenResponse.format, TokenResponsePaths::Format::Json);
        QCOMPARE(o.tokenResponse.accessToken, u"access_token"_s);
        QCOMPARE(o.redirectHost, u"127.0.0.1"_s);
        QCOMPARE(o.redirectPort, quint16(0));
        QCOMPARE(o.redirectPath, u"/callback"_s);
        QVERIFY(!o.clientCredentialsScopes.has_value());
        QVERIFY(!o.openid);
        QCOMPARE(r.value().api.auth.scheme, u"Bearer"_s);
        // Sourced facts left out are unknown, not false or zero.
        const Integration &in = r.value();
        QVERIFY(in.aliases.isEmpty() && in.sources.isEmpty() && in.unsourced.isEmpty() && in.docsElsewhere.isEmpty());
        QVERIFY(!in.checked.isValid());
        QVERIFY(o.refreshUrl.isEmpty());
        QVERIFY(!o.refreshReuseDetection && !o.refreshReuseGraceSeconds && !o.refreshIdleLifetimeSeconds);
        QVERIFY(!o.refreshAbsoluteLifetimeSeconds && !o.refreshUseExtendsLifetime && !o.accessTokenLifetimeSeconds);
        QVERIFY(o.clientTypes.isEmpty());
        QVERIFY(in.api.origins.isEmpty());
    }

    // RFC 9396: oauth.authorization_details is read as the file writes it, to be sent on the authorization request.
    void readsAuthorizationDetails()
    {
        const QJsonArray details {QJsonObject {{u"type"_s, u"payment_initiation"_s}, {u"actions"_s, QJsonArray {u"initiate"_s}},
            {u"instructedAmount"_s, QJsonObject {{u"currency"_s, u"EUR"_s}}}}};
        const QJsonValue doc = withPath(validDocument(), {u"oauth"_s, u"authorization_details"_s}, details);
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(doc.toObject()).toJson(), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().oauth.authorizationDetails, details);
    }

    // Provider quirks declared as data: the client id's parameter name (TikTok's client_key), a JSON token request
    // (Square, Raindrop.io), an absolute expiry in the token response (Square's expires_at) and an auth-param after
    // the scheme (Freshsales' "Token token=KEY"). Left out, each has RFC 6749's / RFC 6750's behaviour.
    void readsProviderQuirks()
    {
        QJsonValue doc = withPath(validDocument(), {u"oauth"_s, u"client_id_param"_s}, u"client_key"_s);
        doc = withPath(doc, {u"oauth"_s, u"token_request"_s}, QJsonObject {{u"format"_s, u"json"_s}});
        doc = withPath(doc, {u"oauth"_s, u"token_response"_s, u"expires_at"_s}, u"data.expires_at"_s);
        doc = withPath(doc, {u"oauth"_s, u"token_response"_s, u"refresh_token_expires_at"_s}, u"refresh_token_expires_at"_s);
        doc = withPath(doc, {u"api"_s, u"auth"_s, u"param"_s}, u"token"_s);
        doc = withPath(doc, {u"api_key"_s},
            QJsonObject {{u"in"_s, u"header"_s}, {u"name"_s, u"Authorization"_s}, {u"scheme"_s, u"Token"_s},
                {u"param"_s, u"token"_s}, {u"label"_s, u"API key"_s}});
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(doc.toObject()).toJson(), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        const Integration &in = r.value();
        QCOMPARE(in.oauth.clientIdParam, u"client_key"_s);
        QCOMPARE(in.oauth.tokenRequestFormat, TokenRequestFormat::Json);
        QCOMPARE(in.oauth.tokenResponse.expiresAt, u"data.expires_at"_s);
        QCOMPARE(in.oauth.tokenResponse.refreshTokenExpiresAt, u"refresh_token_expires_at"_s);
        QCOMPARE(in.oauth.tokenResponse.expiresIn, u"ttl"_s); // both may be given; expires_in is read first
        QCOMPARE(in.api.auth.scheme, u"Token"_s);
        QCOMPARE(in.api.auth.param, u"token"_s);
        QCOMPARE(in.apiKey.placement.param, u"token"_s);

        const Result<Integration> plain = IntegrationLoader::parse(readData(u"min.json"_s), u"min.json"_s);
        QVERIFY2(plain.ok(), qPrintable(plain.error().detail));
        QCOMPARE(plain.value().oauth.clientIdParam, u"client_id"_s);
        QCOMPARE(plain.value().oauth.tokenRequestFormat, TokenRequestFormat::Form);
        QVERIFY(plain.value().oauth.tokenResponse.expiresAt.isEmpty());
        QVERIFY(plain.value().oauth.tokenResponse.refreshTokenExpiresAt.isEmpty());
        QVERIFY(plain.value().api.auth.param.isEmpty());

        // An auth-param needs the scheme it follows, written out (not Bearer by default) and not empty.
        for (const QJsonValue &scheme : {kRemove, QJsonValue(u""_s)}) {
            const QJsonValue bad = withPath(doc, {u"api"_s, u"auth"_s, u"scheme"_s}, scheme);
            const Result<Integration> refused = IntegrationLoader::parse(QJsonDocument(bad.toObject()).toJson(), u"acme.json"_s);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().detail.contains(u"api.auth.param: an auth-param goes after a scheme"_s),
                qPrintable(refused.error().detail));
        }
    }

    // oauth.issuer_claims: a {placeholder} in the issuer filled from an ID token claim (Microsoft's multi-tenant
    // issuer https://login.microsoftonline.com/{tenantid}/v2.0 with the "tid" claim). Read, carried through template
    // expansion untouched, and every wrong shape refused with the field named.
    void readsIssuerClaims()
    {
        QJsonValue doc
            = withPath(validDocument(), {u"oauth"_s, u"issuer"_s}, u"https://{{subdomain}}.acme.example/{tenantid}/v2"_s);
        doc = withPath(doc, {u"oauth"_s, u"issuer_claims"_s}, QJsonObject {{u"tenantid"_s, u"tid"_s}});
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(doc.toObject()).toJson(), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().oauth.issuer, u"https://{{subdomain}}.acme.example/{tenantid}/v2"_s);
        QCOMPARE(r.value().oauth.issuerClaims, (QMap<QString, QString> {{u"tenantid"_s, u"tid"_s}}));
        const auto expanded = TemplateExpander(r.value()).expandOAuth(r.value().oauth, {{u"subdomain"_s, u"demo"_s}});
        QVERIFY2(expanded.ok(), qPrintable(expanded.error().detail));
        QCOMPARE(expanded.value().issuer, u"https://demo.acme.example/{tenantid}/v2"_s);
        QCOMPARE(expanded.value().issuerClaims, r.value().oauth.issuerClaims);

        // Left out: no mapping, and a placeholder in the issuer without one is not a valid URL.
        const Result<Integration> plain = IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s);
        QVERIFY(plain.ok());
        QVERIFY(plain.value().oauth.issuerClaims.isEmpty());

        // The built-in Microsoft entry (its multi-tenant issuer is a template).
        const Result<Integration> ms = IntegrationLoader::loadFile(u":/integrations/microsoft.json"_s);
        QVERIFY2(ms.ok(), qPrintable(ms.error().detail));
        QCOMPARE(ms.value().oauth.issuer, u"https://login.microsoftonline.com/{tenantid}/v2.0"_s);
        QCOMPARE(ms.value().oauth.issuerClaims.value(u"tenantid"_s), u"tid"_s);
    }

    void rejectsBadIssuerClaims_data()
    {
        QTest::addColumn<QJsonValue>("issuer"); // undefined: none
        QTest::addColumn<QJsonValue>("claims");
        QTest::addColumn<QString>("expected");
        const QJsonValue issuer(u"https://acme.example/{tenantid}/v2"_s);
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("array") << issuer << QJsonValue(QJsonArray {u"tid"_s}) << u"oauth.issuer_claims: expected an object"_s;
        QTest::newRow("string") << issuer << QJsonValue(u"tid"_s) << u"oauth.issuer_claims: expected an object"_s;
        QTest::newRow("value number") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, 7}})
                                      << u"oauth.issuer_claims.tenantid: expected a string"_s;
        QTest::newRow("value object") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, QJsonObject()}})
                                      << u"oauth.issuer_claims.tenantid: expected a string"_s;
        QTest::newRow("value empty") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, u""_s}})
                                     << u"oauth.issuer_claims.tenantid: \"\" is not a valid claim name"_s;
        QTest::newRow("value path") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, u"a/b"_s}})
                                    << u"oauth.issuer_claims.tenantid: \"a/b\" is not a valid claim name"_s;
        QTest::newRow("value iss") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, u"iss"_s}})
                                   << u"oauth.issuer_claims.tenantid: the issuer cannot be filled from its own iss claim"_s;
        QTest::newRow("key bad") << issuer << QJsonValue(QJsonObject {{u"tenant id"_s, u"tid"_s}})
                                 << u"oauth.issuer_claims.tenant id: \"tenant id\" is not a valid placeholder name"_s;
        QTest::newRow("key not in issuer") << issuer
                                           << QJsonValue(QJsonObject {{u"tenantid"_s, u"tid"_s}, {u"region"_s, u"rgn"_s}})
                                           << u"oauth.issuer_claims.region: {region} does not appear in the issuer"_s;
        QTest::newRow("empty") << issuer << QJsonValue(QJsonObject()) << u"oauth.issuer_claims: is empty"_s;
        QTest::newRow("no issuer") << none << QJsonValue(QJsonObject {{u"tenantid"_s, u"tid"_s}})
                                   << u"oauth.issuer_claims: needs an issuer"_s;
        QTest::newRow("unmapped placeholder") << issuer << none << u"oauth.issuer: not a valid absolute URL"_s;
        QTest::newRow("issuer http") << QJsonValue(u"http://acme.example/{tenantid}/v2"_s)
                                     << QJsonValue(QJsonObject {{u"tenantid"_s, u"tid"_s}})
                                     << u"oauth.issuer: expected an https URL"_s;
    }
    void rejectsBadIssuerClaims()
    {
        QFETCH(QJsonValue, issuer);
        QFETCH(QJsonValue, claims);
        QFETCH(QString, expected);
        QJsonValue doc = withPath(validDocument(), {u"oauth"_s, u"issuer"_s}, issuer);
        doc = withPath(doc, {u"oauth"_s, u"issuer_claims"_s}, claims);
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(doc.toObject()).toJson(), u"acme.json"_s);
        QVERIFY2(!r.ok(), "a bad file was accepted");
        QVERIFY2(r.error().detail.contains(expected), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, r.error().detail)));
    }

    void rejectsBadField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");

        // Wrong types.
        QTest::newRow("id number") << u"id"_s << QJsonValue(5) << u"acme.json: id: expected a string"_s;
        // The git block (issue 21).
        QTest::newRow("git string") << u"git"_s << QJsonValue(u"github.com"_s) << u"git: expected an object"_s;
        QTest::newRow("git without hosts") << u"git"_s << QJsonValue(QJsonObject {{u"username"_s, u"oauth2"_s}})
                                           << u"git.hosts: missing required field"_s;
        QTest::newRow("git hosts empty") << u"git"_s << QJsonValue(QJsonObject {{u"hosts"_s, QJsonArray()}})
                                         << u"git.hosts: list at least one item"_s;
        QTest::newRow("git host a URL") << u"git"_s
                                        << QJsonValue(QJsonObject {{u"hosts"_s, QJsonArray {u"https://git.acme.com"_s}}})
                                        << u"git.hosts[0]: \"https://git.acme.com\" is not a lower-case host name"_s;
        QTest::newRow("git host with a path")
            << u"git"_s << QJsonValue(QJsonObject {{u"hosts"_s, QJsonArray {u"git.acme.com/org"_s}}})
            << u"git.hosts[0]: \"git.acme.com/org\" is not a lower-case host name"_s;
        QTest::newRow("git host a template") << u"git"_s << QJsonValue(QJsonObject {{u"hosts"_s, QJsonArray {u"{{host}}"_s}}})
                                             << u"git.hosts[0]: \"{{host}}\" is not a lower-case host name"_s;
        QTest::newRow("git host upper case") << u"git"_s << QJsonValue(QJsonObject {{u"hosts"_s, QJsonArray {u"Git.Acme.com"_s}}})
                                             << u"is not a lower-case host name"_s;
        QTest::newRow("git host twice") << u"git"_s
                                        << QJsonValue(
                                               QJsonObject {{u"hosts"_s, QJsonArray {u"git.acme.com"_s, u"git.acme.com"_s}}})
                                        << u"git.hosts"_s;
        QTest::newRow("git username with a space")
            << u"git"_s << QJsonValue(QJsonObject {{u"hosts"_s, QJsonArray {u"git.acme.com"_s}}, {u"username"_s, u"a b"_s}})
            << u"git.username: \"a b\" is not a user name"_s;
        QTest::newRow("git unknown field") << u"git"_s
                                           << QJsonValue(
                                                  QJsonObject {{u"hosts"_s, QJsonArray {u"git.acme.com"_s}}, {u"port"_s, 1}})
                                           << u"git.port: unknown field"_s;
        QTest::newRow("name bool") << u"name"_s << QJsonValue(true) << u"name: expected a string"_s;
        QTest::newRow("description array") << u"description"_s << QJsonValue(QJsonArray()) << u"description: expected a string"_s;
        QTest::newRow("auth_modes string") << u"auth_modes"_s << QJsonValue(u"basic"_s) << u"auth_modes: expected an array"_s;
        QTest::newRow("auth_modes item") << u"auth_modes.0"_s << QJsonValue(1) << u"auth_modes[0]: expected a string"_s;
        QTest::newRow("variables object") << u"variables"_s << QJsonValue(QJsonObject()) << u"variables: expected an array"_s;
        QTest::newRow("variable string") << u"variables.0"_s << QJsonValue(u"x"_s) << u"variables[0]: expected an object"_s;
        QTest::newRow("variable optional") << u"variables.1.optional"_s << QJsonValue(u"yes"_s)
                                           << u"variables[1].optional: expected true or false"_s;
        QTest::newRow("oauth array") << u"oauth"_s << QJsonValue(QJsonArray()) << u"oauth: expected an object"_s;
        QTest::newRow("token_url number") << u"oauth.token_url"_s << QJsonValue(1)
                                          << u"acme.json: oauth.token_url: expected a string"_s;
        QTest::newRow("scopes string") << u"oauth.scopes"_s << QJsonValue(u"read"_s) << u"oauth.scopes: expected an array"_s;
        QTest::newRow("scope number") << u"oauth.scopes.1"_s << QJsonValue(2) << u"oauth.scopes[1]: expected a string"_s;
        // RFC 9396 §2: an array of objects, each with its type; the common fields are arrays of strings.
        QTest::newRow("authorization_details object")
            << u"oauth.authorization_details"_s << QJsonValue(QJsonObject {{u"type"_s, u"x"_s}})
            << u"oauth.authorization_details: authorization_details must be a JSON array of objects"_s;
        QTest::newRow("authorization_details empty") << u"oauth.authorization_details"_s << QJsonValue(QJsonArray())
                                                     << u"oauth.authorization_details: authorization_details is empty"_s;
        QTest::newRow("authorization_details without type")
            << u"oauth.authorization_details"_s << QJsonValue(QJsonArray {QJsonObject {{u"actions"_s, QJsonArray {u"read"_s}}}})
            << u"oauth.authorization_details: entry 1 has no \"type\""_s;
        QTest::newRow("authorization_details entry a string")
            << u"oauth.authorization_details"_s << QJsonValue(QJsonArray {u"payment"_s})
            << u"oauth.authorization_details: entry 1 is not a JSON object"_s;
        QTest::newRow("authorization_details actions not strings")
            << u"oauth.authorization_details"_s
            << QJsonValue(QJsonArray {QJsonObject {{u"type"_s, u"x"_s}, {u"actions"_s, QJsonArray {1}}}})
            << u"entry 1: \"actions\" must be an array of non-empty strings"_s;
        QTest::newRow("pkce string") << u"oauth.pkce"_s << QJsonValue(u"true"_s) << u"oauth.pkce: expected true or false"_s;
        QTest::newRow("openid number") << u"oauth.openid"_s << QJsonValue(1) << u"oauth.openid: expected true or false"_s;
        QTest::newRow("client_certificate_required string") << u"oauth.client_certificate_required"_s << QJsonValue(u"yes"_s)
                                                            << u"oauth.client_certificate_required: expected true or false"_s;
        QTest::newRow("public client number")
            << u"oauth.public_client_id"_s << QJsonValue(7) << u"oauth.public_client_id: expected a string"_s;
        QTest::newRow("params array") << u"oauth.authorization_params"_s << QJsonValue(QJsonArray())
                                      << u"oauth.authorization_params: expected an object"_s;
        QTest::newRow("param number") << u"oauth.token_params.region"_s << QJsonValue(3)
                                      << u"oauth.token_params.region: expected a string"_s;
        QTest::newRow("rotates string") << u"oauth.refresh_token.rotates"_s << QJsonValue(u"yes"_s)
                                        << u"oauth.refresh_token.rotates: expected true or false"_s;
        QTest::newRow("port string") << u"oauth.redirect.port"_s << QJsonValue(u"80"_s)
                                     << u"oauth.redirect.port: expected a whole number"_s;
        QTest::newRow("port fraction") << u"oauth.redirect.port"_s << QJsonValue(80.5)
                                       << u"oauth.redirect.port: expected a whole number"_s;
        QTest::newRow("port range") << u"oauth.redirect.port"_s << QJsonValue(70000)
                                    << u"oauth.redirect.port: expected a whole number"_s;
        QTest::newRow("port huge") << u"oauth.redirect.port"_s << QJsonValue(8.76778e+87)
                                   << u"oauth.redirect.port: expected a whole number"_s;
        QTest::newRow("api_key string") << u"api_key"_s << QJsonValue(u"x"_s) << u"api_key: expected an object"_s;
        QTest::newRow("basic flag") << u"basic.password_optional"_s << QJsonValue(u"no"_s)
                                    << u"basic.password_optional: expected true or false"_s;
        QTest::newRow("sample path relative") << u"api.sample_path"_s << QJsonValue(u"contacts"_s) << u"api.sample_path"_s;
        QTest::newRow("headers value") << u"api.headers.Accept"_s << QJsonValue(1) << u"api.headers.Accept: expected a string"_s;
        QTest::newRow("unified not array") << u"unified_scopes.crm_contact_read"_s << QJsonValue(u"read"_s)
                                           << u"unified_scopes.crm_contact_read: expected an array"_s;
        QTest::newRow("steps string") << u"setup.steps"_s << QJsonValue(u"do it"_s) << u"setup.steps: expected an array"_s;
        QTest::newRow("notes number") << u"setup.notes"_s << QJsonValue(1) << u"setup.notes: expected a string"_s;

        // Missing required fields.
        for (const char *field : {"id", "name", "category", "description", "icon", "docs", "auth_modes"})
            QTest::newRow(qPrintable(u"missing "_s + QLatin1String(field)))
                << QString::fromLatin1(field) << kRemove << QString::fromLatin1(field) + u": missing required field"_s;
        QTest::newRow("missing variable pattern")
            << u"variables.0.pattern"_s << kRemove << u"variables[0].pattern: missing required field"_s;
        QTest::newRow("missing api_key label") << u"api_key.label"_s << kRemove << u"api_key.label: missing required field"_s;
        QTest::newRow("missing whoami url") << u"api.whoami.url"_s << kRemove << u"api.whoami.url: missing required field"_s;
        QTest::newRow("missing oauth") << u"oauth"_s << kRemove << u"oauth: missing: required by the OAuth auth modes"_s;
        QTest::newRow("missing api_key") << u"api_key"_s << kRemove << u"api_key: missing: required by the api_key auth mode"_s;
        QTest::newRow("missing basic") << u"basic"_s << kRemove << u"basic: missing: required by the basic auth mode"_s;
        QTest::newRow("missing authorization_url")
            << u"oauth.authorization_url"_s << kRemove << u"oauth2_authorization_code needs authorization_url"_s;
        QTest::newRow("missing device url") << u"oauth.device_authorization_url"_s << kRemove
                                            << u"device_code needs device_authorization_url"_s;
        QTest::newRow("missing token_url") << u"oauth.token_url"_s << kRemove << u"oauth: needs token_url"_s;

        // Bad enum values.
        QTest::newRow("category") << u"category"_s << QJsonValue(u"crmm"_s) << u"category: \"crmm\" is not one of"_s;
        QTest::newRow("auth mode") << u"auth_modes.0"_s << QJsonValue(u"oauth1"_s)
                                   << u"auth_modes[0]: \"oauth1\" is not a known auth mode"_s;
        QTest::newRow("client_auth") << u"oauth.client_auth"_s << QJsonValue(u"secret"_s)
                                     << u"oauth.client_auth: \"secret\" is not one of"_s;
        QTest::newRow("separator") << u"oauth.scope_separator"_s << QJsonValue(u";"_s) << u"oauth.scope_separator"_s;
        QTest::newRow("format") << u"oauth.token_response.format"_s << QJsonValue(u"xml"_s) << u"oauth.token_response.format"_s;
        QTest::newRow("redirect host") << u"oauth.redirect.host"_s << QJsonValue(u"0.0.0.0"_s) << u"oauth.redirect.host"_s;
        QTest::newRow("api_key in") << u"api_key.in"_s << QJsonValue(u"body"_s) << u"api_key.in: \"body\" is not one of"_s;
        QTest::newRow("whoami method") << u"api.whoami.method"_s << QJsonValue(u"DELETE"_s) << u"api.whoami.method"_s;
        QTest::newRow("embedded_provider") << u"embedded_provider"_s << QJsonValue(u"keycloak"_s)
                                           << u"embedded_provider: \"keycloak\" is not one of: sandbox"_s;
        QTest::newRow("embedded_provider bool")
            << u"embedded_provider"_s << QJsonValue(true) << u"embedded_provider: expected a string"_s;

        // Bad URLs.
        QTest::newRow("docs http") << u"docs"_s << QJsonValue(u"http://docs.acme.example"_s) << u"docs: expected an https URL"_s;
        QTest::newRow("docs template") << u"docs"_s << QJsonValue(u"https://{{subdomain}}.acme.example"_s)
                                       << u"docs: expected an https URL"_s;
        QTest::newRow("token http") << u"oauth.token_url"_s << QJsonValue(u"http://acme.example/token"_s)
                                    << u"oauth.token_url: expected an https URL"_s;
        QTest::newRow("token ftp") << u"oauth.token_url"_s << QJsonValue(u"ftp://acme.example/token"_s)
                                   << u"oauth.token_url: expected an https URL"_s;
        QTest::newRow("token relative") << u"oauth.token_url"_s << QJsonValue(u"/token"_s)
                                        << u"oauth.token_url: not a valid absolute URL"_s;
        QTest::newRow("token userinfo") << u"oauth.token_url"_s << QJsonValue(u"https://user@acme.example/token"_s)
                                        << u"oauth.token_url: user info"_s;
        QTest::newRow("token space") << u"oauth.token_url"_s << QJsonValue(u"https://acme.example/to ken"_s)
                                     << u"oauth.token_url: a URL cannot contain white space"_s;
        QTest::newRow("token empty") << u"oauth.token_url"_s << QJsonValue(u""_s) << u"oauth.token_url: expected a URL"_s;
        QTest::newRow("base_url javascript") << u"api.base_url"_s << QJsonValue(u"javascript:alert(1)"_s) << u"api.base_url"_s;
        QTest::newRow("console http") << u"setup.console_url"_s << QJsonValue(u"http://acme.example"_s)
                                      << u"setup.console_url: expected an https URL"_s;
        // Issue 9: the refusal names the host and the one setting that would allow it.
        QTest::newRow("token http names the setting")
            << u"oauth.token_url"_s << QJsonValue(u"http://acme.example/token"_s)
            << u"oauth.token_url: expected an https URL: plain http to acme.example needs \"allow_insecure_http\": true"_s;
        QTest::newRow("allow_insecure_http string")
            << u"allow_insecure_http"_s << QJsonValue(u"yes"_s) << u"acme.json: allow_insecure_http: expected true or false"_s;
        QTest::newRow("allow_insecure_http number")
            << u"allow_insecure_http"_s << QJsonValue(1) << u"acme.json: allow_insecure_http: expected true or false"_s;
        QTest::newRow("allow_insecure_http null")
            << u"allow_insecure_http"_s << QJsonValue(QJsonValue::Null) << u"allow_insecure_http: expected true or false"_s;

        // Bad patterns and names.
        QTest::newRow("id pattern") << u"id"_s << QJsonValue(u"Acme CRM"_s) << u"id: \"Acme CRM\" is not a valid id"_s;
        QTest::newRow("icon png") << u"icon"_s << QJsonValue(u"acme.png"_s) << u"icon: \"acme.png\" is not an .svg file name"_s;
        QTest::newRow("icon path") << u"icon"_s << QJsonValue(u"../acme.svg"_s) << u"icon:"_s;
        QTest::newRow("variable name") << u"variables.0.name"_s << QJsonValue(u"Sub-Domain"_s) << u"variables[0].name"_s;
        QTest::newRow("variable regex") << u"variables.0.pattern"_s << QJsonValue(u"^([a-z$"_s)
                                        << u"variables[0].pattern: not a valid regular expression"_s;
        QTest::newRow("variable unanchored")
            << u"variables.0.pattern"_s << QJsonValue(u"[a-z]+"_s) << u"variables[0].pattern: must be anchored"_s;
        QTest::newRow("variable default") << u"variables.2.default"_s << QJsonValue(u"asia"_s)
                                          << u"variables[2].default: does not match the pattern"_s;
        QTest::newRow("variable redirect_uri")
            << u"variables.0.name"_s << QJsonValue(u"redirect_uri"_s) << u"redirect_uri is reserved"_s;
        QTest::newRow("scope with space") << u"oauth.scopes.0"_s << QJsonValue(u"read all"_s)
                                          << u"oauth.scopes[0]: \"read all\" is not a valid scope"_s;
        QTest::newRow("scope empty") << u"oauth.scopes.0"_s << QJsonValue(u""_s) << u"oauth.scopes[0]: a scope cannot be empty"_s;
        QTest::newRow("scope_param") << u"oauth.scope_param"_s << QJsonValue(u"Scope Param"_s) << u"oauth.scope_param"_s;
        QTest::newRow("response path") << u"oauth.token_response.access_token"_s << QJsonValue(u"a..b"_s)
                                       << u"oauth.token_response.access_token: \"a..b\" is not a dot-separated path"_s;
        QTest::newRow("response_values key")
            << u"oauth.response_values.Instance"_s << QJsonValue(u"x"_s) << u"oauth.response_values.Instance"_s;
        QTest::newRow("redirect path") << u"oauth.redirect.path"_s << QJsonValue(u"callback"_s) << u"oauth.redirect.path"_s;
        QTest::newRow("header name") << u"api.headers.Bad Header"_s << QJsonValue(u"x"_s)
                                     << u"api.headers.Bad Header: \"Bad Header\" is not a valid header name"_s;
        QTest::newRow("header newline") << u"api.headers.Accept"_s << QJsonValue(u"a\r\nX-Evil: 1"_s) << u"control characters"_s;
        QTest::newRow("placement name") << u"api.auth.name"_s << QJsonValue(u"Auth orization"_s) << u"api.auth.name"_s;
        QTest::newRow("unified key") << u"unified_scopes.CRM"_s << QJsonValue(QJsonArray({u"read"_s}))
                                     << u"unified_scopes.CRM: not a valid unified scope id"_s;
        QTest::newRow("unified empty") << u"unified_scopes.crm_contact_read"_s << QJsonValue(QJsonArray())
                                       << u"unified_scopes.crm_contact_read: list at least one provider scope"_s;
        QTest::newRow("empty name") << u"name"_s << QJsonValue(u""_s) << u"name: must not be empty"_s;
        QTest::newRow("long name") << u"name"_s << QJsonValue(QString(81, u'x')) << u"name: longer than 80 characters"_s;
        QTest::newRow("empty auth_modes") << u"auth_modes"_s << QJsonValue(QJsonArray())
                                          << u"auth_modes: list at least one auth mode"_s;

        // Templates.
        QTest::newRow("unknown template") << u"oauth.token_url"_s << QJsonValue(u"https://{{tenant}}.acme.example/token"_s)
                                          << u"oauth.token_url: template {{tenant}} is not declared"_s;
        QTest::newRow("unknown template param") << u"oauth.token_params.x"_s << QJsonValue(u"{{nope}}"_s)
                                                << u"oauth.token_params.x: template {{nope}} is not declared"_s;
        QTest::newRow("redirect_uri in url") << u"api.base_url"_s << QJsonValue(u"https://x.example/{{redirect_uri}}"_s)
                                             << u"template {{redirect_uri}} is not declared"_s;
        QTest::newRow("unknown template setup")
            << u"setup.notes"_s << QJsonValue(u"See {{tenant}}"_s) << u"setup.notes: template {{tenant}} is not declared"_s;
        QTest::newRow("response value clash")
            << u"oauth.response_values.subdomain"_s << QJsonValue(u"x"_s) << u"subdomain is also a variable"_s;

        // Duplicates.
        QTest::newRow("duplicate auth mode") << u"auth_modes.1"_s << QJsonValue(u"oauth2_authorization_code"_s)
                                             << u"auth_modes[1]: \"oauth2_authorization_code\" is listed twice"_s;
        QTest::newRow("duplicate variable") << u"variables.1.name"_s << QJsonValue(u"subdomain"_s)
                                            << u"variables[1].name: subdomain is declared twice"_s;
        QTest::newRow("duplicate scope") << u"oauth.scopes.1"_s << QJsonValue(u"read"_s)
                                         << u"oauth.scopes[1]: \"read\" is listed twice"_s;

        // Typos: unknown fields at every level.
        QTest::newRow("unknown top") << u"oath"_s << QJsonValue(QJsonObject()) << u"acme.json: oath: unknown field"_s;
        QTest::newRow("unknown oauth") << u"oauth.tokn_url"_s << QJsonValue(u"https://x.example"_s)
                                       << u"oauth.tokn_url: unknown field"_s;
        QTest::newRow("unknown variable") << u"variables.0.regex"_s << QJsonValue(u"^x$"_s)
                                          << u"variables[0].regex: unknown field"_s;
        QTest::newRow("unknown api_key") << u"api_key.header"_s << QJsonValue(u"x"_s) << u"api_key.header: unknown field"_s;
        QTest::newRow("unknown whoami") << u"api.whoami.field"_s << QJsonValue(u"x"_s) << u"api.whoami.field: unknown field"_s;
        QTest::newRow("unknown redirect") << u"oauth.redirect.hostname"_s << QJsonValue(u"x"_s)
                                          << u"oauth.redirect.hostname: unknown field"_s;
        QTest::newRow("unknown setup") << u"setup.step"_s << QJsonValue(u"x"_s) << u"setup.step: unknown field"_s;

        // Redirect matching (issue 14): a closed set, an exact match needs its port, the rest typed.
        QTest::newRow("client_id_param spaces") << u"oauth.client_id_param"_s << QJsonValue(u"client key"_s)
                                                << u"oauth.client_id_param: \"client key\" is not a valid parameter name"_s;
        QTest::newRow("client_id_param number")
            << u"oauth.client_id_param"_s << QJsonValue(1) << u"oauth.client_id_param: expected a string"_s;
        QTest::newRow("client_id_param default")
            << u"oauth.client_id_param"_s << QJsonValue(u"client_id"_s) << u"oauth.client_id_param: client_id is the default"_s;
        QTest::newRow("client_id_param redirect_uri") << u"oauth.client_id_param"_s << QJsonValue(u"redirect_uri"_s)
                                                      << u"oauth.client_id_param: \"redirect_uri\" is another OAuth parameter"_s;
        QTest::newRow("client_id_param state")
            << u"oauth.client_id_param"_s << QJsonValue(u"state"_s) << u"\"state\" is another OAuth parameter"_s;
        QTest::newRow("client_id_param code")
            << u"oauth.client_id_param"_s << QJsonValue(u"code"_s) << u"oauth.client_id_param: \"code\" carries a credential"_s;
        QTest::newRow("client_id_param secret") << u"oauth.client_id_param"_s << QJsonValue(u"app_secret"_s)
                                                << u"oauth.client_id_param: \"app_secret\" carries a credential"_s;
        QTest::newRow("token_request string")
            << u"oauth.token_request"_s << QJsonValue(u"json"_s) << u"oauth.token_request: expected an object"_s;
        QTest::newRow("token_request format") << u"oauth.token_request.format"_s << QJsonValue(u"xml"_s)
                                              << u"oauth.token_request.format: \"xml\" is not one of: form, json"_s;
        QTest::newRow("token_request extra")
            << u"oauth.token_request.encoding"_s << QJsonValue(u"utf-8"_s) << u"oauth.token_request.encoding: unknown field"_s;
        QTest::newRow("expires_at path") << u"oauth.token_response.expires_at"_s << QJsonValue(u"data..at"_s)
                                         << u"oauth.token_response.expires_at: \"data..at\" is not a dot-separated path"_s;
        QTest::newRow("refresh_token_expires_at number") << u"oauth.token_response.refresh_token_expires_at"_s << QJsonValue(3)
                                                         << u"oauth.token_response.refresh_token_expires_at: expected a string"_s;
        QTest::newRow("auth param in a query")
            << u"api_key.param"_s << QJsonValue(u"token"_s) << u"api_key.param: an auth-param goes after a scheme in a header"_s;
        QTest::newRow("auth param name") << u"api.auth.param"_s << QJsonValue(u"to ken"_s)
                                         << u"api.auth.param: \"to ken\" is not a valid parameter name"_s;
        QTest::newRow("loopback unknown") << u"oauth.redirect.loopback"_s << QJsonValue(u"sometimes"_s)
                                          << u"oauth.redirect.loopback: \"sometimes\""_s;
        QTest::newRow("loopback bool") << u"oauth.redirect.loopback"_s << QJsonValue(true)
                                       << u"oauth.redirect.loopback: expected a string"_s;
        QTest::newRow("private_use_scheme string") << u"oauth.redirect.private_use_scheme"_s << QJsonValue(u"yes"_s)
                                                   << u"oauth.redirect.private_use_scheme: expected true or false"_s;
        QTest::newRow("alternative empty") << u"oauth.redirect.alternative"_s << QJsonValue(u""_s)
                                           << u"oauth.redirect.alternative"_s;
        QTest::newRow("alternative number") << u"oauth.redirect.alternative"_s << QJsonValue(3)
                                            << u"oauth.redirect.alternative: expected a string"_s;
        QTest::newRow("unknown source") << u"sources.0.title"_s << QJsonValue(u"x"_s) << u"sources[0].title: unknown field"_s;
        QTest::newRow("unknown refresh_token")
            << u"oauth.refresh_token.idle_lifetime"_s << QJsonValue(60) << u"oauth.refresh_token.idle_lifetime: unknown field"_s;

        // Sourced facts: the same rules as schema.json.
        QTest::newRow("aliases string") << u"aliases"_s << QJsonValue(u"Acme"_s) << u"aliases: expected an array"_s;
        QTest::newRow("alias number") << u"aliases.0"_s << QJsonValue(1) << u"aliases[0]: expected a string"_s;
        QTest::newRow("alias empty") << u"aliases.0"_s << QJsonValue(u""_s) << u"aliases[0]: must not be empty"_s;
        QTest::newRow("alias long") << u"aliases.0"_s << QJsonValue(QString(61, u'a')) << u"aliases[0]: longer than 60"_s;
        QTest::newRow("alias newline") << u"aliases.0"_s << QJsonValue(u"Acme\nCRM"_s) << u"aliases[0]: cannot contain control"_s;
        QTest::newRow("alias twice") << u"aliases.1"_s << QJsonValue(u"Acme CRM"_s)
                                     << u"aliases[1]: \"Acme CRM\" is listed twice"_s;
        QJsonArray manyAliases;
        for (int i = 0; i < 25; ++i)
            manyAliases << u"Acme %1"_s.arg(i);
        QTest::newRow("aliases 25") << u"aliases"_s << QJsonValue(manyAliases) << u"aliases: more than 24 items"_s;
        QTest::newRow("sources object") << u"sources"_s << QJsonValue(QJsonObject()) << u"sources: expected an array"_s;
        QTest::newRow("sources empty") << u"sources"_s << QJsonValue(QJsonArray()) << u"sources: list at least one item"_s;
        QTest::newRow("source string") << u"sources.0"_s << QJsonValue(u"https://docs.acme.example"_s)
                                       << u"sources[0]: expected an object"_s;
        QTest::newRow("source no url") << u"sources.0.url"_s << kRemove << u"sources[0].url: missing required field"_s;
        QTest::newRow("source no about") << u"sources.1.about"_s << kRemove << u"sources[1].about: missing required field"_s;
        QTest::newRow("source about empty") << u"sources.1.about"_s << QJsonValue(u""_s)
                                            << u"sources[1].about: must not be empty"_s;
        QTest::newRow("source about long") << u"sources.1.about"_s << QJsonValue(QString(301, u'a'))
                                           << u"sources[1].about: longer than 300"_s;
        QTest::newRow("source http") << u"sources.0.url"_s << QJsonValue(u"http://docs.acme.example/oauth"_s)
                                     << u"sources[0].url: expected an https URL"_s;
        QTest::newRow("source template") << u"sources.0.url"_s << QJsonValue(u"https://{{subdomain}}.acme.example/docs"_s)
                                         << u"sources[0].url: expected an https URL"_s;
        QTest::newRow("source relative") << u"sources.0.url"_s << QJsonValue(u"/docs"_s)
                                         << u"sources[0].url: expected an https URL"_s;
        QTest::newRow("source number") << u"sources.0.url"_s << QJsonValue(3) << u"sources[0].url: expected a string"_s;
        QJsonArray manySources;
        for (int i = 0; i < 41; ++i)
            manySources << QJsonObject {{u"url"_s, u"https://docs.acme.example/%1"_s.arg(i)}, {u"about"_s, u"x"_s}};
        QTest::newRow("sources 41") << u"sources"_s << QJsonValue(manySources) << u"sources: more than 40 items"_s;
        QTest::newRow("checked number") << u"checked"_s << QJsonValue(20261205) << u"checked: expected a string"_s;
        QTest::newRow("checked format") << u"checked"_s << QJsonValue(u"5 December 2026"_s)
                                        << u"checked: \"5 December 2026\" is not a date"_s;
        QTest::newRow("checked no such day")
            << u"checked"_s << QJsonValue(u"2026-02-30"_s) << u"checked: \"2026-02-30\" is not a date"_s;
        QTest::newRow("checked century") << u"checked"_s << QJsonValue(u"1999-12-05"_s)
                                         << u"checked: \"1999-12-05\" is not a date"_s;
        QTest::newRow("checked time") << u"checked"_s << QJsonValue(u"2026-12-05T10:00:00"_s)
                                      << u"checked: \"2026-12-05T10:00:00\" is not a date"_s;
        QTest::newRow("docs_elsewhere string")
            << u"docs_elsewhere"_s << QJsonValue(u"https://github.com/acme-inc/"_s) << u"docs_elsewhere: expected an array"_s;
        QTest::newRow("docs_elsewhere empty")
            << u"docs_elsewhere"_s << QJsonValue(QJsonArray()) << u"docs_elsewhere: list at least one item"_s;
        QTest::newRow("docs_elsewhere no path") << u"docs_elsewhere.0"_s << QJsonValue(u"https://github.com"_s)
                                                << u"docs_elsewhere[0]: \"https://github.com\" is not an https URL prefix"_s;
        QTest::newRow("docs_elsewhere http")
            << u"docs_elsewhere.0"_s << QJsonValue(u"http://github.com/acme-inc/"_s) << u"docs_elsewhere[0]:"_s;
        QTest::newRow("docs_elsewhere template")
            << u"docs_elsewhere.0"_s << QJsonValue(u"https://github.com/{{org}}/"_s) << u"docs_elsewhere[0]:"_s;
        QTest::newRow("unsourced string") << u"unsourced"_s << QJsonValue(u"x"_s) << u"unsourced: expected an array"_s;
        QTest::newRow("unsourced empty") << u"unsourced.0"_s << QJsonValue(u""_s) << u"unsourced[0]: must not be empty"_s;
        QTest::newRow("unsourced long") << u"unsourced.0"_s << QJsonValue(QString(301, u'a'))
                                        << u"unsourced[0]: longer than 300"_s;

        // Refresh and lifetimes (issue 23).
        QTest::newRow("refresh_url http") << u"oauth.refresh_url"_s << QJsonValue(u"http://acme.example/refresh"_s)
                                          << u"oauth.refresh_url: expected an https URL"_s;
        QTest::newRow("refresh_url number") << u"oauth.refresh_url"_s << QJsonValue(1)
                                            << u"oauth.refresh_url: expected a string"_s;
        QTest::newRow("refresh_url template") << u"oauth.refresh_url"_s << QJsonValue(u"https://{{tenant}}.acme.example/r"_s)
                                              << u"oauth.refresh_url: template {{tenant}} is not declared"_s;
        QTest::newRow("reuse_detection string") << u"oauth.refresh_token.reuse_detection"_s << QJsonValue(u"true"_s)
                                                << u"oauth.refresh_token.reuse_detection: expected true or false"_s;
        QTest::newRow("use_extends_lifetime number") << u"oauth.refresh_token.use_extends_lifetime"_s << QJsonValue(1)
                                                     << u"oauth.refresh_token.use_extends_lifetime: expected true or false"_s;
        QTest::newRow("grace negative")
            << u"oauth.refresh_token.reuse_grace_seconds"_s << QJsonValue(-1)
            << u"oauth.refresh_token.reuse_grace_seconds: expected a whole number from 0 to 31536000"_s;
        QTest::newRow("grace over a year") << u"oauth.refresh_token.reuse_grace_seconds"_s << QJsonValue(31536001)
                                           << u"oauth.refresh_token.reuse_grace_seconds: expected a whole number"_s;
        QTest::newRow("idle zero") << u"oauth.refresh_token.idle_lifetime_seconds"_s << QJsonValue(0)
                                   << u"oauth.refresh_token.idle_lifetime_seconds: expected a whole number from 1 to 315360000"_s;
        QTest::newRow("idle fraction") << u"oauth.refresh_token.idle_lifetime_seconds"_s << QJsonValue(1.5)
                                       << u"oauth.refresh_token.idle_lifetime_seconds: expected a whole number"_s;
        QTest::newRow("idle string") << u"oauth.refresh_token.idle_lifetime_seconds"_s << QJsonValue(u"90d"_s)
                                     << u"oauth.refresh_token.idle_lifetime_seconds: expected a whole number"_s;
        QTest::newRow("absolute huge") << u"oauth.refresh_token.absolute_lifetime_seconds"_s << QJsonValue(1e300)
                                       << u"oauth.refresh_token.absolute_lifetime_seconds: expected a whole number"_s;
        QTest::newRow("absolute null") << u"oauth.refresh_token.absolute_lifetime_seconds"_s << QJsonValue(QJsonValue::Null)
                                       << u"oauth.refresh_token.absolute_lifetime_seconds: expected a whole number"_s;
        QTest::newRow("access lifetime zero") << u"oauth.access_token_lifetime_seconds"_s << QJsonValue(0)
                                              << u"oauth.access_token_lifetime_seconds: expected a whole number from 1"_s;
        QTest::newRow("access lifetime 11 years") << u"oauth.access_token_lifetime_seconds"_s << QJsonValue(346896000)
                                                  << u"oauth.access_token_lifetime_seconds: expected a whole number"_s;
        QTest::newRow("assertion lifetime zero") << u"oauth.assertion_lifetime_seconds"_s << QJsonValue(0)
                                                 << u"oauth.assertion_lifetime_seconds: expected a whole number from 1 to 3600"_s;
        QTest::newRow("assertion lifetime two hours") << u"oauth.assertion_lifetime_seconds"_s << QJsonValue(7200)
                                                      << u"oauth.assertion_lifetime_seconds: expected a whole number"_s;
        QTest::newRow("assertion lifetime string") << u"oauth.assertion_lifetime_seconds"_s << QJsonValue(u"3m"_s)
                                                   << u"oauth.assertion_lifetime_seconds: expected a whole number"_s;

        // Client types and redirect matching (issue 14).
        QTest::newRow("client_types string")
            << u"oauth.client_types"_s << QJsonValue(u"public"_s) << u"oauth.client_types: expected an array"_s;
        QTest::newRow("client_types empty") << u"oauth.client_types"_s << QJsonValue(QJsonArray())
                                            << u"oauth.client_types: list at least one item"_s;
        QTest::newRow("client type unknown") << u"oauth.client_types.0"_s << QJsonValue(u"native"_s)
                                             << u"oauth.client_types[0]: \"native\" is not one of: public, confidential"_s;
        QTest::newRow("client type twice") << u"oauth.client_types.1"_s << QJsonValue(u"public"_s)
                                           << u"oauth.client_types[1]: \"public\" is listed twice"_s;
        QTest::newRow("exact without port") << u"oauth.redirect.port"_s << kRemove
                                            << u"oauth.redirect.port: loopback exact needs a fixed port"_s;
        QTest::newRow("exact with port 0") << u"oauth.redirect.port"_s << QJsonValue(0)
                                           << u"oauth.redirect.port: loopback exact needs a fixed port"_s;
        QTest::newRow("alternative long") << u"oauth.redirect.alternative"_s << QJsonValue(QString(301, u'a'))
                                          << u"oauth.redirect.alternative: longer than 300"_s;
        QTest::newRow("alternative array") << u"oauth.redirect.alternative"_s << QJsonValue(QJsonArray())
                                           << u"oauth.redirect.alternative: expected a string"_s;

        // Extra API origins (issue 15): an origin and nothing more.
        QTest::newRow("origins string") << u"api.origins"_s << QJsonValue(u"https://upload.acme.example"_s)
                                        << u"api.origins: expected an array"_s;
        QTest::newRow("origin http") << u"api.origins.0"_s << QJsonValue(u"http://upload.acme.example"_s)
                                     << u"api.origins[0]: \"http://upload.acme.example\" is not an origin"_s;
        QTest::newRow("origin path") << u"api.origins.0"_s << QJsonValue(u"https://upload.acme.example/v2"_s)
                                     << u"api.origins[0]:"_s;
        QTest::newRow("origin slash") << u"api.origins.0"_s << QJsonValue(u"https://upload.acme.example/"_s)
                                      << u"api.origins[0]:"_s;
        QTest::newRow("origin user info") << u"api.origins.0"_s << QJsonValue(u"https://me@upload.acme.example"_s)
                                          << u"api.origins[0]:"_s;
        QTest::newRow("origin long port") << u"api.origins.0"_s << QJsonValue(u"https://upload.acme.example:123456"_s)
                                          << u"api.origins[0]:"_s;
        QTest::newRow("origin twice") << u"api.origins.1"_s << QJsonValue(u"https://upload.acme.example"_s)
                                      << u"api.origins[1]: \"https://upload.acme.example\" is listed twice"_s;
        QTest::newRow("origin undeclared template") << u"api.origins.0"_s << QJsonValue(u"https://{{tenant}}.acme.example"_s)
                                                    << u"api.origins[0]: template {{tenant}} is not declared"_s;
        QJsonArray manyOrigins;
        for (int i = 0; i < 21; ++i)
            manyOrigins << u"https://h%1.acme.example"_s.arg(i);
        QTest::newRow("origins 21") << u"api.origins"_s << QJsonValue(manyOrigins) << u"api.origins: more than 20 items"_s;
        // Issue 15.7: the protocol's own parameters are never a file's to set.
        for (const char *name : {"redirect_uri", "state", "nonce", "response_type", "code_challenge", "code_challenge_method",
                 "client_id", "request_uri"})
            QTest::addRow("authorization_params %s", name)
                << (u"oauth.authorization_params."_s + QLatin1String(name)) << QJsonValue(u"x"_s)
                << (u"\""_s + QLatin1String(name) + u"\" is a protocol parameter Keyway sets itself"_s);
        for (const char *name : {"grant_type", "redirect_uri", "client_id", "client_assertion_type"})
            QTest::addRow("token_params %s", name)
                << (u"oauth.token_params."_s + QLatin1String(name)) << QJsonValue(u"x"_s)
                << (u"\""_s + QLatin1String(name) + u"\" is a protocol parameter Keyway sets itself"_s);
        QTest::newRow("client_credentials grant_type")
            << u"oauth.client_credentials.token_params.grant_type"_s << QJsonValue(u"password"_s)
            << u"\"grant_type\" is a protocol parameter Keyway sets itself"_s;
        QTest::newRow("reserved in any case") << u"oauth.authorization_params.Redirect_URI"_s << QJsonValue(u"x"_s)
                                              << u"is a protocol parameter Keyway sets itself"_s;
    }

    // oauth.redirect.loopback: how the provider matches a loopback redirect URI. Left out, a fixed port means
    // exact and no port any_port; exact without a port is refused, since the user would have nothing to register.
    void readsRedirectMatching_data()
    {
        QTest::addColumn<QJsonValue>("redirect");
        QTest::addColumn<int>("matching");
        QTest::addColumn<bool>("privateUseScheme");
        QTest::addColumn<QString>("alternative");
        using L = LoopbackRedirect;
        QTest::newRow("absent, no port") << QJsonValue(QJsonObject {}) << int(L::AnyPort) << false << QString();
        QTest::newRow("absent, fixed port") << QJsonValue(QJsonObject {{u"port"_s, 27401}}) << int(L::Exact) << false
                                            << QString();
        QTest::newRow("any_port") << QJsonValue(QJsonObject {{u"loopback"_s, u"any_port"_s}}) << int(L::AnyPort) << false
                                  << QString();
        QTest::newRow("exact") << QJsonValue(
            QJsonObject {{u"loopback"_s, u"exact"_s}, {u"port"_s, 27401}, {u"host"_s, u"localhost"_s}})
                               << int(L::Exact) << false << QString();
        QTest::newRow("none with scheme") << QJsonValue(QJsonObject {
            {u"loopback"_s, u"none"_s}, {u"private_use_scheme"_s, true}, {u"alternative"_s, u"Use the device flow."_s}})
                                          << int(L::None) << true << u"Use the device flow."_s;
    }

    void readsRedirectMatching()
    {
        QFETCH(QJsonValue, redirect);
        QFETCH(int, matching);
        QFETCH(bool, privateUseScheme);
        QFETCH(QString, alternative);
        const Result<Integration> r = IntegrationLoader::parse(mutated(u"oauth.redirect"_s, redirect), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(int(r.value().oauth.redirectLoopback), matching);
        QCOMPARE(r.value().oauth.redirectPrivateUseScheme, privateUseScheme);
        QCOMPARE(r.value().oauth.redirectAlternative, alternative);
    }

    void exactMatchingNeedsAPort()
    {
        const Result<Integration> r
            = IntegrationLoader::parse(mutated(u"oauth.redirect"_s, QJsonObject {{u"loopback"_s, u"exact"_s}}), u"acme.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(
            r.error().detail.contains(u"oauth.redirect.port: loopback exact needs a fixed port"_s), qPrintable(r.error().detail));
    }

    void rejectsBadField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const Result<Integration> r = IntegrationLoader::parse(mutated(path, value), u"acme.json"_s);
        QVERIFY2(!r.ok(), "a bad file was accepted");
        QCOMPARE(r.error().code, u"invalid_integration"_s);
        QVERIFY2(r.error().detail.contains(expected), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, r.error().detail)));
        QVERIFY(r.error().message.contains(u"acme.json"_s));
        // Every reported line names the file.
        for (const QString &line : r.error().detail.split(u'\n'))
            QVERIFY2(line.startsWith(u"acme.json: "_s), qPrintable(line));
    }

    void readsTheGitBlock()
    {
        const Result<Integration> r
            = IntegrationLoader::parse(mutated(u"git"_s,
                                           QJsonObject {{u"hosts"_s, QJsonArray {u"git.acme.com"_s, u"code.acme.com:8443"_s}},
                                               {u"username"_s, u"oauth2"_s}}),
                u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().git.hosts, (QStringList {u"git.acme.com"_s, u"code.acme.com:8443"_s}));
        QCOMPARE(r.value().git.username, u"oauth2"_s);
        QVERIFY(IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s).value().git.hosts.isEmpty());
    }

    void rejectsBadDocument_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"x.json: the file is empty"_s;
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << u"x.json: the file is empty"_s;
        QTest::newRow("not json") << QByteArray("id: github") << u"x.json: not valid JSON"_s;
        QTest::newRow("truncated") << QByteArray("{\"id\": \"x\"") << u"x.json: not valid JSON"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << u"x.json: not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"x.json: expected a JSON object"_s;
        QTest::newRow("string") << QByteArray("\"github\"") << u"x.json:"_s;
        QTest::newRow("empty object") << QByteArray("{}") << u"x.json: id: missing required field"_s;
        QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << u"x.json:"_s;
        QTest::newRow("deep object") << (QByteArray("{\"id\":") + QByteArray(3000, '[') + QByteArray(3000, ']') + "}")
                                     << u"x.json:"_s;
        QByteArray huge = "{\"id\": \"x\", \"description\": \"" + QByteArray(IntegrationLoader::MaxFileSize, 'a') + "\"}";
        QTest::newRow("huge") << huge << u"x.json: the file is larger than 1 MiB"_s;
    }

    void rejectsBadDocument()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<Integration> r = IntegrationLoader::parse(bytes, u"x.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(expected), qPrintable(r.error().detail));
    }

    void reportsEveryProblem()
    {
        QJsonObject doc = validDocument();
        doc[u"id"_s] = 1;
        doc[u"category"_s] = u"nope"_s;
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"acme.json"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.contains(u"id: expected a string"_s));
        QVERIFY(r.error().detail.contains(u"category: \"nope\""_s));
    }

    void readsEmbeddedProvider()
    {
        // Left out: a real provider, nothing to start.
        const Result<Integration> plain = IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s);
        QVERIFY2(plain.ok(), qPrintable(plain.error().detail));
        QVERIFY(plain.value().embeddedProvider.isEmpty());

        const Result<Integration> r = IntegrationLoader::parse(mutated(u"embedded_provider"_s, u"sandbox"_s), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().embeddedProvider, u"sandbox"_s);

        // The built-in sandbox entry declares it and loads as the sandbox expects to be used.
        const Result<Integration> sandbox = IntegrationLoader::loadFile(u":/integrations/keyway-sandbox.json"_s);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error().detail));
        const Integration &in = sandbox.value();
        QCOMPARE(in.embeddedProvider, u"sandbox"_s);
        QCOMPARE(in.category, u"sandbox"_s);
        QCOMPARE(in.name, u"Keyway Sandbox"_s);
        QCOMPARE(in.oauth.issuer, u"http://127.0.0.1:47231"_s);
        QCOMPARE(in.oauth.tokenUrl, u"http://127.0.0.1:47231/token"_s);
        QCOMPARE(in.oauth.clientAuth, ClientAuthMethod::ClientSecretBasic);
        QVERIFY(in.oauth.pkce);
        QCOMPARE(in.oauth.publicClientId, u"keyway-sandbox"_s);
        QVERIFY(in.oauth.openid);
        QCOMPARE(in.oauth.refreshRotates, std::optional<bool>(true));
        QVERIFY(in.supports(AuthMode::AuthorizationCode));
        QVERIFY(in.supports(AuthMode::ClientCredentials));
        QVERIFY(in.supports(AuthMode::DeviceCode));
        QCOMPARE(in.api.baseUrl, u"http://127.0.0.1:47231/api"_s);
        QCOMPARE(in.api.samplePath, u"/contacts"_s);
        QCOMPARE(in.unifiedScopes.value(u"crm_contact_write"_s), QStringList({u"contacts.write"_s}));
    }

    // Issue 9: plain http beyond loopback only with the integration's explicit, top-level opt-in.
    // RFC 7523 §3: how long a signed assertion may live is the provider's to say; an integration declares it.
    void readsAssertionLifetime()
    {
        const Result<Integration> plain = IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s);
        QVERIFY2(plain.ok(), qPrintable(plain.error().detail));
        QVERIFY(!plain.value().oauth.assertionLifetimeSeconds);
        const Result<Integration> r
            = IntegrationLoader::parse(mutated(u"oauth.assertion_lifetime_seconds"_s, 180), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().oauth.assertionLifetimeSeconds, std::optional<qint64>(180));
    }

    // oauth.client_certificate_required: mutual TLS beside a client secret (ADP), not in place of it. Left out, no
    // certificate is asked for; given, the secret's method stays what client_auth says.
    void readsClientCertificateRequirement()
    {
        const Result<Integration> plain = IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s);
        QVERIFY2(plain.ok(), qPrintable(plain.error().detail));
        QVERIFY(!plain.value().oauth.clientCertificateRequired);
        QJsonValue doc = withPath(validDocument(), {u"oauth"_s, u"client_certificate_required"_s}, true);
        doc = withPath(doc, {u"oauth"_s, u"client_auth"_s}, u"client_secret_post"_s);
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(doc.toObject()).toJson(), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QVERIFY(r.value().oauth.clientCertificateRequired);
        QCOMPARE(r.value().oauth.clientAuth, ClientAuthMethod::ClientSecretPost);
    }

    void readsAllowInsecureHttp()
    {
        const Result<Integration> plain = IntegrationLoader::parse(QJsonDocument(validDocument()).toJson(), u"acme.json"_s);
        QVERIFY2(plain.ok(), qPrintable(plain.error().detail));
        QVERIFY(!plain.value().allowInsecureHttp()); // default false
        QVERIFY(!plain.value().oauth.allowInsecureHttp);
        QVERIFY(plain.value().insecureHttpWarning().isEmpty());

        QJsonObject doc = validDocument();
        doc[u"allow_insecure_http"_s] = true;
        doc = withPath(doc, {u"oauth"_s, u"token_url"_s}, u"http://{{subdomain}}.acme.example/token"_s).toObject();
        doc = withPath(doc, {u"api"_s, u"base_url"_s}, u"http://lab.acme.example:8080/api"_s).toObject();
        const Result<Integration> r = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"acme.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        const Integration &in = r.value();
        QVERIFY(in.allowInsecureHttp());
        QVERIFY(in.oauth.allowInsecureHttp); // what Discovery and ConnectionPlanner read
        QCOMPARE(in.insecureHttpHosts(), QStringList {u"lab.acme.example"_s});
        QCOMPARE(in.insecureHttpWarning(),
            in.name + u" allows plain http to lab.acme.example: tokens cross the network unencrypted"_s);

        // Expanding values follows the same rule: an http whole-URL value only with the opt-in.
        const Result<QString> lax = TemplateExpander(in).expandUrl(in.oauth.tokenUrl, {{u"subdomain"_s, u"lab"_s}});
        QVERIFY2(lax.ok(), qPrintable(lax.error().detail));
        QCOMPARE(lax.value(), u"http://lab.acme.example/token"_s);
        const Result<QString> noOptIn
            = TemplateExpander(in.variables, {}, false).expandUrl(in.oauth.tokenUrl, {{u"subdomain"_s, u"lab"_s}});
        QVERIFY(!noOptIn.ok());
        QVERIFY2(
            noOptIn.error().detail.contains(u"allow_insecure_http"_s) && noOptIn.error().detail.contains(u"lab.acme.example"_s),
            qPrintable(noOptIn.error().detail));

        // The opt-in relaxes nothing else: other schemes and user info stay refused.
        QJsonObject ftp = withPath(doc, {u"oauth"_s, u"token_url"_s}, u"ftp://acme.example/token"_s).toObject();
        QVERIFY(!IntegrationLoader::parse(QJsonDocument(ftp).toJson(), u"acme.json"_s).ok());
        QJsonObject userInfo = withPath(doc, {u"oauth"_s, u"token_url"_s}, u"http://user@acme.example/token"_s).toObject();
        QVERIFY(!IntegrationLoader::parse(QJsonDocument(userInfo).toJson(), u"acme.json"_s).ok());

        // An explicit false is the default.
        doc[u"allow_insecure_http"_s] = false;
        const Result<Integration> off = IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"acme.json"_s);
        QVERIFY(!off.ok());
        QVERIFY2(off.error().detail.contains(u"allow_insecure_http"_s), qPrintable(off.error().detail));
    }

    // Issues 14 and 22: a built-in file names its sources and the day they were checked, and an authorization code
    // integration says how its loopback redirect is matched; a custom file needs none of it. A built-in file never
    // lifts TLS.
    void builtinFilesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // empty: valid as built-in
        QTest::newRow("complete") << u"name"_s << QJsonValue(u"Acme"_s) << QString();
        QTest::newRow("no sources") << u"sources"_s << kRemove << u"acme.json: sources: missing: a built-in file names"_s;
        QTest::newRow("no checked") << u"checked"_s << kRemove << u"acme.json: checked: missing"_s;
        QTest::newRow("no loopback") << u"oauth.redirect.loopback"_s << kRemove
                                     << u"acme.json: oauth.redirect.loopback: missing"_s;
        QTest::newRow("no redirect") << u"oauth.redirect"_s << kRemove << u"acme.json: oauth.redirect.loopback: missing"_s;
        QTest::newRow("insecure http") << u"allow_insecure_http"_s << QJsonValue(false)
                                       << u"acme.json: allow_insecure_http: is the user's choice"_s;
        // The setup steps agree with the redirect declaration (acme: exact on [::1]:8765, private-use scheme too).
        const QJsonObject noRedirect {{u"loopback"_s, u"none"_s}, {u"alternative"_s, u"Use the device flow."_s}};
        QTest::newRow("no desktop redirect, yet one to register")
            << u"oauth.redirect"_s << QJsonValue(noRedirect)
            << u"acme.json: setup.steps[0]: asks to register {{redirect_uri}}, but oauth.redirect.loopback is none"_s;
        QJsonObject appSchemeOnly = noRedirect;
        appSchemeOnly.insert(u"private_use_scheme"_s, true);
        QTest::newRow("only the app scheme, to register") << u"oauth.redirect"_s << QJsonValue(appSchemeOnly) << QString();
        QTest::newRow("step with the fixed port")
            << u"setup.steps"_s << QJsonValue(QJsonArray {u"Register http://[::1]:8765/cb."_s}) << QString();
        QTest::newRow("step with a wildcard port")
            << u"setup.steps"_s << QJsonValue(QJsonArray {u"Register http://[::1]:*/cb."_s}) << QString();
        QTest::newRow("step with another host")
            << u"setup.steps"_s << QJsonValue(QJsonArray {u"Register http://127.0.0.1:8765/cb."_s})
            << u"acme.json: setup.steps[0]: http://127.0.0.1:8765 names 127.0.0.1, but Keyway listens on [::1]"_s;
        QTest::newRow("step with another port")
            << u"setup.steps"_s << QJsonValue(QJsonArray {u"Fine."_s, u"Register http://[::1]:9000/cb."_s})
            << u"acme.json: setup.steps[1]: http://[::1]:9000: Keyway listens on port 8765; write {{redirect_uri}}"_s;
    }
    void builtinFilesAreComplete()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QByteArray json = mutated(path, value);
        const Result<Integration> builtin = IntegrationLoader::parse(json, u"acme.json"_s, IntegrationLoader::FileKind::Builtin);
        if (expected.isEmpty())
            QVERIFY2(builtin.ok(), qPrintable(builtin.error().detail));
        else
            QVERIFY2(!builtin.ok() && builtin.error().detail.contains(expected),
                qPrintable(builtin.ok() ? u"accepted"_s : builtin.error().detail));
        // The user's files: none of this is required.
        const Result<Integration> custom = IntegrationLoader::parse(json, u"acme.json"_s);
        QVERIFY2(custom.ok(), qPrintable(custom.error().detail));
    }

    void loadsFileAndReportsMissingFile()
    {
        const Result<Integration> ok = IntegrationLoader::loadFile(u":/integrations/github.json"_s);
        QVERIFY2(ok.ok(), qPrintable(ok.error().detail));
        QCOMPARE(ok.value().source, u":/integrations/github.json"_s);
        const Result<Integration> missing = IntegrationLoader::loadFile(u"/nonexistent/nothing.json"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"integration_unreadable"_s);
        QVERIFY(missing.error().message.contains(u"nothing.json"_s));
    }

    // Issue 15.12: `integrations import` of a FIFO blocked forever in open(). Only regular files are read.
    void refusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::atomic<bool> done {false};
        Result<Integration> result = Error();
        std::unique_ptr<QThread> reader(QThread::create([&] {
            result = IntegrationLoader::loadFile(fifo);
            done = true;
        }));
        reader->start();
        const bool returned = QTest::qWaitFor([&] { return done.load(); }, 5000);
        if (!returned) {
            QFile unblock(fifo); // a writer lets the blocked open() return, so the thread can end
            unblock.open(QIODevice::WriteOnly);
        }
        reader->wait();
        QVERIFY2(returned, "loading a FIFO blocked");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"integration_unreadable"_s);
        QVERIFY2(result.error().message.contains(u"not a regular file"_s), qPrintable(result.error().message));
        const Result<Integration> folder = IntegrationLoader::loadFile(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(u"not a regular file"_s));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationLoader)
#include "TestIntegrationLoader.moc"
