// TemplateExpander: values are checked against their variable's pattern, defaults and optional variables work,
// and no value can move a URL to another host, whatever the variable's pattern allows.
#include "catalog/IntegrationLoader.h"
#include "catalog/TemplateExpander.h"

#include <QTest>
#include <QUrl>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

namespace {

TemplateVariable variable(const QString &name, const QString &pattern, const QString &defaultValue = {}, bool optional = false)
{
    TemplateVariable v;
    v.name = name;
    v.label = name + u" label"_s;
    v.pattern = pattern;
    v.defaultValue = defaultValue;
    v.optional = optional;
    return v;
}

// A strict one like the catalogue's, and one that lets anything through so only the host guard stands.
TemplateExpander strictExpander()
{
    return TemplateExpander({variable(u"subdomain"_s, u"^[a-z0-9][a-z0-9-]{0,62}$"_s)}, {u"instance_url"_s});
}
TemplateExpander permissiveExpander()
{
    return TemplateExpander({variable(u"subdomain"_s, u"^.+$"_s), variable(u"user"_s, u"^.+$"_s, {}, true)}, {u"instance_url"_s});
}

Integration builtin(const QString &id)
{
    const Result<Integration> r = IntegrationLoader::loadFile(u":/integrations/"_s + id + u".json"_s);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().detail));
    return r.value();
}

} // namespace

class TestTemplateExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Dynamics 365 names its environment in the scope: the scope is expanded, with the URL rules.
    void expandsTemplatedScopes()
    {
        const Integration dynamics = builtin(u"dynamics-365"_s);
        const TemplateExpander expander(dynamics);
        const QVariantMap values {{u"org_host"_s, u"contoso.crm.dynamics.com"_s}};
        const Result<OAuthSettings> oauth = expander.expandOAuth(dynamics.oauth, values);
        QVERIFY2(oauth.ok(), qPrintable(oauth.error().toString()));
        for (const QString &scope : oauth.value().scopes)
            QVERIFY2(!scope.contains(u"{{"_s), qPrintable(scope));
        QVERIFY(oauth.value().scopes.join(u' ').contains(u"https://contoso.crm.dynamics.com/"_s));
        const Result<QStringList> injected
            = expander.expandScopes({u"https://{{org_host}}/.default"_s}, {{u"org_host"_s, u"evil.test/x?.crm.dynamics.com"_s}});
        QVERIFY(!injected.ok());
    }

    void expandsHostVariable()
    {
        const Result<QString> url
            = strictExpander().expandUrl(u"https://{{subdomain}}.zendesk.com/oauth/tokens"_s, {{u"subdomain"_s, u"acme"_s}});
        QVERIFY2(url.ok(), qPrintable(url.error().detail));
        QCOMPARE(url.value(), u"https://acme.zendesk.com/oauth/tokens"_s);
    }

    void rejectsHostInjection_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("slash") << u"evil.com/"_s;
        QTest::newRow("slash path") << u"evil.com/x?"_s;
        QTest::newRow("query") << u"evil.com?"_s;
        QTest::newRow("fragment") << u"evil.com#"_s;
        QTest::newRow("userinfo") << u"evil.com@acme"_s;
        QTest::newRow("userinfo 2") << u"x@evil.com"_s;
        QTest::newRow("port") << u"evil.com:443"_s;
        QTest::newRow("percent slash") << u"evil.com%2F"_s;
        QTest::newRow("percent at") << u"evil.com%40"_s;
        QTest::newRow("backslash") << u"evil.com\\"_s;
        QTest::newRow("space") << u"evil com"_s;
        QTest::newRow("newline") << u"acme\nHost: evil.com"_s;
        QTest::newRow("dot dot") << u"acme..evil"_s;
        QTest::newRow("leading dot") << u".evil"_s;
        QTest::newRow("trailing dash") << u"evil-"_s;
        QTest::newRow("unicode dot") << u"evil\u3002com"_s;
        QTest::newRow("fullwidth slash") << u"evil\uFF0Fcom"_s;
        QTest::newRow("scheme") << u"https://evil.com"_s;
        QTest::newRow("brackets") << u"[::1]"_s;
        QTest::newRow("very long") << QString(300, u'a');
    }

    void rejectsHostInjection()
    {
        QFETCH(QString, value);
        const QString templ = u"https://{{subdomain}}.zendesk.com/oauth/tokens"_s;
        for (const TemplateExpander &expander : {strictExpander(), permissiveExpander()}) {
            const Result<QString> url = expander.expandUrl(templ, {{u"subdomain"_s, value}});
            QVERIFY2(!url.ok(), qPrintable(u"accepted: "_s + (url.ok() ? url.value() : QString())));
            QVERIFY(url.error().code == u"invalid_variable"_s || url.error().code == u"invalid_value"_s);
        }
    }

    void hostStaysPutForAcceptedValues()
    {
        // Whatever passes, the host still ends with the template's fixed part.
        for (const QString &value : {u"acme"_s, u"a-b"_s, u"eu.acme"_s, u"A1"_s}) {
            const Result<QString> url
                = permissiveExpander().expandUrl(u"https://{{subdomain}}.zendesk.com/x"_s, {{u"subdomain"_s, value}});
            QVERIFY2(url.ok(), qPrintable(url.error().detail));
            QVERIFY(QUrl(url.value()).host().endsWith(u".zendesk.com"_s));
        }
    }

    void wholeUrlValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("https") << u"https://na1.my.salesforce.com"_s << u"https://na1.my.salesforce.com/services/x"_s;
        QTest::newRow("trailing slash") << u"https://na1.my.salesforce.com/"_s << u"https://na1.my.salesforce.com/services/x"_s;
        QTest::newRow("with path") << u"https://id.example.com/realms/a"_s << u"https://id.example.com/realms/a/services/x"_s;
        QTest::newRow("loopback http") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/services/x"_s;
        QTest::newRow("plain http") << u"http://evil.com"_s << QString();
        QTest::newRow("userinfo") << u"https://user@evil.com"_s << QString();
        QTest::newRow("userinfo spoof") << u"https://na1.my.salesforce.com@evil.com"_s << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
        QTest::newRow("query") << u"https://evil.com?x="_s << QString();
        QTest::newRow("fragment") << u"https://evil.com#x"_s << QString();
        QTest::newRow("ftp") << u"ftp://files.example.com"_s << QString();
        QTest::newRow("relative") << u"//evil.com"_s << QString();
        QTest::newRow("no host") << u"https://"_s << QString();
        QTest::newRow("missing") << QString() << QString();
    }

    void wholeUrlValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QVariantMap values {{u"subdomain"_s, u"acme"_s}};
        if (!value.isNull())
            values.insert(u"instance_url"_s, value);
        const Result<QString> url = strictExpander().expandUrl(u"{{instance_url}}/services/x"_s, values);
        if (expected.isEmpty()) {
            QVERIFY2(!url.ok(), qPrintable(url.ok() ? url.value() : QString()));
        } else {
            QVERIFY2(url.ok(), qPrintable(url.error().detail));
            QCOMPARE(url.value(), expected);
        }
    }

    void encodesPathAndQueryValues()
    {
        const TemplateExpander e = permissiveExpander();
        const QVariantMap values {{u"subdomain"_s, u"acme"_s}, {u"user"_s, u"a/b?c#d@e f"_s}};
        const Result<QString> path = e.expandUrl(u"https://api.example.com/users/{{user}}/x"_s, values);
        QVERIFY2(path.ok(), qPrintable(path.error().detail));
        QCOMPARE(path.value(), u"https://api.example.com/users/a%2Fb%3Fc%23d%40e%20f/x"_s);
        QCOMPARE(QUrl(path.value()).host(), u"api.example.com"_s);
        const Result<QString> query = e.expandUrl(u"https://api.example.com/x?u={{user}}"_s, values);
        QVERIFY(query.ok());
        QCOMPARE(query.value(), u"https://api.example.com/x?u=a%2Fb%3Fc%23d%40e%20f"_s);
    }

    void loopbackTemplates()
    {
        const TemplateExpander e({variable(u"port"_s, u"^[0-9]{1,5}$"_s)}, {});
        const Result<QString> v6 = e.expandUrl(u"http://[::1]:{{port}}/cb"_s, {{u"port"_s, u"8080"_s}});
        QVERIFY2(v6.ok(), qPrintable(v6.error().detail));
        QCOMPARE(v6.value(), u"http://[::1]:8080/cb"_s);
        const Result<QString> v4 = e.expandUrl(u"http://127.0.0.1:{{port}}/cb"_s, {{u"port"_s, u"8080"_s}});
        QVERIFY(v4.ok());
        QCOMPARE(v4.value(), u"http://127.0.0.1:8080/cb"_s);
    }

    void validatesAgainstPattern()
    {
        const Result<QString> bad
            = strictExpander().expandUrl(u"https://{{subdomain}}.zendesk.com"_s, {{u"subdomain"_s, u"Not Valid"_s}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, u"invalid_variable"_s);
        QVERIFY(bad.error().message.contains(u"subdomain label"_s));
        QVERIFY(bad.error().detail.contains(u"^[a-z0-9]"_s));
        // The pattern is anchored even where the file's pattern would match a part.
        const TemplateExpander loose({variable(u"x"_s, u"[a-z]+"_s)}, {});
        QVERIFY(!loose.resolveValues({{u"x"_s, u"abc/def"_s}}).ok());
        QVERIFY(loose.resolveValues({{u"x"_s, u"abc"_s}}).ok());
    }

    void missingAndDefaults()
    {
        const Result<QString> missing = strictExpander().expandUrl(u"https://{{subdomain}}.zendesk.com"_s, {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"missing_variable"_s);
        QVERIFY(missing.error().message.contains(u"subdomain label"_s));

        const Integration microsoft = builtin(u"microsoft"_s);
        const TemplateExpander e(microsoft);
        const Result<QString> common = e.expandUrl(microsoft.oauth.tokenUrl, {});
        QVERIFY2(common.ok(), qPrintable(common.error().detail));
        QCOMPARE(common.value(), u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s);
        const Result<QString> tenant = e.expandUrl(microsoft.oauth.tokenUrl, {{u"tenant"_s, u"contoso.onmicrosoft.com"_s}});
        QVERIFY(tenant.ok());
        QCOMPARE(tenant.value(), u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s);
        QVERIFY(!e.expandUrl(microsoft.oauth.tokenUrl, {{u"tenant"_s, u"evil.com/x"_s}}).ok());
    }

    void optionalVariables()
    {
        const Integration auth0 = builtin(u"auth0"_s);
        const TemplateExpander e(auth0);
        const QVariantMap noAudience {{u"domain"_s, u"acme.us.auth0.com"_s}};
        const Result<OAuthSettings> without = e.expandOAuth(auth0.oauth, noAudience);
        QVERIFY2(without.ok(), qPrintable(without.error().detail));
        QVERIFY(!without.value().authorizationParams.contains(u"audience"_s));
        QVERIFY(!without.value().clientCredentialsTokenParams.contains(u"audience"_s));
        QCOMPARE(without.value().issuer, u"https://acme.us.auth0.com/"_s);
        QCOMPARE(without.value().tokenUrl, u"https://acme.us.auth0.com/oauth/token"_s);

        QVariantMap withAudience = noAudience;
        withAudience.insert(u"audience"_s, u"https://api.example.com"_s);
        const Result<OAuthSettings> with = e.expandOAuth(auth0.oauth, withAudience);
        QVERIFY(with.ok());
        QCOMPARE(with.value().authorizationParams.value(u"audience"_s), u"https://api.example.com"_s);
        QCOMPARE(with.value().clientCredentialsTokenParams.value(u"audience"_s), u"https://api.example.com"_s);

        // Generic OAuth 2.0: endpoints left empty are absent, so discovery from the issuer can fill them.
        const Integration generic = builtin(u"oauth2"_s);
        const Result<OAuthSettings> discovered
            = TemplateExpander(generic).expandOAuth(generic.oauth, {{u"issuer"_s, u"https://auth.example.com"_s}});
        QVERIFY2(discovered.ok(), qPrintable(discovered.error().detail));
        QVERIFY(discovered.value().tokenUrl.isEmpty());
        QVERIFY(discovered.value().authorizationUrl.isEmpty());
        QCOMPARE(discovered.value().issuer, u"https://auth.example.com"_s);
        QVERIFY(discovered.value().needsDiscovery());
    }

    void responseValues()
    {
        const Integration salesforce = builtin(u"salesforce"_s);
        const TemplateExpander e(salesforce);
        const Result<ApiSettings> before = e.expandApi(salesforce.api, {});
        QVERIFY(!before.ok());
        QCOMPARE(before.error().code, u"missing_value"_s);
        const Result<ApiSettings> api = e.expandApi(salesforce.api, {{u"instance_url"_s, u"https://acme.my.salesforce.com"_s}});
        QVERIFY2(api.ok(), qPrintable(api.error().detail));
        QCOMPARE(api.value().baseUrl, u"https://acme.my.salesforce.com"_s);
        QCOMPARE(api.value().whoamiUrl, u"https://acme.my.salesforce.com/services/oauth2/userinfo"_s);
        QVERIFY(!e.expandApi(salesforce.api, {{u"instance_url"_s, u"https://evil.com@acme.my.salesforce.com"_s}}).ok());
        const Result<OAuthSettings> oauth = e.expandOAuth(salesforce.oauth, {{u"login_host"_s, u"test.salesforce.com"_s}});
        QVERIFY(oauth.ok());
        QCOMPARE(oauth.value().tokenUrl, u"https://test.salesforce.com/services/oauth2/token"_s);
        QCOMPARE(oauth.value().assertionAudience, u"https://test.salesforce.com"_s);
    }

    void unknownTemplate()
    {
        const Result<QString> r = strictExpander().expandUrl(u"https://{{tenant}}.example.com"_s, {{u"subdomain"_s, u"a"_s}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"unknown_template"_s);
    }

    void params()
    {
        const TemplateExpander e({variable(u"region"_s, u"^(eu|us)$"_s, u"eu"_s), variable(u"aud"_s, u"^.+$"_s, {}, true)}, {});
        const Result<QMap<QString, QString>> p
            = e.expandParams({{u"region"_s, u"{{region}}"_s}, {u"audience"_s, u"{{aud}}"_s}, {u"prompt"_s, u"consent"_s}}, {});
        QVERIFY2(p.ok(), qPrintable(p.error().detail));
        QCOMPARE(p.value().value(u"region"_s), u"eu"_s);
        QVERIFY(!p.value().contains(u"audience"_s));
        QCOMPARE(p.value().value(u"prompt"_s), u"consent"_s);
        QVERIFY(!e.expandParams({{u"region"_s, u"{{region}}"_s}}, {{u"region"_s, u"asia"_s}}).ok());
    }

    void setupText()
    {
        const Integration zendesk = builtin(u"zendesk"_s);
        const TemplateExpander e(zendesk);
        QCOMPARE(e.expandSetupText(u"Add {{redirect_uri}} to {{subdomain}} ({{unknown}})."_s, {{u"subdomain"_s, u"acme"_s}},
                     u"http://127.0.0.1:5000/callback"_s),
            u"Add http://127.0.0.1:5000/callback to acme ({{unknown}})."_s);
    }

    void templateNames()
    {
        QCOMPARE(TemplateExpander::templateNames(u"{{a}}/{{b}}/{{a}}{{ c }}"_s), QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(TemplateExpander::templateNames(u"https://example.com/{x}"_s).isEmpty());
    }

    void checkUrlTemplate_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << u"https://example.com/a"_s << true;
        QTest::newRow("host template") << u"https://{{x}}.example.com/a"_s << true;
        QTest::newRow("whole template") << u"{{x}}/a"_s << true;
        QTest::newRow("loopback v4") << u"http://127.0.0.1:8080/a"_s << true;
        QTest::newRow("loopback v6") << u"http://[::1]/a"_s << true;
        QTest::newRow("localhost") << u"http://localhost:3000"_s << true;
        // The same loopback rule as every request's (http/LoopbackHost): all of 127.0.0.0/8, never a name under localhost.
        QTest::newRow("loopback v4 other") << u"http://127.0.0.2:8080/a"_s << true;
        QTest::newRow("localhost suffix") << u"http://localhost.example.com/a"_s << false;
        QTest::newRow("http") << u"http://example.com"_s << false;
        QTest::newRow("http template host") << u"http://{{x}}.example.com"_s << false;
        QTest::newRow("userinfo") << u"https://u:p@example.com"_s << false;
        QTest::newRow("no scheme") << u"example.com/a"_s << false;
        QTest::newRow("data") << u"data:text/html,hi"_s << false;
        QTest::newRow("space") << u"https://example.com/a b"_s << false;
    }

    void checkUrlTemplate()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(TemplateExpander::checkUrlTemplate(url).isNull(), ok);
    }

    void checkUrlRefusesWithCodeAndReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecureHttp");
        QTest::addColumn<QString>("code"); // empty: the URL may be used
        QTest::newRow("https") << u"https://example.com/a"_s << false << QString();
        QTest::newRow("loopback http") << u"http://127.0.0.1:8080/a"_s << false << QString();
        QTest::newRow("http with the exception") << u"http://lab.example/a"_s << true << QString();
        QTest::newRow("http") << u"http://example.com"_s << false << u"insecure_url"_s;
        QTest::newRow("ftp even with the exception") << u"ftp://example.com"_s << true << u"insecure_url"_s;
        QTest::newRow("relative") << u"/a/b"_s << false << u"invalid_url"_s;
        QTest::newRow("no host") << u"https:///a"_s << false << u"invalid_url"_s;
        QTest::newRow("userinfo") << u"https://u:p@example.com"_s << false << u"invalid_url"_s;
    }

    void checkUrlRefusesWithCodeAndReason()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecureHttp);
        QFETCH(QString, code);
        const Error error = TemplateExpander::checkUrl(url, allowInsecureHttp);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message.isEmpty(), code.isEmpty());
        QCOMPARE(error.detail.isEmpty(), code.isEmpty()); // the reason Discovery and the loader pass on
    }
};

QTEST_GUILESS_MAIN(TestTemplateExpander)
#include "TestTemplateExpander.moc"
