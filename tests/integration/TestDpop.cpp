// DPoP (RFC 9449) end to end, in process, with the real keychain, against oidc-provider's keyway-dpop client, whose
// tokens must be DPoP-bound (dpop_bound_access_tokens): the connection gets a key pair of its own (the private key
// in its keychain entry only), its access token is bound to that key (cnf.jkt, read by introspection, is the key's
// RFC 7638 thumbprint), a refresh and an API call (userinfo, as a resource server) carry proofs, and the provider
// refuses the same requests without one. A second provider demands its nonce in every proof (§8, §9): the token
// endpoint's and the resource's use_dpop_nonce are each answered by one more request with the nonce. The command
// line does the same: `keyway connect --dpop`, then `keyway request` in a new process that has no nonce yet.
// Tools that take the token alone cannot use a bound one (§7.1): `keyway token --dpop-proof` hands out the token with
// a proof for one request, which the resource server accepts; git-credential, the kubernetes ExecCredential and exec
// (unless asked) refuse it, and the token alone comes with a warning. The authorization request names the key
// (dpop_jkt, §10), so the provider binds the code to it: a browser that swaps it makes the code worthless to Keyway;
// a pushed authorization request carries a proof (§10.1), with the server's nonce when it asks for one.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ProviderCounters.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "auth/DpopSigner.h"
#include "core/ConnectionService.h"
#include "jose/DpopProof.h"
#include "jose/Jwt.h"
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
        QByteArray nonce; // DPoP-Nonce
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
            reply->rawHeader("WWW-Authenticate"), reply->rawHeader("DPoP-Nonce")};
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

    // A request made by another tool with what `keyway token --dpop-proof` printed.
    static Answer send(const QByteArray &method, const QUrl &url, const QByteArray &token, const QByteArray &proof)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "DPoP " + token);
        if (!proof.isEmpty())
            req.setRawHeader("DPoP", proof);
        QNetworkReply *reply = nam.sendCustomRequest(req, method);
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        Answer a {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("WWW-Authenticate"), reply->rawHeader("DPoP-Nonce")};
        delete reply;
        return a;
    }

    // Connects and returns the id, and in `browserUrl` the address the browser was given.
    Result<QString> connectSeeing(const ConnectRequest &r, QUrl *browserUrl)
    {
        return m_fx.connectAndWait(r, [browserUrl](ConnectAttempt *attempt) {
            QObject::connect(
                attempt, &ConnectAttempt::authorizationUrlReady, attempt, [browserUrl](const QUrl &url) { *browserUrl = url; });
        });
    }

    static int dpopCount(const test::PeerProcess &peer, const QString &name)
    {
        return test::ProviderCounters::counts(peer).value(QStringLiteral("dpop")).toObject().value(name).toInt();
    }

    static QJsonObject proofClaims(const QByteArray &proof)
    {
        const auto jwt = Jwt::decode(QString::fromLatin1(proof));
        return jwt ? jwt.value().claims() : QJsonObject();
    }

    static QString connectFromCommandLine(const test::PeerProcess &peer, const QList<QPair<QString, QString>> &env)
    {
        const test::KeywayRun connect
            = test::runKeyway({QStringLiteral("connect"), QStringLiteral("--issuer"), peer.issuer(),
                                  QStringLiteral("--client-id"), QStringLiteral("keyway-dpop"), QStringLiteral("--scope"),
                                  QStringLiteral("openid email offline_access"), QStringLiteral("--dpop")},
                {}, env);
        if (connect.code != 0)
            qWarning("%s", qPrintable(connect.err));
        return connect.code == 0 ? QString::fromUtf8(connect.out).trimmed() : QString();
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

    void theAuthorizationRequestBindsTheCodeToTheKey()
    {
        // RFC 9449 §10: dpop_jkt is the RFC 7638 SHA-256 thumbprint of the connection's key.
        const int boundBefore = dpopCount(m_peer, QStringLiteral("bound_codes"));
        QUrl browserUrl;
        const auto connected = connectSeeing(request(m_peer), &browserUrl);
        KEYWAY_VERIFY_RESULT(connected);
        const StoredCredentials c = m_fx.credentials(connected.value());
        QCOMPARE(QUrlQuery(browserUrl).queryItemValue(QStringLiteral("dpop_jkt")), keyThumbprint(c));
        QCOMPARE(dpopCount(m_peer, QStringLiteral("bound_codes")), boundBefore + 1);

        // A browser that names another key instead: the code is bound to that one, and the provider refuses Keyway's
        // exchange of it, signed with the connection's own key.
        qputenv("KEYWAY_TEST_BROWSER_MODE", "tamper-dpop-jkt");
        const auto swapped = m_fx.connectAndWait(request(m_peer));
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().code, QStringLiteral("invalid_grant"));
    }

    void aPushedAuthorizationRequestCarriesAProof()
    {
        // RFC 9449 §10.1 and §8: the pushed request carries a proof; this provider first asks for its nonce.
        DpopSigner::forgetNonces();
        const int proofsBefore = dpopCount(m_noncePeer, QStringLiteral("par_proofs"));
        const int boundBefore = dpopCount(m_noncePeer, QStringLiteral("bound_codes"));
        ConnectRequest r = request(m_noncePeer);
        r.par = 1;
        QUrl browserUrl;
        const auto connected = connectSeeing(r, &browserUrl);
        KEYWAY_VERIFY_RESULT(connected);
        QVERIFY(m_fx.steps(connected.value()).contains(QStringLiteral("par:ok")));
        QVERIFY(!QUrlQuery(browserUrl).hasQueryItem(QStringLiteral("dpop_jkt")));
        QCOMPARE(dpopCount(m_noncePeer, QStringLiteral("par_proofs")), proofsBefore + 1);
        QCOMPARE(dpopCount(m_noncePeer, QStringLiteral("bound_codes")), boundBefore + 1);
    }

    void tokenWithDpopProofPrintsATokenAndProofTheServerAccepts()
    {
        const QList<QPair<QString, QString>> env {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}};
        const QString id = connectFromCommandLine(m_peer, env);
        QVERIFY(!id.isEmpty());
        const QString me = m_peer.issuer() + QStringLiteral("/me");

        // RFC 9449 §4.2: the token on the first line, a proof for GET /me (with ath, §4.3) on the second.
        test::KeywayRun run = test::runKeyway(
            {QStringLiteral("token"), id, QStringLiteral("--dpop-proof"), QStringLiteral("--url"), me}, {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject claims = proofClaims(lines.at(1));
        QCOMPARE(claims.value(QStringLiteral("htm")).toString(), QStringLiteral("GET"));
        QCOMPARE(claims.value(QStringLiteral("htu")).toString(), me);
        QCOMPARE(claims.value(QStringLiteral("ath")).toString(), DpopProof::accessTokenHash(lines.at(0)));
        const Answer accepted = send("GET", QUrl(me), lines.at(0), lines.at(1));
        QCOMPARE(accepted.status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(accepted.body).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        // --json, for another method: the proof is for that method only.
        run = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--json"), QStringLiteral("--dpop-proof"),
                                  QStringLiteral("--method"), QStringLiteral("post"), QStringLiteral("--url"), me},
            {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
        const QByteArray token = json.value(QStringLiteral("access_token")).toString().toLatin1();
        const QByteArray proof = json.value(QStringLiteral("dpop_proof")).toString().toLatin1();
        QCOMPARE(proofClaims(proof).value(QStringLiteral("htm")).toString(), QStringLiteral("POST"));
        QVERIFY(send("GET", QUrl(me), token, proof).status >= 400);
        QCOMPARE(send("POST", QUrl(me), token, proof).status, 200);

        // Not for another origin: the credential goes only to the connection's own (RFC 6750 §5.3).
        run = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--dpop-proof"), QStringLiteral("--url"),
                                  QStringLiteral("https://elsewhere.example/api")},
            {}, env);
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        // Bad input on purpose: the request options without --dpop-proof, and --dpop-proof without a URL.
        QCOMPARE(test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--url"), me}, {}, env).code, 2);
        QCOMPARE(test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--dpop-proof")}, {}, env).code, 2);

        // The token alone is still printed, with a warning that it needs a proof.
        run = test::runKeyway({QStringLiteral("token"), id}, {}, env);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), lines.at(0));
        QVERIFY2(run.err.contains(QStringLiteral("--dpop-proof")), qPrintable(run.err));
    }

    void aProofCarriesTheServersNonce()
    {
        const QList<QPair<QString, QString>> env {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}};
        const QString id = connectFromCommandLine(m_noncePeer, env);
        QVERIFY(!id.isEmpty());
        // The renewal learns the server's nonce (§8); the proof for its userinfo, the same origin, carries it (§9).
        const QString me = m_noncePeer.issuer() + QStringLiteral("/me");
        test::KeywayRun run = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--refresh"),
                                                  QStringLiteral("--dpop-proof"), QStringLiteral("--url"), me},
            {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(!proofClaims(lines.at(1)).value(QStringLiteral("nonce")).toString().isEmpty());
        QCOMPARE(send("GET", QUrl(me), lines.at(0), lines.at(1)).status, 200);

        // A process that has seen no nonce: the server refuses the proof and names its nonce (§9); the tool hands
        // that to --dpop-nonce, and the next proof carries it.
        run = test::runKeyway(
            {QStringLiteral("token"), id, QStringLiteral("--dpop-proof"), QStringLiteral("--url"), me}, {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        lines = run.out.trimmed().split('\n');
        const Answer refused = send("GET", QUrl(me), lines.at(0), lines.at(1));
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.challenge.contains("use_dpop_nonce"));
        QVERIFY(!refused.nonce.isEmpty());
        run = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--dpop-proof"), QStringLiteral("--url"), me,
                                  QStringLiteral("--dpop-nonce"), QString::fromLatin1(refused.nonce)},
            {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        lines = run.out.trimmed().split('\n');
        QCOMPARE(proofClaims(lines.at(1)).value(QStringLiteral("nonce")).toString(), QString::fromLatin1(refused.nonce));
        QCOMPARE(send("GET", QUrl(me), lines.at(0), lines.at(1)).status, 200);

        // Bad input on purpose: what is no nonce (§8.1: 1*NQCHAR) is refused, not signed.
        run = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--dpop-proof"), QStringLiteral("--url"), me,
                                  QStringLiteral("--dpop-nonce"), QStringLiteral("a \"quoted\" nonce")},
            {}, env);
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
    }

    void toolsThatCannotSendAProofAreRefusedTheBoundToken()
    {
        const QList<QPair<QString, QString>> env {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()}};
        const QString id = connectFromCommandLine(m_peer, env);
        QVERIFY(!id.isEmpty());

        // kubectl sends an ExecCredential's token as Bearer, alone.
        test::KeywayRun run
            = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--format"), QStringLiteral("kubernetes")}, {}, env);
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("kubectl")), qPrintable(run.err));

        // git sends it as a password, alone. (This test's connections are the only ones for the peer's host here.)
        const QUrl issuer(m_peer.issuer());
        const QByteArray host = issuer.host().toUtf8() + ':' + QByteArray::number(issuer.port());
        run = test::runKeyway({QStringLiteral("git-credential"), QStringLiteral("get")},
            "protocol=http\nhost=" + host + "\nusername=" + id.toUtf8() + "\n\n", env);
        QCOMPARE(run.code, 1);
        QVERIFY(!run.out.contains("password="));
        QVERIFY2(run.err.contains(QStringLiteral("git")) && run.err.contains(QStringLiteral("DPoP")), qPrintable(run.err));

        // exec: refused unless the user says the command gets its proofs itself.
        const QStringList command {
            QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("test -n \"$KEYWAY_ACCESS_TOKEN\"")};
        run = test::runKeyway(QStringList {QStringLiteral("exec"), id} + command, {}, env);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--allow-bound-token")), qPrintable(run.err));
        // The command is told the token's type, the scheme to send it with (RFC 9449 §7.1).
        const QStringList wrapper {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("test -n \"$KEYWAY_ACCESS_TOKEN\" && test \"$KEYWAY_TOKEN_TYPE\" = DPoP")};
        run = test::runKeyway(QStringList {QStringLiteral("exec"), id, QStringLiteral("--allow-bound-token")} + wrapper, {}, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
};

QTEST_MAIN(TestDpop)
#include "TestDpop.moc"
