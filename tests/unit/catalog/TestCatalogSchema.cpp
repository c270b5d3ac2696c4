// Runs tests/peers/validate-catalog.mjs: every integration file against schema.json with ajv (JSON Schema
// 2020-12), so the schema, the data and the C++ loader cannot drift apart unnoticed. Skipped where Node.js or
// the peers' node_modules (npm ci in tests/peers) are missing. The schema's own rules for allow_insecure_http
// (issue 9) are checked the same way, on small files in a scratch copy of the resources folder.
#include "catalog/IntegrationLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCatalogSchema : public QObject
{
    Q_OBJECT

    // Runs validate-catalog.mjs on `root`; false with the output when it cannot run (the caller skips).
    static bool validate(const QString &root, int *exitCode, QByteArray *output)
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        const QString peers = QStringLiteral(KEYWAY_PEERS_DIR);
        if (node.isEmpty() || !QFileInfo::exists(peers + u"/node_modules/ajv/package.json"_s)
            || !QFileInfo::exists(peers + u"/node_modules/ajv-formats/package.json"_s))
            return false;
        QProcess process;
        process.setWorkingDirectory(peers);
        process.start(node, {peers + u"/validate-catalog.mjs"_s, root});
        if (!process.waitForFinished(60000))
            process.kill();
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return true;
    }

