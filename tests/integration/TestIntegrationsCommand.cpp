// Issue 4's "done means" for the catalogue, through the binary: `keyway integrations --json` lists 80+ entries,
// with enough of each kind of auth (≥ 50 authorization code, ≥ 8 client credentials, ≥ 15 API key or Basic),
// every entry backed by a built-in file that the C++ loader reads cleanly and whose icon exists. (Every file is
// also checked against schema.json with ajv by tests/unit/catalog/TestCatalogSchema.cpp.)
#include "KeywayRun.h"
#include "TestSupport.h"
#include "catalog/IntegrationLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace keyway;

class TestIntegrationsCommand : public QObject
{
    Q_OBJECT

private:
    using Run = test::KeywayRun;
    static Run keyway(const QStringList &args) { return test::runKeyway(args, {}, {}, 60000); }
    static QString resourcesDir() { return QStringLiteral(KEYWAY_SOURCE_DIR "/resources"); }

    QJsonArray m_list;
    QHash<QString, QJsonObject> m_byId;

private slots:
    void initTestCase()
    {
        test::resetTestHome(); // no custom integrations: the built-in catalogue alone
        const Run run = keyway({QStringLiteral("integrations"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no file was skipped
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(), qPrintable(error.errorString()));
        m_list = doc.array();
        for (const QJsonValue &v : std::as_const(m_list))
            m_byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    }

    void listsEightyOrMore()
    {
        QVERIFY2(m_list.size() >= 80, qPrintable(QString::number(m_list.size())));
        QSet<QString> ids;
        for (const QJsonValue &v : std::as_const(m_list)) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("category")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("docs")).toString().startsWith(QLatin1String("https://")));
            QVERIFY(!o.value(QStringLiteral("auth_modes")).toArray().isEmpty());
            QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("builtin"));
            QCOMPARE(o.value(QStringLiteral("overrides_builtin")).toBool(), false);
        }
        // The sandbox comes first: what a new user can try without any account.
        QCOMPARE(m_list.first().toObject().value(QStringLiteral("category")).toString(), QStringLiteral("sandbox"));
    }

    void enoughOfEachMode()
    {
        int authorizationCode = 0;
        int clientCredentials = 0;
        int keyOrBasic = 0;
        for (const QJsonValue &v : std::as_const(m_list)) {
            QStringList modes;
            for (const QJsonValue &m : v.toObject().value(QStringLiteral("auth_modes")).toArray())
                modes << m.toString();
            authorizationCode += modes.contains(QStringLiteral("oauth2_authorization_code"));
            clientCredentials += modes.contains(QStringLiteral("oauth2_client_credentials"));
            keyOrBasic += modes.contains(QStringLiteral("api_key")) || modes.contains(QStringLiteral("basic"));
        }
        QVERIFY2(authorizationCode >= 50, qPrintable(QString::number(authorizationCode)));
        QVERIFY2(clientCredentials >= 8, qPrintable(QString::number(clientCredentials)));
        QVERIFY2(keyOrBasic >= 15, qPrintable(QString::number(keyOrBasic)));
    }

    void everyEntryIsAValidFileWithAnIcon()
    {
        const QDir files(resourcesDir() + QStringLiteral("/integrations"));
        QStringList onDisk = files.entryList({QStringLiteral("*.json")}, QDir::Files);
        onDisk.removeAll(QStringLiteral("schema.json"));
        QCOMPARE(m_list.size(), onDisk.size()); // every file is listed, none skipped
        for (const QJsonValue &v : std::as_const(m_list)) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            const Result<Integration> loaded = IntegrationLoader::loadFile(files.filePath(id + QStringLiteral(".json")));
            QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
            QCOMPARE(loaded.value().name, v.toObject().value(QStringLiteral("name")).toString());
            QCOMPARE(loaded.value().category, v.toObject().value(QStringLiteral("category")).toString());
            const QString icon = resourcesDir() + QStringLiteral("/icons/integrations/") + loaded.value().icon;
            QVERIFY2(QFileInfo(icon).isFile(), qPrintable(icon));
        }
    }

    void textListingAndCategories()
    {
        const Run text = keyway({QStringLiteral("integrations")});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.trimmed().split('\n').size(), m_list.size());

        const Run crm = keyway(
            {QStringLiteral("integrations"), QStringLiteral("--json"), QStringLiteral("--category"), QStringLiteral("crm")});
        QCOMPARE(crm.code, 0);
        const QJsonArray only = QJsonDocument::fromJson(crm.out).array();
        QVERIFY(!only.isEmpty());
        for (const QJsonValue &v : only)
            QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(), QStringLiteral("crm"));
    }

    // Issues 16 and 22: --search uses the window's matcher: names, ids, aliases and auth modes, exact and prefix
    // matches first, one typo forgiven; it combines with --category and --json.
    void searchRanksNamesFirstAndForgivesATypo()
    {
        const auto search = [](const QStringList &more) {
            const Run run = keyway(QStringList {QStringLiteral("integrations"), QStringLiteral("--json")} + more);
            QStringList ids;
            for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
                ids << v.toObject().value(QStringLiteral("id")).toString();
            return run.code == 0 ? ids : QStringList {QStringLiteral("exit %1: %2").arg(run.code).arg(run.err)};
        };
        QCOMPARE(search({QStringLiteral("--search"), QStringLiteral("github")}).value(0), QStringLiteral("github"));
        QCOMPARE(search({QStringLiteral("--search"), QStringLiteral("gihub")}).value(0), QStringLiteral("github"));
        QCOMPARE(
            search({QStringLiteral("--search"), QStringLiteral("OpenID Connect")}).value(0), QStringLiteral("openid-connect"));
        QCOMPARE(search({QStringLiteral("--search"), QStringLiteral("no such integration anywhere")}), QStringList());

        // By an alias: every integration whose aliases hold a name is found by it.
        for (const QJsonValue &v : std::as_const(m_list)) {
            const QJsonArray aliases = v.toObject().value(QStringLiteral("aliases")).toArray();
            if (aliases.isEmpty())
                continue;
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            const QStringList found = search({QStringLiteral("--search"), aliases.first().toString()});
            QVERIFY2(
                found.contains(id), qPrintable(id + QStringLiteral(" not found by its alias ") + aliases.first().toString()));
            break; // one is enough here; TestIntegrationSearch has the rules
        }

        // With a category: only that category, still best first.
        const QStringList crm
            = search({QStringLiteral("--search"), QStringLiteral("sales"), QStringLiteral("--category"), QStringLiteral("crm")});
        QVERIFY(!crm.isEmpty());
        for (const QString &id : crm)
            QCOMPARE(m_byId.value(id).value(QStringLiteral("category")).toString(), QStringLiteral("crm"));

        // The text listing searches the same way.
        const Run text = keyway({QStringLiteral("integrations"), QStringLiteral("--search"), QStringLiteral("gihub")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith("github "), text.out.constData());
    }

    void badUsageIsOneLine()
    {
        const Run unknown = keyway({QStringLiteral("integrations"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(unknown.err.trimmed().count(QLatin1Char('\n')), 0);
        const Run missing = keyway({QStringLiteral("integrations"), QStringLiteral("export"), QStringLiteral("github")});
        QCOMPARE(missing.code, 2);
        const Run nothing = keyway({QStringLiteral("integrations"), QStringLiteral("remove"), QStringLiteral("github")});
        QCOMPARE(nothing.code, 1); // a built-in one cannot be removed
        QCOMPARE(nothing.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationsCommand)
#include "TestIntegrationsCommand.moc"
