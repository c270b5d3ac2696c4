// Issue 5's command line, as a script would use it: `keyway connect INTEGRATION` for every auth mode besides the
// authorization code, with every secret on standard input (never argv), then `keyway request` through the
// connection to a local peer that shows where the credential landed; `keyway key generate` / `keyway key public`
// for private_key_jwt; one clear stderr line and a non-zero status on every error; and no secret in any file
// Keyway wrote.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestSupport.h"
#include "jose/PrivateKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestOtherModesCommandLine : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_oidc;
    test::PeerProcess m_echo;
    test::PeerProcess m_jwt;
    QTemporaryDir m_dir; // the user's own files (generated key, service account file): not Keyway's
    QString m_keyFile;
    QJsonObject m_publicJwk;
    QString m_serviceAccountFile;
    QList<QByteArray> m_secrets;

    using Run = test::KeywayRun;
    Run keyway(const QStringList &args, const QByteArray &input = {}, const QByteArray &browserMode = "approve")
    {
        return test::runKeyway(args, input,
            {{QStringLiteral("KEYWAY_BROWSER"),
                 QStringLiteral("\"%1\" \"%2/device.mjs\"").arg(test::nodeProgram(), test::peersDir())},
                {QStringLiteral("KEYWAY_TEST_BROWSER_MODE"), QString::fromLatin1(browserMode)}});
    }

    // Connects and returns the new id (the test fails otherwise).
    QString connectOk(const QStringList &args, const QByteArray &input = {})
    {
        const Run run = keyway(QStringList {QStringLiteral("connect")} + args, input);
        const QString id = QString::fromUtf8(run.out).trimmed();
        if (run.code != 0 || id.isEmpty() || id.contains(QLatin1Char(' ')))
            qWarning().noquote() << "keyway connect" << args.join(QLatin1Char(' ')) << "->" << run.code << run.err;
        return run.code == 0 ? id : QString();
    }

    // `keyway request ID GET URL` to echo-server: what arrived there.
    QJsonObject echoed(const QString &id, const QString &url)
    {
        // echo-server may stand for an API the connection does not name: allowed for the request (issue 15.1).
        const Run run
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), url, QStringLiteral("--allow-origin"), echoBase()});
        if (run.code != 0)
            qWarning().noquote() << "keyway request failed:" << run.err;
        return QJsonDocument::fromJson(run.out).object();
    }

    QString echoBase() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_echo.port()); }

    static void isOneErrorLine(const Run &run, int code = 1)
    {
        QCOMPARE(run.code, code);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(!run.err.trimmed().isEmpty() && !run.err.trimmed().contains(QLatin1Char('\n')), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("keyway ")), qPrintable(run.err));
    }

    void writeIntegration(const QString &id, const QJsonObject &fields)
    {
        QJsonObject file {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Test ") + id},
            {QStringLiteral("category"), QStringLiteral("developer-tools")},
            {QStringLiteral("description"), QStringLiteral("A test integration.")},
            {QStringLiteral("icon"), QStringLiteral("test.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")},
            {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), echoBase() + QStringLiteral("/api")}}}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            file.insert(it.key(), it.value());
        // What the binary reads: $XDG_CONFIG_HOME/keyway/integrations.
        const QString dir = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/keyway/integrations");
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QLatin1Char('/') + id + QStringLiteral(".json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(file).toJson());
    }

    static QJsonObject apiKey(const QString &in, const QString &name, const QString &scheme)
    {
        QJsonObject o {
            {QStringLiteral("in"), in}, {QStringLiteral("name"), name}, {QStringLiteral("label"), QStringLiteral("API key")}};
        if (in == QLatin1String("header"))
            o.insert(QStringLiteral("scheme"), scheme);
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("XDG_CONFIG_HOME").isEmpty());
        test::resetTestHome();

        // keyway key generate: the user's key pair for private_key_jwt.
        m_keyFile = m_dir.filePath(QStringLiteral("keyway-pkjwt.pem"));
        const Run gen = keyway({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--alg"),
            QStringLiteral("ES256"), QStringLiteral("--out"), m_keyFile});
        QVERIFY2(gen.code == 0, qPrintable(gen.err));
        m_publicJwk = QJsonDocument::fromJson(gen.out).object();
        QCOMPARE(m_publicJwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(m_publicJwk.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QVERIFY(!m_publicJwk.contains(QStringLiteral("d")));
        QFile keyFile(m_keyFile);
        QCOMPARE(keyFile.permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
            QFile::Permissions());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray pem = keyFile.readAll();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        m_secrets << pem.split('\n').at(1);
        const QString jwks = m_dir.filePath(QStringLiteral("clients-jwks.json"));
        QFile jwksFile(jwks);
        QVERIFY(jwksFile.open(QIODevice::WriteOnly));
        jwksFile.write(QJsonDocument(QJsonObject {{QStringLiteral("keys"), QJsonArray {m_publicJwk}}}).toJson());
        jwksFile.close();

        QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--clients-jwks"), jwks, QStringLiteral("--device-interval"), QStringLiteral("1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // A service account: its public key for the JWT bearer peer, its key file for the user.
        auto saKey = PrivateKey::generateRsa(2048);
        QVERIFY(saKey);
        m_secrets << saKey.value().toPem().split('\n').at(1);
        const QString email = QStringLiteral("cli-test@keyway-project.iam.gserviceaccount.com");
        const QString saJwks = m_dir.filePath(QStringLiteral("sa-jwks.json"));
        QFile saJwksFile(saJwks);
        QVERIFY(saJwksFile.open(QIODevice::WriteOnly));
        QJsonObject saJwk = saKey.value().publicJwk(QStringLiteral("RS256"));
        saJwk.insert(QStringLiteral("kid"), QStringLiteral("cli-key-1"));
        saJwksFile.write(QJsonDocument(QJsonObject {{QStringLiteral("keys"), QJsonArray {saJwk}}}).toJson());
        saJwksFile.close();
        error = m_jwt.start(QStringLiteral("jwt-bearer-server.mjs"),
            {QStringLiteral("--jwks"), saJwks, QStringLiteral("--issuer"), email, QStringLiteral("--subjects"),
                QStringLiteral("alice@example.test")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_serviceAccountFile = m_dir.filePath(QStringLiteral("service-account.json"));
        QFile sa(m_serviceAccountFile);
        QVERIFY(sa.open(QIODevice::WriteOnly));
        sa.write(QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("service_account")},
                                   {QStringLiteral("project_id"), QStringLiteral("keyway-project")},
                                   {QStringLiteral("private_key_id"), QStringLiteral("cli-key-1")},
                                   {QStringLiteral("private_key"), QString::fromUtf8(saKey.value().toPem())},
                                   {QStringLiteral("client_email"), email},
                                   {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")}})
                     .toJson());
        sa.close();

        QDir(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/keyway/integrations")).removeRecursively();
        writeIntegration(QStringLiteral("test-key-scheme"),
            {{QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("api_key")}},
                {QStringLiteral("api_key"),
                    apiKey(QStringLiteral("header"), QStringLiteral("Authorization"), QStringLiteral("Token"))}});
        writeIntegration(QStringLiteral("test-key-header"),
            {{QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("api_key")}},
                {QStringLiteral("api_key"), apiKey(QStringLiteral("header"), QStringLiteral("X-Api-Key"), QString())}});
        writeIntegration(QStringLiteral("test-key-query"),
            {{QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("api_key")}},
                {QStringLiteral("api_key"), apiKey(QStringLiteral("query"), QStringLiteral("api_key"), QString())}});
        writeIntegration(QStringLiteral("test-basic"),
            {{QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("basic")}},
                {QStringLiteral("basic"), QJsonObject {{QStringLiteral("password_label"), QStringLiteral("API token")}}}});
        writeIntegration(QStringLiteral("test-basic-key"),
            {{QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("basic")}},
                {QStringLiteral("basic"), QJsonObject {{QStringLiteral("password_optional"), true}}}});
        writeIntegration(
            QStringLiteral("test-bearer"), {{QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("bearer_token")}}});
        writeIntegration(QStringLiteral("test-templated"),
            {{QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("api_key")}},
                {QStringLiteral("variables"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("account_id")},
                        {QStringLiteral("label"), QStringLiteral("Account ID")},
                        {QStringLiteral("pattern"), QStringLiteral("^[0-9]{3,10}$")}}}},
                {QStringLiteral("api_key"), apiKey(QStringLiteral("header"), QStringLiteral("X-Api-Key"), QString())},
                {QStringLiteral("api"),
                    QJsonObject {{QStringLiteral("base_url"), echoBase() + QStringLiteral("/accounts/{{account_id}}")}}}});
        writeIntegration(QStringLiteral("test-service-account"),
            {{QStringLiteral("category"), QStringLiteral("identity")},
                {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("jwt_bearer")}},
                {QStringLiteral("oauth"),
                    QJsonObject {{QStringLiteral("token_url"), m_jwt.issuer() + QStringLiteral("/token")},
                        {QStringLiteral("scopes"),
                            QJsonArray {QStringLiteral("https://www.googleapis.com/auth/cloud-platform")}}}},
                {QStringLiteral("api"),
                    QJsonObject {{QStringLiteral("base_url"), m_jwt.issuer()},
                        {QStringLiteral("whoami"),
                            QJsonObject {{QStringLiteral("url"), m_jwt.issuer() + QStringLiteral("/api/whoami")},
                                {QStringLiteral("account_field"), QStringLiteral("email")}}}}}});
        const Run list = keyway({QStringLiteral("integrations")});
        QVERIFY2(
            list.code == 0 && QString::fromUtf8(list.out).contains(QLatin1String("test-service-account")), qPrintable(list.err));
    }

    void keyCommand()
    {
        // Never overwrites the user's file without --force, never prints the private key.
        isOneErrorLine(keyway({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--out"), m_keyFile}));
        isOneErrorLine(keyway({QStringLiteral("key"), QStringLiteral("generate")}));
        isOneErrorLine(keyway({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--alg"),
            QStringLiteral("HS256"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pem"))}));
        isOneErrorLine(keyway({QStringLiteral("key"), QStringLiteral("frobnicate")}));
        const QString rsaFile = m_dir.filePath(QStringLiteral("rsa.pem"));
        const Run rsa = keyway({QStringLiteral("key"), QStringLiteral("generate"), QStringLiteral("--alg"),
            QStringLiteral("RS256"), QStringLiteral("--out"), rsaFile});
        QCOMPARE(rsa.code, 0);
        const QJsonObject jwk = QJsonDocument::fromJson(rsa.out).object();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QVERIFY(!rsa.out.contains("PRIVATE"));
        // key public: the same JWK again from the file.
        const Run again = keyway({QStringLiteral("key"), QStringLiteral("public"), rsaFile});
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("kid")), jwk.value(QStringLiteral("kid")));
    }

    void clientCredentials_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("method");
        QTest::newRow("client_secret_basic") << "keyway-basic" << QByteArray("basic-secret") << "client_secret_basic";
        QTest::newRow("client_secret_post") << "keyway-post" << QByteArray("post-secret") << "client_secret_post";
    }
    void clientCredentials()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(QString, method);
        const QString id = connectOk(
            {QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"), QStringLiteral("oauth2_client_credentials"),
                QStringLiteral("--client-id"), clientId, QStringLiteral("--client-auth"), method,
                QStringLiteral("--client-secret-stdin"), QStringLiteral("--scope"), QStringLiteral("api:read"),
                QStringLiteral("--resource"), QStringLiteral("urn:keyway:api")},
            secret + '\n');
        QVERIFY(!id.isEmpty());
        const Run token = keyway({QStringLiteral("token"), id});
        QCOMPARE(token.code, 0);
        const QByteArray accessToken = token.out.trimmed();
        m_secrets << accessToken;
        const QJsonObject echo = echoed(id, echoBase() + QStringLiteral("/resource"));
        QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString().toUtf8(),
            "Bearer " + accessToken);
        // token --refresh asks again (no refresh token exists).
        const Run renewed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        QVERIFY(renewed.out.trimmed() != accessToken);
        m_secrets << renewed.out.trimmed();
    }

    void privateKeyJwt()
    {
        const QString id = connectOk({QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"),
            QStringLiteral("oauth2_client_credentials"), QStringLiteral("--client-id"), QStringLiteral("keyway-pkjwt"),
            QStringLiteral("--private-key-file"), m_keyFile, QStringLiteral("--key-id"),
            m_publicJwk.value(QStringLiteral("kid")).toString(), QStringLiteral("--scope"), QStringLiteral("api:read")});
        QVERIFY(!id.isEmpty());
        const Run token = keyway({QStringLiteral("token"), id});
        QCOMPARE(token.code, 0);
        m_secrets << token.out.trimmed();
        const QJsonObject echo = echoed(id, echoBase() + QStringLiteral("/resource"));
        QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString().toUtf8(),
            "Bearer " + token.out.trimmed());
        // The key is in the keychain: its public JWK can be shown again from there.
        const Run pub = keyway({QStringLiteral("key"), QStringLiteral("public"), QStringLiteral("--connection"), id});
        QVERIFY2(pub.code == 0, qPrintable(pub.err));
        QCOMPARE(
            QJsonDocument::fromJson(pub.out).object().value(QStringLiteral("kid")), m_publicJwk.value(QStringLiteral("kid")));
        QCOMPARE(QJsonDocument::fromJson(pub.out).object().value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    }

    void jwtBearerServiceAccount()
    {
        const QString id = connectOk({QStringLiteral("test-service-account"), QStringLiteral("--key-file"), m_serviceAccountFile,
            QStringLiteral("--subject"), QStringLiteral("alice@example.test")});
        QVERIFY(!id.isEmpty());
        const Run request = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), QStringLiteral("api/whoami")});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QCOMPARE(QJsonDocument::fromJson(request.out).object().value(QStringLiteral("sub")).toString(),
            QStringLiteral("alice@example.test"));
        const Run list = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        QVERIFY(QString::fromUtf8(list.out).contains(QLatin1String("alice@example.test")));
        const Run renewed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        m_secrets << renewed.out.trimmed();
    }

    void deviceCode()
    {
        const Run run = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"),
            QStringLiteral("device_code"), QStringLiteral("--client-id"), QStringLiteral("keyway-device"),
            QStringLiteral("--scope"), QStringLiteral("openid email offline_access")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The user code stands on its own line.
        const QRegularExpression codeLine(QStringLiteral("\\n    ([A-Z]{4}-[A-Z]{4})\\n"));
        QVERIFY2(codeLine.match(run.err).hasMatch(), qPrintable(run.err));
        QVERIFY(run.err.contains(m_oidc.issuer() + QStringLiteral("/device")));
        const QString id = QString::fromUtf8(run.out).trimmed();
        const Run request
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), m_oidc.issuer() + QStringLiteral("/me")});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QCOMPARE(QJsonDocument::fromJson(request.out).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        const Run token = keyway({QStringLiteral("token"), id});
        m_secrets << token.out.trimmed();

        // Denied on the other device: one line, non-zero.
        const Run denied
            = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"),
                         QStringLiteral("device_code"), QStringLiteral("--client-id"), QStringLiteral("keyway-device")},
                {}, "deny");
        QCOMPARE(denied.code, 1);
        QVERIFY(denied.out.isEmpty());
        const QString last = denied.err.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(
            last.startsWith(QLatin1String("keyway connect: ")) && last.contains(QLatin1String("denied")), qPrintable(denied.err));
    }

    void apiKeys_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("where"); // "header:NAME" or "query:NAME"
        QTest::addColumn<QString>("expected");
        QTest::newRow("Authorization with a scheme") << "test-key-scheme"
                                                     << "header:authorization"
                                                     << "Token cli_key_scheme_91a2";
        QTest::newRow("custom header") << "test-key-header"
                                       << "header:x-api-key"
                                       << "cli_key_header_83b4";
        QTest::newRow("query parameter") << "test-key-query"
                                         << "query:api_key"
                                         << "cli_key_query_75c6";
    }
    void apiKeys()
    {
        QFETCH(QString, integration);
        QFETCH(QString, where);
        QFETCH(QString, expected);
        const QByteArray key = expected.section(QLatin1Char(' '), -1).toUtf8();
        m_secrets << key;
        const QString id = connectOk({integration, QStringLiteral("--api-key-stdin")}, key + '\n');
        QVERIFY(!id.isEmpty());
        const QJsonObject echo = echoed(id, QStringLiteral("items"));
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/api/items"));
        const QString kind = where.section(QLatin1Char(':'), 0, 0);
        const QString name = where.section(QLatin1Char(':'), 1);
        QCOMPARE(echo.value(kind == QLatin1String("header") ? QStringLiteral("headers") : QStringLiteral("query"))
                     .toObject()
                     .value(name)
                     .toString(),
            expected);
        // `keyway inspect` and `keyway connections` show it masked at most.
        const Run inspect = keyway({QStringLiteral("inspect"), id, QStringLiteral("--json")});
        QCOMPARE(inspect.code, 0);
        QVERIFY(!inspect.out.contains(key));
    }

    void basic()
    {
        const QByteArray password = "cli-basic-pässword";
        m_secrets << password;
        QString id = connectOk({QStringLiteral("test-basic"), QStringLiteral("--username"), QStringLiteral("alice"),
                                   QStringLiteral("--password-stdin")},
            password + '\n');
        QVERIFY(!id.isEmpty());
        QCOMPARE(echoed(id, QStringLiteral("me"))
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("authorization"))
                     .toString()
                     .toUtf8(),
            "Basic " + QByteArray("alice:" + password).toBase64());

        // An API key as the user name and no password; the key comes from stdin too.
        const QByteArray key = "sk_cli_basic_key_64d8";
        m_secrets << key;
        id = connectOk({QStringLiteral("test-basic-key"), QStringLiteral("--username-stdin")}, key + '\n');
        QVERIFY(!id.isEmpty());
        QCOMPARE(echoed(id, QStringLiteral("me"))
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("authorization"))
                     .toString()
                     .toUtf8(),
            "Basic " + QByteArray(key + ':').toBase64());
    }

    void pastedBearerToken()
    {
        const QByteArray token = "cli.pasted.token.57e9";
        m_secrets << token;
        const QString id = connectOk({QStringLiteral("test-bearer"), QStringLiteral("--token-stdin")}, token);
        QVERIFY(!id.isEmpty());
        QCOMPARE(echoed(id, QStringLiteral("me"))
                     .value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("authorization"))
                     .toString()
                     .toUtf8(),
            "Bearer " + token);
    }

    void templatedUrl()
    {
        const QByteArray key = "cli_templated_key_32f1";
        m_secrets << key;
        const QString id = connectOk({QStringLiteral("test-templated"), QStringLiteral("--api-key-stdin"),
                                         QStringLiteral("--param"), QStringLiteral("account_id=4242")},
            key);
        QVERIFY(!id.isEmpty());
        QCOMPARE(echoed(id, QStringLiteral("invoices")).value(QStringLiteral("path")).toString(),
            QStringLiteral("/accounts/4242/invoices"));
    }

    void errorsAreOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("code");
        QTest::newRow("api key not given") << QStringList {QStringLiteral("test-key-header")} << QByteArray() << "API key" << 1;
        QTest::newRow("empty stdin") << QStringList {QStringLiteral("test-key-header"), QStringLiteral("--api-key-stdin")}
                                     << QByteArray() << "standard input" << 1;
        QTest::newRow("two stdin secrets") << QStringList {QStringLiteral("test-basic"), QStringLiteral("--username-stdin"),
            QStringLiteral("--password-stdin")}
                                           << QByteArray("x") << "one" << 1;
        QTest::newRow("bad template value") << QStringList {QStringLiteral("test-templated"), QStringLiteral("--api-key-stdin"),
            QStringLiteral("--param"), QStringLiteral("account_id=../x")}
                                            << QByteArray("k") << "Account ID" << 1;
        QTest::newRow("key file missing") << QStringList {QStringLiteral("test-service-account"), QStringLiteral("--key-file"),
            QStringLiteral("/nonexistent/sa.json")}
                                          << QByteArray() << "cannot read" << 1;
        QTest::newRow("key file not a service account") << QStringList {QStringLiteral("test-service-account"),
            QStringLiteral("--key-file"), QStringLiteral(KEYWAY_SOURCE_DIR "/tests/peers/package.json")}
                                                        << QByteArray() << "type" << 1;
        QTest::newRow("no key file") << QStringList {QStringLiteral("test-service-account")} << QByteArray() << "key file" << 1;
        QTest::newRow("bad resource") << QStringList {QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:1"),
            QStringLiteral("--resource"), QStringLiteral("not a uri")}
                                      << QByteArray() << "--resource" << 1;
        QTest::newRow("unknown mode") << QStringList {QStringLiteral("test-basic"), QStringLiteral("--mode"),
            QStringLiteral("device_code")}
                                      << QByteArray() << "device_code" << 1;
    }
    void errorsAreOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, words);
        QFETCH(int, code);
        const Run run = keyway(QStringList {QStringLiteral("connect")} + args, input);
        isOneErrorLine(run, code);
        QVERIFY2(run.err.contains(words), qPrintable(run.err));
    }

    void wrongSecretsAreOneLine()
    {
        const Run run = keyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"),
                                   QStringLiteral("oauth2_client_credentials"), QStringLiteral("--client-id"),
                                   QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin")},
            "wrong-secret-cli\n");
        isOneErrorLine(run);
        QVERIFY2(run.err.contains(QLatin1String("invalid_client")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("wrong-secret-cli")));
    }

    void noSecretInAnyFile()
    {
        QVERIFY(m_secrets.size() > 10);
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            QCOMPARE(test::filesContaining(secret), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestOtherModesCommandLine)
#include "TestOtherModesCommandLine.moc"
