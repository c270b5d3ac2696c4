// Issue 14, "done means": the redirect URI each provider accepts, honoured exactly. Against oidc-provider
// (tests/peers/oidc-server.mjs) with `keyway-exact`, a client whose redirect URI is compared exactly, port
// included, and `keyway-scheme`, whose redirect is Keyway's private-use scheme; through the `keyway` command line
// with the scripted browser, as a user's script would run it.
//  - connect --redirect-uri http://127.0.0.1:PORT/callback: Keyway listens exactly there, and reconnect keeps it;
//  - that port held by another process: a clear error naming the port and --redirect-uri within seconds;
//  - a redirect the provider refused: the time-out says what usually causes it and which URI Keyway used;
//  - io.keyway.app:/oauth2redirect: the browser hands it to the desktop, which runs the Exec line of
//    packaging/linux/io.keyway.Keyway.RedirectHandler.desktop, and the connect completes;
//  - an integration whose provider accepts no desktop redirect: connect says what works instead and no browser opens;
//  - integrations show: the exact redirect_uri to register, as a top-level JSON string;
//  - disconnect whose revocation failed: says the token may stay valid, and is not listed as revoked.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

// The Exec line of the desktop entry that registers x-scheme-handler/io.keyway.app, with the installed name of
// the program replaced by the one just built: exactly what a desktop would run.
QString desktopHandlerExec()
{
    QFile file(QStringLiteral(KEYWAY_SOURCE_DIR "/packaging/linux/io.keyway.Keyway.RedirectHandler.desktop"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    if (!text.contains(u"\nMimeType=x-scheme-handler/io.keyway.app;"_s))
        return {};
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"Exec=keyway "_s))
            return u"\"%1\" %2"_s.arg(QStringLiteral(KEYWAY_EXECUTABLE), line.mid(12));
    }
    return {};
}

} // namespace

