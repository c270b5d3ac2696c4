// Pushed authorization requests (RFC 9126) end to end, in process, with the real keychain, against oidc-provider
// started with --par required (require_pushed_authorization_requests in its metadata: it refuses any authorization
// request that was not pushed). Keyway pushes the request with the client's authentication (a public client's
// client_id, a confidential client's HTTP Basic), the browser carries only client_id and request_uri, and the
// sign-in, refresh and userinfo work as without PAR. With DPoP on as well, both work together.
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectionService.h"

#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestPushedAuthorization : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::ServiceFixture m_fx {
        test::ServiceFixture::SeenAccessToken | test::ServiceFixture::SeenRefreshToken | test::ServiceFixture::SeenClientSecret};

    ConnectRequest request(const QString &clientId) const
    {
        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.clientId = clientId;
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

    // Connects and returns the id, and in `browserUrl` the address the browser was given.
    Result<QString> connect(const ConnectRequest &r, QUrl *browserUrl)
    {
        return m_fx.connectAndWait(r, [browserUrl](ConnectAttempt *attempt) {
            QObject::connect(
                attempt, &ConnectAttempt::authorizationUrlReady, attempt, [browserUrl](const QUrl &url) { *browserUrl = url; });
        });
    }

    static QStringList parameterNames(const QUrl &url)
    {
        QStringList names;
        for (const auto &[name, value] : QUrlQuery(url).queryItems())
            names << name;
        names.sort();
        return names;
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        const QString error
            = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--par"), QStringLiteral("required")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-par-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_peer.stop();
    }

    void theBrowserCarriesOnlyClientIdAndRequestUri_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("dpop");
        QTest::newRow("public client") << "keyway-native" << QByteArray() << false;
        QTest::newRow("confidential client, HTTP Basic") << "keyway-basic" << QByteArray("basic-secret") << false;
        QTest::newRow("public client with DPoP") << "keyway-dpop" << QByteArray() << true;
    }
    void theBrowserCarriesOnlyClientIdAndRequestUri()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(bool, dpop);
        ConnectRequest r = request(clientId);
        r.clientSecret = secret;
        r.dpop = dpop ? 1 : -1;
        QUrl browserUrl;
        const auto connected = connect(r, &browserUrl);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();

        // RFC 9126 §4: nothing of the request but client_id and request_uri goes through the browser.
        QCOMPARE(parameterNames(browserUrl), (QStringList {QStringLiteral("client_id"), QStringLiteral("request_uri")}));
        QVERIFY(QUrlQuery(browserUrl)
                    .queryItemValue(QStringLiteral("request_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("urn:ietf:params:oauth:request_uri:")));
        QVERIFY(m_fx.steps(id).contains(QStringLiteral("par:ok")));
        QCOMPARE(m_fx.service().connection(id)->accountLabel, QStringLiteral("alice@example.test"));

        const Error refreshed = m_fx.refresh(id);
        QVERIFY2(refreshed.isNull(), qPrintable(refreshed.toString()));
        const ApiResponse me = m_fx.get(id, m_peer.issuer() + QStringLiteral("/me"));
        QCOMPARE(me.status, 200);
    }

    void aPushRefusedByTheProviderEndsTheSignIn()
    {
        // An unknown client: the provider refuses the push (invalid_client) and no browser is opened.
        QUrl browserUrl;
        const auto connected = connect(request(QStringLiteral("nobody")), &browserUrl);
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().code, QStringLiteral("invalid_client"));
        QVERIFY(browserUrl.isEmpty());
    }
};

QTEST_MAIN(TestPushedAuthorization)
#include "TestPushedAuthorization.moc"
