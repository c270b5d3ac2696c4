// Credentials entered by hand (API key, Basic, a pasted bearer token) and template variables, end to end in
// process: integrations that declare each placement are written into the custom integrations folder, the
// connection is made through ConnectionService with the real keychain, and a request through the core goes to
// echo-server, which says exactly where the credential landed. The request history in SQLite must show it
// masked, and no file may contain it.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestApiKeyAndBasic : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_echo;
    test::ServiceFixture m_fx {0, {30000, 20000, 30000, 30000}};

    ConnectionService &service() { return m_fx.service(); }
    QString echoBase() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_echo.port()); }

    // One integration file in the custom folder, pointing its API at the echo server.
    void writeIntegration(const QString &id, const QJsonArray &modes, const QJsonObject &extra)
    {
        QJsonObject file {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Test ") + id},
            {QStringLiteral("category"), QStringLiteral("developer-tools")},
            {QStringLiteral("description"), QStringLiteral("A test integration.")},
            {QStringLiteral("icon"), QStringLiteral("test.svg")},
            {QStringLiteral("docs"), QStringLiteral("https://example.com/docs")}, {QStringLiteral("auth_modes"), modes},
            {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), echoBase() + QStringLiteral("/api")}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            file.insert(it.key(), it.value());
        const QString dir = Catalog::defaultCustomDir();
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QLatin1Char('/') + id + QStringLiteral(".json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(file).toJson());
    }

    Result<QString> connectAndWait(const ConnectRequest &r) { return m_fx.connectAndWait(r); }

    // GETs `path` (relative to the API base) through the core; returns echo-server's description.
    QJsonObject echoed(const QString &id, const QString &path, ApiResponse *responseOut = nullptr)
    {
        const ApiResponse response = m_fx.get(id, path);
        if (responseOut)
            *responseOut = response;
        return QJsonDocument::fromJson(response.body).object();
    }

    // The stored history of the connection, as one text: every URL and header.
    QString historyText(const QString &id)
    {
        QStringList lines;
        for (const HistoryEntry &h : service().history(id)) {
            lines << h.url;
            for (const auto &[name, value] : h.requestHeaders)
                lines << name + QStringLiteral(": ") + value;
        }
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QDir(Catalog::defaultCustomDir()).removeRecursively();
        const QJsonObject noBasic;
        writeIntegration(QStringLiteral("test-key-scheme"), {QStringLiteral("api_key")},
            {{QStringLiteral("api_key"),
                QJsonObject {{QStringLiteral("in"), QStringLiteral("header")},
                    {QStringLiteral("name"), QStringLiteral("Authorization")},
                    {QStringLiteral("scheme"), QStringLiteral("Token")},
                    {QStringLiteral("label"), QStringLiteral("API token")}}}});
        // Freshsales, PagerDuty, Teamtailor: "Authorization: Token token=KEY" (RFC 9110 §11.2 auth-param).
        writeIntegration(QStringLiteral("test-key-param"), {QStringLiteral("api_key")},
            {{QStringLiteral("api_key"),
                QJsonObject {{QStringLiteral("in"), QStringLiteral("header")},
                    {QStringLiteral("name"), QStringLiteral("Authorization")},
                    {QStringLiteral("scheme"), QStringLiteral("Token")}, {QStringLiteral("param"), QStringLiteral("token")},
                    {QStringLiteral("label"), QStringLiteral("API key")}}}});
        writeIntegration(QStringLiteral("test-key-header"), {QStringLiteral("api_key")},
            {{QStringLiteral("api_key"),
                QJsonObject {{QStringLiteral("in"), QStringLiteral("header")},
                    {QStringLiteral("name"), QStringLiteral("X-Api-Key")}, {QStringLiteral("scheme"), QString()},
                    {QStringLiteral("label"), QStringLiteral("API key")}}}});
        writeIntegration(QStringLiteral("test-key-query"), {QStringLiteral("api_key")},
            {{QStringLiteral("api_key"),
                QJsonObject {{QStringLiteral("in"), QStringLiteral("query")}, {QStringLiteral("name"), QStringLiteral("api_key")},
                    {QStringLiteral("label"), QStringLiteral("API key")}}}});
        writeIntegration(QStringLiteral("test-basic"), {QStringLiteral("basic")},
            {{QStringLiteral("basic"),
                QJsonObject {{QStringLiteral("username_label"), QStringLiteral("Email")},
                    {QStringLiteral("password_label"), QStringLiteral("API token")}}}});
        writeIntegration(QStringLiteral("test-basic-key"), {QStringLiteral("basic")},
            {{QStringLiteral("basic"),
                QJsonObject {{QStringLiteral("username_label"), QStringLiteral("Secret key")},
                    {QStringLiteral("password_optional"), true}}}});
        writeIntegration(QStringLiteral("test-bearer"), {QStringLiteral("bearer_token")}, {});
        // Extra credential fields: an account id and a region entered once, used in the API's templated URL.
        QJsonObject templated {{QStringLiteral("variables"),
                                   QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("account_id")},
                                                   {QStringLiteral("label"), QStringLiteral("Account ID")},
                                                   {QStringLiteral("pattern"), QStringLiteral("^[a-z0-9-]{1,32}$")},
                                                   {QStringLiteral("example"), QStringLiteral("acme-42")}},
                                       QJsonObject {{QStringLiteral("name"), QStringLiteral("region")},
                                           {QStringLiteral("label"), QStringLiteral("Region")},
                                           {QStringLiteral("pattern"), QStringLiteral("^(eu|us)$")},
                                           {QStringLiteral("default"), QStringLiteral("eu")}}}},
            {QStringLiteral("api_key"),
                QJsonObject {{QStringLiteral("in"), QStringLiteral("header")},
                    {QStringLiteral("name"), QStringLiteral("X-Api-Key")}, {QStringLiteral("scheme"), QString()},
                    {QStringLiteral("label"), QStringLiteral("API key")}}},
            {QStringLiteral("api"),
                QJsonObject {{QStringLiteral("base_url"), echoBase() + QStringLiteral("/{{region}}/accounts/{{account_id}}")}}}};
        writeIntegration(QStringLiteral("test-templated"), {QStringLiteral("api_key")}, templated);

        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-apikey-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        for (const Error &e : m_fx.core().catalog().errors())
            QFAIL(qPrintable(e.toString()));
        QVERIFY(m_fx.core().catalog().contains(QStringLiteral("test-templated")));
    }

    void cleanupTestCase()
    {
        m_fx.close();
        m_echo.stop();
    }

    void apiKeyPlacement_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("header"); // where it must be ("" for the query)
        QTest::addColumn<QString>("expected"); // the header's exact value, or the query value
        QTest::newRow("Authorization with a scheme")
            << "test-key-scheme" << QByteArray("tok_scheme_4f8a1c2e9b") << "authorization"
            << "Token tok_scheme_4f8a1c2e9b";
        QTest::newRow("auth-param after the scheme") << "test-key-param" << QByteArray("sfg999666t673t7t82") << "authorization"
                                                     << "Token token=sfg999666t673t7t82";
        // RFC 9110 §11.2: a value that is not a token goes as a quoted-string (§5.6.4).
        QTest::newRow("auth-param, quoted") << "test-key-param" << QByteArray("k/ey=+1 2") << "authorization"
                                            << "Token token=\"k/ey=+1 2\"";
        QTest::newRow("custom header") << "test-key-header" << QByteArray("key_header_77d0c3aa51") << "x-api-key"
                                       << "key_header_77d0c3aa51";
        QTest::newRow("query parameter") << "test-key-query" << QByteArray("key/query+7&x=1 y") << ""
                                         << "key/query+7&x=1 y";
    }
    void apiKeyPlacement()
    {
        QFETCH(QString, integration);
        QFETCH(QByteArray, key);
        QFETCH(QString, header);
        QFETCH(QString, expected);
        m_fx.seenSecrets() << key;
        ConnectRequest r;
        r.integrationId = integration;
        r.apiKey = key;
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
        QCOMPARE(service().connection(id)->authMode, QStringLiteral("api_key"));

        const QJsonObject echo = echoed(id, QStringLiteral("items?page=2"));
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/api/items"));
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        const QJsonObject query = echo.value(QStringLiteral("query")).toObject();
        QCOMPARE(query.value(QStringLiteral("page")).toString(), QStringLiteral("2"));
        if (header.isEmpty()) {
            QCOMPARE(query.value(QStringLiteral("api_key")).toString(), expected);
            QVERIFY(!headers.contains(QStringLiteral("authorization")));
        } else {
            QCOMPARE(headers.value(header).toString(), expected);
            QVERIFY(!query.contains(QStringLiteral("api_key")));
            if (header != QLatin1String("authorization"))
                QVERIFY(!headers.contains(QStringLiteral("authorization")));
        }
        // The key appears exactly once in what was sent.
        const QByteArray sent = QJsonDocument(echo).toJson(QJsonDocument::Compact);
        QCOMPARE(
            sent.count(QJsonDocument(QJsonArray {QString::fromUtf8(key)}).toJson(QJsonDocument::Compact).mid(2).chopped(2)), 1);

        // History: the request is recorded, the key masked.
        const QString history = historyText(id);
        QVERIFY2(!history.isEmpty(), "no history recorded");
        QVERIFY2(!history.contains(QString::fromUtf8(key)), qPrintable(history));
        QVERIFY2(!history.contains(QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(key)))), qPrintable(history));
        QVERIFY2(history.contains(QLatin1String("****")) || history.contains(QLatin1String("[redacted]")), qPrintable(history));

        // `keyway token` hands out the key itself.
        QByteArray token;
        bool done = false;
        service().accessToken(id, false, this, [&](const Result<QByteArray> &answer) {
            const QByteArray t = answer ? answer.value() : QByteArray();
            token = t;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(token, key);
    }

    // Issue 15.2: what a request carries besides the connection's own credential is kept out of the history by
    // rule, in the SQLite files themselves (database and WAL) and in the diagnostic bundle.
    void historyKeepsNoSecretByRule()
    {
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-key-header");
        r.apiKey = "key_history_rule_7d2c";
        m_fx.seenSecrets() << r.apiKey;
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();

        const QList<QByteArray> secrets {"cookie_value_41c9e0", "glpat-private-77a1", "AIzaQueryKey_5b3f", "sig_value_0e8d",
            "tok_query_9f1a", "hunter22-body-pass", "pin-8642", "sk_body_secret_key_13"};
        ApiRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("/search?key=AIzaQueryKey_5b3f&sig=sig_value_0e8d&token=tok_query_9f1a&page=2"));
        request.headers = {{"Cookie", "session=cookie_value_41c9e0"}, {"PRIVATE-TOKEN", "glpat-private-77a1"},
            {"Content-Type", "application/json"}, {"Accept", "application/json"}};
        request.body
            = R"({"user":"ann","password":"hunter22-body-pass","card":{"pin":"pin-8642"},"secret_key":"sk_body_secret_key_13"})";
        const ApiResponse response = m_fx.send(id, request);
        QCOMPARE(response.status, 200);

        const QList<HistoryEntry> history = service().history(id);
        QVERIFY(!history.isEmpty());
        const HistoryEntry &h = history.first();
        QVERIFY2(h.url.contains(QLatin1String("page=2")) && h.url.contains(QLatin1String("key=[redacted]")), qPrintable(h.url));
        QVERIFY2(h.requestBody.contains(QLatin1String("\"user\":\"ann\"")), qPrintable(h.requestBody));
        QStringList headers;
        for (const auto &[name, value] : h.requestHeaders)
            headers << name + QStringLiteral(": ") + value;
        QVERIFY2(headers.contains(QStringLiteral("Accept: application/json")), qPrintable(headers.join(u'\n')));
        QVERIFY2(headers.contains(QStringLiteral("Cookie: [redacted]")), qPrintable(headers.join(u'\n')));

        QDir().mkpath(m_fx.dir().filePath(QStringLiteral("export")));
        bool done = false;
        service().diagnostics(id, this, [&](const Result<QJsonDocument> &answer) {
            const QJsonDocument bundle = answer ? answer.value() : QJsonDocument();
            QFile out(m_fx.dir().filePath(QStringLiteral("export/bundle.json")));
            if (out.open(QIODevice::WriteOnly))
                out.write(bundle.toJson());
            done = true;
        });
        QTRY_VERIFY(done);
        for (const QByteArray &secret : secrets)
            QVERIFY2(test::filesContaining(secret, {m_fx.dir().path()}).isEmpty(),
                qPrintable(QString::fromLatin1(secret) + QStringLiteral(" in ")
                    + test::filesContaining(secret, {m_fx.dir().path()}).join(u' ')));
    }

    void basic_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("username and password") << "test-basic"
                                               << "alice@example.test" << QByteArray("pässword:with colon");
        QTest::newRow("key and empty password") << "test-basic-key"
                                                << "sk_test_51Hkeyonly9a8b7c" << QByteArray();
    }
    void basic()
    {
        QFETCH(QString, integration);
        QFETCH(QString, username);
        QFETCH(QByteArray, password);
        if (!password.isEmpty())
            m_fx.seenSecrets() << password;
        else
            m_fx.seenSecrets() << username.toUtf8();
        ConnectRequest r;
        r.integrationId = integration;
        r.username = username;
        r.password = password;
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();

        const QJsonObject echo = echoed(id, QStringLiteral("me"));
        // RFC 7617 §2: base64 of user-id ":" password, UTF-8.
        const QByteArray expected = "Basic " + (username.toUtf8() + ':' + password).toBase64();
        QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString().toUtf8(),
            expected);
        QVERIFY(echo.value(QStringLiteral("query")).toObject().isEmpty());
        const QString history = historyText(id);
        QVERIFY2(!history.contains(QString::fromUtf8((username.toUtf8() + ':' + password).toBase64())), qPrintable(history));
        QVERIFY2(!history.contains(username), qPrintable(history));
    }

    void basicNeedsItsPassword()
    {
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-basic");
        r.username = QStringLiteral("alice");
        const auto connected = connectAndWait(r);
        QCOMPARE(test::failureCode(connected), QStringLiteral("missing_password"));
        const Error &error = connected.error();
        QVERIFY2(error.message.contains(QLatin1String("API token")), qPrintable(error.message)); // the integration's label
    }

    void pastedBearerToken()
    {
        const QByteArray token = "pasted.qa.token-3c9e1f";
        m_fx.seenSecrets() << token;
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-bearer");
        r.bearerToken = token;
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QJsonObject echo = echoed(id, QStringLiteral("me"));
        QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString().toUtf8(),
            "Bearer " + token);
        QVERIFY(!historyText(id).contains(QString::fromUtf8(token)));
        // A pasted token cannot renew itself: a refresh says so and leaves the connection usable.
        Error error;
        bool done = false;
        service().refresh(id, this, [&](const Error &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(error.code, QStringLiteral("not_renewable"));
        QCOMPARE(service().connection(id)->status, ConnectionStatus::Connected);
    }

    void variablesInTemplatedUrls()
    {
        const QByteArray key = "templated_key_0a1b2c3d";
        m_fx.seenSecrets() << key;
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-templated");
        r.apiKey = key;
        r.variables.insert(QStringLiteral("account_id"), QStringLiteral("acme-42"));
        r.variables.insert(QStringLiteral("region"), QStringLiteral("us"));
        const auto connected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // Entered once: kept with the connection (not secret) and used for every request.
        const QJsonObject variables = service().connection(id)->settings.value(QStringLiteral("variables")).toObject();
        QCOMPARE(variables.value(QStringLiteral("account_id")).toString(), QStringLiteral("acme-42"));
        const QJsonObject echo = echoed(id, QStringLiteral("invoices"));
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/us/accounts/acme-42/invoices"));
        QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-api-key")).toString().toUtf8(), key);

        // The default fills in a value left out.
        r.variables.remove(QStringLiteral("region"));
        const auto secondConnected = connectAndWait(r);
        KEYWAY_VERIFY_RESULT(secondConnected);
        const QString second = secondConnected.value();
        QCOMPARE(echoed(second, QStringLiteral("x")).value(QStringLiteral("path")).toString(),
            QStringLiteral("/eu/accounts/acme-42/x"));
    }

    void badVariablesAreRefused_data()
    {
        QTest::addColumn<QString>("accountId");
        QTest::newRow("missing") << QString();
        QTest::newRow("path traversal") << "../admin";
        QTest::newRow("another host") << "x@evil.example";
    }
    void badVariablesAreRefused()
    {
        QFETCH(QString, accountId);
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-templated");
        r.apiKey = "unused-key-123456";
        if (!accountId.isEmpty())
            r.variables.insert(QStringLiteral("account_id"), accountId);
        const int before = service().connections().size();
        const auto connected = connectAndWait(r);
        QVERIFY2(!connected, qPrintable(test::describe(connected)));
        const Error &error = connected.error();
        QVERIFY2(error.toString().contains(QLatin1String("Account ID")) || error.toString().contains(QLatin1String("account_id")),
            qPrintable(error.toString()));
        QCOMPARE(service().connections().size(), before);
    }

    void missingKeyIsRefused()
    {
        ConnectRequest r;
        r.integrationId = QStringLiteral("test-key-header");
        const auto connected = connectAndWait(r);
        QCOMPARE(test::failureCode(connected), QStringLiteral("missing_api_key"));
        const Error &error = connected.error();
        QVERIFY(!error.message.isEmpty());
    }

    void noSecretInAnyFile()
    {
        QVERIFY(!m_fx.seenSecrets().isEmpty());
        QCOMPARE(m_fx.filesHoldingSeenSecrets(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestApiKeyAndBasic)
#include "TestApiKeyAndBasic.moc"
