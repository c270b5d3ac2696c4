// Issue 20: Keyway trusts the Keyway Sandbox's self-signed TLS certificate for the sandbox's own origin only. A
// built-in catalogue entry with "embedded_provider" names the https origins to pin (EmbeddedProviders), OriginTrust
// pins exactly those origins (https on a loopback IP literal, nothing else) to that certificate, and the core's
// QNetworkAccessManager applies the pins to every request. Another origin serving the very same certificate is
// refused, as is the pinned origin before it is pinned: nothing is trusted on first use and no TLS error is ignored.
#include "catalog/Integration.h"
#include "catalog/IntegrationLoader.h"
#include "core/EmbeddedProviders.h"
#include "http/LoopbackServer.h"
#include "http/OriginTrust.h"
#include "jose/SelfSignedCertificate.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestOriginTrust : public QObject
{
    Q_OBJECT

private:
    SelfSignedCertificate m_pair;
    QSslCertificate m_certificate;
    std::unique_ptr<LoopbackServer> m_pinned;
    std::unique_ptr<LoopbackServer> m_other; // the same certificate on another port

    std::unique_ptr<LoopbackServer> serve()
    {
        auto server = std::make_unique<LoopbackServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_certificate);
        tls.setPrivateKey(QSslKey(m_pair.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        server->setTlsConfiguration(tls);
        server->setHandler([](const HttpRequest &request, LoopbackServer::Responder responder) {
            HttpResponse r(200);
            r.setBody(request.overTls ? "over TLS" : "plain", "text/plain");
            responder.respond(r);
        });
        const Error error = server->listen(QHostAddress::LocalHost, 0);
        if (!error.isNull())
            qFatal("listen: %s", qPrintable(error.toString()));
        return server;
    }

    // GET through the core's network access manager: the HTTP status, or the network error.
    static QPair<int, QNetworkReply::NetworkError> get(const QUrl &url)
    {
        OriginTrust::NetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {0, QNetworkReply::TimeoutError};
        const QPair<int, QNetworkReply::NetworkError> answer {
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error()};
        delete reply;
        return answer;
    }

    static QUrl at(const LoopbackServer &server, const char *path = "/")
    {
        return QUrl(server.baseUrl().toString() + QLatin1String(path));
    }

    OriginTrust::Anchors anchors() const
    {
        return [certificate = m_certificate] { return QList<QSslCertificate> {certificate}; };
    }

private slots:
    void initTestCase()
    {
        const Result<SelfSignedCertificate> made
            = SelfSignedCertificate::generate(u"Keyway Sandbox"_s, {u"127.0.0.1"_s, u"::1"_s}, 1, true);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().toString()));
        m_pair = made.value();
        m_certificate = QSslCertificate(m_pair.certificatePem, QSsl::Pem);
        QVERIFY(!m_certificate.isNull());
        m_pinned = serve();
        m_other = serve();
        QCOMPARE(m_pinned->baseUrl().scheme(), u"https"_s);
    }

    void cleanup() { OriginTrust::clear(); }

    void cleanupTestCase()
    {
        m_pinned.reset();
        m_other.reset();
    }

    void unpinnedSelfSignedCertificateIsRefused()
    {
        const auto answer = get(at(*m_pinned));
        QCOMPARE(answer.first, 0);
        QCOMPARE(answer.second, QNetworkReply::SslHandshakeFailedError);
    }

    void pinnedOriginTrustsItsCertificateOnly()
    {
        QVERIFY(OriginTrust::pin(at(*m_pinned, "/token"), anchors()));
        QVERIFY(OriginTrust::isPinned(at(*m_pinned, "/api/contacts?q=x")));
        QCOMPARE(get(at(*m_pinned, "/api")).first, 200);
        // The same certificate on another port of the same host is another origin: refused.
        QVERIFY(!OriginTrust::isPinned(at(*m_other)));
        const auto other = get(at(*m_other));
        QCOMPARE(other.first, 0);
        QCOMPARE(other.second, QNetworkReply::SslHandshakeFailedError);
        // Unpinned, refused again.
        OriginTrust::unpin(at(*m_pinned));
        QCOMPARE(get(at(*m_pinned)).second, QNetworkReply::SslHandshakeFailedError);
    }

    void anotherCertificateAtThePinnedOriginIsRefused()
    {
        const Result<SelfSignedCertificate> stranger
            = SelfSignedCertificate::generate(u"Keyway Sandbox"_s, {u"127.0.0.1"_s}, 1, true);
        QVERIFY(stranger.ok());
        const QSslCertificate strangerCertificate(stranger.value().certificatePem, QSsl::Pem);
        QVERIFY(OriginTrust::pin(at(*m_pinned), [strangerCertificate] { return QList<QSslCertificate> {strangerCertificate}; }));
        QCOMPARE(get(at(*m_pinned)).second, QNetworkReply::SslHandshakeFailedError);
        // No anchors at all (the provider has no certificate yet): nothing is trusted there.
        QVERIFY(OriginTrust::pin(at(*m_pinned), [] { return QList<QSslCertificate>(); }));
        QCOMPARE(get(at(*m_pinned)).second, QNetworkReply::SslHandshakeFailedError);
    }

    void onlyHttpsLoopbackLiteralsCanBePinned_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("pinnable");
        QTest::newRow("https 127.0.0.1") << u"https://127.0.0.1:47232"_s << true;
        QTest::newRow("https [::1]") << u"https://[::1]:47232/token"_s << true;
        QTest::newRow("http") << u"http://127.0.0.1:47231"_s << false;
        QTest::newRow("localhost") << u"https://localhost:47232"_s << false;
        QTest::newRow("other loopback") << u"https://127.0.0.2:47232"_s << false;
        QTest::newRow("remote") << u"https://login.example.com"_s << false;
        QTest::newRow("no port") << u"https://127.0.0.1"_s << false;
    }

    void onlyHttpsLoopbackLiteralsCanBePinned()
    {
        QFETCH(QString, origin);
        QFETCH(bool, pinnable);
        QCOMPARE(OriginTrust::pin(QUrl(origin), anchors()), pinnable);
        QCOMPARE(OriginTrust::isPinned(QUrl(origin)), pinnable);
    }

    void originIsSchemeHostAndPort_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::newRow("path and query") << u"https://127.0.0.1:47232/api/contacts?q=a"_s << u"https://127.0.0.1:47232"_s;
        QTest::newRow("default port") << u"HTTPS://Example.COM/x"_s << u"https://example.com:443"_s;
        QTest::newRow("ipv6") << u"https://[::1]:8443/"_s << u"https://[::1]:8443"_s;
        QTest::newRow("no host") << u"file:///tmp/x"_s << QString();
    }

    void originIsSchemeHostAndPort()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        QCOMPARE(OriginTrust::originOf(QUrl(url)), origin);
    }

    // The built-in mutual-TLS entry names one https origin, the sandbox's TLS listener; the plain http issuer and
    // custom files (which say what they like) pin nothing.
    void catalogueEntryOfTheSandboxPinsItsTlsOriginOnly()
    {
        Result<Integration> entry
            = IntegrationLoader::loadFile(QStringLiteral(KEYWAY_SOURCE_DIR "/resources/integrations/keyway-sandbox-mtls.json"),
                IntegrationLoader::FileKind::Builtin);
        QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().toString()));
        Integration integration = entry.value();
        QCOMPARE(integration.embeddedProvider, u"sandbox"_s);
        integration.builtin = true;
        QCOMPARE(EmbeddedProviders::trustedOrigins(integration), (QList<QUrl> {QUrl(u"https://127.0.0.1:47232"_s)}));
        integration.builtin = false;
        QVERIFY(EmbeddedProviders::trustedOrigins(integration).isEmpty());
        integration.builtin = true;
        integration.embeddedProvider.clear();
        QVERIFY(EmbeddedProviders::trustedOrigins(integration).isEmpty());

        // Pinned to the provider's anchors, asked for at each request.
        integration.embeddedProvider = u"sandbox"_s;
        QList<QSslCertificate> current;
        EmbeddedProviders::setTrustAnchors(u"sandbox"_s, [&current] { return current; });
        EmbeddedProviders::trustCatalogue({integration});
        QVERIFY(OriginTrust::isPinned(QUrl(u"https://127.0.0.1:47232/api/contacts"_s)));
        QVERIFY(!OriginTrust::isPinned(QUrl(u"http://127.0.0.1:47231/token"_s)));
        QVERIFY(!OriginTrust::isPinned(QUrl(u"https://127.0.0.1:47233/token"_s)));
        QNetworkRequest request(QUrl(u"https://127.0.0.1:47232/token"_s));
        current = {m_certificate};
        OriginTrust::applyTo(&request);
        QCOMPARE(request.sslConfiguration().caCertificates(), current);
        QNetworkRequest elsewhere(QUrl(u"https://127.0.0.1:47233/token"_s));
        OriginTrust::applyTo(&elsewhere);
        QVERIFY(!elsewhere.sslConfiguration().caCertificates().contains(m_certificate));
        EmbeddedProviders::setTrustAnchors(u"sandbox"_s, {});
    }
};

QTEST_GUILESS_MAIN(TestOriginTrust)
#include "TestOriginTrust.moc"
