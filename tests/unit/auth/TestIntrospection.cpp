#include "FakeHttpServer.h"

#include "auth/Introspection.h"

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
    Introspection::Done callback()
    {
        return [this](const Result<QJsonObject> &r) { result = r; };
    }
    bool done() const { return result.has_value(); }
};

} // namespace

class TestIntrospection : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static ProviderConfig configFor(const FakeHttpServer &server)
    {
        ProviderConfig c;
        c.tokenUrl = server.urlString(QStringLiteral("/token"));
        c.introspectionUrl = server.urlString(QStringLiteral("/introspect"));
        return c;
    }
    static ClientCredentials credentials()
    {
        ClientCredentials cc;
        cc.clientId = QStringLiteral("rs-1");
        cc.clientSecret = "rs-secret";
        return cc;
    }

private slots:
    void activeToken()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200,
            "{\"active\":true,\"scope\":\"read write\",\"client_id\":\"c\",\"exp\":1900000000,"
            "\"sub\":\"u-1\"}"));
        Introspection introspection(&m_network);
        Outcome out;
        introspection.introspect(
            configFor(server), credentials(), "at-introspect-1", QStringLiteral("access_token"), out.callback());
        QVERIFY(!out.done());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->error().toString()));
        QVERIFY(out.result->value().value(QStringLiteral("active")).toBool());
        QCOMPARE(out.result->value().value(QStringLiteral("sub")).toString(), QStringLiteral("u-1"));
        const auto req = server.last();
        QCOMPARE(req.target, QByteArray("/introspect"));
        QCOMPARE(req.formValue(QStringLiteral("token")), QStringLiteral("at-introspect-1"));
        QCOMPARE(req.formValue(QStringLiteral("token_type_hint")), QStringLiteral("access_token"));
        QCOMPARE(req.header("authorization"), QByteArray("Basic ") + QByteArray("rs-1:rs-secret").toBase64());
        QCOMPARE(req.header("accept"), QByteArray("application/json"));
    }

    void inactiveIsAnAnswer()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, "{\"active\":false}"));
        Introspection introspection(&m_network);
        Outcome out;
        introspection.introspect(configFor(server), credentials(), "t", QString(), out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        QCOMPARE(out.result->value().value(QStringLiteral("active")), QJsonValue(false));
        QVERIFY(!server.last().hasForm(QStringLiteral("token_type_hint")));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("no active member") << 200 << QByteArray("application/json") << QByteArray("{\"scope\":\"x\"}")
                                          << "invalid_response";
        QTest::newRow("active as string") << 200 << QByteArray("application/json") << QByteArray("{\"active\":\"true\"}")
                                          << "invalid_response";
        QTest::newRow("401 invalid_client") << 401 << QByteArray("application/json")
                                            << QByteArray("{\"error\":\"invalid_client\"}") << "invalid_client";
        QTest::newRow("403 bare") << 403 << QByteArray("text/plain") << QByteArray("forbidden") << "http_error";
        QTest::newRow("html") << 200 << QByteArray("text/html") << QByteArray("<html>login</html>") << "html_response";
        QTest::newRow("not json") << 200 << QByteArray("application/json") << QByteArray("{oops") << "invalid_response";
        QTest::newRow("array") << 200 << QByteArray("application/json") << QByteArray("[]") << "invalid_response";
        QTest::newRow("500") << 500 << QByteArray("application/json") << QByteArray() << "server_error";
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        FakeHttpServer server;
        CannedResponse response = CannedResponse::json(status, body);
        response.contentType = contentType;
        server.setResponse(response);
        Introspection introspection(&m_network);
        Outcome out;
        introspection.introspect(configFor(server), credentials(), "t-0123456789", QString(), out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(!out.result->ok());
        QCOMPARE(out.result->error().code, code);
        QVERIFY(!out.result->error().message.isEmpty());
    }

    void unsupportedAndInsecure()
    {
        Introspection introspection(&m_network);
        Outcome out;
        introspection.introspect(ProviderConfig(), credentials(), "t", QString(), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.result->error().code, QStringLiteral("introspection_unsupported"));
        ProviderConfig config;
        config.introspectionUrl = QStringLiteral("http://192.0.2.1/introspect");
        Outcome out2;
        introspection.introspect(config, credentials(), "t", QString(), out2.callback());
        QTRY_VERIFY(out2.done());
        QCOMPARE(out2.result->error().code, QStringLiteral("insecure_url"));
    }
};

QTEST_GUILESS_MAIN(TestIntrospection)
#include "TestIntrospection.moc"