class TestRedirectUri : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    quint16 m_exactPort = 0;
    QString m_exactUri;
    QTemporaryDir m_files;

    test::KeywayRun keyway(const QStringList &args, const QList<QPair<QString, QString>> &extra = {}, int timeoutMs = 90000)
    {
        QList<QPair<QString, QString>> env {{u"KEYWAY_BROWSER"_s, test::scriptedBrowserCommand()}};
        env += extra;
        return test::runKeyway(args, {}, env, timeoutMs);
    }

    QStringList connectArgs(const QString &clientId, const QString &redirectUri = {})
    {
        QStringList args {u"connect"_s, u"--issuer"_s, m_peer.issuer(), u"--client-id"_s, clientId, u"--scope"_s,
            u"openid email offline_access"_s};
        if (!redirectUri.isEmpty())
            args << u"--redirect-uri"_s << redirectUri;
        return args;
    }

    QString importFile(const QString &id, const QJsonObject &redirect)
    {
        QJsonObject doc {{u"id"_s, id}, {u"name"_s, u"Redirect test %1"_s.arg(id)}, {u"category"_s, u"generic"_s},
            {u"description"_s, u"A provider with a particular redirect rule."_s}, {u"icon"_s, u"oauth2.svg"_s},
            {u"docs"_s, u"https://www.rfc-editor.org/rfc/rfc8252"_s},
            {u"auth_modes"_s, QJsonArray {u"oauth2_authorization_code"_s}},
            {u"oauth"_s,
                QJsonObject {{u"issuer"_s, m_peer.issuer()}, {u"scopes"_s, QJsonArray {u"openid"_s}}, {u"openid"_s, true},
                    {u"redirect"_s, redirect}}},
            {u"setup"_s,
                QJsonObject {{u"console_url"_s, u"https://console.example.com/apps"_s},
                    {u"steps"_s, QJsonArray {u"Add {{redirect_uri}} as the redirect URI."_s}}}}};
        const QString path = m_files.filePath(id + u".json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(doc).toJson());
        return path;
    }

private slots:
    void initTestCase()
    {
        if (test::nodeProgram().isEmpty())
            QFAIL("node is needed for the peers");
        test::resetTestHome();
        m_exactPort = freePort();
        QVERIFY(m_exactPort != 0);
        m_exactUri = u"http://127.0.0.1:%1/callback"_s.arg(m_exactPort);
        const QString error = m_peer.start(u"oidc-server.mjs"_s, {u"--port"_s, u"0"_s, u"--exact-redirect-uri"_s, m_exactUri});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_peer.stop(); }

    void exactRedirectUriConnectsAndReconnects()
    {
        const test::KeywayRun connect = keyway(connectArgs(u"keyway-exact"_s, m_exactUri));
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        QVERIFY(!id.isEmpty());

        // The connection keeps the redirect URI: reconnecting without naming it again still matches exactly.
        const test::KeywayRun again = keyway({u"connect"_s, u"--reconnect"_s, id});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(QString::fromUtf8(again.out).trimmed(), id);

        const test::KeywayRun inspect = keyway({u"inspect"_s, id, u"--json"_s});
        QVERIFY2(inspect.code == 0, qPrintable(inspect.err));
        QVERIFY2(inspect.out.contains(m_exactUri.toUtf8()), inspect.out.constData());
    }

    void portHeldByAnotherProcessFailsAtOnce()
    {
        QProcess holder;
        holder.start(test::nodeProgram(),
            {u"-e"_s,
                u"require('net').createServer().listen(%1, '127.0.0.1', () => console.log('ready')); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));"_s
                    .arg(m_exactPort)});
        QVERIFY(holder.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(holder.canReadLine(), 20000);
        QElapsedTimer timer;
        timer.start();
        const test::KeywayRun run = keyway(connectArgs(u"keyway-exact"_s, m_exactUri), {}, 30000);
        const qint64 elapsed = timer.elapsed();
        holder.closeWriteChannel();
        holder.waitForFinished(5000);
        QCOMPARE(run.code, 1);
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(run.err.contains(u"Port %1 is already in use"_s.arg(m_exactPort)), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--redirect-uri"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"Opening your browser"_s), qPrintable(run.err));
    }

    // The provider refuses a redirect URI that is not registered exactly (here: any port, for a client that
    // registered a fixed one), so the browser never comes back. The time-out says why that usually is.
    void browserThatNeverComesBackSaysWhy()
    {
        const test::KeywayRun run = keyway(connectArgs(u"keyway-exact"_s) << u"--timeout"_s << u"4"_s);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"must be registered there exactly as http://127.0.0.1/callback"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"client ID keyway-exact"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(QRegularExpression(u"Keyway waited at http://127\\.0\\.0\\.1:[0-9]+/callback"_s)),
            qPrintable(run.err));
    }

    void privateUseSchemeThroughTheDesktopHandler_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("approve") << u"approve"_s;
        // Stray app redirects (no state, another state) reach no sign-in; the real one still completes.
        QTest::newRow("stray responses first") << u"stray-first"_s;
    }

    void privateUseSchemeThroughTheDesktopHandler()
    {
        QFETCH(QString, mode);
        const QString exec = desktopHandlerExec();
        QVERIFY2(!exec.isEmpty(), "the redirect handler's desktop entry has no Exec=keyway ... line for io.keyway.app");
        const test::KeywayRun run = keyway(connectArgs(u"keyway-scheme"_s, u"io.keyway.app:/oauth2redirect"_s),
            {{u"KEYWAY_TEST_SCHEME_HANDLER"_s, exec}, {u"KEYWAY_TEST_BROWSER_MODE"_s, mode}});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString id = QString::fromUtf8(run.out).trimmed();
        const test::KeywayRun token = keyway({u"token"_s, id});
        QCOMPARE(token.code, 0);
        QVERIFY(!token.out.trimmed().isEmpty());
    }

    void noDesktopRedirectSaysWhatWorksInstead()
    {
        const QString file = importFile(u"no-desktop"_s,
            QJsonObject {{u"loopback"_s, u"none"_s}, {u"alternative"_s, u"Use the provider's API tokens page instead."_s}});
        QCOMPARE(keyway({u"integrations"_s, u"import"_s, file}).code, 0);
        const QString record = m_files.filePath(u"browser-urls.txt"_s);
        const test::KeywayRun run = keyway({u"connect"_s, u"no-desktop"_s, u"--client-id"_s, u"keyway-native"_s},
            {{u"KEYWAY_TEST_BROWSER_MODE"_s, u"record"_s}, {u"KEYWAY_TEST_BROWSER_RECORD"_s, record}}, 30000);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"does not allow desktop redirects"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Use the provider's API tokens page instead."_s), qPrintable(run.err));
        QVERIFY2(!QFile::exists(record), "a browser was opened");

        const test::KeywayRun show = keyway({u"integrations"_s, u"show"_s, u"no-desktop"_s, u"--json"_s});
        QCOMPARE(show.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(show.out).object();
        QVERIFY(json.value(u"redirect_uri"_s).isNull());
        QCOMPARE(json.value(u"redirect_matching"_s).toString(), u"none"_s);
        QVERIFY(json.value(u"redirect_note"_s).toString().contains(u"API tokens page"_s));
    }

    void integrationsShowGivesTheExactRedirectUri()
    {
        const QString file = importFile(u"exact-port"_s,
            QJsonObject {
                {u"loopback"_s, u"exact"_s}, {u"host"_s, u"localhost"_s}, {u"port"_s, 27499}, {u"path"_s, u"/oauth/cb"_s}});
        QCOMPARE(keyway({u"integrations"_s, u"import"_s, file}).code, 0);
        const test::KeywayRun show = keyway({u"integrations"_s, u"show"_s, u"exact-port"_s, u"--json"_s});
        QVERIFY2(show.code == 0, qPrintable(show.err));
        const QJsonObject json = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(json.value(u"redirect_uri"_s).toString(), u"http://localhost:27499/oauth/cb"_s);
        QCOMPARE(json.value(u"redirect_matching"_s).toString(), u"exact"_s);
        QCOMPARE(json.value(u"console_url"_s).toString(), u"https://console.example.com/apps"_s);
        QCOMPARE(json.value(u"client_types"_s).toArray(), QJsonArray {u"confidential"_s});
        QCOMPARE(
            json.value(u"setup_steps"_s).toArray(), QJsonArray {u"Add http://localhost:27499/oauth/cb as the redirect URI."_s});

        // A built-in whose provider ignores the port: registered without one.
        const test::KeywayRun sandbox = keyway({u"integrations"_s, u"show"_s, u"keyway-sandbox"_s, u"--json"_s});
        QCOMPARE(
            QJsonDocument::fromJson(sandbox.out).object().value(u"redirect_uri"_s).toString(), u"http://127.0.0.1/callback"_s);
        const test::KeywayRun text = keyway({u"integrations"_s, u"show"_s, u"exact-port"_s});
        QVERIFY2(text.out.contains("Redirect URI to register: http://localhost:27499/oauth/cb"), text.out.constData());
        QCOMPARE(keyway({u"integrations"_s, u"show"_s, u"no-such-thing"_s}).code, 1);
    }

    // integrations add --redirect-uri: the custom integration keeps the exact redirect, so connecting needs no
    // --redirect-uri, and show prints it.
    void addedIntegrationKeepsItsRedirectUri()
    {
        const test::KeywayRun add = keyway({u"integrations"_s, u"add"_s, u"--issuer"_s, m_peer.issuer(), u"--id"_s,
            u"exact-idp"_s, u"--redirect-uri"_s, m_exactUri});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const test::KeywayRun show = keyway({u"integrations"_s, u"show"_s, u"exact-idp"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(show.out).object().value(u"redirect_uri"_s).toString(), m_exactUri);
        const test::KeywayRun connect = keyway({u"connect"_s, u"exact-idp"_s, u"--client-id"_s, u"keyway-exact"_s});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        QCOMPARE(keyway({u"integrations"_s, u"add"_s, u"--issuer"_s, m_peer.issuer(), u"--id"_s, u"bad-redirect"_s,
                            u"--redirect-uri"_s, u"https://example.com/cb"_s})
                     .code,
            1);
    }

    // Last: stops the provider. A disconnect whose revocation fails says what is true, and the connection is not
    // called revoked.
    void failedRevocationIsNotCalledRevoked()
    {
        const test::KeywayRun connect = keyway(connectArgs(u"keyway-native"_s));
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        m_peer.stop();
        const test::KeywayRun disconnect = keyway({u"disconnect"_s, id});
        QCOMPARE(disconnect.code, 1);
        QVERIFY2(disconnect.err.contains(u"local secrets were deleted"_s), qPrintable(disconnect.err));
        QVERIFY2(disconnect.err.contains(u"may stay valid there until it expires"_s), qPrintable(disconnect.err));
        const test::KeywayRun list = keyway({u"connections"_s});
        const QString line = QString::fromUtf8(list.out).split(u'\n').filter(id.left(8)).value(0);
        QVERIFY2(line.contains(u"disconnected, not revoked"_s), qPrintable(line));
        const test::KeywayRun json = keyway({u"connections"_s, u"--json"_s});
        for (const QJsonValue &c : QJsonDocument::fromJson(json.out).array())
            if (c.toObject().value(u"id"_s).toString() == id)
                QCOMPARE(c.toObject().value(u"revoked_at_provider"_s).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(TestRedirectUri)
#include "TestRedirectUri.moc"
