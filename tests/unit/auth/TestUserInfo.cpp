#include "FakeHttpServer.h"

#include "auth/UserInfo.h"
#include "common/Redactor.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

#include <optional>

using namespace keyway;
using keyway::test::CannedResponse;
using keyway::test::FakeHttpServer;

namespace {

struct Outcome
{
    std::optional<Result<QJsonObject>> result;
    UserInfo::Done callback()
    {
        return [this](const Result<QJsonObject> &r) { result = r; };
    }
    bool done() const { return result.has_value(); }
};

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestUserInfo : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

private slots:
    void fetchWithBearer()
    {
        FakeHttpServer server;
        server.setResponse(
            CannedResponse::json(200, "{\"sub\":\"248289761001\",\"email\":\"jane@example.com\",\"name\":\"Jane\"}"));
        UserInfo userInfo(&m_network);
        ProviderConfig config;
        config.userinfoUrl = server.urlString(QStringLiteral("/userinfo"));
        Outcome out;
        userInfo.fetch(config, "at-userinfo-123456", out.callback());
        QVERIFY(!out.done());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        QCOMPARE(out.result->value().value(QStringLiteral("email")).toString(), QStringLiteral("jane@example.com"));
        const auto req = server.last();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.target, QByteArray("/userinfo"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer at-userinfo-123456"));
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
        QCOMPARE(req.header("user-agent"), QByteArray("Keyway/" KEYWAY_VERSION));
        QVERIFY(!Redactor::redact(QStringLiteral("at-userinfo-123456")).contains(QLatin1String("at-userinfo-123456")));
    }

    void extraHeadersCannotReplaceAuthorization()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, "{\"login\":\"octocat\"}"));
        UserInfo userInfo(&m_network);
        Outcome out;
        userInfo.fetch(server.url(QStringLiteral("/user")), "tok-abc", false,
            UserInfo::Headers {{"Accept", "application/vnd.github+json"}, {"authorization", "Basic evil"},
                {"X-GitHub-Api-Version", "2022-11-28"}},
            out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        const auto req = server.last();
        QCOMPARE(req.header("accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer tok-abc"));
        QCOMPARE(req.header("x-github-api-version"), QByteArray("2022-11-28"));
        QCOMPARE(UserInfo::accountLabel(out.result->value(), QStringLiteral("login")), QStringLiteral("octocat"));
    }

    void arrayAnswerIsIndexed()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, "[{\"tenantName\":\"Acme Ltd\"},{\"tenantName\":\"Other\"}]"));
        UserInfo userInfo(&m_network);
        Outcome out;
        userInfo.fetch(server.url(QStringLiteral("/connections")), "tok", false, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        QCOMPARE(UserInfo::accountLabel(out.result->value(), QStringLiteral("0.tenantName")), QStringLiteral("Acme Ltd"));
        QCOMPARE(UserInfo::accountLabel(out.result->value(), QStringLiteral("1.tenantName")), QStringLiteral("Other"));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detailPart");
        const QByteArray json = "application/json";
        QTest::newRow("401 expired")
            << 401 << json << QByteArray()
            << QByteArray("Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access token expired\"")
            << "invalid_token"
            << "The access token expired";
        QTest::newRow("401 bare") << 401 << json << QByteArray() << QByteArray() << "invalid_token"
                                  << "HTTP 401";
        QTest::newRow("401 challenge without error")
            << 401 << json << QByteArray() << QByteArray("Bearer realm=\"api\"") << "invalid_token"
            << "HTTP 401";
        QTest::newRow("403 insufficient_scope")
            << 403 << json << QByteArray() << QByteArray("Bearer error=\"insufficient_scope\", scope=\"openid email\"")
            << "insufficient_scope"
            << "scope needed: openid email";
        QTest::newRow("403 bare") << 403 << json << QByteArray("{}") << QByteArray() << "http_error"
                                  << "HTTP 403";
        QTest::newRow("slack ok false with 200")
            << 200 << json << QByteArray("{\"ok\":false,\"error\":\"invalid_auth\"}") << QByteArray() << "invalid_auth"
            << "HTTP 200";
        QTest::newRow("signed userinfo") << 200 << QByteArray("application/jwt") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.sig")
                                         << QByteArray() << "unsupported_response"
                                         << "application/jwt";
        QTest::newRow("html") << 200 << QByteArray("text/html") << QByteArray("<html><body>Sign in</body></html>") << QByteArray()
                              << "html_response"
                              << "Sign in";
        QTest::newRow("form") << 200 << QByteArray("application/x-www-form-urlencoded") << QByteArray("user=jane") << QByteArray()
                              << "invalid_response"
                              << "HTTP 200";
        QTest::newRow("garbage json") << 200 << json << QByteArray("{\"a\":") << QByteArray() << "invalid_response"
                                      << "offset";
        QTest::newRow("empty") << 200 << json << QByteArray() << QByteArray() << "empty_response"
                               << "HTTP 200";
        QTest::newRow("500") << 500 << json << QByteArray() << QByteArray() << "server_error"
                             << "HTTP 500";
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, challenge);
        QFETCH(QString, code);
        QFETCH(QString, detailPart);
        FakeHttpServer server;
        CannedResponse response = CannedResponse::json(status, body);
        response.contentType = contentType;
        if (!challenge.isEmpty())
            response.headers.append({"WWW-Authenticate", challenge});
        server.setResponse(response);
        UserInfo userInfo(&m_network);
        Outcome out;
        userInfo.fetch(server.url(QStringLiteral("/me")), "tok-0123456789", false, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(!out.result->ok());
        const Error &e = out.result->error();
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(e.detail.contains(detailPart), qPrintable(e.detail));
        QVERIFY(!e.detail.contains(QLatin1String("tok-0123456789")));
    }

    void refusedBeforeSending()
    {
        UserInfo userInfo(&m_network);
        Outcome out;
        userInfo.fetch(ProviderConfig(), "tok", out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, QStringLiteral("userinfo_unsupported"));

        Outcome out2;
        userInfo.fetch(QUrl(QStringLiteral("http://api.example.com/me")), "tok", false, out2.callback());
        QTRY_VERIFY(out2.done());
        QCOMPARE(out2.result->error().code, QStringLiteral("insecure_url"));

        FakeHttpServer server;
        Outcome out3;
        userInfo.fetch(server.url(QStringLiteral("/me")), QByteArray(), false, out3.callback());
        QTRY_VERIFY(out3.done());
        QCOMPARE(out3.result->error().code, QStringLiteral("missing_token"));
        QCOMPARE(server.requests.size(), 0);
    }

    void accountLabel_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("label");
        QTest::newRow("preferred field") << QByteArray("{\"email\":\"a@x\",\"login\":\"octo\"}") << "login"
                                         << "octo";
        QTest::newRow("nested preferred") << QByteArray("{\"user\":{\"profile\":{\"email\":\"deep@x\"}},\"sub\":\"1\"}")
                                          << "user.profile.email"
                                          << "deep@x";
        QTest::newRow("missing preferred falls back") << QByteArray("{\"name\":\"Jane\",\"sub\":\"1\"}") << "nope"
                                                      << "Jane";
        QTest::newRow("email first") << QByteArray(
            "{\"sub\":\"1\",\"name\":\"Jane\",\"email\":\"j@x\",\"preferred_username\":\"jj\"}")
                                     << ""
                                     << "j@x";
        QTest::newRow("preferred_username") << QByteArray("{\"sub\":\"1\",\"name\":\"Jane\",\"preferred_username\":\"jj\"}") << ""
                                            << "jj";
        QTest::newRow("name") << QByteArray("{\"sub\":\"1\",\"name\":\"Jane\",\"login\":\"jl\"}") << ""
                              << "Jane";
        QTest::newRow("login") << QByteArray("{\"sub\":\"1\",\"login\":\"jl\"}") << ""
                               << "jl";
        QTest::newRow("sub") << QByteArray("{\"sub\":\"1\"}") << ""
                             << "1";
        QTest::newRow("numeric sub") << QByteArray("{\"sub\":12345}") << ""
                                     << "12345";
        QTest::newRow("empty email skipped") << QByteArray("{\"email\":\" \",\"login\":\"jl\"}") << ""
                                             << "jl";
        QTest::newRow("object preferred skipped") << QByteArray("{\"user\":{},\"login\":\"jl\"}") << "user"
                                                  << "jl";
        QTest::newRow("nothing") << QByteArray("{\"id\":{}}") << ""
                                 << "";
    }
    void accountLabel()
    {
        QFETCH(QByteArray, claims);
        QFETCH(QString, preferred);
        QFETCH(QString, label);
        QCOMPARE(UserInfo::accountLabel(object(claims.constData()), preferred), label);
    }
};

QTEST_GUILESS_MAIN(TestUserInfo)
#include "TestUserInfo.moc"
