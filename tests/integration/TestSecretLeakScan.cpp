// Every secret Keyway handles, and not one of them in any file it wrote. The test runs the authorization code flow
// (PKCE, confidential client), rotating refreshes, client credentials, API key, Basic and pasted-token connections,
// console requests carrying a password and an API key of their own, diagnostic bundles and the command line, with
// every logging category on and the Qt message log written to a file. A recording proxy sits in front of the real
// OpenID Provider's token and revocation endpoints, so the test knows every code, code_verifier, client secret,
// access, refresh and ID token that crossed the wire. Then it scans every file under Keyway's data, config and
// cache folders and the session's home (SQLite database and WAL, settings, logs, bundles, request history) for
// each of them - raw, base64 and percent-encoded - and fails on any hit.
#include "ConnectAndWait.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "common/Redactor.h"
#include "core/AppInfo.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "http/LoopbackServer.h"
#include "store/AppPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrlQuery>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace keyway;

namespace {

// Forwards POSTs to the OpenID Provider and remembers every secret in the requests and answers.
class RecordingProxy : public QObject
{
public:
    RecordingProxy(const QString &upstream, QMap<QString, QSet<QByteArray>> *seen)
        : m_upstream(upstream)
        , m_seen(seen)
    {
        m_server.setHandler(
            [this](const HttpRequest &request, LoopbackServer::Responder responder) { forward(request, responder); });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0).isNull(); }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(QLatin1String(path));
    }

private:
    void note(const QString &kind, const QByteArray &value)
    {
        if (value.size() >= 8)
            (*m_seen)[kind].insert(value);
    }

    void forward(const HttpRequest &request, LoopbackServer::Responder responder)
    {
        const QUrlQuery form(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
        for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded))
            if (name != QLatin1String("grant_type") && name != QLatin1String("scope") && name != QLatin1String("redirect_uri")
                && name != QLatin1String("client_id") && name != QLatin1String("token_type_hint"))
                note(name, value.toUtf8());
        const QByteArray authorization = request.header("Authorization");
        if (authorization.startsWith("Basic ")) {
            const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
            note(QStringLiteral("client_secret"), QByteArray::fromPercentEncoding(pair.mid(pair.indexOf(':') + 1)));
        }
        QNetworkRequest out(QUrl(m_upstream + QString::fromUtf8(request.target)));
        for (const auto &[name, value] : request.headers)
            if (name.compare("Host", Qt::CaseInsensitive) != 0 && name.compare("Content-Length", Qt::CaseInsensitive) != 0)
                out.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(out, request.method, request.body);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, responder] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            const QJsonObject answer = QJsonDocument::fromJson(body).object();
            for (const char *name : {"access_token", "refresh_token", "id_token"})
                note(QString::fromLatin1(name), answer.value(QLatin1String(name)).toString().toUtf8());
            HttpResponse response(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            response.setBody(body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
            for (const char *header : {"WWW-Authenticate", "Cache-Control", "Pragma"})
                if (reply->hasRawHeader(header))
                    response.setHeader(header, reply->rawHeader(header));
            responder.respond(response);
        });
    }

    QString m_upstream;
    QMap<QString, QSet<QByteArray>> *m_seen;
    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

} // namespace

