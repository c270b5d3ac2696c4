// Token exchange (RFC 8693) and rich authorization requests (RFC 9396) end to end, in process and from the command
// line, with the real keychain, against oidc-provider started with --token-exchange (a custom grant that checks the
// subject token with the provider's own AccessToken.find and issues tokens only for an allowed audience) and --rar
// (features.richAuthorizationRequests). An exchanged token is aimed at the audience asked for (introspection shows
// its aud) and is not stored over the connection's; an audience the provider does not serve is one clear
// invalid_target. Authorization details travel on the authorization request (and in the pushed request's body), the
// provider grants them (its introspection shows them on the access token) and Keyway keeps and shows them as granted.
// `keyway token --exchange ... --save-as NAME` keeps the exchanged token as a derived connection instead (issue 20):
// `keyway token` and `keyway request` then use it, only at its own origin (an echo peer stands for the service).
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "ServiceFixture.h"
#include "TestSupport.h"
#include "core/ConnectAttempt.h"
#include "core/ConnectionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>
#include <QtTest>

using namespace keyway;

namespace {

const QString kAudience = QStringLiteral("https://reports.example.test");
const QString kAccessTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:access_token");

QJsonArray accountDetails()
{
    return QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("account_information")},
        {QStringLiteral("actions"), QJsonArray {QStringLiteral("list_accounts"), QStringLiteral("read_balances")}},
        {QStringLiteral("locations"), QJsonArray {QStringLiteral("https://bank.example.test/accounts")}}}};
}

} // namespace

class TestTokenExchange : public QObject
{
    Q_OBJECT

private:
    test::PeerProcess m_peer;
    test::PeerProcess m_echo; // the service a derived connection's token is for
    test::ServiceFixture m_fx {
        test::ServiceFixture::SeenAccessToken | test::ServiceFixture::SeenRefreshToken | test::ServiceFixture::SeenClientSecret};
    QTemporaryDir m_dir;

    ConnectRequest request(const QString &clientId, const QByteArray &secret = {}) const
    {
        ConnectRequest r;
        r.issuer = m_peer.issuer();
        r.clientId = clientId;
        r.clientSecret = secret;
        r.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
        r.browserCommand = test::scriptedBrowserCommand();
        return r;
    }

