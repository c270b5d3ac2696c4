// Discovery: well-known URLs follow OIDC Discovery §4 and RFC 8414 §3.1 (path insertion); a metadata document
// is used only when its issuer equals the requested one exactly (RFC 8414 §3.3, OIDC Discovery §4.3); non-JSON,
// 404, redirects and oversized documents fail cleanly. FakeHttpServer on 127.0.0.1 plays the provider.
#include "FakeHttpServer.h"
#include "catalog/Discovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

namespace {

// A JSON answer with extra raw header lines ("Name: value\r\n...").
test::CannedResponse withHeaders(int status, const QByteArray &body, const QByteArray &rawHeaders)
{
    test::CannedResponse response = test::CannedResponse::json(status, body);
    for (const QByteArray &line : rawHeaders.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return response;
}

QByteArray metadata(const QString &issuer, bool oidc = true)
{
    QJsonObject m {
        {u"issuer"_s, issuer},
        {u"authorization_endpoint"_s, issuer + u"/authorize"_s},
        {u"token_endpoint"_s, issuer + u"/token"_s},
        {u"revocation_endpoint"_s, issuer + u"/revoke"_s},
        {u"device_authorization_endpoint"_s, issuer + u"/device"_s},
        {u"scopes_supported"_s, QJsonArray {u"openid"_s, u"email"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray {u"S256"_s}},
        {u"token_endpoint_auth_methods_supported"_s, QJsonArray {u"client_secret_post"_s, u"private_key_jwt"_s}},
    };
    if (oidc) {
        m.insert(u"jwks_uri"_s, issuer + u"/jwks"_s);
        m.insert(u"userinfo_endpoint"_s, issuer + u"/userinfo"_s);
    }
    return QJsonDocument(m).toJson();
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellKnownUrl_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<bool>("oidc");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("oidc host") << u"https://example.com"_s << true
                                   << u"https://example.com/.well-known/openid-configuration"_s;
        QTest::newRow("oidc slash") << u"https://example.com/"_s << true
                                    << u"https://example.com/.well-known/openid-configuration"_s;
        QTest::newRow("oidc path") << u"https://example.com/tenant/v2.0"_s << true
                                   << u"https://example.com/tenant/v2.0/.well-known/openid-configuration"_s;
        QTest::newRow("oidc path slash") << u"https://example.com/realms/a/"_s << true
                                         << u"https://example.com/realms/a/.well-known/openid-configuration"_s;
        // RFC 8414 §3.1 example: issuer https://example.com/issuer1.
        QTest::newRow("8414 path") << u"https://example.com/issuer1"_s << false
                                   << u"https://example.com/.well-known/oauth-authorization-server/issuer1"_s;
        QTest::newRow("8414 host") << u"https://example.com"_s << false
                                   << u"https://example.com/.well-known/oauth-authorization-server"_s;
        QTest::newRow("8414 slash") << u"https://example.com/"_s << false
                                    << u"https://example.com/.well-known/oauth-authorization-server"_s;
        QTest::newRow("8414 port") << u"https://example.com:8443/a/b"_s << false
                                   << u"https://example.com:8443/.well-known/oauth-authorization-server/a/b"_s;
        QTest::newRow("loopback http") << u"http://127.0.0.1:9000/x"_s << true
                                       << u"http://127.0.0.1:9000/x/.well-known/openid-configuration"_s;
        QTest::newRow("plain http") << u"http://example.com"_s << true << QString();
        QTest::newRow("query") << u"https://example.com/?a=b"_s << true << QString();
        QTest::newRow("fragment") << u"https://example.com/#x"_s << false << QString();
        QTest::newRow("userinfo") << u"https://u@example.com"_s << true << QString();
        QTest::newRow("not a url") << u"example"_s << true << QString();
        QTest::newRow("empty") << QString() << true << QString();
    }

    void wellKnownUrl()
    {
        QFETCH(QString, issuer);
        QFETCH(bool, oidc);
        QFETCH(QString, expected);
        const QUrl url
            = Discovery::wellKnownUrl(issuer, oidc ? Discovery::Kind::OpenIdConnect : Discovery::Kind::OAuthAuthorizationServer);
        if (expected.isEmpty())
            QVERIFY2(!url.isValid() || url.isEmpty(), qPrintable(url.toString()));
        else
            QCOMPARE(url.toString(), expected);
    }

    void parseMetadata()
    {
        const QString issuer = u"https://id.example.com"_s;
        OAuthSettings base;
        base.tokenUrl = u"https://id.example.com/custom-token"_s; // entered by hand: wins
        base.scopes = {u"openid"_s};
        const Result<OAuthSettings> r = Discovery::parseMetadata(metadata(issuer), issuer, Discovery::Kind::OpenIdConnect, base);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        const OAuthSettings &s = r.value();
        QCOMPARE(s.issuer, issuer);
        QCOMPARE(s.authorizationUrl, u"https://id.example.com/authorize"_s);
        QCOMPARE(s.tokenUrl, u"https://id.example.com/custom-token"_s);
        QCOMPARE(s.revocationUrl, u"https://id.example.com/revoke"_s);
        QCOMPARE(s.deviceAuthorizationUrl, u"https://id.example.com/device"_s);
        QCOMPARE(s.jwksUrl, u"https://id.example.com/jwks"_s);
        QCOMPARE(s.userinfoUrl, u"https://id.example.com/userinfo"_s);
        QCOMPARE(s.scopes, QStringList({u"openid"_s}));
        QCOMPARE(s.codeChallengeMethodsSupported, QStringList({u"S256"_s}));
        QVERIFY(s.openid);
        // client_secret_basic is not offered, so the supported secret method is chosen.
        QCOMPARE(s.clientAuth, ClientAuthMethod::ClientSecretPost);
    }

    // RFC 9207 §3: the metadata says whether every authorization response carries iss; only then is a response
    // without it refused (§2.4), so the flag is read exactly, and anything but true means "not promised".
    void readsIssParameterSupported_data()
    {
        QTest::addColumn<QJsonValue>("advertised");
        QTest::addColumn<bool>("expected");
        QTest::newRow("true") << QJsonValue(true) << true;
        QTest::newRow("false") << QJsonValue(false) << false;
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("string true") << QJsonValue(u"true"_s) << false;
    }

    void readsIssParameterSupported()
    {
        QFETCH(QJsonValue, advertised);
        QFETCH(bool, expected);
        const QString issuer = u"https://id.example.com"_s;
        QJsonObject m = QJsonDocument::fromJson(metadata(issuer)).object();
        if (!advertised.isUndefined())
            m.insert(u"authorization_response_iss_parameter_supported"_s, advertised);
        const Result<OAuthSettings> r
            = Discovery::parseMetadata(QJsonDocument(m).toJson(), issuer, Discovery::Kind::OpenIdConnect, {});
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r.value().issParameterSupported, expected);
    }

    void parseMetadataRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<bool>("oidc");
        QTest::addColumn<QString>("code");
        const QString issuer = u"https://id.example.com"_s;
        QTest::newRow("wrong issuer") << metadata(u"https://evil.example.com"_s) << issuer << true << u"issuer_mismatch"_s;
        QTest::newRow("trailing slash") << metadata(issuer + u"/"_s) << issuer << true << u"issuer_mismatch"_s;
        QTest::newRow("case differs") << metadata(u"https://ID.example.com"_s) << issuer << true << u"issuer_mismatch"_s;
        QTest::newRow("no issuer") << QByteArray("{\"token_endpoint\": \"https://id.example.com/t\"}") << issuer << false
                                   << u"issuer_mismatch"_s;
        QTest::newRow("issuer number") << QByteArray("{\"issuer\": 5}") << issuer << false << u"issuer_mismatch"_s;
        QTest::newRow("not json") << QByteArray("<html>hi</html>") << issuer << true << u"discovery_failed"_s;
        QTest::newRow("array") << QByteArray("[]") << issuer << true << u"discovery_failed"_s;
        QTest::newRow("empty") << QByteArray() << issuer << true << u"discovery_failed"_s;
        QTest::newRow("oidc without jwks") << metadata(issuer, false) << issuer << true << u"discovery_failed"_s;
        QByteArray httpEndpoint = metadata(issuer);
        httpEndpoint.replace("https://id.example.com/token", "http://evil.example.com/token");
        QTest::newRow("http endpoint") << httpEndpoint << issuer << true << u"discovery_failed"_s;
        QByteArray badType = metadata(issuer);
        badType.replace("\"https://id.example.com/authorize\"", "42");
        QTest::newRow("endpoint number") << badType << issuer << true << u"discovery_failed"_s;
    }

