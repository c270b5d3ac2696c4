#include "auth/ProviderConfig.h"
#include "auth/TokenResponseParser.h"

#include <QtTest>

using namespace keyway;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

const QDateTime kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);

ProviderConfig slackConfig()
{
    ProviderConfig c;
    c.accessTokenPath = QStringLiteral("authed_user.access_token");
    c.scopePath = QStringLiteral("authed_user.scope");
    c.tokenTypePath = QStringLiteral("authed_user.token_type");
    c.responseValues.insert(QStringLiteral("team_id"), QStringLiteral("team.id"));
    return c;
}

} // namespace

class TestTokenResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void success_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("access");
        QTest::addColumn<QByteArray>("refresh");
        QTest::addColumn<qint64>("expiresIn"); // -1 = unknown
        QTest::addColumn<QString>("tokenType");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<bool>("scopeReturned");
        QTest::addColumn<int>("warningCount");

        const QByteArray json = "application/json";
        const QByteArray form = "application/x-www-form-urlencoded";
        const QStringList requested = {QStringLiteral("read"), QStringLiteral("write")};

        QTest::newRow("json full") << 200 << json
                                   << QByteArray("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":3600,"
                                                 "\"token_type\":\"Bearer\",\"scope\":\"a b\"}")
                                   << QByteArray("at-1") << QByteArray("rt-1") << qint64(3600) << "Bearer" << list({"a", "b"})
                                   << true << 0;
        QTest::newRow("json charset") << 200 << QByteArray("application/json; charset=utf-8")
                                      << QByteArray("{\"access_token\":\"at-1\",\"token_type\":\"bearer\"}") << QByteArray("at-1")
                                      << QByteArray() << qint64(-1) << "Bearer" << requested << false << 0;
        QTest::newRow("json problem+json type")
            << 200 << QByteArray("application/problem+json") << QByteArray("{\"access_token\":\"at-1\"}") << QByteArray("at-1")
            << QByteArray() << qint64(-1) << "" << requested << false << 0;
        QTest::newRow("json with BOM and spaces")
            << 200 << json << QByteArray("\xEF\xBB\xBF  {\"access_token\":\"at-1\"}\n") << QByteArray("at-1") << QByteArray()
            << qint64(-1) << "" << requested << false << 0;
        QTest::newRow("github form")
            << 200 << form
            << QByteArray("access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer")
            << QByteArray("gho_16C7e42F292c6912E7710c838347Ae178B4a") << QByteArray() << qint64(-1) << "Bearer"
            << list({"repo", "gist"}) << true << 0;
        QTest::newRow("form under text/plain")
            << 200 << QByteArray("text/plain") << QByteArray("access_token=at%2B1&expires_in=60&refresh_token=r+t")
            << QByteArray("at+1") << QByteArray("r t") << qint64(60) << "" << requested << false << 0;
        QTest::newRow("json labelled form") << 200 << form << QByteArray("{\"access_token\":\"at-1\",\"expires_in\":\"120\"}")
                                            << QByteArray("at-1") << QByteArray() << qint64(120) << "" << requested << false << 0;
        QTest::newRow("json without content type")
            << 200 << QByteArray() << QByteArray("{\"access_token\":\"at-1\"}") << QByteArray("at-1") << QByteArray()
            << qint64(-1) << "" << requested << false << 0;
        QTest::newRow("expires_in string") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":\" 7200 \"}")
                                           << QByteArray("a") << QByteArray() << qint64(7200) << "" << requested << false << 0;
        QTest::newRow("expires_in fraction") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":59.9}")
                                             << QByteArray("a") << QByteArray() << qint64(59) << "" << requested << false << 0;
        QTest::newRow("expires_in missing") << 200 << json << QByteArray("{\"access_token\":\"a\"}") << QByteArray("a")
                                            << QByteArray() << qint64(-1) << "" << requested << false << 0;
        QTest::newRow("expires_in null") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":null}")
                                         << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 0;
        QTest::newRow("expires_in negative") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":-5}")
                                             << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("expires_in zero") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":0}")
                                         << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("expires_in garbage") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":\"soon\"}")
                                            << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("expires_in object") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":{}}")
                                           << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("expires_in absurd") << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":1e12}")
                                           << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("expires_in huge string")
            << 200 << json << QByteArray("{\"access_token\":\"a\",\"expires_in\":\"99999999999999999999999\"}") << QByteArray("a")
            << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("token_type N_A kept") << 200 << json << QByteArray("{\"access_token\":\"a\",\"token_type\":\"N_A\"}")
                                             << QByteArray("a") << QByteArray() << qint64(-1) << "N_A" << requested << false << 1;
        QTest::newRow("token_type BEARER") << 200 << json << QByteArray("{\"access_token\":\"a\",\"token_type\":\"BEARER\"}")
                                           << QByteArray("a") << QByteArray() << qint64(-1) << "Bearer" << requested << false
                                           << 0;
        QTest::newRow("token_type number") << 200 << json << QByteArray("{\"access_token\":\"a\",\"token_type\":1}")
                                           << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("scope comma") << 200 << json << QByteArray("{\"access_token\":\"a\",\"scope\":\"x,y, z\"}")
                                     << QByteArray("a") << QByteArray() << qint64(-1) << "" << list({"x", "y", "z"}) << true << 0;
        QTest::newRow("scope space dup") << 200 << json << QByteArray("{\"access_token\":\"a\",\"scope\":\" x  y x \"}")
                                         << QByteArray("a") << QByteArray() << qint64(-1) << "" << list({"x", "y"}) << true << 0;
        QTest::newRow("scope array") << 200 << json << QByteArray("{\"access_token\":\"a\",\"scope\":[\"x\",\"y\",3]}")
                                     << QByteArray("a") << QByteArray() << qint64(-1) << "" << list({"x", "y"}) << true << 0;
        QTest::newRow("scope empty string") << 200 << json << QByteArray("{\"access_token\":\"a\",\"scope\":\"\"}")
                                            << QByteArray("a") << QByteArray() << qint64(-1) << "" << list({}) << true << 0;
        QTest::newRow("refresh not string") << 200 << json << QByteArray("{\"access_token\":\"a\",\"refresh_token\":42}")
                                            << QByteArray("a") << QByteArray() << qint64(-1) << "" << requested << false << 1;
        QTest::newRow("http 201") << 201 << json << QByteArray("{\"access_token\":\"a\"}") << QByteArray("a") << QByteArray()
                                  << qint64(-1) << "" << requested << false << 0;
    }

    void success()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, access);
        QFETCH(QByteArray, refresh);
        QFETCH(qint64, expiresIn);
        QFETCH(QString, tokenType);
        QFETCH(QStringList, scopes);
        QFETCH(bool, scopeReturned);
        QFETCH(int, warningCount);

        ProviderConfig config;
        config.scopes = {QStringLiteral("read"), QStringLiteral("write")};
        QStringList warnings;
        const Result<TokenSet> r = TokenResponseParser::parse(status, contentType, body, config, kNow, &warnings);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const TokenSet &t = r.value();
        QCOMPARE(t.accessToken, access);
        QCOMPARE(t.refreshToken, refresh);
        QCOMPARE(t.obtainedAt, kNow);
        if (expiresIn < 0)
            QVERIFY(!t.expiresAt.isValid());
        else
            QCOMPARE(t.expiresAt, kNow.addSecs(expiresIn));
        QCOMPARE(t.tokenType, tokenType);
        QCOMPARE(t.grantedScopes, scopes);
        QCOMPARE(t.scopeReturned, scopeReturned);
        QCOMPARE(warnings.size(), warningCount);
    }

    // Issue 23: a provider that documents how long its access tokens live but sends no expires_in (RFC 6749 §5.1: only
    // RECOMMENDED) gets that lifetime as the expiry; what the response says always wins.
    void documentedAccessLifetime_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<qint64>("documented");
        QTest::addColumn<qint64>("expiresIn"); // -1: unknown
        QTest::newRow("no expires_in, documented") << QByteArray() << qint64(1800) << qint64(1800);
        QTest::newRow("no expires_in, not documented") << QByteArray() << qint64(0) << qint64(-1);
        QTest::newRow("expires_in wins") << QByteArray(",\"expires_in\":60") << qint64(1800) << qint64(60);
        QTest::newRow("bad expires_in, documented") << QByteArray(",\"expires_in\":\"soon\"") << qint64(1800) << qint64(1800);
        QTest::newRow("absurd documented") << QByteArray() << qint64(1) + TokenResponseParser::kMaxLifetimeSeconds << qint64(-1);
    }
    void documentedAccessLifetime()
    {
        QFETCH(QByteArray, fields);
        QFETCH(qint64, documented);
        QFETCH(qint64, expiresIn);
        ProviderConfig config;
        config.accessTokenLifetimeSeconds = documented;
        const Result<TokenSet> r = TokenResponseParser::parse(
            200, QByteArray("application/json"), QByteArray("{\"access_token\":\"a\"") + fields + '}', config, kNow);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        if (expiresIn < 0)
            QVERIFY(!r.value().expiresAt.isValid());
        else
            QCOMPARE(r.value().expiresAt, kNow.addSecs(expiresIn));
    }

    // Square's expires_at: a point in time where other providers send expires_in. kNow is 2024-05-01T12:00:00Z.
    void absoluteExpiry_data()
    {
        QTest::addColumn<QByteArray>("expiry"); // the JSON members after access_token
        QTest::addColumn<QString>("path"); // config.expiresAtPath
        QTest::addColumn<QDateTime>("expected"); // invalid = unknown
        QTest::addColumn<int>("warningCount");
        const QDateTime in30Days = kNow.addDays(30);
        QTest::newRow("ISO 8601 Z") << QByteArray(",\"expires_at\":\"2024-05-31T12:00:00Z\"") << "expires_at" << in30Days << 0;
        QTest::newRow("ISO 8601 offset") << QByteArray(",\"expires_at\":\"2024-05-31T14:00:00+02:00\"") << "expires_at"
                                         << in30Days << 0;
        QTest::newRow("ISO 8601 fraction") << QByteArray(",\"expires_at\":\"2024-05-31T12:00:00.250Z\"") << "expires_at"
                                           << in30Days.addMSecs(250) << 0;
        QTest::newRow("epoch seconds") << QByteArray(",\"data\":{\"exp\":1717156800}") << "data.exp" << in30Days << 0;
        QTest::newRow("epoch seconds as text") << QByteArray(",\"expires_at\":\"1717156800\"") << "expires_at" << in30Days << 0;
        QTest::newRow("expires_in wins") << QByteArray(",\"expires_in\":60,\"expires_at\":\"2024-05-31T12:00:00Z\"")
                                         << "expires_at" << kNow.addSecs(60) << 0;
        QTest::newRow("bad expires_in, then expires_at")
            << QByteArray(",\"expires_in\":\"soon\",\"expires_at\":\"2024-05-31T12:00:00Z\"") << "expires_at" << in30Days << 1;
        QTest::newRow("path not declared") << QByteArray(",\"expires_at\":\"2024-05-31T12:00:00Z\"") << "" << QDateTime() << 0;
        QTest::newRow("absent") << QByteArray() << "expires_at" << QDateTime() << 0;
        QTest::newRow("null") << QByteArray(",\"expires_at\":null") << "expires_at" << QDateTime() << 0;
        QTest::newRow("no offset") << QByteArray(",\"expires_at\":\"2024-05-31T12:00:00\"") << "expires_at" << QDateTime() << 1;
        QTest::newRow("not a time") << QByteArray(",\"expires_at\":\"next month\"") << "expires_at" << QDateTime() << 1;
        QTest::newRow("a date only") << QByteArray(",\"expires_at\":\"2024-05-31\"") << "expires_at" << QDateTime() << 1;
        QTest::newRow("object") << QByteArray(",\"expires_at\":{\"t\":1}") << "expires_at" << QDateTime() << 1;
        QTest::newRow("past") << QByteArray(",\"expires_at\":\"2024-04-30T12:00:00Z\"") << "expires_at" << QDateTime() << 1;
        QTest::newRow("now") << QByteArray(",\"expires_at\":\"2024-05-01T12:00:00Z\"") << "expires_at" << QDateTime() << 1;
        QTest::newRow("eleven years") << QByteArray(",\"expires_at\":\"2035-05-01T12:00:00Z\"") << "expires_at" << QDateTime()
                                      << 1;
        QTest::newRow("negative epoch") << QByteArray(",\"expires_at\":-5") << "expires_at" << QDateTime() << 1;
        QTest::newRow("huge epoch") << QByteArray(",\"expires_at\":1e300") << "expires_at" << QDateTime() << 1;
    }
    void absoluteExpiry()
    {
        QFETCH(QByteArray, expiry);
        QFETCH(QString, path);
        QFETCH(QDateTime, expected);
        QFETCH(int, warningCount);
        ProviderConfig config;
        config.expiresAtPath = path;
        QStringList warnings;
        const Result<TokenSet> r = TokenResponseParser::parse(
            200, "application/json", "{\"access_token\":\"EAAA-1\"" + expiry + "}", config, kNow, &warnings);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().expiresAt, expected);
        QCOMPARE(warnings.size(), warningCount);
    }

    void slackNestedToken()
    {
        const QByteArray body
            = "{\"ok\":true,\"app_id\":\"A0KRD7HC3\",\"authed_user\":{\"id\":\"U1234\",\"scope\":\"chat:write,users:read\","
              "\"access_token\":\"xoxp-1234\",\"token_type\":\"user\"},\"scope\":\"commands\",\"token_type\":\"bot\","
              "\"access_token\":\"xoxb-17653672481\",\"team\":{\"name\":\"Slack Softball Team\",\"id\":\"T9TK3CUKW\"}}";
        QStringList warnings;
        const Result<TokenSet> r = TokenResponseParser::parse(200, "application/json", body, slackConfig(), kNow, &warnings);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().accessToken, QByteArray("xoxp-1234"));
        QCOMPARE(r.value().grantedScopes, (list({"chat:write", "users:read"})));
        QCOMPARE(r.value().tokenType, QStringLiteral("user"));
        QCOMPARE(r.value().responseValues.value(QStringLiteral("team_id")).toString(), QStringLiteral("T9TK3CUKW"));
        QCOMPARE(warnings.size(), 1); // token_type "user"
    }

    void slackError()
    {
        const Result<TokenSet> r = TokenResponseParser::parse(
            200, "application/json", "{\"ok\":false,\"error\":\"invalid_code\"}", slackConfig(), kNow);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("invalid_code"));
        QCOMPARE(r.error().httpStatus, 200);
    }

    void responseValuesAndIdToken()
    {
        ProviderConfig config;
        config.responseValues.insert(QStringLiteral("instance_url"), QStringLiteral("instance_url"));
        config.responseValues.insert(QStringLiteral("issued"), QStringLiteral("issued_at"));
        config.responseValues.insert(QStringLiteral("missing"), QStringLiteral("nope.deep"));
        config.responseValues.insert(QStringLiteral("tenant"), QStringLiteral("tenants.1.name"));
        const QByteArray body
            = "{\"access_token\":\"00D!AQ\",\"instance_url\":\"https://acme.my.salesforce.com\",\"issued_at\":1714564800000,"
              "\"id_token\":\"eyJ.x.y\",\"tenants\":[{\"name\":\"a\"},{\"name\":\"b\"}]}";
        QStringList warnings;
        const Result<TokenSet> r = TokenResponseParser::parse(200, "application/json", body, config, kNow, &warnings);
        QVERIFY(r.ok());
        QCOMPARE(r.value().idToken, QByteArray("eyJ.x.y"));
        QCOMPARE(r.value().responseValues.value(QStringLiteral("instance_url")).toString(),
            QStringLiteral("https://acme.my.salesforce.com"));
        QCOMPARE(r.value().responseValues.value(QStringLiteral("issued")).toString(), QStringLiteral("1714564800000"));
        QCOMPARE(r.value().responseValues.value(QStringLiteral("tenant")).toString(), QStringLiteral("b"));
        QVERIFY(!r.value().responseValues.contains(QStringLiteral("missing")));
        QCOMPARE(warnings.size(), 1);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("detailPart");

        const QByteArray json = "application/json";
        QTest::newRow("invalid_grant 400") << 400 << json
                                           << QByteArray(
                                                  "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token expired\"}")
                                           << "invalid_grant"
                                           << "no longer valid"
                                           << "Refresh token expired";
        QTest::newRow("invalid_client 401") << 401 << json << QByteArray("{\"error\":\"invalid_client\"}") << "invalid_client"
                                            << "client id or secret"
                                            << "HTTP 401";
        QTest::newRow("error with HTTP 200")
            << 200 << json
            << QByteArray("{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is incorrect or "
                          "expired.\",\"error_uri\":\"https://docs.github.com/x\"}")
            << "bad_verification_code"
            << "bad_verification_code"
            << "docs.github.com";
        QTest::newRow("github form error") << 200 << QByteArray("application/x-www-form-urlencoded")
                                           << QByteArray(
                                                  "error=incorrect_client_credentials&error_description=The+client_id+is+wrong.")
                                           << "incorrect_client_credentials"
                                           << ""
                                           << "The client_id is wrong.";
        QTest::newRow("error object") << 400 << json
                                      << QByteArray("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Bad\"}}")
                                      << "InvalidAuthenticationToken"
                                      << ""
                                      << "Bad";
        QTest::newRow("error code garbage") << 400 << json << QByteArray("{\"error\":\"bad code\\n with spaces\"}")
                                            << "provider_error"
                                            << ""
                                            << "HTTP 400";
        QTest::newRow("error plus token") << 200 << json << QByteArray("{\"error\":\"invalid_scope\",\"access_token\":\"at-1\"}")
                                          << "invalid_scope"
                                          << "permissions"
                                          << "";
        QTest::newRow("unsupported_grant_type")
            << 400 << json << QByteArray("{\"error\":\"unsupported_grant_type\"}") << "unsupported_grant_type"
            << "does not support"
            << "";
        QTest::newRow("authorization_pending")
            << 400 << json << QByteArray("{\"error\":\"authorization_pending\"}") << "authorization_pending"
            << "Waiting"
            << "";
        QTest::newRow("500 json no error") << 500 << json << QByteArray("{\"message\":\"boom\"}") << "server_error"
                                           << "Try again later"
                                           << "HTTP 500";
        QTest::newRow("503 with provider code")
            << 503 << json << QByteArray("{\"error\":\"temporarily_unavailable\"}") << "server_error"
            << "temporarily unavailable"
            << "temporarily_unavailable";
        QTest::newRow("503 empty") << 503 << QByteArray() << QByteArray() << "server_error"
                                   << "Try again later"
                                   << "HTTP 503";
        QTest::newRow("502 html") << 502 << QByteArray("text/html")
                                  << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << "server_error"
                                  << "web page"
                                  << "502 Bad Gateway";
        QTest::newRow("502 garbage") << 502 << QByteArray("text/plain") << QByteArray("upstream died") << "server_error"
                                     << "Try again later"
                                     << "HTTP 502";
        QTest::newRow("400 empty") << 400 << json << QByteArray() << "http_error"
                                   << "refused"
                                   << "HTTP 400";
        QTest::newRow("404 json without error") << 404 << json << QByteArray("{\"access_token\":\"x\"}") << "http_error"
                                                << "refused"
                                                << "HTTP 404";
        QTest::newRow("302 redirect") << 302 << QByteArray("text/html") << QByteArray() << "unexpected_redirect"
                                      << "redirected"
                                      << "HTTP 302";
        QTest::newRow("html 200") << 200 << QByteArray("text/html; charset=utf-8")
                                  << QByteArray(
                                         "<!DOCTYPE html><html><head><title>Sign in</title><style>p{color:red}</style>"
                                         "<script>var x = '<b>';</script></head><body><p>Please &amp; sign in</p></body></html>")
                                  << "html_response"
                                  << "web page instead of a token response"
                                  << "HTTP 200: Sign in Please & sign in";
        QTest::newRow("html mislabelled json") << 200 << json << QByteArray("  <html>oops</html>") << "html_response"
                                               << "web page"
                                               << "oops";
        QTest::newRow("empty 200") << 200 << json << QByteArray() << "empty_response"
                                   << "empty"
                                   << "HTTP 200";
        QTest::newRow("whitespace 200") << 200 << json << QByteArray(" \r\n ") << "empty_response"
                                        << "empty"
                                        << "";
        QTest::newRow("invalid json") << 200 << json << QByteArray("{\"access_token\": \"a\",") << "invalid_response"
                                      << "not valid JSON"
                                      << "offset";
        QTest::newRow("json labelled garbage") << 200 << json << QByteArray("hello world") << "invalid_response"
                                               << "not valid JSON"
                                               << "";
        QTest::newRow("plain garbage") << 200 << QByteArray("text/plain") << QByteArray("hello world") << "invalid_response"
                                       << "could not be read"
                                       << "neither JSON nor form";
        QTest::newRow("json array") << 200 << json << QByteArray("[{\"access_token\":\"a\"}]") << "invalid_response"
                                    << "not an object"
                                    << "array";
        QTest::newRow("json scalar") << 200 << json << QByteArray("\"a\"") << "invalid_response"
                                     << ""
                                     << "";
        QTest::newRow("missing access_token")
            << 200 << json << QByteArray("{\"token_type\":\"bearer\",\"refresh_token\":\"rt-secret\"}")
            << "invalid_token_response"
            << "did not contain an access token"
            << "refresh_token";
        QTest::newRow("access_token number") << 200 << json << QByteArray("{\"access_token\":12345}") << "invalid_token_response"
                                             << "cannot use"
                                             << "not a string";
        QTest::newRow("access_token object")
            << 200 << json << QByteArray("{\"access_token\":{\"v\":\"x\"}}") << "invalid_token_response"
            << "cannot use"
            << "not a string";
        QTest::newRow("access_token null") << 200 << json << QByteArray("{\"access_token\":null}") << "invalid_token_response"
                                           << "did not contain"
                                           << "";
        QTest::newRow("access_token empty") << 200 << json << QByteArray("{\"access_token\":\"\"}") << "invalid_token_response"
                                            << "empty"
                                            << "";
        QTest::newRow("access_token with newline")
            << 200 << json << QByteArray("{\"access_token\":\"ab\\r\\nX-Evil: 1\"}") << "invalid_token_response"
            << "cannot use"
            << "visible ASCII";
        QTest::newRow("access_token non-ascii")
            << 200 << json << QByteArray("{\"access_token\":\"t\xC3\xA9st\"}") << "invalid_token_response"
            << "cannot use"
            << "";
        QTest::newRow("refresh_token with control")
            << 200 << json << QByteArray("{\"access_token\":\"a\",\"refresh_token\":\"r\\u0000x\"}") << "invalid_token_response"
            << "refresh token"
            << "";
        QTest::newRow("invalid utf-8 json") << 200 << json << QByteArray("{\"access_token\":\"a\xff\xfe\"}") << "invalid_response"
                                            << "not valid JSON"
                                            << "";
        QTest::newRow("invalid utf-8 form") << 200 << QByteArray("application/x-www-form-urlencoded")
                                            << QByteArray("access_token=a%FF%FEb") << "invalid_token_response"
                                            << "cannot use"
                                            << "";
        QTest::newRow("huge") << 200 << json
                              << QByteArray("{\"access_token\":\"") + QByteArray(1100 * 1024, 'a') + QByteArray("\"}")
                              << "response_too_large"
                              << "too large"
                              << "";
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        QFETCH(QString, detailPart);

        ProviderConfig config;
        const Result<TokenSet> r = TokenResponseParser::parse(status, contentType, body, config, kNow);
        QVERIFY(!r.ok());
        const Error &e = r.error();
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QVERIFY2(e.detail.contains(detailPart), qPrintable(e.detail));
        // No token value leaks into texts.
        for (const char *secret : {"rt-secret", "at-1", "12345", "X-Evil"}) {
            QVERIFY2(!e.message.contains(QLatin1String(secret)), qPrintable(e.message));
            QVERIFY2(!e.detail.contains(QLatin1String(secret)), qPrintable(e.detail));
        }
        QVERIFY(e.detail.size() < 1000);
    }

    void htmlDetailIsShort()
    {
        const QByteArray body = "<html><body>" + QByteArray(5000, 'x') + "</body></html>";
        const Result<TokenSet> r = TokenResponseParser::parse(200, "text/html", body, ProviderConfig(), kNow);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.size() <= 220);
    }

    void exactlyOneMebibyteIsAccepted()
    {
        QByteArray body = "{\"access_token\":\"a\",\"pad\":\"";
        body += QByteArray(1024 * 1024 - body.size() - 2, 'p');
        body += "\"}";
        QCOMPARE(body.size(), 1024 * 1024);
        QVERIFY(TokenResponseParser::parse(200, "application/json", body, ProviderConfig(), kNow).ok());
    }

    // Cheap robustness sweep: every prefix and a few byte flips of a valid answer must not crash.
    void malformedNeverCrashes()
    {
        const QByteArray valid
            = "{\"access_token\":\"at\",\"refresh_token\":\"rt\",\"expires_in\":3600,\"scope\":\"a b\",\"x\":{\"y\":[1,2]}}";
        ProviderConfig config = slackConfig();
        for (int i = 0; i <= valid.size(); ++i) {
            TokenResponseParser::parse(200, "application/json", valid.left(i), config, kNow);
            TokenResponseParser::parse(200, "application/x-www-form-urlencoded", valid.left(i), ProviderConfig(), kNow);
        }
        for (int i = 0; i < valid.size(); ++i) {
            QByteArray b = valid;
            b[i] = char(b.at(i) ^ 0x80);
            TokenResponseParser::parse(200, QByteArray(), b, ProviderConfig(), kNow);
        }
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestTokenResponseParser)
#include "TestTokenResponseParser.moc"
