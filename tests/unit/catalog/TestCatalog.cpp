// Catalog: every built-in integration file loads without error and is usable (icon present, templates expand
// with the example values); custom files override built-in ones and are marked; a bad custom file is
// reported and skipped without losing the others; import and export round-trip.
#include "catalog/Catalog.h"
#include "catalog/IntegrationLoader.h"
#include "catalog/TemplateExpander.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject builtinDocument(const QString &id)
{
    return QJsonDocument::fromJson(readFile(u":/integrations/"_s + id + u".json"_s)).object();
}

QString errorsText(const Catalog &catalog)
{
    QStringList lines;
    for (const Error &e : catalog.errors())
        lines << e.detail;
    return lines.join(u'\n');
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinFilesLoadWithoutErrors()
    {
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(errorsText(catalog)));
        QVERIFY(catalog.all().size() >= 20);
        QVERIFY(!catalog.vocabulary().all().isEmpty());
        for (const char *id :
            {"google", "microsoft", "github", "gitlab", "slack", "hubspot", "salesforce", "notion", "dropbox", "box", "atlassian",
                "zoom", "xero", "quickbooks", "shopify", "zendesk", "okta", "auth0", "openid-connect", "oauth2"}) {
            const std::optional<Integration> in = catalog.find(QString::fromLatin1(id));
            QVERIFY2(in.has_value(), id);
            QVERIFY(in->builtin);
            QVERIFY(!in->overridesBuiltin);
            QCOMPARE(in->source, u":/integrations/"_s + QString::fromLatin1(id) + u".json"_s);
        }
        QVERIFY(!catalog.find(u"schema"_s).has_value());
        QVERIFY(!catalog.find(u"nope"_s).has_value());
    }

    void builtinFilesAreUsable()
    {
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        for (const Integration &in : catalog.all()) {
            QVERIFY2(!catalog.iconPath(in).isEmpty(), qPrintable(in.id + u": icon missing"_s));
            // Every URL expands with the example (or default) values and a plausible response value.
            QVariantMap values;
            for (const TemplateVariable &v : in.variables)
                values.insert(v.name, v.example.isEmpty() ? v.defaultValue : v.example);
            for (const QString &name : in.oauth.responseValues.keys())
                values.insert(name, u"https://example.test"_s);
            const TemplateExpander expander(in);
            const Result<OAuthSettings> oauth = expander.expandOAuth(in.oauth, values);
            QVERIFY2(oauth.ok(), qPrintable(in.id + u": "_s + oauth.error().detail));
            const Result<ApiSettings> api = expander.expandApi(in.api, values);
            QVERIFY2(api.ok(), qPrintable(in.id + u": "_s + api.error().detail));
            if (in.supports(AuthMode::AuthorizationCode))
                QVERIFY2(!oauth.value().authorizationUrl.isEmpty() || oauth.value().needsDiscovery(), qPrintable(in.id));
        }
    }

    // Issue 9: plain http beyond loopback is the user's opt-in, never something Keyway ships.
    void noBuiltinAllowsInsecureHttp()
    {
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        for (const Integration &in : catalog.all()) {
            QVERIFY2(!in.allowInsecureHttp(), qPrintable(in.id));
            QVERIFY2(!in.document.contains(u"allow_insecure_http"_s), qPrintable(in.id));
            QVERIFY2(in.insecureHttpHosts().isEmpty(), qPrintable(in.id));
        }
    }

    // OpenID Connect Core §3.1.3.7: an ID token is checked against the issuer and the provider's keys. Every
    // built-in OpenID integration names its issuer (Discovery's issuer check needs it too, OIDC Discovery §4.3)
    // and either its key set or a way to discover it.
    void openIdIntegrationsNameTheirIssuerAndKeys()
    {
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        for (const Integration &in : catalog.all()) {
            if (!in.oauth.openid)
                continue;
            QVERIFY2(!in.oauth.issuer.isEmpty(), qPrintable(in.id));
            QVERIFY2(!in.oauth.jwksUrl.isEmpty() || in.oauth.needsDiscovery(), qPrintable(in.id));
        }
    }

    // RFC 8252 §7.3: where a provider compares the redirect URI exactly, the user registers Keyway's fixed port
    // once. Each built-in integration has its own port in Keyway's range 27400-27699 (validate-catalog.mjs checks
    // the same on the files; keyway-catalog-check at build time), so two of them can be set up on one computer.
    void fixedRedirectPortsAreInRangeAndUnique()
    {
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        for (const Integration &in : catalog.all()) {
            if (in.oauth.redirectLoopback == LoopbackRedirect::Exact)
                QVERIFY2(in.oauth.redirectPort != 0, qPrintable(in.id));
        }
        const QStringList problems = Catalog::consistencyProblems(catalog.all());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void consistencyProblems_data()
    {
        QTest::addColumn<QList<int>>("ports"); // one integration each, named a, b, c...
        QTest::addColumn<QString>("expected"); // empty: no problem
        QTest::newRow("ephemeral") << QList<int> {0, 0} << QString();
        QTest::newRow("distinct, in range") << QList<int> {27400, 27699, 27500} << QString();
        QTest::newRow("below") << QList<int> {27399}
                               << u"a.json: oauth.redirect.port: 27399 is outside Keyway's range 27400-27699"_s;
        QTest::newRow("above") << QList<int> {8080} << u"a.json: oauth.redirect.port: 8080 is outside"_s;
        QTest::newRow("shared") << QList<int> {27401, 27402, 27401}
                                << u"c.json: oauth.redirect.port: 27401 is already used by a"_s;
    }
    void consistencyProblems()
    {
        QFETCH(QList<int>, ports);
        QFETCH(QString, expected);
        QList<Integration> list;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            Integration in;
            in.id = QString(QChar(u'a' + int(i)));
            in.oauth.redirectPort = quint16(ports.at(i));
            list << in;
        }
        const QStringList problems = Catalog::consistencyProblems(list);
        if (expected.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        else
            QVERIFY2(problems.size() == 1 && problems.first().startsWith(expected), qPrintable(problems.join(u'\n')));
    }

    // Built-in files compiled into Keyway are read without checks at every start (issue 22), since
    // keyway-catalog-check passed them at build time. The same checks pass here, and reading them checked gives the
    // same integration as the fast way.
    void builtinFilesPassEveryCheckAndReadTheSameUnchecked()
    {
        const QDir folder(Catalog::defaultBuiltinDir());
        QStringList files = folder.entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(files.size() >= 20);
        for (const QString &name : std::as_const(files)) {
            const QString path = folder.filePath(name);
            const Result<Integration> checked = IntegrationLoader::loadFile(path, IntegrationLoader::FileKind::Builtin);
            QVERIFY2(checked.ok(), qPrintable(checked.error().detail));
            const Result<Integration> fast = IntegrationLoader::loadFile(path, IntegrationLoader::FileKind::VerifiedBuiltin);
            QVERIFY2(fast.ok(), qPrintable(fast.error().detail));
            const Integration &a = checked.value();
            const Integration &b = fast.value();
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.authModes, a.authModes);
            QCOMPARE(b.aliases, a.aliases);
            QCOMPARE(b.sources.size(), a.sources.size());
            QCOMPARE(b.checked, a.checked);
            QCOMPARE(b.variables.size(), a.variables.size());
            QCOMPARE(b.oauth.authorizationUrl, a.oauth.authorizationUrl);
            QCOMPARE(b.oauth.tokenUrl, a.oauth.tokenUrl);
            QCOMPARE(b.oauth.issuer, a.oauth.issuer);
            QCOMPARE(b.oauth.scopes, a.oauth.scopes);
            QCOMPARE(b.oauth.clientAuth, a.oauth.clientAuth);
            QCOMPARE(b.oauth.authorizationParams, a.oauth.authorizationParams);
            QCOMPARE(b.oauth.redirectLoopback, a.oauth.redirectLoopback);
            QCOMPARE(b.oauth.redirectPort, a.oauth.redirectPort);
            QCOMPARE(b.oauth.clientTypes, a.oauth.clientTypes);
            QCOMPARE(b.oauth.refreshIdleLifetimeSeconds, a.oauth.refreshIdleLifetimeSeconds);
            QCOMPARE(b.api.baseUrl, a.api.baseUrl);
            QCOMPARE(b.api.headers, a.api.headers);
            QCOMPARE(b.api.auth.scheme, a.api.auth.scheme);
            QCOMPARE(b.unifiedScopes, a.unifiedScopes);
            QCOMPARE(b.setup.steps, a.setup.steps);
        }
    }

    // Only the files compiled into Keyway skip the checks: built-in files anywhere else are checked.
    void builtinFilesOutsideTheBinaryAreChecked()
    {
        QTemporaryDir dir;
        QJsonObject github = builtinDocument(u"github"_s);
        github[u"docs"_s] = u"http://docs.github.example/"_s;
        writeFile(dir.filePath(u"github.json"_s), QJsonDocument(github).toJson());
        const Catalog catalog(dir.path(), QString());
        QVERIFY(!catalog.find(u"github"_s));
        QVERIFY2(errorsText(catalog).contains(u"github.json: docs: expected an https URL"_s), qPrintable(errorsText(catalog)));
    }

    void sandboxComesFirst()
    {
        // A data rule: the "sandbox" category (the Keyway Sandbox, then its personalities) leads the list, by name;
        // everything else follows by name.
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        const QList<Integration> all = catalog.all();
        QVERIFY(all.size() > 2);
        QCOMPARE(all.first().category, u"sandbox"_s);
        QCOMPARE(all.first().id, u"keyway-sandbox"_s);
        qsizetype sandboxes = 0;
        while (sandboxes < all.size() && all.at(sandboxes).category == u"sandbox"_s)
            ++sandboxes;
        for (qsizetype i = sandboxes; i < all.size(); ++i)
            QVERIFY2(all.at(i).category != u"sandbox"_s, qPrintable(all.at(i).id));
        for (qsizetype i = 1; i < all.size(); ++i) {
            if (i == sandboxes)
                continue; // from the last sandbox to the first of the rest
            QVERIFY2(QString::compare(all.at(i - 1).name, all.at(i).name, Qt::CaseInsensitive) <= 0,
                qPrintable(all.at(i - 1).name + u" before "_s + all.at(i).name));
        }
    }

    void categories()
    {
        const Catalog catalog(Catalog::defaultBuiltinDir(), QString());
        const QStringList categories = catalog.categories();
        QVERIFY(categories.contains(u"identity"_s));
        QVERIFY(categories.contains(u"generic"_s));
        for (const QString &c : categories)
            QVERIFY(Integration::knownCategories().contains(c));
        // In the format's order, not alphabetical.
        QVERIFY(categories.indexOf(u"crm"_s) < categories.indexOf(u"identity"_s));
        for (const Integration &in : catalog.inCategory(u"identity"_s))
            QCOMPARE(in.category, u"identity"_s);
    }

    void customOverridesBuiltin()
    {
        QTemporaryDir dir;
        QJsonObject github = builtinDocument(u"github"_s);
        github[u"name"_s] = u"GitHub (custom)"_s;
        writeFile(dir.filePath(u"github.json"_s), QJsonDocument(github).toJson());
        const Catalog catalog(Catalog::defaultBuiltinDir(), dir.path());
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(errorsText(catalog)));
        const std::optional<Integration> in = catalog.find(u"github"_s);
        QVERIFY(in);
        QCOMPARE(in->name, u"GitHub (custom)"_s);
        QVERIFY(!in->builtin);
        QVERIFY(in->overridesBuiltin);
        QCOMPARE(in->source, dir.filePath(u"github.json"_s));
        QVERIFY(!catalog.iconPath(*in).isEmpty()); // falls back to the built-in icon
        QVERIFY(catalog.find(u"gitlab"_s)->builtin);
    }

    void badCustomFilesAreSkipped()
    {
        QTemporaryDir dir;
        QJsonObject acme = builtinDocument(u"github"_s);
        acme[u"id"_s] = u"acme"_s;
        acme[u"name"_s] = u"Acme"_s;
        writeFile(dir.filePath(u"acme.json"_s), QJsonDocument(acme).toJson());
        writeFile(dir.filePath(u"broken.json"_s), "{ \"id\": ");
        writeFile(dir.filePath(u"empty.json"_s), "");
        QJsonObject mismatch = acme;
        mismatch[u"id"_s] = u"other"_s;
        writeFile(dir.filePath(u"renamed.json"_s), QJsonDocument(mismatch).toJson());
        QJsonObject badScope = acme;
        badScope[u"id"_s] = u"badscope"_s;
        badScope[u"unified_scopes"_s] = QJsonObject {{u"crm_everything"_s, QJsonArray {u"x"_s}}};
        writeFile(dir.filePath(u"badscope.json"_s), QJsonDocument(badScope).toJson());
        QJsonObject badGithub = builtinDocument(u"github"_s);
        badGithub[u"category"_s] = u"nope"_s;
        writeFile(dir.filePath(u"github.json"_s), QJsonDocument(badGithub).toJson());
        writeFile(dir.filePath(u"notes.txt"_s), "not an integration");

        const Catalog catalog(Catalog::defaultBuiltinDir(), dir.path());
        const QString errors = errorsText(catalog);
        QCOMPARE(catalog.errors().size(), 5);
        QVERIFY2(errors.contains(u"broken.json: not valid JSON"_s), qPrintable(errors));
        QVERIFY(errors.contains(u"empty.json: the file is empty"_s));
        QVERIFY(errors.contains(u"renamed.json: id: \"other\" does not equal the file name"_s));
        QVERIFY(errors.contains(u"badscope.json: unified_scopes.crm_everything: not in Keyway's scope vocabulary"_s));
        QVERIFY(errors.contains(u"github.json: category"_s));
        for (const Error &e : catalog.errors()) {
            QCOMPARE(e.code, u"invalid_integration"_s);
            QVERIFY(!e.message.isEmpty());
        }
        QVERIFY(catalog.find(u"acme"_s).has_value());
        QVERIFY(!catalog.find(u"other"_s).has_value());
        // The broken override leaves the built-in GitHub in place.
        QVERIFY(catalog.find(u"github"_s)->builtin);
        QVERIFY(catalog.all().size() >= 21);
    }

    // Issue 27: constructing the catalogue reads no file (`keyway token` never needs one); the first question reads
    // them all, so a file written in between is there.
    void filesAreReadWhenFirstAskedNotWhenConstructed()
    {
        QTemporaryDir dir;
        const Catalog catalog(Catalog::defaultBuiltinDir(), dir.path());
        QJsonObject acme = builtinDocument(u"github"_s);
        acme[u"id"_s] = u"acme"_s;
        writeFile(dir.filePath(u"acme.json"_s), QJsonDocument(acme).toJson());
        QVERIFY(catalog.contains(u"acme"_s));
        QVERIFY(catalog.find(u"github"_s)->builtin);
        // Read once: a file written afterwards waits for reload().
        writeFile(dir.filePath(u"later.json"_s), "{ \"id\": ");
        QVERIFY(catalog.errors().isEmpty());
    }

    // Before the whole catalogue is read, find() reads only the files of the id it is given (git-credential asks for
    // its connections' integrations) and answers exactly as the whole catalogue does.
    void findBeforeTheWholeLoadAnswersTheSame_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("built-in") << u"gitlab"_s;
        QTest::newRow("custom") << u"acme"_s;
        QTest::newRow("custom over a built-in") << u"github"_s;
        QTest::newRow("broken custom over a built-in") << u"slack"_s;
        QTest::newRow("file named otherwise than its id") << u"renamed"_s;
        QTest::newRow("unknown") << u"no-such-integration"_s;
        QTest::newRow("path, not an id") << u"../custom/acme"_s;
    }

    void findBeforeTheWholeLoadAnswersTheSame()
    {
        QFETCH(QString, id);
        QTemporaryDir dir;
        QJsonObject acme = builtinDocument(u"github"_s);
        acme[u"id"_s] = u"acme"_s;
        writeFile(dir.filePath(u"acme.json"_s), QJsonDocument(acme).toJson());
        QJsonObject github = builtinDocument(u"github"_s);
        github[u"name"_s] = u"GitHub (custom)"_s;
        writeFile(dir.filePath(u"github.json"_s), QJsonDocument(github).toJson());
        writeFile(dir.filePath(u"slack.json"_s), "{ \"id\": ");
        QJsonObject renamed = acme;
        renamed[u"id"_s] = u"other"_s;
        writeFile(dir.filePath(u"renamed.json"_s), QJsonDocument(renamed).toJson());

        const Catalog whole(Catalog::defaultBuiltinDir(), dir.path());
        QVERIFY(!whole.all().isEmpty());
        const Catalog one(Catalog::defaultBuiltinDir(), dir.path());
        const std::optional<Integration> expected = whole.find(id);
        const std::optional<Integration> found = one.find(id);
        QCOMPARE(found.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(found->name, expected->name);
            QCOMPARE(found->source, expected->source);
            QCOMPARE(found->builtin, expected->builtin);
            QCOMPARE(found->overridesBuiltin, expected->overridesBuiltin);
            QCOMPARE(found->document, expected->document);
        }
        QCOMPARE(one.find(id).has_value(), expected.has_value()); // asked again: the same

        // Nothing else was read: a file written now is in the whole load that comes with the first other question.
        QJsonObject later = acme;
        later[u"id"_s] = u"later"_s;
        writeFile(dir.filePath(u"later.json"_s), QJsonDocument(later).toJson());
        QVERIFY(one.contains(u"later"_s));
        QCOMPARE(one.find(id).has_value(), expected.has_value());
    }

    void missingFoldersAreFine()
    {
        const Catalog catalog(u"/nonexistent/builtin"_s, u"/nonexistent/custom"_s);
        QVERIFY(catalog.all().isEmpty());
        QVERIFY(catalog.errors().isEmpty());
    }

    void importExportRoundTrip()
    {
        QTemporaryDir custom;
        QTemporaryDir outside;
        Catalog catalog(Catalog::defaultBuiltinDir(), custom.filePath(u"integrations"_s));
        QSignalSpy changed(&catalog, &Catalog::changed);

        const QString exported = outside.filePath(u"okta-export.json"_s);
        QVERIFY(catalog.exportIntegration(u"okta"_s, exported).isNull());
        QCOMPARE(QJsonDocument::fromJson(readFile(exported)).object(), builtinDocument(u"okta"_s));

        // Import under another id, with an icon beside the file.
        QJsonObject doc = QJsonDocument::fromJson(readFile(exported)).object();
        doc[u"id"_s] = u"okta-staging"_s;
        doc[u"name"_s] = u"Okta (staging)"_s;
        doc[u"icon"_s] = u"okta-staging.svg"_s;
        const QString source = outside.filePath(u"downloaded (1).json"_s);
        writeFile(source, QJsonDocument(doc).toJson());
        writeFile(outside.filePath(u"okta-staging.svg"_s), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        const Result<Integration> imported = catalog.importFile(source);
        QVERIFY2(imported.ok(), qPrintable(imported.error().detail));
        QCOMPARE(imported.value().id, u"okta-staging"_s);
        QVERIFY(!imported.value().builtin);
        QVERIFY(!imported.value().overridesBuiltin);
        QCOMPARE(imported.value().source, custom.filePath(u"integrations/okta-staging.json"_s));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(catalog.iconPath(imported.value()), custom.filePath(u"integrations/icons/okta-staging.svg"_s));

        // Export it again: the same document comes back.
        const QString again = outside.filePath(u"again.json"_s);
        QVERIFY(catalog.exportIntegration(u"okta-staging"_s, again).isNull());
        QCOMPARE(QJsonDocument::fromJson(readFile(again)).object(), doc);

        // A second import of the same id needs replace.
        const Result<Integration> twice = catalog.importFile(source);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, u"integration_exists"_s);
        QVERIFY(catalog.importFile(source, true).ok());

        // Importing a built-in id takes replace (issue 15.3), then overrides it and tells what changed; removing
        // the custom file brings the built-in back.
        const Result<Integration> unasked = catalog.importFile(exported);
        QVERIFY(!unasked.ok());
        QCOMPARE(unasked.error().code, u"overrides_builtin"_s);
        QVERIFY(catalog.find(u"okta"_s)->builtin);
        const Result<Integration> override = catalog.importFile(exported, true);
        QVERIFY2(override.ok(), qPrintable(override.error().detail));
        QVERIFY(override.value().overridesBuiltin);
        QVERIFY(catalog.overriddenBuiltin(u"okta"_s).has_value());
        QVERIFY(catalog.overriddenBuiltin(u"okta"_s)->builtin);
        QCOMPARE(override.value().changesFrom(*catalog.overriddenBuiltin(u"okta"_s)), QStringList());
        Integration moved = override.value();
        moved.oauth.tokenUrl = u"https://evil.example/token"_s;
        moved.api.origins = QStringList {u"https://evil.example"_s};
        QCOMPARE(moved.changesFrom(override.value()),
            QStringList({u"oauth.token_url: "_s + override.value().oauth.tokenUrl + u" → https://evil.example/token"_s,
                u"api.origins: (none) → https://evil.example"_s}));
        QVERIFY(catalog.removeCustom(u"okta"_s).isNull());
        QVERIFY(catalog.find(u"okta"_s)->builtin);
        QVERIFY(!catalog.removeCustom(u"okta"_s).isNull()); // built-in ones cannot be removed

        // A fresh catalogue over the same folder sees the imported file.
        const Catalog reloaded(Catalog::defaultBuiltinDir(), custom.filePath(u"integrations"_s));
        QVERIFY(reloaded.find(u"okta-staging"_s).has_value());
        QVERIFY(reloaded.errors().isEmpty());
    }

    void importRejectsBadFiles()
    {
        QTemporaryDir custom;
        QTemporaryDir outside;
        Catalog catalog(Catalog::defaultBuiltinDir(), custom.filePath(u"integrations"_s));
        const QString bad = outside.filePath(u"bad.json"_s);
        writeFile(bad, "{\"id\": \"bad\"}");
        const Result<Integration> r = catalog.importFile(bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"invalid_integration"_s);
        QVERIFY(r.error().message.contains(u"bad.json"_s));
        QVERIFY(!QFileInfo::exists(custom.filePath(u"integrations/bad.json"_s)));
        QVERIFY(!catalog.importFile(outside.filePath(u"missing.json"_s)).ok());
        QVERIFY(!catalog.exportIntegration(u"nope"_s, outside.filePath(u"x.json"_s)).isNull());
        const Error unwritable = catalog.exportIntegration(u"github"_s, u"/nonexistent/dir/x.json"_s);
        QCOMPARE(unwritable.code, u"export_failed"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