    void parseMetadataRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, issuer);
        QFETCH(bool, oidc);
        QFETCH(QString, code);
        const Result<OAuthSettings> r = Discovery::parseMetadata(
            body, issuer, oidc ? Discovery::Kind::OpenIdConnect : Discovery::Kind::OAuthAuthorizationServer, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void fetchesGoodDocument()
    {
        test::FakeHttpServer server;
        const QString issuer = server.base() + u"/good"_s;
        server.answer("/good/.well-known/openid-configuration", test::CannedResponse::json(200, metadata(issuer)));
        QNetworkAccessManager network;
        Discovery discovery(&network);
        QSignalSpy finished(&discovery, &Discovery::finished);
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.start(issuer, Discovery::Kind::OpenIdConnect);
        QVERIFY(discovery.isRunning());
        QTRY_COMPARE(finished.count() + failed.count(), 1);
        QCOMPARE(failed.count(), 0);
        const auto settings = finished.at(0).at(0).value<OAuthSettings>();
        QCOMPARE(settings.issuer, issuer);
        QCOMPARE(settings.tokenUrl, issuer + u"/token"_s);
        QVERIFY(!discovery.isRunning());
    }

    void fetchesRfc8414WithPathInsertion()
    {
        test::FakeHttpServer server;
        const QString issuer = server.base() + u"/tenant"_s;
        server.answer("/.well-known/oauth-authorization-server/tenant", test::CannedResponse::json(200, metadata(issuer, false)));
        QNetworkAccessManager network;
        Discovery discovery(&network);
        QSignalSpy finished(&discovery, &Discovery::finished);
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.start(issuer, Discovery::Kind::OAuthAuthorizationServer);
        QTRY_COMPARE(finished.count() + failed.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(server.targets(), QList<QByteArray>({"/.well-known/oauth-authorization-server/tenant"}));
        QCOMPARE(finished.at(0).at(0).value<OAuthSettings>().authorizationUrl, issuer + u"/authorize"_s);
    }

    void fails_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("wrong issuer") << QByteArray("/x/.well-known/openid-configuration") << 200
                                      << metadata(u"https://evil.example.com"_s) << QByteArray() << u"issuer_mismatch"_s << 0;
        QTest::newRow("not json") << QByteArray("/x/.well-known/openid-configuration") << 200 << QByteArray("<html>login</html>")
                                  << QByteArray() << u"discovery_failed"_s << 0;
        QTest::newRow("404") << QByteArray("/elsewhere") << 404 << QByteArray() << QByteArray() << u"discovery_failed"_s << 404;
        QTest::newRow("500") << QByteArray("/x/.well-known/openid-configuration") << 500 << QByteArray("{}") << QByteArray()
                             << u"discovery_failed"_s << 500;
        QTest::newRow("redirect") << QByteArray("/x/.well-known/openid-configuration") << 302 << QByteArray()
                                  << QByteArray("Location: https://evil.example.com/meta\r\n") << u"discovery_failed"_s << 302;
        QTest::newRow("too large") << QByteArray("/x/.well-known/openid-configuration") << 200
                                   << QByteArray(Discovery::MaxDocumentSize + 10, ' ') << QByteArray() << u"discovery_failed"_s
                                   << 0;
    }

    void fails()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, headers);
        QFETCH(QString, code);
        QFETCH(int, httpStatus);
        test::FakeHttpServer server;
        server.answer(path, withHeaders(status, body, headers));
        QNetworkAccessManager network;
        Discovery discovery(&network);
        QSignalSpy finished(&discovery, &Discovery::finished);
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.start(server.base() + u"/x"_s, Discovery::Kind::OpenIdConnect);
        QTRY_COMPARE(finished.count() + failed.count(), 1);
        QCOMPARE(finished.count(), 0);
        const auto error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, code);
        QCOMPARE(error.httpStatus, httpStatus);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.detail.isEmpty());
        // Exactly one signal, even after the event loop runs on.
        QTest::qWait(50);
        QCOMPARE(finished.count() + failed.count(), 1);
    }

    void refusesBadIssuerWithoutNetwork()
    {
        QNetworkAccessManager network;
        Discovery discovery(&network);
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.start(u"http://example.com"_s, Discovery::Kind::OpenIdConnect);
        QCOMPARE(failed.count(), 0); // never from inside start()
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, u"invalid_issuer"_s);
        QVERIFY(!discovery.isRunning());
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QNetworkAccessManager network;
        Discovery discovery(&network);
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.start(u"http://127.0.0.1:%1"_s.arg(port), Discovery::Kind::OpenIdConnect);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, u"discovery_failed"_s);
    }

    void abortEmitsNothing()
    {
        {
            QNetworkAccessManager network;
            Discovery discovery(&network);
            QSignalSpy failed(&discovery, &Discovery::failed);
            discovery.start(u"http://example.com"_s, Discovery::Kind::OpenIdConnect);
            discovery.abort();
            QTest::qWait(50);
            QCOMPARE(failed.count(), 0);
        }
        test::FakeHttpServer server;
        const QString issuer = server.base() + u"/good"_s;
        server.answer("/good/.well-known/openid-configuration", test::CannedResponse::json(200, metadata(issuer)));
        QNetworkAccessManager network;
        Discovery discovery(&network);
        QSignalSpy finished(&discovery, &Discovery::finished);
        QSignalSpy failed(&discovery, &Discovery::failed);
        discovery.start(issuer, Discovery::Kind::OpenIdConnect);
        discovery.abort();
        QTest::qWait(100);
        QCOMPARE(finished.count() + failed.count(), 0);
        // Restarting works after an abort.
        discovery.start(issuer, Discovery::Kind::OpenIdConnect);
        QTRY_COMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "TestDiscovery.moc"