private Q_SLOTS:
    void everyFileMatchesTheSchema()
    {
        int code = -1;
        QByteArray output;
        if (!validate(QStringLiteral(KEYWAY_SOURCE_DIR), &code, &output))
            QSKIP("node or the peers' node_modules are missing (run npm ci in tests/peers)");
        QVERIFY2(code == 0, output.constData());
        QVERIFY(output.contains("integration files valid"));
    }

    void insecureHttpNeedsTheOptIn_data()
    {
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<QJsonValue>("allow"); // undefined: left out
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << u"https://lab.example/token"_s << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("loopback http") << u"http://127.0.0.1:8080/token"_s << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("http, no flag") << u"http://lab.example/token"_s << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("http, false") << u"http://lab.example/token"_s << QJsonValue(false) << false;
        QTest::newRow("http, true") << u"http://lab.example/token"_s << QJsonValue(true) << true;
        QTest::newRow("http, \"true\"") << u"http://lab.example/token"_s << QJsonValue(u"true"_s) << false;
        QTest::newRow("https, 1") << u"https://lab.example/token"_s << QJsonValue(1) << false;
        QTest::newRow("ftp, true") << u"ftp://lab.example/token"_s << QJsonValue(true) << false;
        QTest::newRow("user info, true") << u"http://me@lab.example/token"_s << QJsonValue(true) << false;
    }

    void insecureHttpNeedsTheOptIn()
    {
        QFETCH(QString, tokenUrl);
        QFETCH(QJsonValue, allow);
        QFETCH(bool, valid);
        QJsonObject doc = labDocument(QJsonObject {{u"token_url"_s, tokenUrl}});
        if (!allow.isUndefined())
            doc.insert(u"allow_insecure_http"_s, allow);
        validateLab(doc, valid);
    }

    // oauth.issuer_claims (a templated issuer such as Microsoft's .../{tenantid}/v2.0, filled from the "tid"
    // claim): the schema takes and refuses what IntegrationLoader does (TestIntegrationLoader::rejectsBadIssuerClaims).
    void issuerClaimsMatchTheLoader_data()
    {
        QTest::addColumn<QJsonValue>("issuer");
        QTest::addColumn<QJsonValue>("claims");
        QTest::addColumn<bool>("valid");
        const QJsonValue issuer(u"https://lab.example/{tenantid}/v2"_s);
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("tid") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, u"tid"_s}}) << true;
        QTest::newRow("left out") << QJsonValue(u"https://lab.example/v2"_s) << none << true;
        QTest::newRow("array") << issuer << QJsonValue(QJsonArray {u"tid"_s}) << false;
        QTest::newRow("string") << issuer << QJsonValue(u"tid"_s) << false;
        QTest::newRow("value number") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, 7}}) << false;
        QTest::newRow("value empty") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, u""_s}}) << false;
        QTest::newRow("value path") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, u"a/b"_s}}) << false;
        QTest::newRow("value iss") << issuer << QJsonValue(QJsonObject {{u"tenantid"_s, u"iss"_s}}) << false;
        QTest::newRow("key bad") << issuer << QJsonValue(QJsonObject {{u"tenant id"_s, u"tid"_s}}) << false;
        QTest::newRow("empty") << issuer << QJsonValue(QJsonObject()) << false;
        QTest::newRow("no issuer") << none << QJsonValue(QJsonObject {{u"tenantid"_s, u"tid"_s}}) << false;
    }
    void issuerClaimsMatchTheLoader()
    {
        QFETCH(QJsonValue, issuer);
        QFETCH(QJsonValue, claims);
        QFETCH(bool, valid);
        QJsonObject oauth {{u"token_url"_s, u"https://lab.example/token"_s}};
        if (!issuer.isUndefined())
            oauth.insert(u"issuer"_s, issuer);
        if (!claims.isUndefined())
            oauth.insert(u"issuer_claims"_s, claims);
        validateLab(labDocument(oauth), valid);
    }

    // The sourced facts (issues 14, 22, 23): schema.json and IntegrationLoader give the same verdict on each value,
    // so a research file that passes validate-catalog.mjs also loads in Keyway, and the other way round.
    void sourcedFactsMatchTheLoader_data()
    {
        QTest::addColumn<QString>("path"); // dotted, in the lab document
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        const QJsonObject source {{u"url"_s, u"https://lab.example/docs"_s}, {u"about"_s, u"endpoints"_s}};
        QTest::newRow("aliases") << u"aliases"_s << QJsonValue(QJsonArray {u"Lab One"_s, u"L1"_s}) << true;
        QTest::newRow("alias twice") << u"aliases"_s << QJsonValue(QJsonArray {u"L1"_s, u"L1"_s}) << false;
        QTest::newRow("alias tab") << u"aliases"_s << QJsonValue(QJsonArray {u"L\t1"_s}) << false;
        QTest::newRow("alias empty") << u"aliases"_s << QJsonValue(QJsonArray {u""_s}) << false;
        QTest::newRow("sources") << u"sources"_s << QJsonValue(QJsonArray {source}) << true;
        QTest::newRow("sources empty") << u"sources"_s << QJsonValue(QJsonArray()) << false;
        QTest::newRow("source http") << u"sources"_s
                                     << QJsonValue(QJsonArray {
                                            QJsonObject {{u"url"_s, u"http://lab.example/docs"_s}, {u"about"_s, u"x"_s}}})
                                     << false;
        QTest::newRow("source template") << u"sources"_s
                                         << QJsonValue(QJsonArray {
                                                QJsonObject {{u"url"_s, u"https://{{x}}.lab.example/"_s}, {u"about"_s, u"x"_s}}})
                                         << false;
        QTest::newRow("source no about") << u"sources"_s
                                         << QJsonValue(QJsonArray {QJsonObject {{u"url"_s, u"https://lab.example/docs"_s}}})
                                         << false;
        QTest::newRow("source about newline")
            << u"sources"_s
            << QJsonValue(QJsonArray {QJsonObject {{u"url"_s, u"https://lab.example/docs"_s}, {u"about"_s, u"a\nb"_s}}}) << false;
        QTest::newRow("source extra field") << u"sources"_s
                                            << QJsonValue(QJsonArray {QJsonObject {{u"url"_s, u"https://lab.example/"_s},
                                                   {u"about"_s, u"x"_s}, {u"date"_s, u"x"_s}}})
                                            << false;
        QTest::newRow("checked") << u"checked"_s << QJsonValue(u"2026-12-05"_s) << true;
        QTest::newRow("checked slashes") << u"checked"_s << QJsonValue(u"2026/12/05"_s) << false;
        QTest::newRow("checked 1999") << u"checked"_s << QJsonValue(u"1999-12-05"_s) << false;
        QTest::newRow("checked 30 February") << u"checked"_s << QJsonValue(u"2026-02-30"_s) << false;
        QTest::newRow("unsourced") << u"unsourced"_s << QJsonValue(QJsonArray {u"Rotation is not documented."_s}) << true;
        QTest::newRow("unsourced newline") << u"unsourced"_s << QJsonValue(QJsonArray {u"a\nb"_s}) << false;
        QTest::newRow("refresh_url") << u"oauth.refresh_url"_s << QJsonValue(u"https://lab.example/refresh"_s) << true;
        QTest::newRow("refresh_url http") << u"oauth.refresh_url"_s << QJsonValue(u"http://lab.example/refresh"_s) << false;
        QTest::newRow("client_types") << u"oauth.client_types"_s << QJsonValue(QJsonArray {u"public"_s}) << true;
        QTest::newRow("client_types empty") << u"oauth.client_types"_s << QJsonValue(QJsonArray()) << false;
        QTest::newRow("client_types other") << u"oauth.client_types"_s << QJsonValue(QJsonArray {u"native"_s}) << false;
        QTest::newRow("access lifetime") << u"oauth.access_token_lifetime_seconds"_s << QJsonValue(3600) << true;
        QTest::newRow("access lifetime 0") << u"oauth.access_token_lifetime_seconds"_s << QJsonValue(0) << false;
        QTest::newRow("access lifetime 1.5") << u"oauth.access_token_lifetime_seconds"_s << QJsonValue(1.5) << false;
        QTest::newRow("assertion lifetime") << u"oauth.assertion_lifetime_seconds"_s << QJsonValue(180) << true;
        QTest::newRow("assertion lifetime 0") << u"oauth.assertion_lifetime_seconds"_s << QJsonValue(0) << false;
        QTest::newRow("assertion lifetime over an hour") << u"oauth.assertion_lifetime_seconds"_s << QJsonValue(3601) << false;
        QTest::newRow("refresh lifetimes") << u"oauth.refresh_token"_s
                                           << QJsonValue(QJsonObject {{u"reuse_detection"_s, true}, {u"reuse_grace_seconds"_s, 0},
                                                  {u"idle_lifetime_seconds"_s, 7776000}, {u"absolute_lifetime_seconds"_s, 1},
                                                  {u"use_extends_lifetime"_s, true}})
                                           << true;
        QTest::newRow("idle 0") << u"oauth.refresh_token"_s << QJsonValue(QJsonObject {{u"idle_lifetime_seconds"_s, 0}}) << false;
        QTest::newRow("grace -1") << u"oauth.refresh_token"_s << QJsonValue(QJsonObject {{u"reuse_grace_seconds"_s, -1}})
                                  << false;
        QTest::newRow("absolute 11 years") << u"oauth.refresh_token"_s
                                           << QJsonValue(QJsonObject {{u"absolute_lifetime_seconds"_s, 346896000}}) << false;
        QTest::newRow("reuse_detection string")
            << u"oauth.refresh_token"_s << QJsonValue(QJsonObject {{u"reuse_detection"_s, u"yes"_s}}) << false;
        QTest::newRow("exact with port") << u"oauth.redirect"_s
                                         << QJsonValue(QJsonObject {{u"loopback"_s, u"exact"_s}, {u"port"_s, 27690}}) << true;
        QTest::newRow("exact without port") << u"oauth.redirect"_s << QJsonValue(QJsonObject {{u"loopback"_s, u"exact"_s}})
                                            << false;
        QTest::newRow("exact port 0") << u"oauth.redirect"_s
                                      << QJsonValue(QJsonObject {{u"loopback"_s, u"exact"_s}, {u"port"_s, 0}}) << false;
        QTest::newRow("none with alternative")
            << u"oauth.redirect"_s
            << QJsonValue(QJsonObject {{u"loopback"_s, u"none"_s}, {u"alternative"_s, u"Use the device flow."_s}}) << true;
        QTest::newRow("alternative newline")
            << u"oauth.redirect"_s << QJsonValue(QJsonObject {{u"loopback"_s, u"none"_s}, {u"alternative"_s, u"a\nb"_s}})
            << false;
        QTest::newRow("origins") << u"api.origins"_s
                                 << QJsonValue(QJsonArray {u"https://upload.lab.example"_s, u"https://lab.example:8443"_s})
                                 << true;
        QTest::newRow("origin path") << u"api.origins"_s << QJsonValue(QJsonArray {u"https://upload.lab.example/v1"_s}) << false;
        QTest::newRow("origin http") << u"api.origins"_s << QJsonValue(QJsonArray {u"http://upload.lab.example"_s}) << false;
        QTest::newRow("docs_elsewhere") << u"docs_elsewhere"_s << QJsonValue(QJsonArray {u"https://github.com/lab-org/"_s})
                                        << true;
        QTest::newRow("docs_elsewhere no path")
            << u"docs_elsewhere"_s << QJsonValue(QJsonArray {u"https://github.com"_s}) << false;
        QTest::newRow("docs_elsewhere http")
            << u"docs_elsewhere"_s << QJsonValue(QJsonArray {u"http://github.com/lab-org/"_s}) << false;
        QTest::newRow("docs_elsewhere empty") << u"docs_elsewhere"_s << QJsonValue(QJsonArray()) << false;
        QTest::newRow("client_id_param") << u"oauth.client_id_param"_s << QJsonValue(u"client_key"_s) << true;
        QTest::newRow("client_id_param client_id") << u"oauth.client_id_param"_s << QJsonValue(u"client_id"_s) << false;
        QTest::newRow("client_id_param scope") << u"oauth.client_id_param"_s << QJsonValue(u"scope"_s) << false;
        QTest::newRow("client_id_param code_verifier") << u"oauth.client_id_param"_s << QJsonValue(u"code_verifier"_s) << false;
        QTest::newRow("client_id_param a secret") << u"oauth.client_id_param"_s << QJsonValue(u"app_secret"_s) << false;
        QTest::newRow("client_id_param upper case") << u"oauth.client_id_param"_s << QJsonValue(u"ClientKey"_s) << false;
        QTest::newRow("token_request json") << u"oauth.token_request"_s << QJsonValue(QJsonObject {{u"format"_s, u"json"_s}})
                                            << true;
        QTest::newRow("token_request form") << u"oauth.token_request"_s << QJsonValue(QJsonObject {{u"format"_s, u"form"_s}})
                                            << true;
        QTest::newRow("token_request xml") << u"oauth.token_request"_s << QJsonValue(QJsonObject {{u"format"_s, u"xml"_s}})
                                           << false;
        QTest::newRow("token_request extra")
            << u"oauth.token_request"_s << QJsonValue(QJsonObject {{u"format"_s, u"json"_s}, {u"charset"_s, u"utf-8"_s}})
            << false;
        QTest::newRow("expiry points in time")
            << u"oauth.token_response"_s
            << QJsonValue(QJsonObject {{u"expires_at"_s, u"expires_at"_s}, {u"refresh_token_expires_at"_s, u"data.rt_exp"_s}})
            << true;
        QTest::newRow("expires_at bad path")
            << u"oauth.token_response"_s << QJsonValue(QJsonObject {{u"expires_at"_s, u"a..b"_s}}) << false;
        const QJsonObject tokenParam {
            {u"in"_s, u"header"_s}, {u"name"_s, u"Authorization"_s}, {u"scheme"_s, u"Token"_s}, {u"param"_s, u"token"_s}};
        QTest::newRow("auth-param") << u"api.auth"_s << QJsonValue(tokenParam) << true;
        QJsonObject noScheme = tokenParam;
        noScheme.remove(u"scheme"_s);
        QTest::newRow("auth-param without scheme") << u"api.auth"_s << QJsonValue(noScheme) << false;
        QJsonObject emptyScheme = tokenParam;
        emptyScheme.insert(u"scheme"_s, u""_s);
        QTest::newRow("auth-param after an empty scheme") << u"api.auth"_s << QJsonValue(emptyScheme) << false;
        QTest::newRow("auth-param in a query")
            << u"api.auth"_s << QJsonValue(QJsonObject {{u"in"_s, u"query"_s}, {u"name"_s, u"key"_s}, {u"param"_s, u"token"_s}})
            << false;
        QJsonObject spaced = tokenParam;
        spaced.insert(u"param"_s, u"to ken"_s);
        QTest::newRow("auth-param with a space") << u"api.auth"_s << QJsonValue(spaced) << false;
        QTest::newRow("origin twice") << u"api.origins"_s
                                      << QJsonValue(QJsonArray {u"https://lab.example"_s, u"https://lab.example"_s}) << false;
    }
    void sourcedFactsMatchTheLoader()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QJsonObject doc = labDocument(QJsonObject {{u"token_url"_s, u"https://lab.example/token"_s}});
        const QStringList keys = path.split(u'.');
        if (keys.size() == 1) {
            doc.insert(keys.at(0), value);
        } else {
            QJsonObject inner = doc.value(keys.at(0)).toObject();
            inner.insert(keys.at(1), value);
            doc.insert(keys.at(0), inner);
        }
        if (path == u"docs_elsewhere"_s && valid) // the validator wants each prefix used by a source
            doc.insert(u"sources"_s,
                QJsonArray {QJsonObject {{u"url"_s, u"https://github.com/lab-org/sdk"_s}, {u"about"_s, u"token fields"_s}}});
        const keyway::Result<keyway::Integration> loaded
            = keyway::IntegrationLoader::parse(QJsonDocument(doc).toJson(), u"lab.json"_s);
        QVERIFY2(loaded.ok() == valid, qPrintable(loaded.ok() ? u"the loader accepted it"_s : loaded.error().detail));
        validateLab(doc, valid);
    }

    // The catalogue's consistency rules that no schema can state (issue 22): where sources may point, no plain
    // http anywhere but to this computer, fixed redirect ports in Keyway's range.
    void consistencyRules_data()
    {
        QTest::addColumn<QJsonObject>("members"); // top-level members set in the lab document
        QTest::addColumn<bool>("valid");
        const auto sources = [](const QString &url, const QString &about = u"endpoints"_s) {
            return QJsonArray {QJsonObject {{u"url"_s, url}, {u"about"_s, about}}};
        };
        const QJsonArray labOrg {u"https://github.com/lab-org/"_s};
        QTest::newRow("source on the provider's domain")
            << QJsonObject {{u"sources"_s, sources(u"https://lab.example/docs/oauth"_s)}} << true;
        QTest::newRow("source on a subdomain")
            << QJsonObject {{u"sources"_s, sources(u"https://developer.lab.example/x"_s)}} << true;
        QTest::newRow("source at the IETF") << QJsonObject {{u"sources"_s,
            sources(u"https://datatracker.ietf.org/doc/html/rfc6749"_s)}}
                                            << true;
        QTest::newRow("source at the OpenID Foundation")
            << QJsonObject {{u"sources"_s, sources(u"https://openid.net/specs/openid-connect-core-1_0.html"_s)}} << true;
        QTest::newRow("source on a blog") << QJsonObject {{u"sources"_s, sources(u"https://blog.example.org/oauth"_s)}} << false;
        QTest::newRow("source on a look-alike domain")
            << QJsonObject {{u"sources"_s, sources(u"https://lab.example.evil.test/docs"_s)}} << false;
        QTest::newRow("source on github, not declared")
            << QJsonObject {{u"sources"_s, sources(u"https://github.com/lab-org/sdk"_s)}} << false;
        QTest::newRow("source under docs_elsewhere")
            << QJsonObject {{u"sources"_s, sources(u"https://github.com/lab-org/sdk"_s)}, {u"docs_elsewhere"_s, labOrg}} << true;
        QTest::newRow("source under another organisation")
            << QJsonObject {{u"sources"_s, sources(u"https://github.com/other-org/sdk"_s)}, {u"docs_elsewhere"_s, labOrg}}
            << false;
        QTest::newRow("docs_elsewhere unused")
            << QJsonObject {{u"sources"_s, sources(u"https://lab.example/docs"_s)}, {u"docs_elsewhere"_s, labOrg}} << false;
        QTest::newRow("docs_elsewhere all of github")
            << QJsonObject {{u"sources"_s, sources(u"https://github.com/lab-org/sdk"_s)},
                   {u"docs_elsewhere"_s, QJsonArray {u"https://github.com/"_s}}}
            << false;
        QTest::newRow("docs_elsewhere on the own domain") << QJsonObject {{u"sources"_s, sources(u"https://lab.example/docs"_s)},
            {u"docs_elsewhere"_s, QJsonArray {u"https://lab.example/"_s}}}
                                                          << false;
        QTest::newRow("docs on github does not make github the provider's") << QJsonObject {
            {u"docs"_s, u"https://github.com/lab-org/docs"_s},
            {u"sources"_s, sources(u"https://github.com/other/x"_s)}} << false;
        QTest::newRow("http in a setup step")
            << QJsonObject {{u"setup"_s, QJsonObject {{u"steps"_s, QJsonArray {u"Open http://lab.example/console."_s}}}}}
            << false;
        QTest::newRow("loopback http in a setup step")
            << QJsonObject {{u"setup"_s, QJsonObject {{u"steps"_s, QJsonArray {u"Register http://127.0.0.1:27400/callback."_s}}}}}
            << true;
        QTest::newRow("http in a source's about")
            << QJsonObject {{u"sources"_s, sources(u"https://lab.example/docs"_s, u"mirrored at http://lab.example/docs"_s)}}
            << false;
        QTest::newRow("http named in prose")
            << QJsonObject {{u"unsourced"_s, QJsonArray {u"Whether redirect URIs may start with http:// is not documented."_s}}}
            << true;
        QTest::newRow("http in a variable pattern") << QJsonObject {{u"variables"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"host"_s}, {u"label"_s, u"Host"_s}, {u"pattern"_s, u"^http://[a-z.]+$"_s}}}}}
                                                    << true;
        const auto redirect = [](const QJsonValue &port) {
            return QJsonObject {{u"token_url"_s, u"https://lab.example/token"_s},
                {u"redirect"_s, QJsonObject {{u"loopback"_s, u"exact"_s}, {u"port"_s, port}}}};
        };
        // The setup steps agree with the redirect declaration (issue 14).
        const auto browser = [](const QJsonObject &redirect, const QString &step) {
            return QJsonObject {{u"auth_modes"_s, QJsonArray {u"oauth2_authorization_code"_s}},
                {u"oauth"_s,
                    QJsonObject {{u"authorization_url"_s, u"https://lab.example/authorize"_s},
                        {u"token_url"_s, u"https://lab.example/token"_s}, {u"redirect"_s, redirect}}},
                {u"setup"_s, QJsonObject {{u"steps"_s, QJsonArray {step}}}}};
        };
        const QJsonObject none {{u"loopback"_s, u"none"_s}, {u"alternative"_s, u"Use a personal token."_s}};
        const QJsonObject exact {{u"loopback"_s, u"exact"_s}, {u"port"_s, 27691}};
        const QJsonObject anyPort {{u"loopback"_s, u"any_port"_s}};
        QTest::newRow("no desktop redirect, yet one to register")
            << browser(none, u"Add {{redirect_uri}} as a redirect URI."_s) << false;
        QTest::newRow("no desktop redirect, said so")
            << browser(none, u"Only sandbox apps accept http://localhost; use a personal token."_s) << true;
        QJsonObject scheme = none;
        scheme.insert(u"private_use_scheme"_s, true);
        QTest::newRow("app redirect to register") << browser(scheme, u"Add {{redirect_uri}}."_s) << true;
        QTest::newRow("exact, the placeholder") << browser(exact, u"Add {{redirect_uri}}."_s) << true;
        QTest::newRow("exact, its own port") << browser(exact, u"Add http://127.0.0.1:27691/callback."_s) << true;
        QTest::newRow("exact, another port") << browser(exact, u"Add http://127.0.0.1:8080/callback."_s) << false;
        QTest::newRow("exact, another host") << browser(exact, u"Add http://localhost:27691/callback."_s) << false;
        QTest::newRow("any port, without a port") << browser(anyPort, u"Add http://127.0.0.1/callback."_s) << true;
        QTest::newRow("any port, a wildcard") << browser(anyPort, u"Add http://127.0.0.1:*/callback/."_s) << true;
        QTest::newRow("any port, a fixed one") << browser(anyPort, u"Add http://127.0.0.1:3000/callback."_s) << false;
        QTest::newRow("port in range") << QJsonObject {{u"oauth"_s, redirect(27690)}} << true;
        QTest::newRow("port below range") << QJsonObject {{u"oauth"_s, redirect(8080)}} << false;
        QTest::newRow("port above range") << QJsonObject {{u"oauth"_s, redirect(27700)}} << false;
    }
    void consistencyRules()
    {
        QFETCH(QJsonObject, members);
        QFETCH(bool, valid);
        QJsonObject doc = labDocument(QJsonObject {{u"token_url"_s, u"https://lab.example/token"_s}});
        for (auto it = members.begin(); it != members.end(); ++it)
            doc.insert(it.key(), it.value());
        validateLab(doc, valid);
    }

    // RFC 8252 §7.3: the fixed port is part of the redirect URI the user registers; two integrations on one port
    // could not both be set up on the same computer.
    void fixedRedirectPortsAreUnique_data()
    {
        QTest::addColumn<int>("otherPort");
        QTest::addColumn<bool>("valid");
        QTest::newRow("different") << 27691 << true;
        QTest::newRow("same") << 27690 << false;
        QTest::newRow("other ephemeral") << 0 << true;
    }
    void fixedRedirectPortsAreUnique()
    {
        QFETCH(int, otherPort);
        QFETCH(bool, valid);
        const auto withPort = [](int port) {
            return labDocument(QJsonObject {{u"token_url"_s, u"https://lab.example/token"_s},
                {u"redirect"_s,
                    port == 0 ? QJsonObject {{u"loopback"_s, u"any_port"_s}}
                              : QJsonObject {{u"loopback"_s, u"exact"_s}, {u"port"_s, port}}}});
        };
        QJsonObject other = withPort(otherPort);
        other.insert(u"id"_s, u"lab-two"_s);
        validateLab(withPort(27690), valid, {other});
    }

    // Issues 14 and 22: every built-in file names where its facts come from and when they were checked, and every
    // browser sign-in says how the provider matches its loopback redirect.
    void builtinFilesAreComplete_data()
    {
        QTest::addColumn<QString>("remove"); // a top-level member taken out of a complete file
        QTest::addColumn<bool>("authorizationCode");
        QTest::addColumn<bool>("valid");
        QTest::newRow("complete") << QString() << false << true;
        QTest::newRow("no sources") << u"sources"_s << false << false;
        QTest::newRow("no checked") << u"checked"_s << false << false;
        QTest::newRow("sign-in, loopback said") << QString() << true << true;
        QTest::newRow("sign-in, loopback not said") << u"loopback"_s << true << false;
    }
    void builtinFilesAreComplete()
    {
        QFETCH(QString, remove);
        QFETCH(bool, authorizationCode);
        QFETCH(bool, valid);
        QJsonObject redirect {{u"loopback"_s, u"any_port"_s}};
        if (remove == u"loopback"_s)
            redirect = QJsonObject {{u"path"_s, u"/callback"_s}};
        QJsonObject doc = labDocument(QJsonObject {{u"authorization_url"_s, u"https://lab.example/authorize"_s},
            {u"token_url"_s, u"https://lab.example/token"_s}, {u"redirect"_s, redirect}});
        if (authorizationCode)
            doc.insert(u"auth_modes"_s, QJsonArray {u"oauth2_authorization_code"_s});
        doc.remove(remove);
        validateLab(doc, valid);
    }

