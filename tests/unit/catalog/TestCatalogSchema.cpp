// Runs tests/peers/validate-catalog.mjs: every integration file against schema.json with ajv (JSON Schema
// 2020-12), so the schema, the data and the C++ loader cannot drift apart unnoticed. Skipped where Node.js or
// the peers' node_modules (npm ci in tests/peers) are missing. The schema's own rules for allow_insecure_http
// (issue 9) are checked the same way, on small files in a scratch copy of the resources folder.
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

private:
    static QJsonObject labDocument(const QJsonObject &oauth)
    {
        return {{u"id"_s, u"lab"_s}, {u"name"_s, u"Lab"_s}, {u"category"_s, u"generic"_s},
            {u"description"_s, u"A test server."_s}, {u"icon"_s, u"oauth2.svg"_s},
            {u"docs"_s, u"https://www.rfc-editor.org/rfc/rfc6749"_s},
            {u"auth_modes"_s, QJsonArray {u"oauth2_client_credentials"_s}}, {u"oauth"_s, oauth}};
    }

    // Validates `doc` as resources/integrations/lab.json in a scratch copy of the resources folder.
    static void validateLab(const QJsonObject &doc, bool valid)
    {
        QTemporaryDir root;
        const QString source = QStringLiteral(KEYWAY_SOURCE_DIR "/resources/");
        QVERIFY(QDir(root.path()).mkpath(u"resources/integrations"_s));
        QVERIFY(QDir(root.path()).mkpath(u"resources/icons/integrations"_s));
        for (const char *file : {"integrations/schema.json", "unified-scopes.json", "icons/integrations/oauth2.svg"})
            QVERIFY(QFile::copy(source + QLatin1String(file), root.filePath(u"resources/"_s + QLatin1String(file))));
        QFile out(root.filePath(u"resources/integrations/lab.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();

        int code = -1;
        QByteArray output;
        if (!validate(root.path(), &code, &output))
            QSKIP("node or the peers' node_modules are missing (run npm ci in tests/peers)");
        QVERIFY2((code == 0) == valid, output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCatalogSchema)
#include "TestCatalogSchema.moc"
