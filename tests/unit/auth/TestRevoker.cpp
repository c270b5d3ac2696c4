#include "FakeHttpServer.h"

#include "auth/Revoker.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <optional>

using namespace keyway;
using keyway::test::CannedResponse;
using keyway::test::FakeHttpServer;

namespace {

struct Outcome
{
    std::optional<Error> error;
    Revoker::Done callback()
    {
        return [this](const Error &e) { error = e; };
    }
    bool done() const { return error.has_value(); }
};

} // namespace

class TestRevoker : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static ProviderConfig configFor(const FakeHttpServer &server, ProviderConfig::ClientAuth auth)
    {
        ProviderConfig c;
        c.tokenUrl = server.urlString(QStringLiteral("/token"));
        c.revocationUrl = server.urlString(QStringLiteral("/revoke"));
        c.clientAuth = auth;
        return c;
    }
    static ClientCredentials credentials()
    {
        ClientCredentials cc;
        cc.clientId = QStringLiteral("client-1");
        cc.clientSecret = "secret-1";
        return cc;
    }

private slots:
    void revokeRefreshTokenWithBasic()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, QByteArray()));
        Revoker revoker(&m_network);
        Outcome out;
        revoker.revoke(configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "rt-to-revoke-123",
            QStringLiteral("refresh_token"), out.callback());
        QVERIFY(!out.done());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.error->isNull(), qPrintable(out.error->toString()));
        const auto req = server.last();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, QByteArray("/revoke"));
        QCOMPARE(req.header("authorization"), QByteArray("Basic ") + QByteArray("client-1:secret-1").toBase64());
        QVERIFY(req.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(req.formValue(QStringLiteral("token")), QStringLiteral("rt-to-revoke-123"));
        QCOMPARE(req.formValue(QStringLiteral("token_type_hint")), QStringLiteral("refresh_token"));
    }

    void postAuthWithoutHint()
    {
        FakeHttpServer server;
        server.setResponse(CannedResponse::json(200, "{}"));
        Revoker revoker(&m_network);
        Outcome out;
        revoker.revoke(configFor(server, ProviderConfig::ClientAuth::Post), credentials(), "at-1", QString(), out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.error->isNull());
        const auto req = server.last();
        QVERIFY(!req.hasHeader("authorization"));
        QCOMPARE(req.formValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
        QCOMPARE(req.formValue(QStringLiteral("client_secret")), QStringLiteral("secret-1"));
        QVERIFY(!req.hasForm(QStringLiteral("token_type_hint")));
    }

    void answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("code"); // empty = success
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("200 unknown token is success") << 200 << QByteArray("{}") << QByteArray() << ""
                                                      << "";
        QTest::newRow("503 try later") << 503 << QByteArray() << QByteArray("120") << "temporarily_unavailable"
                                       << "Retry-After: 120";
        QTest::newRow("400 unsupported_token_type")
            << 400 << QByteArray("{\"error\":\"unsupported_token_type\"}") << QByteArray() << "unsupported_token_type"
            << "HTTP 400";
        QTest::newRow("401 invalid_client") << 401
                                            << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"bad secret\"}")
                                            << QByteArray() << "invalid_client"
                                            << "bad secret";
        QTest::newRow("404 plain") << 404 << QByteArray("not found") << QByteArray() << "http_error"
                                   << "HTTP 404";
        QTest::newRow("500") << 500 << QByteArray() << QByteArray() << "server_error"
                             << "HTTP 500";
        QTest::newRow("204 is not 200") << 204 << QByteArray() << QByteArray() << "http_error"
                                        << "HTTP 204";
    }
    void answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, code);
        QFETCH(QString, detailPart);
        FakeHttpServer server;
        CannedResponse response = CannedResponse::json(status, body);
        if (!retryAfter.isEmpty())
            response.headers.append({"Retry-After", retryAfter});
        server.setResponse(response);
        Revoker revoker(&m_network);
        Outcome out;
        revoker.revoke(configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "token-123456789",
            QStringLiteral("access_token"), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error->code, code);
        if (!code.isEmpty()) {
            QVERIFY(!out.error->message.isEmpty());
            QCOMPARE(out.error->httpStatus, status);
            QVERIFY2(out.error->detail.contains(detailPart), qPrintable(out.error->detail));
            QVERIFY(!out.error->detail.contains(QLatin1String("token-123456789")));
        }
    }

    void noEndpointOrToken()
    {
        Revoker revoker(&m_network);
        Outcome out;
        revoker.revoke(ProviderConfig(), credentials(), "t", QString(), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error->code, QStringLiteral("revocation_unsupported"));

        FakeHttpServer server;
        Outcome out2;
        revoker.revoke(
            configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), QByteArray(), QString(), out2.callback());
        QTRY_VERIFY(out2.done());
        QCOMPARE(out2.error->code, QStringLiteral("missing_token"));
        QCOMPARE(server.requests.size(), 0);
    }

    void insecureUrlRefused()
    {
        Revoker revoker(&m_network);
        Outcome out;
        ProviderConfig config;
        config.revocationUrl = QStringLiteral("http://id.example.com/revoke");
        revoker.revoke(config, credentials(), "t", QString(), out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error->code, QStringLiteral("insecure_url"));
    }

    void timeout()
    {
        FakeHttpServer server;
        CannedResponse hang;
        hang.hang = true;
        server.setResponse(hang);
        Revoker revoker(&m_network);
        revoker.setTransferTimeout(200);
        Outcome out;
        revoker.revoke(configFor(server, ProviderConfig::ClientAuth::Basic), credentials(), "t", QString(), out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.error->code, QStringLiteral("network_error"));
    }
};

QTEST_GUILESS_MAIN(TestRevoker)
#include "TestRevoker.moc"