    // RFC 7662 introspection as a resource server would ask it (the confidential test client may ask about any token).
    QJsonObject introspect(const QByteArray &token) const
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_peer.issuer() + QStringLiteral("/token/introspection")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        req.setRawHeader("Authorization", "Basic " + QByteArray("keyway-basic:basic-secret").toBase64());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromUtf8(token));
        QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return answer;
    }

    Result<TokenSet> exchange(const QString &id, const TokenExchangeRequest &exchange)
    {
        QObject context;
        Result<TokenSet> result = Error::make(QStringLiteral("test_timeout"), QStringLiteral("the exchange did not end"));
        bool done = false;
        m_fx.service().exchangeToken(id, exchange, &context, [&](const Result<TokenSet> &issued) {
            result = issued;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        if (result)
            m_fx.seenSecrets() << result.value().accessToken;
        return result;
    }

    QList<QPair<QString, QString>> browserEnv() const
    {
        return {{QStringLiteral("KEYWAY_BROWSER"), test::scriptedBrowserCommand()},
            {QStringLiteral("KEYWAY_TEST_BROWSER_MODE"), QStringLiteral("approve")}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::resetTestHome();
        const QString error
            = m_peer.start(QStringLiteral("oidc-server.mjs"), {QStringLiteral("--token-exchange"), QStringLiteral("--rar")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString echoError = m_echo.start(QStringLiteral("echo-server.mjs"));
        QVERIFY2(echoError.isEmpty(), qPrintable(echoError));
        const Error opened = m_fx.open(test::ServiceFixture::uniqueKeychainService(QStringLiteral("keyway-exchange-test")));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        qputenv("KEYWAY_TEST_BROWSER_MODE", "approve");
    }

    void cleanupTestCase()
    {
        qunsetenv("KEYWAY_TEST_BROWSER_MODE");
        m_fx.close();
        m_echo.stop();
        m_peer.stop();
        QVERIFY2(m_fx.filesHoldingSeenSecrets().isEmpty(), qPrintable(m_fx.filesHoldingSeenSecrets().join(QLatin1Char('\n'))));
    }

    void anExchangedTokenIsForTheAudienceAndNotKept_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("dpop");
        QTest::newRow("confidential client, HTTP Basic") << "keyway-basic" << QByteArray("basic-secret") << -1;
        QTest::newRow("public client") << "keyway-native" << QByteArray() << -1;
        QTest::newRow("public client with DPoP proofs") << "keyway-native" << QByteArray() << 1;
    }
    void anExchangedTokenIsForTheAudienceAndNotKept()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        QFETCH(int, dpop);
        ConnectRequest r = request(clientId, secret);
        r.dpop = dpop;
        const auto connected = m_fx.connectAndWait(r);
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const StoredCredentials before = m_fx.credentials(id);

        TokenExchangeRequest ask;
        ask.audience = kAudience;
        ask.scopes = {QStringLiteral("email")};
        const auto issued = exchange(id, ask);
        KEYWAY_VERIFY_RESULT(issued);
        QCOMPARE(issued.value().issuedTokenType, kAccessTokenType); // RFC 8693 §2.2.1
        QCOMPARE(issued.value().tokenType, QStringLiteral("Bearer"));
        QCOMPARE(issued.value().grantedScopes, QStringList {QStringLiteral("email")});
        QVERIFY(issued.value().expiresAt.isValid());
        QVERIFY(issued.value().accessToken != before.tokens.accessToken);

        // The provider issued it for the audience, to this client, for the same account.
        const QJsonObject info = introspect(issued.value().accessToken);
        QCOMPARE(info.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("aud")).toString(), kAudience);
        QCOMPARE(info.value(QStringLiteral("client_id")).toString(), clientId);
        QCOMPARE(info.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        // The connection keeps its own tokens; the exchange is in its timeline.
        const StoredCredentials after = m_fx.credentials(id);
        QCOMPARE(after.tokens.accessToken, before.tokens.accessToken);
        QCOMPARE(after.tokens.refreshToken, before.tokens.refreshToken);
        QVERIFY(introspect(after.tokens.accessToken).value(QStringLiteral("aud")).isUndefined());
        QVERIFY(m_fx.steps(id).contains(QStringLiteral("exchange:ok")));
    }

    void anAudienceTheProviderDoesNotServeIsOneClearError()
    {
        const auto connected = m_fx.connectAndWait(request(QStringLiteral("keyway-basic"), "basic-secret"));
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        const QByteArray token = m_fx.credentials(id).tokens.accessToken;
        TokenExchangeRequest ask;
        ask.audience = QStringLiteral("https://elsewhere.example.test");
        const auto issued = exchange(id, ask);
        QVERIFY(!issued.ok());
        // RFC 8693 §2.2.2: invalid_target, with the provider's reason.
        QCOMPARE(issued.error().code, QStringLiteral("invalid_target"));
        QVERIFY2(issued.error().toString().contains(QLatin1String("resource or audience"))
                && issued.error().toString().contains(QLatin1String("elsewhere.example.test")),
            qPrintable(issued.error().toString()));
        QVERIFY(m_fx.steps(id).contains(QStringLiteral("exchange:error")));
        QCOMPARE(m_fx.credentials(id).tokens.accessToken, token);
        QCOMPARE(m_fx.service().connection(id)->status, ConnectionStatus::Connected);

        // Without an audience or a resource nothing is sent.
        const auto untargeted = exchange(id, TokenExchangeRequest());
        QVERIFY(!untargeted.ok());
        QCOMPARE(untargeted.error().code, QStringLiteral("no_target"));
    }

    void theCommandLinePrintsTheExchangedToken()
    {
        const test::KeywayRun connect = test::runKeyway(
            {QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin"), QStringLiteral("--scope"),
                QStringLiteral("openid email offline_access")},
            "basic-secret", browserEnv());
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();
        const test::KeywayRun own = test::runKeyway({QStringLiteral("token"), id});
        QCOMPARE(own.code, 0);

        const test::KeywayRun json
            = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--exchange"), QStringLiteral("--audience"), kAudience,
                QStringLiteral("--scope"), QStringLiteral("email"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject printed = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(printed.value(QStringLiteral("issued_token_type")).toString(), kAccessTokenType);
        QCOMPARE(printed.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(printed.value(QStringLiteral("scope")).toString(), QStringLiteral("email"));
        QVERIFY(printed.value(QStringLiteral("expires_in")).toInt() > 0);
        const QByteArray exchanged = printed.value(QStringLiteral("access_token")).toString().toUtf8();
        m_fx.seenSecrets() << exchanged << own.out.trimmed();
        QCOMPARE(introspect(exchanged).value(QStringLiteral("aud")).toString(), kAudience);

        // The token alone, as `keyway token` prints; the connection's own token is still the one it had.
        const test::KeywayRun plain = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--exchange"),
            QStringLiteral("--resource"), QStringLiteral("urn:keyway:reports")});
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        QCOMPARE(plain.out.count('\n'), 1);
        m_fx.seenSecrets() << plain.out.trimmed();
        QCOMPARE(introspect(plain.out.trimmed()).value(QStringLiteral("aud")).toString(), QStringLiteral("urn:keyway:reports"));
        QCOMPARE(test::runKeyway({QStringLiteral("token"), id}).out, own.out);

        // An audience the provider refuses: one line on stderr naming invalid_target, exit status 1.
        const test::KeywayRun refused = test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--exchange"),
            QStringLiteral("--audience"), QStringLiteral("https://elsewhere.example.test")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("invalid_target")) && refused.err.trimmed().count(QLatin1Char('\n')) == 0,
            qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());

        // Usage: exchange options need --exchange, and --exchange needs a target.
        QCOMPARE(test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--audience"), kAudience}).code, 2);
        QCOMPARE(test::runKeyway({QStringLiteral("token"), id, QStringLiteral("--exchange")}).code, 2);
    }

    // Issue 20: --save-as keeps the exchanged token as a connection of its own, sent only to the service it is for.
    void theCommandLineSavesAnExchangedTokenAsADerivedConnection()
    {
        const test::KeywayRun connect = test::runKeyway(
            {QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin"), QStringLiteral("--scope"),
                QStringLiteral("openid email offline_access"), QStringLiteral("--name"), QStringLiteral("Exchange parent")},
            "basic-secret", browserEnv());
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString parent = QString::fromUtf8(connect.out).trimmed();
        const test::KeywayRun own = test::runKeyway({QStringLiteral("token"), parent});
        QCOMPARE(own.code, 0);
        m_fx.seenSecrets() << own.out.trimmed();
        const QString api = QStringLiteral("http://127.0.0.1:%1/api").arg(m_echo.port());
        const auto connectionCount = [] {
            return QJsonDocument::fromJson(test::runKeyway({QStringLiteral("connections"), QStringLiteral("--json")}).out)
                .array()
                .size();
        };
        const qsizetype before = connectionCount();
        const QStringList exchange {QStringLiteral("token"), parent, QStringLiteral("--exchange"), QStringLiteral("--audience"),
            QStringLiteral("urn:keyway:reports"), QStringLiteral("--scope"), QStringLiteral("email")};

        // Bad inputs: one clear line each, and no connection made.
        const struct
        {
            QStringList args;
            int code;
            const char *says;
        } refusals[] = {
            {{QStringLiteral("token"), parent, QStringLiteral("--save-as"), QStringLiteral("Reports")}, 2, "--exchange"},
            {exchange + QStringList {QStringLiteral("--api-base"), api}, 2, "--save-as"},
            {exchange + QStringList {QStringLiteral("--save-as"), QStringLiteral("Reports")}, 2, "--api-base"},
            {exchange + QStringList {QStringLiteral("--save-as"), QString(), QStringLiteral("--api-base"), api}, 2, "name"},
            {exchange
                    + QStringList {QStringLiteral("--save-as"), QStringLiteral("Reports"), QStringLiteral("--api-base"),
                        QStringLiteral("http://reports.example.test")},
                1, "https"},
            {exchange
                    + QStringList {QStringLiteral("--save-as"), QStringLiteral("Exchange parent"), QStringLiteral("--api-base"),
                        api},
                1, "already named"},
        };
        for (const auto &refusal : refusals) {
            const test::KeywayRun run = test::runKeyway(refusal.args);
            QVERIFY2(run.code == refusal.code, qPrintable(refusal.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(QLatin1String(refusal.says)) && run.err.trimmed().count(QLatin1Char('\n')) == 0,
                qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(connectionCount(), before);

        // Saved: the id alone on stdout.
        const test::KeywayRun saved = test::runKeyway(
            exchange + QStringList {QStringLiteral("--save-as"), QStringLiteral("Reports"), QStringLiteral("--api-base"), api});
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        const QString derived = QString::fromUtf8(saved.out).trimmed();
        QVERIFY2(!QUuid::fromString(derived).isNull(), saved.out.constData());
        QCOMPARE(connectionCount(), before + 1);

        // Its token is the exchanged one, for the audience; the parent keeps its own.
        const test::KeywayRun token = test::runKeyway({QStringLiteral("token"), QStringLiteral("Reports")});
        QVERIFY2(token.code == 0, qPrintable(token.err));
        const QByteArray exchanged = token.out.trimmed();
        m_fx.seenSecrets() << exchanged;
        QVERIFY(exchanged != own.out.trimmed());
        const QJsonObject info = introspect(exchanged);
        QCOMPARE(info.value(QStringLiteral("aud")).toString(), QStringLiteral("urn:keyway:reports"));
        QCOMPARE(info.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
        QCOMPARE(test::runKeyway({QStringLiteral("token"), parent}).out, own.out);

        // A request to the service carries it, as a bearer token (RFC 6750 §2.1)...
        const test::KeywayRun request = test::runKeyway(
            {QStringLiteral("request"), QStringLiteral("Reports"), QStringLiteral("GET"), QStringLiteral("/things")});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        const QJsonObject echo = QJsonDocument::fromJson(request.out).object();
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/api/things"));
        QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString(),
            QStringLiteral("Bearer ") + QString::fromLatin1(exchanged));
        // ...and it goes nowhere else: not even to the provider that issued it.
        const test::KeywayRun elsewhere = test::runKeyway(
            {QStringLiteral("request"), derived, QStringLiteral("GET"), m_peer.issuer() + QStringLiteral("/me")});
        QCOMPARE(elsewhere.code, 1);
        QVERIFY2(elsewhere.err.contains(QLatin1String("--allow-origin")), qPrintable(elsewhere.err));

        // The list says what it is and where it came from; both timelines say it.
        QJsonObject listed;
        for (const QJsonValue &c :
            QJsonDocument::fromJson(test::runKeyway({QStringLiteral("connections"), QStringLiteral("--json")}).out).array())
            if (c.toObject().value(QStringLiteral("id")).toString() == derived)
                listed = c.toObject();
        QCOMPARE(listed.value(QStringLiteral("name")).toString(), QStringLiteral("Reports"));
        QCOMPARE(listed.value(QStringLiteral("auth_mode")).toString(), QStringLiteral("bearer_token"));
        QCOMPARE(listed.value(QStringLiteral("derived_from")).toString(), parent);
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
        QVERIFY(listed.value(QStringLiteral("expires_at")).isString()); // expires_in of the answer
        QCOMPARE(listed.value(QStringLiteral("granted_scopes")).toArray(), QJsonArray {QStringLiteral("email")});
        const auto steps = [](const QString &id) {
            QStringList out;
            const QJsonDocument bundle
                = QJsonDocument::fromJson(test::runKeyway({QStringLiteral("inspect"), id, QStringLiteral("--json")}).out);
            for (const QJsonValue &e : bundle.object().value(QStringLiteral("events")).toArray())
                out << e.toObject().value(QStringLiteral("step")).toString() + QLatin1Char(':')
                        + e.toObject().value(QStringLiteral("outcome")).toString();
            return out;
        };
        QVERIFY2(steps(derived).contains(QStringLiteral("derived:ok")), qPrintable(steps(derived).join(QLatin1Char(' '))));
        QVERIFY2(steps(parent).contains(QStringLiteral("exchange_saved:ok")), qPrintable(steps(parent).join(QLatin1Char(' '))));

        // The audience is the service's URL: it is the API base, and --json names the new connection.
        const test::KeywayRun json
            = test::runKeyway({QStringLiteral("token"), parent, QStringLiteral("--exchange"), QStringLiteral("--audience"),
                kAudience, QStringLiteral("--save-as"), QStringLiteral("Reports web"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject printed = QJsonDocument::fromJson(json.out).object();
        m_fx.seenSecrets() << printed.value(QStringLiteral("access_token")).toString().toUtf8();
        const QString web = printed.value(QStringLiteral("connection_id")).toString();
        QVERIFY2(!web.isEmpty() && web != derived, json.out.constData());
        QCOMPARE(printed.value(QStringLiteral("issued_token_type")).toString(), kAccessTokenType);
        QCOMPARE(test::runKeyway({QStringLiteral("token"), web}).out.trimmed(),
            printed.value(QStringLiteral("access_token")).toString().toUtf8());
        // Not the echo peer's origin, so its token does not go there.
        const test::KeywayRun notThere
            = test::runKeyway({QStringLiteral("request"), web, QStringLiteral("GET"), api + QStringLiteral("/things")});
        QCOMPARE(notThere.code, 1);
        QVERIFY2(notThere.err.contains(QLatin1String("--allow-origin")), qPrintable(notThere.err));
        QCOMPARE(connectionCount(), before + 2);
    }

    void authorizationDetailsAreSentAndKeptAsGranted_data()
    {
        QTest::addColumn<int>("par");
        QTest::newRow("on the authorization request") << 0;
        QTest::newRow("in the pushed request (PAR)") << 1;
    }
    void authorizationDetailsAreSentAndKeptAsGranted()
    {
        QFETCH(int, par);
        ConnectRequest r = request(QStringLiteral("keyway-basic"), "basic-secret");
        r.par = par;
        r.authorizationDetails = accountDetails();
        QUrl browserUrl;
        const auto connected = m_fx.connectAndWait(r, [&browserUrl](ConnectAttempt *attempt) {
            QObject::connect(
                attempt, &ConnectAttempt::authorizationUrlReady, attempt, [&browserUrl](const QUrl &url) { browserUrl = url; });
        });
        KEYWAY_VERIFY_RESULT(connected);
        const QString id = connected.value();
        // RFC 9126 §4: pushed, the details do not go through the browser.
        QCOMPARE(QUrlQuery(browserUrl).hasQueryItem(QStringLiteral("authorization_details")), par == 0);

        // The provider granted them (its consent approved what was asked) and bound them to the access token...
        const StoredCredentials c = m_fx.credentials(id);
        QCOMPARE(introspect(c.tokens.accessToken).value(QStringLiteral("authorization_details")).toArray(), accountDetails());
        // ...and Keyway keeps them as granted (RFC 9396 §7), through a refresh too.
        QCOMPARE(c.tokens.authorizationDetails, accountDetails());
        const Error refreshed = m_fx.refresh(id);
        QVERIFY2(refreshed.isNull(), qPrintable(refreshed.toString()));
        QCOMPARE(m_fx.credentials(id).tokens.authorizationDetails, accountDetails());
    }

    void theCommandLineSendsDetailsFromAFileAndInspectShowsThemGranted()
    {
        const QString path = m_dir.filePath(QStringLiteral("details.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(accountDetails()).toJson());
        file.close();
        const test::KeywayRun connect = test::runKeyway(
            {QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin"), QStringLiteral("--scope"),
                QStringLiteral("openid email offline_access"), QStringLiteral("--authorization-details"), path},
            "basic-secret", browserEnv());
        QVERIFY2(connect.code == 0, qPrintable(connect.err));
        const QString id = QString::fromUtf8(connect.out).trimmed();

        const test::KeywayRun inspect = test::runKeyway({QStringLiteral("inspect"), id});
        QVERIFY2(inspect.code == 0, qPrintable(inspect.err));
        QVERIFY2(inspect.out.contains("Granted details") && inspect.out.contains("\"type\":\"account_information\""),
            inspect.out.constData());
        const test::KeywayRun json = test::runKeyway({QStringLiteral("inspect"), id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QStringLiteral("connection"))
                     .toObject()
                     .value(QStringLiteral("granted_authorization_details"))
                     .toArray(),
            accountDetails());
    }

    void aBadDetailsFileIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("[{\"type\": ") << "is not JSON";
        QTest::newRow("an object, not an array") << QByteArray(R"({"type":"account_information"})") << "JSON array";
        QTest::newRow("an entry without type") << QByteArray(R"([{"actions":["list_accounts"]}])") << "has no \"type\"";
        QTest::newRow("actions not strings") << QByteArray(R"([{"type":"x","actions":[1]}])") << "\"actions\"";
        QTest::newRow("no such file") << QByteArray() << "cannot read";
    }
    void aBadDetailsFileIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        QString path = m_dir.filePath(QStringLiteral("missing.json"));
        if (!content.isEmpty()) {
            path = m_dir.filePath(QStringLiteral("bad.json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
        }
        const test::KeywayRun connect = test::runKeyway(
            {QStringLiteral("connect"), QStringLiteral("--issuer"), m_peer.issuer(), QStringLiteral("--client-id"),
                QStringLiteral("keyway-native"), QStringLiteral("--authorization-details"), path},
            {}, {{QStringLiteral("KEYWAY_BROWSER"), QStringLiteral("false")}});
        QCOMPARE(connect.code, 1);
        QVERIFY2(connect.err.contains(QLatin1String("--authorization-details")) && connect.err.contains(says),
            qPrintable(connect.err));
        QVERIFY(connect.out.isEmpty());
    }
};

QTEST_MAIN(TestTokenExchange)
#include "TestTokenExchange.moc"
