// DPoP (RFC 9449) end to end, in process, with the real keychain, against oidc-provider's keyway-dpop client, whose
// tokens must be DPoP-bound (dpop_bound_access_tokens): the connection gets a key pair of its own (the private key
// in its keychain entry only), its access token is bound to that key (cnf.jkt, read by introspection, is the key's
// RFC 7638 thumbprint), a refresh and an API call (userinfo, as a resource server) carry proofs, and the provider
// refuses the same requests without one. A second provider demands its nonce in every proof (§8, §9): the token
// endpoint's and the resource's use_dpop_nonce are each answered by one more request with the nonce. The command
// line does the same: `keyway connect --dpop`, then `keyway request` in a new process that has no nonce yet.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/DpopSigner.h"
#include "core/ConnectionService.h"
#include "jose/PrivateKey.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QtTest>

using namespace keyway;

class TestDpop : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::PeerProcess m_noncePeer;
    test::ServiceFixture m_fx {test::ServiceFixture::SeenAccessToken | test::ServiceFixture::SeenRefreshToken};

    ConnectRequest request(const test::PeerProcess &peer, int dpop = 1) const
    {
        ConnectRequest r;
        r.issuer = peer.issuer();
        r.clientId = QStringLiteral("keyway-dpop");
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        r.browserCommand = test::scriptedBrowserCommand();
        r.dpop = dpop;
        return r;
    }

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray challenge;
    };

    // A request made outside Keyway, as anyone holding a copy of the token (and not the key) would.
    static Answer post(const QUrl &url, const QUrlQuery &form, const QByteArray &authorization = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = form.isEmpty() ? nam.get(req) : nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        Answer a {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("WWW-Authenticate")};
        delete reply;
        return a;
    }

    QJsonObject introspect(const test::PeerProcess &peer, const QByteArray &token)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(token));
        const Answer a = post(QUrl(peer.issuer() + QStringLiteral("/token/introspection")), form,
            "Basic " + QByteArray("keyway-basic:basic-secret").toBase64());
        return QJsonDocument::fromJson(a.body).object();
    }

    static QString keyThumbprint(const StoredCredentials &c)
    {
        const auto key = PrivateKey::fromPem(c.client.dpopKeyPem);
        return key ? key.value().thumbprint() : QString();
    }

    static QByteArray sentHeader(const ApiResponse &response, const QByteArray &name)
    {
        for (const auto &[n, v] : response.sentHeaders)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        QString error = m_peer.start(QStringLiteral("oidc-server.mjs"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_noncePeer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--dpop-nonce"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-dpop-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_peer.stop();
        m_noncePeer.stop();
    }

    void tokensAreBoundToTheConnectionsKey()
    {
        const auto connected = m_fx.connectAndWait(request(m_peer));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const auto record = m_fx.service().connection(id);
        QCOMPARE(record->status, ConnectionStatus::Connected);
        // Who signed in was asked at userinfo with the bound token and a proof, as any API call.
        QVERIFY2(m_fx.steps(id).contains(QStringLiteral("userinfo:ok")), qPrintable(m_fx.steps(id).join(QLatin1Char(' '))));
        QCOMPARE(record->settings.value(QStringLiteral("provider")).toObject().value(QStringLiteral("dpop_alg")).toString(),
            QStringLiteral("ES256"));

        // The key pair is the connection's own, its private key in the keychain entry, never in the record.
        const StoredCredentials c = m_fx.credentials(id);
        QVERIFY(c.client.dpopKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(!QJsonDocument(record->settings).toJson().contains("PRIVATE KEY"));
        QCOMPARE(c.tokens.tokenType, QStringLiteral("DPoP"));

        // RFC 9449 §6: the provider bound the access token to the key's thumbprint.
        const QJsonObject info = introspect(m_peer, c.tokens.accessToken);
        QCOMPARE(info.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
        QCOMPARE(info.value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString(), keyThumbprint(c));

        // A refresh with a proof: the new token is bound to the same key (public client: so is the refresh token).
        const Error refreshed = m_fx.refresh(id);
        QVERIFY2(refreshed.isNull(), qPrintable(refreshed.toString()));
        const StoredCredentials after = m_fx.credentials(id);
        QVERIFY(after.tokens.accessToken != c.tokens.accessToken);
        QCOMPARE(after.client.dpopKeyPem, c.client.dpopKeyPem);
        QCOMPARE(introspect(m_peer, after.tokens.accessToken)
                     .value(QStringLiteral("cnf"))
                     .toObject()
                     .value(QStringLiteral("jkt"))
                     .toString(),
            keyThumbprint(c));

        // An API call (userinfo as the resource server): Authorization: DPoP and a proof with ath (§7.1).
        const ApiResponse me = m_fx.get(id, m_peer.issuer() + QStringLiteral("/me"));
        QVERIFY2(me.error.isNull(), qPrintable(me.error.toString()));
        QCOMPARE(me.status, 200);
        QCOMPARE(QJsonDocument::fromJson(me.body).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        QVERIFY(sentHeader(me, "Authorization").startsWith("DPoP "));
        QVERIFY(!sentHeader(me, "DPoP").isEmpty());
        QVERIFY2(!me.refreshedAndRetried, "the token was good: no renewal");
    }

    void withoutTheProofTheProviderRefusesTheToken()
    {
        const auto connected = m_fx.connectAndWait(request(m_peer));
        KEYWAY_VERIFY_RESULT(connected);
        const StoredCredentials c = m_fx.credentials(connected.value());
        const QUrl userinfo(m_peer.issuer() + QStringLiteral("/me"));

        // A copy of the access token is worth nothing without the key: as a Bearer token, or as DPoP without proof.
        QCOMPARE(post(userinfo, {}, "Bearer " + c.tokens.accessToken).status, 401);
        QVERIFY(post(userinfo, {}, "DPoP " + c.tokens.accessToken).status >= 400);

        // And so is a copy of the refresh token.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(c.tokens.refreshToken));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("keyway-dpop"));
        const Answer refused = post(QUrl(m_peer.issuer() + QStringLiteral("/token")), form);
        QCOMPARE(refused.status, 400);
    }

    void aClientThatMustUseDpopCannotConnectWithout()
    {
        const auto connected = m_fx.connectAndWait(request(m_peer, 0));
        QVERIFY(!connected.ok());
        QCOMPARE(connected.error().code, QStringLiteral("invalid_grant"));
    }

    void theServersNonceIsSentWhenAskedFor()
    {
        DpopSigner::forgetNonces();
        // The code exchange's first proof has no nonce: the provider answers use_dpop_nonce, Keyway sends it again.
        const auto connected = m_fx.connectAndWait(request(m_noncePeer));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials c = m_fx.credentials(id);
        QCOMPARE(introspect(m_noncePeer, c.tokens.accessToken)
                     .value(QStringLiteral("cnf"))
                     .toObject()
                     .value(QStringLiteral("jkt"))
                     .toString(),
            keyThumbprint(c));

        // The same for a refresh in a process that has no nonce yet (the refresh token is not spent by the refusal).
        DpopSigner::forgetNonces();
        const Error refreshed = m_fx.refresh(id);
        QVERIFY2(refreshed.isNull(), qPrintable(refreshed.toString()));

        // The resource's 401 use_dpop_nonce: the request once more with its nonce, and no renewal for it.
        DpopSigner::forgetNonces();
        const ApiResponse me = m_fx.get(id, m_noncePeer.issuer() + QStringLiteral("/me"));
        QVERIFY2(me.error.isNull(), qPrintable(me.error.toString()));
        QCOMPARE(me.status, 200);
        QVERIFY2(!me.refreshedAndRetried, "a nonce challenge is not an expired token");
        QVERIFY(m_fx.steps(id).contains(QStringLiteral("api_dpop_nonce:info")));
    }

    void theCommandLineConnectsWithDpopAndRequestsWithProofs()
    {
        const QList<QPair<QString, QString>> env {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}};
        const test::KeywayRun connect
            = test::runKeyway({QStringLiteral("connect"), QStringLiteral("--issuer"), m_noncePeer.issuer(),
                                  QStringLiteral("--client-id"), QStringLiteral("keyway-dpop"), QStringLiteral("--scope"),
                                  QStringLiteral("openid email offline_access"), QStringLiteral("--dpop")},
                {}, env);
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();

        const test::KeywayRun request = test::runKeyway(
            {QStringLiteral("request"), id, QStringLiteral("GET"), m_noncePeer.issuer() + QStringLiteral("/me")}, {}, env);
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QCOMPARE(QJsonDocument::fromJson(request.out).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
    }
};

QTEST_MAIN(TestDpop)
#include "TestDpop.moc"