class TestSecretLeakScan : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_oidc;
    test::PeerProcess m_echo;
    std::unique_ptr<RecordingProxy> m_proxy;
    std::shared_ptr<CoreContext> m_core;
    QMap<QString, QSet<QByteArray>> m_seen; // kind -> values
    QStringList m_connections;
    QString m_logFile;
    int m_savedStderr = -1;

    // Secrets that only this test knows (the provider never sees them).
    const QByteArray m_apiKey = "leakscan-api-key-7d41c9e0b2f8";
    const QByteArray m_password = "leakscan-basic-password-93be17a4";
    const QByteArray m_pastedToken = "leakscan-pasted-bearer-token-0c5a8e21d7";
    const QByteArray m_consolePassword = "leakscan-console-body-password-61f0";
    const QByteArray m_consoleApiKey = "leakscan-console-query-apikey-2b7e";

    ConnectionService &service() { return m_core->service(); }
    QString echoUrl(const QString &path = QStringLiteral("/anything")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_echo.port()).arg(path);
    }

    Result<QString> connect(const ConnectRequest &request)
    {
        const auto connected = test::connectAndWait(service(), request);
        if (connected)
            m_connections << connected.value();
        return connected;
    }

    Error refresh(const QString &id)
    {
        Error result;
        bool done = false;
        service().refresh(id, this, [&](const Error &e) {
            result = e;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return result;
    }

    // The echo server is no connection's own origin (issue 15.1): the scan allows it, as a user would.
    QString echoOrigin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_echo.port()); }

    ApiResponse send(const QString &id, const ApiRequest &request)
    {
        ApiRequest allowed = request;
        allowed.allowedOrigins << echoOrigin();
        ApiCall *call = service().send(id, allowed);
        ApiResponse response;
        bool done = false;
        QObject::connect(call, &ApiCall::finished, this, [&](const ApiResponse &r) {
            response = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 30000);
        return response;
    }

    ConnectRequest oauthRequest(const QString &mode, const QString &clientId, const QByteArray &secret, const QString &clientAuth)
    {
        ConnectRequest r;
        r.integrationId = QStringLiteral("oauth2");
        r.authMode = mode;
        r.clientId = clientId;
        r.clientSecret = secret;
        r.clientAuthMethod = clientAuth;
        r.variables.insert(QStringLiteral("authorization_url"), m_oidc.issuer() + QStringLiteral("/auth"));
        r.variables.insert(QStringLiteral("token_url"), m_proxy->url("/token"));
        r.variables.insert(QStringLiteral("revocation_url"), m_proxy->url("/token/revocation"));
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

    struct Cli
    {
        int code = -1;
        QByteArray out;
    };
    // `keyway ...` with every logging category on; its log (stderr) is appended to the log file.
    Cli keyway(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("keyway.*=true"));
        p.setProcessEnvironment(env);
        p.setStandardErrorFile(m_logFile + QStringLiteral(".cli"), QIODevice::Append);
        p.start(QStringLiteral(KEYWAY_EXECUTABLE), args);
        p.closeWriteChannel();
        // The event loop keeps running meanwhile: the command's token requests go through this process's proxy.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
    }

    void restoreStderr()
    {
        if (m_savedStderr < 0)
            return;
        fflush(stderr);
        ::dup2(m_savedStderr, STDERR_FILENO);
        ::close(m_savedStderr);
        m_savedStderr = -1;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        // The same folders and keychain service as the `keyway` binary, so the command line sees these connections.
        AppInfo::apply();
        m_logFile = AppPaths::dataDir() + QStringLiteral("/keyway.log");
        // Keyway's own message handler, every category at debug level, and the log going to a file - as a user
        // running `keyway 2>keyway.log` with QT_LOGGING_RULES="keyway.*=true" would have it.
        Redactor::installMessageHandler();
        QLoggingCategory::setFilterRules(QStringLiteral("keyway.*=true"));
        fflush(stderr);
        m_savedStderr = ::dup(STDERR_FILENO);
        const int fd = ::open(m_logFile.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        ::dup2(fd, STDERR_FILENO);
        ::close(fd);

        QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_proxy = std::make_unique<RecordingProxy>(m_oidc.issuer(), &m_seen);
        QVERIFY(m_proxy->listen());

        auto core = CoreContext::open();
        QVERIFY2(core, qPrintable(core.error().toString()));
        m_core = core.value();
        ConnectionService::Settings settings = service().settings();
        settings.autoRefresh = false;
        service().setSettings(settings);
    }

    void cleanupTestCase()
    {
        restoreStderr();
        m_core.reset();
    }

    void authorizationCodeFlowAndRefresh()
    {
        ConnectRequest r = oauthRequest(QStringLiteral("oauth2_authorization_code"), QStringLiteral("keyway-basic"),
            "basic-secret", QStringLiteral("client_secret_basic"));
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        const auto connected = connect(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(refresh(id).toString(), QString());
        QCOMPARE(refresh(id).toString(), QString());
        // Every kind of secret of this flow was seen on the wire (else the scan below would prove little).
        for (const char *kind : {"code", "code_verifier", "client_secret", "access_token", "refresh_token"})
            QVERIFY2(!m_seen.value(QString::fromLatin1(kind)).isEmpty(), kind);
        QVERIFY(m_seen.value(QStringLiteral("refresh_token")).size() >= 3); // rotated twice
    }

    void consoleRequests()
    {
        const QString id = m_connections.value(0);
        QVERIFY(!id.isEmpty());
        ApiRequest request;
        request.method = "POST";
        request.url = QUrl(echoUrl(QStringLiteral("/login?api_key=") + QString::fromLatin1(m_consoleApiKey)));
        request.headers = {{"Content-Type", "application/json"}};
        // (Built from parts: moc 6.4 loses its way in raw strings that end in a quote.)
        request.body = QByteArray("{\"user\":\"alice\",\"password\":\"") + m_consolePassword + QByteArray("\"}");
        const ApiResponse response = send(id, request);
        QVERIFY2(response.status == 200, qPrintable(response.error.toString()));
        QVERIFY(!service().history(id).isEmpty());
    }

    void clientCredentials()
    {
        ConnectRequest r = oauthRequest(QStringLiteral("oauth2_client_credentials"), QStringLiteral("keyway-post"), "post-secret",
            QStringLiteral("client_secret_post"));
        r.scopes = {QStringLiteral("api:read")};
        const auto connected = connect(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(refresh(id).toString(), QString());
        QVERIFY(m_seen.value(QStringLiteral("client_secret")).contains("post-secret"));
    }

    void enteredCredentials()
    {
        ConnectRequest apiKey;
        apiKey.integrationId = QStringLiteral("anthropic");
        apiKey.authMode = QStringLiteral("api_key");
        apiKey.apiKey = m_apiKey;
        ConnectRequest basic;
        basic.integrationId = QStringLiteral("greenhouse");
        basic.authMode = QStringLiteral("basic");
        basic.username = QStringLiteral("leakscan-user");
        basic.password = m_password;
        ConnectRequest pasted;
        pasted.integrationId = QStringLiteral("slack");
        pasted.authMode = QStringLiteral("bearer_token");
        pasted.bearerToken = m_pastedToken;
        for (const ConnectRequest &r : {apiKey, basic, pasted}) {
            const auto connected = connect(r);
            QVERIFY2(connected, qPrintable(r.integrationId + QLatin1Char(' ') + test::describe(connected)));
            const QString id = connected.value();
            ApiRequest request;
            request.url = QUrl(echoUrl());
            const ApiResponse response = send(id, request);
            QVERIFY2(response.status == 200, qPrintable(response.error.toString()));
            // The credential did go out (the echo server shows what it received).
            const QByteArray echoed = response.body;
            QVERIFY(
                echoed.contains(r.apiKey.isEmpty() ? (r.password.isEmpty() ? m_pastedToken : QByteArray("Basic ")) : m_apiKey));
        }
    }

    void diagnosticBundlesAndCommandLine()
    {
        // What the window's "Save diagnostics" and a support request produce.
        const QString dir = AppPaths::dataDir() + QStringLiteral("/diagnostics");
        QVERIFY(QDir().mkpath(dir));
        for (const QString &id : std::as_const(m_connections)) {
            QJsonDocument bundle;
            bool done = false;
            service().diagnostics(id, this, [&](const Result<QJsonDocument> &answer) {
                const QJsonDocument doc = answer ? answer.value() : QJsonDocument();
                bundle = doc;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QSaveFile file(dir + QStringLiteral("/%1.json").arg(id));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bundle.toJson());
            QVERIFY(file.commit());
        }
        // The command line, logging everything: a refresh, a request, an inspect bundle.
        const QString first = m_connections.value(0);
        const Cli token = keyway({QStringLiteral("token"), first, QStringLiteral("--refresh")});
        QCOMPARE(token.code, 0);
        QVERIFY(token.out.trimmed().size() >= 8);
        m_seen[QStringLiteral("access_token")].insert(token.out.trimmed());
        QCOMPARE(keyway({QStringLiteral("request"), first, QStringLiteral("GET"), echoUrl(), QStringLiteral("--allow-origin"),
                            echoOrigin()})
                     .code,
            0);
        const Cli inspect = keyway({QStringLiteral("inspect"), first, QStringLiteral("--json")});
        QCOMPARE(inspect.code, 0);
        QSaveFile file(dir + QStringLiteral("/cli-inspect.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(inspect.out);
        QVERIFY(file.commit());
    }

    void disconnectRevokes()
    {
        Error error;
        bool done = false;
        service().disconnect(m_connections.value(0), this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(error.toString(), QString());
        QVERIFY(!m_seen.value(QStringLiteral("token")).isEmpty()); // the revocation request carried the token
    }

    void noSecretInAnyFileKeywayWrote()
    {
        // Close everything Keyway holds open, so the WAL and the log are complete on disk.
        restoreStderr();
        m_core.reset();

        QList<QByteArray> secrets {m_apiKey, m_password, m_pastedToken, m_consolePassword, m_consoleApiKey};
        for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
            for (const QByteArray &value : it.value())
                secrets << value;
        QVERIFY(secrets.size() > 15);

        const QStringList roots = test::writableRoots();
        // The files the scan must cover do exist (else a clean result would be empty).
        const QString data = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyway");
        for (const QString &file : {data + QStringLiteral("/keyway.sqlite"), m_logFile, m_logFile + QStringLiteral(".cli")})
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        QVERIFY(!QDir(data + QStringLiteral("/diagnostics")).entryList(QDir::Files).isEmpty());
        // The log really holds Keyway's debug output (the flows, the refreshes, the requests).
        QFile log(m_logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY2(logText.contains("keyway."), "the Qt message log is empty: logging was not captured");
        // And the scan finds what is there: a canary planted in a file is reported.
        const QString canaryFile = data + QStringLiteral("/canary.txt");
        {
            QFile f(canaryFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x " + m_apiKey.toBase64() + " y");
        }
        QVERIFY(test::filesContaining(m_apiKey, roots).contains(canaryFile));
        QFile::remove(canaryFile);

        QStringList leaks;
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 8);
            for (const QString &file : test::filesContaining(secret, roots))
                leaks << QStringLiteral("%1 in %2").arg(Redactor::fingerprint(secret), file);
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeakScan)
#include "TestSecretLeakScan.moc"