private:
    static QJsonObject labDocument(const QJsonObject &oauth)
    {
        // A built-in file: where its facts come from and when they were checked.
        return {{u"id"_s, u"lab"_s}, {u"name"_s, u"Lab"_s}, {u"category"_s, u"generic"_s},
            {u"description"_s, u"A test server."_s}, {u"icon"_s, u"oauth2.svg"_s},
            {u"docs"_s, u"https://www.rfc-editor.org/rfc/rfc6749"_s},
            {u"sources"_s,
                QJsonArray {
                    QJsonObject {{u"url"_s, u"https://www.rfc-editor.org/rfc/rfc6749"_s}, {u"about"_s, u"the protocol"_s}}}},
            {u"checked"_s, u"2026-12-05"_s}, {u"auth_modes"_s, QJsonArray {u"oauth2_client_credentials"_s}}, {u"oauth"_s, oauth}};
    }

    // Validates `doc` as resources/integrations/lab.json (and `others` beside it, each named after its id) in a
    // scratch copy of the resources folder.
    static void validateLab(const QJsonObject &doc, bool valid, const QList<QJsonObject> &others = {})
    {
        QTemporaryDir root;
        const QString source = QStringLiteral(KEYWAY_SOURCE_DIR "/resources/");
        QVERIFY(QDir(root.path()).mkpath(u"resources/integrations"_s));
        QVERIFY(QDir(root.path()).mkpath(u"resources/icons/integrations"_s));
        for (const char *file : {"integrations/schema.json", "unified-scopes.json", "icons/integrations/oauth2.svg"})
            QVERIFY(QFile::copy(source + QLatin1String(file), root.filePath(u"resources/"_s + QLatin1String(file))));
        for (const QJsonObject &file : QList<QJsonObject> {doc} + others) {
            QFile out(root.filePath(u"resources/integrations/%1.json"_s.arg(file.value(u"id"_s).toString())));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(file).toJson());
        }

        int code = -1;
        QByteArray output;
        if (!validate(root.path(), &code, &output))
            QSKIP("node or the peers' node_modules are missing (run npm ci in tests/peers)");
        QVERIFY2((code == 0) == valid, output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCatalogSchema)
#include "TestCatalogSchema.moc"
