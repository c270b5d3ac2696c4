// Runs tests/peers/validate-catalog.mjs: every integration file against schema.json with ajv (JSON Schema
// 2020-12), so the schema, the data and the C++ loader cannot drift apart unnoticed. Skipped where Node.js or
// the peers' node_modules (npm ci in tests/peers) are missing.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCatalogSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileMatchesTheSchema()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            QSKIP("node is not installed");
        const QString peers = QStringLiteral(KEYWAY_PEERS_DIR);
        if (!QFileInfo::exists(peers + u"/node_modules/ajv/package.json"_s)
            || !QFileInfo::exists(peers + u"/node_modules/ajv-formats/package.json"_s))
            QSKIP("run npm ci in tests/peers first");
        QProcess process;
        process.setWorkingDirectory(peers);
        process.start(node, {peers + u"/validate-catalog.mjs"_s, QStringLiteral(KEYWAY_SOURCE_DIR)});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
        QVERIFY(output.contains("integration files valid"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogSchema)
#include "TestCatalogSchema.moc"
