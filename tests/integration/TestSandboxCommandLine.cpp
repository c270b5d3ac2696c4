// Issue 17, "done means": the Keyway Sandbox used from the command line the way a QA script uses it, one `keyway`
// process per step and no `keyway sandbox serve` running. Each process that needs the sandbox serves it from its
// store (sandbox.sqlite in this test's data folder) for as long as it runs; `keyway sandbox fault` changes the
// store with no server at all. Then `keyway sandbox serve` as a background service: it keeps serving with its
// standard input closed, sees faults switched from another process at once, and ends cleanly on SIGTERM.
// The first part needs the catalogue's fixed port 47231, as a user's script would: it is skipped when another
// program holds that port. So is `connect keyway-sandbox --dpop` (RFC 9449) connecting, refreshing and calling the API.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "core/RefreshPolicy.h"
#include "jose/PrivateKey.h"
#include "sandbox/SandboxPersonality.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint16 kCataloguePort = 47231; // resources/integrations/keyway-sandbox.json
constexpr quint16 kCatalogueTlsPort = 47232; // resources/integrations/keyway-sandbox-mtls.json

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

bool portFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), port);
}

// One GET on loopback, without a proxy: the status, 0 when nothing answered.
int statusOf(const QString &url)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT

private:
    test::KeywayRun keyway(const QStringList &args)
    {
        return test::runKeyway(args, {},
            {{u"KEYWAY_BROWSER"_s, test::scriptedBrowserCommand()}, {u"KEYWAY_TEST_BROWSER_MODE"_s, u"approve"_s},
                {u"KEYWAY_TEST_LOGIN"_s, u"qa"_s}},
            120000);
    }

    test::KeywayRun keyway(const QStringList &args, const QByteArray &input)
    {
        return test::runKeyway(args, input,
            {{u"KEYWAY_BROWSER"_s, test::scriptedBrowserCommand()}, {u"KEYWAY_TEST_BROWSER_MODE"_s, u"approve"_s},
                {u"KEYWAY_TEST_LOGIN"_s, u"qa"_s}},
            120000);
    }

    QString statusOfConnection(const QString &id)
    {
        const test::KeywayRun inspect = keyway({u"inspect"_s, id, u"--json"_s});
        return QJsonDocument::fromJson(inspect.out).object().value(u"connection"_s).toObject().value(u"status"_s).toString();
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        if (test::nodeProgram().isEmpty())
            QFAIL("node is needed for the scripted browser");
    }

    // Each line a separate process, as in a QA script; nothing serves the sandbox between them.
    void aScriptOfSeparateProcessesKeepsOneSandbox()
    {
        if (!portFree(kCataloguePort))
            QSKIP("127.0.0.1:47231 is held by another program; the sandbox from the catalogue needs it");

        const test::KeywayRun connect = keyway({u"connect"_s, u"keyway-sandbox"_s});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        QVERIFY(!id.isEmpty());
        QVERIFY(portFree(kCataloguePort)); // the process that served it has ended, and the sandbox with it

        // A new process: the tokens the last one was issued are still the sandbox's.
        test::KeywayRun request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QVERIFY2(QJsonDocument::fromJson(request.out).object().value(u"contacts"_s).isArray(), request.out.constData());

        // A fault switched with no sandbox running, in the store; the next process's sandbox applies it.
        const test::KeywayRun expire = keyway({u"sandbox"_s, u"fault"_s, u"expire-access-tokens"_s, u"on"_s});
        QVERIFY2(expire.code == 0, qPrintable(expire.err));
        QVERIFY(portFree(kCataloguePort));
        request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QVERIFY2(QJsonDocument::fromJson(request.out).object().value(u"contacts"_s).isArray(), request.out.constData());
        const test::KeywayRun log = keyway({u"sandbox"_s, u"log"_s, u"--json"_s});
        QVERIFY2(log.code == 0, qPrintable(log.err));
        QStringList lines;
        for (const QJsonValue &v : QJsonDocument::fromJson(log.out).array()) {
            const QJsonObject o = v.toObject();
            lines << u"%1 %2 %3"_s.arg(o.value(u"method"_s).toString(), o.value(u"path"_s).toString())
                         .arg(o.value(u"status"_s).toInt());
        }
        // The 401, the refresh, the retry: every process's requests are in the one log.
        QVERIFY2(lines.contains(u"GET /api/contacts 401"_s), qPrintable(lines.join(u", "_s)));
        QVERIFY2(lines.contains(u"POST /token 200"_s), qPrintable(lines.join(u", "_s)));

        // The refresh token revoked and the access token expired: the connection needs the user. (A 401 within
        // RefreshPolicy::kForcedCoalesceMs of another process's renewal takes that renewal's tokens instead of
        // refreshing again, so this step comes after that window, as a script's next step usually would.)
        QTest::qWait(int(RefreshPolicy::kForcedCoalesceMs) + 200);
        QCOMPARE(keyway({u"sandbox"_s, u"fault"_s, u"revoke-refresh-tokens"_s, u"on"_s}).code, 0);
        QCOMPARE(keyway({u"sandbox"_s, u"fault"_s, u"expire-access-tokens"_s, u"on"_s}).code, 0);
        request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code != 0, request.out.constData());
        QVERIFY2(statusOfConnection(id) == u"needs_reauthorization"_s, qPrintable(request.err));

        const test::KeywayRun reconnect = keyway({u"connect"_s, u"--reconnect"_s, id});
        QVERIFY2(reconnect.code == 0, qPrintable(reconnect.err));
        QCOMPARE(QString::fromUtf8(reconnect.out).trimmed(), id);
        QCOMPARE(statusOfConnection(id), u"connected"_s);
        request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code == 0, qPrintable(request.err));

        // A personality is one command too: its built-in entry, as shipped, reaches the same sandbox.
        const test::KeywayRun personality = keyway({u"connect"_s, u"keyway-sandbox-nested-tokens"_s});
        QVERIFY2(personality.code == 0, qPrintable(personality.err));
        request = keyway({u"request"_s, QString::fromUtf8(personality.out).trimmed(), u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QVERIFY2(QJsonDocument::fromJson(request.out).object().value(u"contacts"_s).isArray(), request.out.constData());

        // `sandbox reset` forgets the tokens: the next request cannot be answered with them.
        QCOMPARE(keyway({u"sandbox"_s, u"reset"_s}).code, 0);
        request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY(request.code != 0);
    }

    // Issue 20: mutual TLS against the sandbox as QA tries it. `keyway sandbox client-cert` writes a certificate and
    // its key owner-only (never over existing files) and registers it; the shipped entry then connects with it, the
    // API answers over the sandbox's TLS listener (whose certificate Keyway trusts for that origin only), and a
    // refresh is bound to the same certificate.
    void mutualTlsPersonalityFromTheCommandLine()
    {
        if (!portFree(kCataloguePort) || !portFree(kCatalogueTlsPort))
            QSKIP("127.0.0.1:47231 or 47232 is held by another program; the sandbox from the catalogue needs them");
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"certs"_s);
        const test::KeywayRun made = keyway({u"sandbox"_s, u"client-cert"_s, u"--out"_s, folder});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const QString certificate = folder + u"/keyway-sandbox-mtls.pem"_s;
        const QString key = folder + u"/keyway-sandbox-mtls-key.pem"_s;
        for (const QString &file : {certificate, key}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(QFile::permissions(file) & 0x0077, QFile::Permissions()); // nothing for group, others
        }
        QCOMPARE(keyway({u"sandbox"_s, u"client-cert"_s, u"--out"_s, folder}).code, 1);
        QCOMPARE(keyway({u"sandbox"_s, u"client-cert"_s}).code, 2);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));

        const test::KeywayRun connect
            = keyway({u"connect"_s, u"keyway-sandbox-mtls"_s, u"--client-id"_s, u"keyway-sandbox-mtls"_s, u"--client-cert"_s,
                         certificate, u"--client-key-stdin"_s},
                keyFile.readAll());
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        test::KeywayRun request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QVERIFY2(QJsonDocument::fromJson(request.out).object().value(u"contacts"_s).isArray(), request.out.constData());
        const test::KeywayRun refreshed = keyway({u"token"_s, id, u"--refresh"_s});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code == 0, qPrintable(request.err));
    }

    // `connect --dpop` on the plain sandbox entry, which does not ask for DPoP: the user's choice binds the tokens to
    // the connection's key (RFC 9449 §5, token_type DPoP), a later process refreshes them with a proof of that key and
    // calls the API with the DPoP scheme and a proof (§7.1).
    void connectWithDpopBindsTheSandboxTokens()
    {
        if (!portFree(kCataloguePort))
            QSKIP("127.0.0.1:47231 is held by another program; the sandbox from the catalogue needs it");
        QCOMPARE(keyway({u"sandbox"_s, u"reset"_s}).code, 0); // a log of this test's requests only

        const test::KeywayRun connect = keyway({u"connect"_s, u"keyway-sandbox"_s, u"--dpop"_s});
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        QVERIFY(!id.isEmpty());
        const test::KeywayRun first = keyway({u"token"_s, id, u"--format"_s, u"json"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject issued = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(issued.value(u"token_type"_s).toString(), u"DPoP"_s);

        const test::KeywayRun refreshed = keyway({u"token"_s, id, u"--refresh"_s, u"--format"_s, u"json"_s});
        QVERIFY2(refreshed.code == 0, qPrintable(refreshed.err));
        const QJsonObject renewed = QJsonDocument::fromJson(refreshed.out).object();
        QCOMPARE(renewed.value(u"token_type"_s).toString(), u"DPoP"_s);
        QVERIFY(renewed.value(u"access_token"_s).toString() != issued.value(u"access_token"_s).toString());

        const test::KeywayRun request = keyway({u"request"_s, id, u"GET"_s, u"/contacts"_s});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QVERIFY2(QJsonDocument::fromJson(request.out).object().value(u"contacts"_s).isArray(), request.out.constData());
        // Each step was taken at its first try: the refresh with a proof of the connection's key, the API call with
        // the DPoP scheme (a Bearer or unproven use of the bound token would be a 401).
        const test::KeywayRun log = keyway({u"sandbox"_s, u"log"_s, u"--json"_s});
        QVERIFY2(log.code == 0, qPrintable(log.err));
        QStringList lines;
        for (const QJsonValue &v : QJsonDocument::fromJson(log.out).array()) {
            const QJsonObject o = v.toObject();
            lines << u"%1 %2 %3"_s.arg(o.value(u"method"_s).toString(), o.value(u"path"_s).toString())
                         .arg(o.value(u"status"_s).toInt());
        }
        QVERIFY2(lines.contains(u"GET /api/contacts 200"_s), qPrintable(lines.join(u", "_s)));
        QVERIFY2(!lines.contains(u"GET /api/contacts 401"_s), qPrintable(lines.join(u", "_s)));
        QVERIFY2(!lines.contains(u"POST /token 400"_s), qPrintable(lines.join(u", "_s)));
    }

    // `keyway sandbox personalities` lists every personality with the entry to connect with, and needs no store.
    void personalitiesAreListed()
    {
        const test::KeywayRun list = keyway({u"sandbox"_s, u"personalities"_s, u"--json"_s});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QStringList listed;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"integration"_s).toString(), o.value(u"client_id"_s).toString());
            QVERIFY(!o.value(u"expected"_s).toString().isEmpty());
            listed << o.value(u"client_id"_s).toString();
        }
        QStringList expected;
        for (const SandboxPersonality &p : SandboxPersonality::personalities())
            expected << p.clientId;
        QCOMPARE(listed, expected);
        const test::KeywayRun text = keyway({u"sandbox"_s, u"personalities"_s});
        QVERIFY2(text.out.contains("keyway connect keyway-sandbox-exact-redirect"), text.out.constData());
    }

    // `keyway sandbox client-key` registers only the public part of a key, for a private_key_jwt client only.
    void clientKeyRegistersAPublicKey()
    {
        QTemporaryDir dir;
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        const QString pem = dir.filePath(u"key.pem"_s);
        const QString jwk = dir.filePath(u"key.jwk"_s);
        {
            QFile f(pem);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(key.value().toPem());
            QFile g(jwk);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(QJsonDocument(key.value().publicJwk()).toJson());
        }
        const QString port = QString::number(freePort());
        for (const QString &file : {pem, jwk}) {
            const test::KeywayRun added
                = keyway({u"sandbox"_s, u"client-key"_s, u"keyway-sandbox-private-key-jwt"_s, file, u"--port"_s, port});
            QVERIFY2(added.code == 0, qPrintable(added.err));
            QVERIFY2(added.out.contains(key.value().thumbprint().toUtf8()), added.out.constData());
        }
        QCOMPARE(keyway({u"sandbox"_s, u"client-key"_s, u"keyway-sandbox"_s, pem, u"--port"_s, port}).code, 2);
        QCOMPARE(
            keyway({u"sandbox"_s, u"client-key"_s, u"keyway-sandbox-private-key-jwt"_s, u"/nonexistent"_s, u"--port"_s, port})
                .code,
            1);
        QFile junk(dir.filePath(u"junk"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a key");
        junk.close();
        QCOMPARE(
            keyway({u"sandbox"_s, u"client-key"_s, u"keyway-sandbox-private-key-jwt"_s, junk.fileName(), u"--port"_s, port}).code,
            1);
    }

    // `keyway sandbox serve &` in a script: standard input closed, it serves until SIGTERM, and faults switched
    // from other processes apply to it at once.
    void serveRunsInTheBackgroundUntilSigterm()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        QProcess serve;
        serve.start(QStringLiteral(KEYWAY_EXECUTABLE), {u"sandbox"_s, u"serve"_s, u"--port"_s, QString::number(port)});
        serve.closeWriteChannel();
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() != QProcess::Running, 20000);
        const QJsonObject listening = QJsonDocument::fromJson(serve.readLine()).object();
        QCOMPARE(listening.value(u"port"_s).toInt(), int(port));
        const QString issuer = listening.value(u"issuer"_s).toString();
        QCOMPARE(issuer, u"http://127.0.0.1:%1"_s.arg(port));
        // The mutual-TLS listener takes the next port (SandboxServer), when it is free.
        const QString mtlsIssuer = listening.value(u"mtls_issuer"_s).toString();
        QVERIFY2(mtlsIssuer.isEmpty() || mtlsIssuer == u"https://127.0.0.1:%1"_s.arg(port + 1), qPrintable(mtlsIssuer));

        // Still there a moment later, though its standard input is closed.
        QTest::qWait(500);
        QCOMPARE(serve.state(), QProcess::Running);
        QCOMPARE(statusOf(issuer + u"/.well-known/openid-configuration"_s), 200);

        // Another process switches a fault; the running server applies it to the next request.
        const test::KeywayRun fault
            = keyway({u"sandbox"_s, u"fault"_s, u"server-error"_s, u"1"_s, u"--port"_s, QString::number(port)});
        QVERIFY2(fault.code == 0, qPrintable(fault.err));
        QCOMPARE(statusOf(issuer + u"/userinfo"_s), 500);
        QCOMPARE(statusOf(issuer + u"/userinfo"_s), 401); // used up: the bare Bearer challenge again
        const test::KeywayRun faults = keyway({u"sandbox"_s, u"faults"_s, u"--json"_s, u"--port"_s, QString::number(port)});
        QVERIFY2(faults.code == 0, qPrintable(faults.err));
        QCOMPARE(QJsonDocument::fromJson(faults.out).object().value(u"served"_s).toBool(), true);

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY2(QString::fromUtf8(serve.readAllStandardError()).contains(u"SIGTERM"_s), "no word of the signal");
        QVERIFY(portFree(port));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "TestSandboxCommandLine.moc"
