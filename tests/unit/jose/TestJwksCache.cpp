#include "FakeHttpServer.h"
#include "JoseTestSupport.h"

#include "jose/JwksCache.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace keyway;
using namespace keyway::test;

namespace {

// The JWKS endpoints of a test, on the tests' one fake HTTP peer (FakeHttpServer): each path answers with a
// configured response (unconfigured: 404), and the requests per path are counted.
class JwksPeer
{
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        bool sendLength = true; // false: no Content-Length, the body ends when the connection closes
        bool hang = false; // never answer
    };

    QUrl url(const QString &path) const { return m_server.url(path); }
    void setResponse(const QString &path, const Response &response)
    {
        CannedResponse canned;
        canned.status = response.status;
        canned.contentType = response.contentType;
        canned.body = response.body;
        canned.omitContentLength = !response.sendLength;
        canned.hang = response.hang;
        m_server.answer(path.toUtf8(), canned);
    }
    int hits(const QString &path) const
    {
        const QByteArray target = path.toUtf8();
        return int(std::count_if(m_server.requests.cbegin(), m_server.requests.cend(),
            [&target](const RecordedRequest &request) { return request.target == target; }));
    }

private:
    FakeHttpServer m_server;
};

// Collects one callback's result.
struct Outcome
{
    bool called = false;
    Jwks jwks;
    Error error;
};

} // namespace

// The JWKS cache against a loopback peer: caching, shared fetches, the two rate limits (forced refreshes; repeated
// fetches after a failure), the unknown-kid refetch, and every way a key set download can fail.
class TestJwksCache : public QObject
{
    Q_OBJECT

private:
    openssl::PkeyPtr m_key1;
    openssl::PkeyPtr m_key2;
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1704067200, Qt::UTC);

    QByteArray jwksBody(const QList<std::pair<EVP_PKEY *, QString>> &keys) const
    {
        QJsonArray array;
        for (const auto &[key, kid] : keys) {
            QJsonObject jwk = Jwk::publicJson(key);
            jwk.insert(QStringLiteral("kid"), kid);
            array.append(jwk);
        }
        return json({{QStringLiteral("keys"), array}});
    }
    std::unique_ptr<JwksCache> makeCache()
    {
        auto cache = std::make_unique<JwksCache>();
        cache->setClock([this]() { return m_now; });
        return cache;
    }
    static std::shared_ptr<Outcome> request(JwksCache &cache, const QUrl &url, bool force)
    {
        auto outcome = std::make_shared<Outcome>();
        cache.keys(url, force, [outcome](const Jwks &jwks, const Error &error) {
            outcome->called = true;
            outcome->jwks = jwks;
            outcome->error = error;
        });
        return outcome;
    }
    QString idToken(EVP_PKEY *key, const QString &kid, const QString &sub = QStringLiteral("u1")) const
    {
        const QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("https://idp.example.test")},
            {QStringLiteral("sub"), sub}, {QStringLiteral("aud"), QStringLiteral("client")},
            {QStringLiteral("iat"), m_now.toSecsSinceEpoch()}, {QStringLiteral("exp"), m_now.toSecsSinceEpoch() + 3600}};
        return Jws::sign({{QStringLiteral("kid"), kid}}, json(claims), key, Jws::defaultAlgorithm(key)).value();
    }
    IdTokenValidator::Expectations expectations() const
    {
        IdTokenValidator::Expectations e;
        e.issuer = QStringLiteral("https://idp.example.test");
        e.clientId = QStringLiteral("client");
        e.now = m_now;
        return e;
    }

private slots:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        m_key1 = generateEc("P-256");
        m_key2 = generateEd25519();
        QVERIFY(m_key1 && m_key2);
    }

    void fetchesOnceThenCaches()
    {
        JwksPeer peer;
        peer.setResponse(QStringLiteral("/jwks"),
            {200, "application/jwk-set+json; charset=utf-8", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto cache = makeCache();
        QSignalSpy fetched(cache.get(), &JwksCache::fetched);

        auto first = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QVERIFY(!first->called); // never inside keys()
        QTRY_VERIFY(first->called);
        QVERIFY2(first->error.isNull(), qPrintable(first->error.toString()));
        QCOMPARE(first->jwks.size(), 1);
        QVERIFY(first->jwks.containsKeyId(QStringLiteral("k1")));
        QCOMPARE(fetched.size(), 1);

        auto second = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QVERIFY(!second->called);
        QTRY_VERIFY(second->called);
        QCOMPARE(second->jwks.size(), 1);
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 1);

        // After the maximum age the keys are fetched again.
        m_now = m_now.addSecs(3601);
        auto third = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QTRY_VERIFY(third->called);
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 2);
    }

    void concurrentRequestsShareOneFetch()
    {
        JwksPeer peer;
        peer.setResponse(QStringLiteral("/jwks"), {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto cache = makeCache();
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 5; ++i)
            outcomes << request(*cache, peer.url(QStringLiteral("/jwks")), i % 2 == 1);
        for (const auto &outcome : outcomes)
            QTRY_VERIFY(outcome->called);
        for (const auto &outcome : outcomes)
            QCOMPARE(outcome->jwks.size(), 1);
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 1);
    }

    void forcedRefreshIsRateLimited()
    {
        JwksPeer peer;
        peer.setResponse(QStringLiteral("/jwks"), {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto cache = makeCache();
        auto first = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QTRY_VERIFY(first->called);
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 1);

        // The first forced refresh right after the ordinary fetch goes to the provider at once.
        auto forced = request(*cache, peer.url(QStringLiteral("/jwks")), true);
        QTRY_VERIFY(forced->called);
        QVERIFY(forced->error.isNull());
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 2);

        // Ten more within 30 s of it: served from the cache, no request reaches the provider.
        for (int i = 0; i < 10; ++i) {
            m_now = m_now.addSecs(2);
            auto outcome = request(*cache, peer.url(QStringLiteral("/jwks")), true);
            QTRY_VERIFY(outcome->called);
            QVERIFY(outcome->error.isNull());
            QCOMPARE(outcome->jwks.size(), 1);
        }
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 2);

        m_now = m_now.addSecs(11); // 31 s after the forced fetch
        auto late = request(*cache, peer.url(QStringLiteral("/jwks")), true);
        QTRY_VERIFY(late->called);
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 3);

        // Ordinary requests in between are served from the cache and do not use up the forced budget.
        m_now = m_now.addSecs(31);
        auto cached = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QTRY_VERIFY(cached->called);
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 3);

        // The interval is configurable.
        cache->setMinRefreshInterval(std::chrono::milliseconds(0));
        auto unlimited = request(*cache, peer.url(QStringLiteral("/jwks")), true);
        QTRY_VERIFY(unlimited->called);
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 4);
    }

    // OpenID Connect Core §10.1.1: a token signed with a newly rotated key is accepted right after an ordinary
    // fetch (the sign-in that just validated an id_token), not half a minute later; a second forced refetch
    // within the interval still stays off the network.
    void rotationRightAfterFetchIsSeenAtOnce()
    {
        JwksPeer peer;
        const QString path = QStringLiteral("/certs");
        peer.setResponse(path, {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto cache = makeCache();
        const QUrl url = peer.url(path);
        auto validate = [&](const QString &token) {
            auto result = std::make_shared<std::optional<IdTokenValidator::Validation>>();
            cache->validateIdToken(url, token, expectations(), [result](const IdTokenValidator::Validation &v) { *result = v; });
            return result;
        };

        auto signIn = validate(idToken(m_key1.get(), QStringLiteral("k1")));
        QTRY_VERIFY(signIn->has_value());
        QVERIFY2((*signIn)->ok(), qPrintable((*signIn)->error.toString()));
        QCOMPARE(peer.hits(path), 1);

        // The provider rotates at once; the clock does not move.
        peer.setResponse(path,
            {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}, {m_key2.get(), QStringLiteral("k2")}})});
        auto rotated = validate(idToken(m_key2.get(), QStringLiteral("k2")));
        QTRY_VERIFY(rotated->has_value());
        QVERIFY2((*rotated)->ok(), qPrintable((*rotated)->error.toString()));
        QCOMPARE((*rotated)->keyId, QStringLiteral("k2"));
        QCOMPARE(peer.hits(path), 2);
        // k2 is cached now: no further fetch for it.
        auto again = validate(idToken(m_key2.get(), QStringLiteral("k2")));
        QTRY_VERIFY(again->has_value());
        QVERIFY((*again)->ok());
        QCOMPARE(peer.hits(path), 2);

        // A second rotation within the interval: the forced refetch is rate-limited, the token refused as
        // unknown_key with the old keys, and the provider is not asked.
        const openssl::PkeyPtr key3 = generateEc("P-256");
        peer.setResponse(path,
            {200, "application/json", jwksBody({{m_key2.get(), QStringLiteral("k2")}, {key3.get(), QStringLiteral("k3")}})});
        m_now = m_now.addSecs(29);
        auto tooSoon = validate(idToken(key3.get(), QStringLiteral("k3")));
        QTRY_VERIFY(tooSoon->has_value());
        QCOMPARE((*tooSoon)->failure, IdTokenValidator::Failure::UnknownKey);
        QCOMPARE(peer.hits(path), 2);
        // Once the interval has passed, the next one refetches and validates.
        m_now = m_now.addSecs(2);
        auto later = validate(idToken(key3.get(), QStringLiteral("k3")));
        QTRY_VERIFY(later->has_value());
        QVERIFY2((*later)->ok(), qPrintable((*later)->error.toString()));
        QCOMPARE(peer.hits(path), 3);
    }

    void unknownKidRefetchesOnce()
    {
        JwksPeer peer;
        const QString path = QStringLiteral("/certs");
        peer.setResponse(path, {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto cache = makeCache();
        const QUrl url = peer.url(path);

        auto validate = [&](const QString &token) {
            auto result = std::make_shared<std::optional<IdTokenValidator::Validation>>();
            cache->validateIdToken(url, token, expectations(), [result](const IdTokenValidator::Validation &v) { *result = v; });
            return result;
        };

        auto first = validate(idToken(m_key1.get(), QStringLiteral("k1")));
        QTRY_VERIFY(first->has_value());
        QVERIFY2((*first)->ok(), qPrintable((*first)->error.toString()));
        QCOMPARE(peer.hits(path), 1);

        // The provider rotates: k2 appears. A token signed with k2 makes the cache refetch once and succeed.
        peer.setResponse(path,
            {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}, {m_key2.get(), QStringLiteral("k2")}})});
        m_now = m_now.addSecs(40);
        auto rotated = validate(idToken(m_key2.get(), QStringLiteral("k2")));
        QTRY_VERIFY(rotated->has_value());
        QVERIFY2((*rotated)->ok(), qPrintable((*rotated)->error.toString()));
        QCOMPARE((*rotated)->keyId, QStringLiteral("k2"));
        QCOMPARE(peer.hits(path), 2);

        // An attacker's tokens with made-up kids: unknown_key, and no request reaches the provider.
        const openssl::PkeyPtr attacker = generateEc("P-256");
        for (int i = 0; i < 5; ++i) {
            m_now = m_now.addSecs(1);
            auto forged = validate(idToken(attacker.get(), QStringLiteral("random-%1").arg(i)));
            QTRY_VERIFY(forged->has_value());
            QCOMPARE((*forged)->failure, IdTokenValidator::Failure::UnknownKey);
        }
        QCOMPARE(peer.hits(path), 2);

        // Known kid, wrong signature: no refetch either.
        auto badSignature = validate(idToken(attacker.get(), QStringLiteral("k1")));
        QTRY_VERIFY(badSignature->has_value());
        QCOMPARE((*badSignature)->failure, IdTokenValidator::Failure::BadSignature);
        QCOMPARE(peer.hits(path), 2);
    }

    // OpenID Connect Core §12.2 through the cache: a refreshed token signed with a key the provider rotated in
    // since sign-in is checked after one refetch; one naming another user is refused.
    void refreshedIdTokenUsesTheSameKeyHandling()
    {
        JwksPeer peer;
        const QString path = QStringLiteral("/certs");
        peer.setResponse(path, {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto cache = makeCache();
        const QUrl url = peer.url(path);
        const QString original = idToken(m_key1.get(), QStringLiteral("k1"));
        auto validate = [&](const QString &refreshed) {
            auto result = std::make_shared<std::optional<IdTokenValidator::Validation>>();
            cache->validateRefreshedIdToken(
                url, original, refreshed, expectations(), [result](const IdTokenValidator::Validation &v) { *result = v; });
            return result;
        };

        auto same = validate(idToken(m_key1.get(), QStringLiteral("k1")));
        QTRY_VERIFY(same->has_value());
        QVERIFY2((*same)->ok(), qPrintable((*same)->error.toString()));
        QCOMPARE(peer.hits(path), 1);

        peer.setResponse(path,
            {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}, {m_key2.get(), QStringLiteral("k2")}})});
        auto rotated = validate(idToken(m_key2.get(), QStringLiteral("k2")));
        QTRY_VERIFY(rotated->has_value());
        QVERIFY2((*rotated)->ok(), qPrintable((*rotated)->error.toString()));
        QCOMPARE((*rotated)->keyId, QStringLiteral("k2"));
        QCOMPARE(peer.hits(path), 2);

        auto mallory = validate(idToken(m_key1.get(), QStringLiteral("k1"), QStringLiteral("mallory")));
        QTRY_VERIFY(mallory->has_value());
        QCOMPARE((*mallory)->failure, IdTokenValidator::Failure::SubjectChanged);

        auto noKeys = std::make_shared<std::optional<IdTokenValidator::Validation>>();
        cache->validateRefreshedIdToken(peer.url(QStringLiteral("/missing")), original, original, expectations(),
            [noKeys](const IdTokenValidator::Validation &v) { *noKeys = v; });
        QTRY_VERIFY(noKeys->has_value());
        QCOMPARE((*noKeys)->failure, IdTokenValidator::Failure::KeysUnavailable);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("sendLength");
        QTest::addColumn<QString>("code");
        const QByteArray jsonType = "application/json";
        const QByteArray good = "{\"keys\":[]}";
        QTest::newRow("404") << 404 << QByteArray("text/html") << QByteArray("<h1>Not Found</h1>") << true
                             << QStringLiteral("jwks_http_error");
        QTest::newRow("500-json") << 500 << jsonType << QByteArray("{\"error\":\"server_error\"}") << true
                                  << QStringLiteral("jwks_http_error");
        QTest::newRow("html-200") << 200 << QByteArray("text/html; charset=utf-8") << QByteArray("<html>login</html>") << true
                                  << QStringLiteral("jwks_not_json");
        QTest::newRow("no-content-type") << 200 << QByteArray() << good << true << QStringLiteral("jwks_not_json");
        QTest::newRow("invalid-json") << 200 << jsonType << QByteArray("{\"keys\":[") << true << QStringLiteral("invalid_jwks");
        QTest::newRow("json-array") << 200 << jsonType << QByteArray("[]") << true << QStringLiteral("invalid_jwks");
        QTest::newRow("no-keys-member") << 200 << jsonType << QByteArray("{\"issuer\":\"x\"}") << true
                                        << QStringLiteral("invalid_jwks");
        QTest::newRow("empty-set") << 200 << jsonType << good << true << QStringLiteral("jwks_empty");
        QTest::newRow("only-hmac-keys") << 200 << jsonType << QByteArray("{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}]}")
                                        << true << QStringLiteral("jwks_empty");
        const QByteArray huge = "{\"keys\":[],\"padding\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        QTest::newRow("oversized") << 200 << jsonType << huge << true << QStringLiteral("jwks_too_large");
        QTest::newRow("oversized-no-length") << 200 << jsonType << huge << false << QStringLiteral("jwks_too_large");
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, sendLength);
        QFETCH(QString, code);
        JwksPeer peer;
        JwksPeer::Response response {status, contentType, body, sendLength};
        if (contentType.isEmpty())
            response.contentType = "";
        peer.setResponse(QStringLiteral("/jwks"), response);
        auto cache = makeCache();
        auto outcome = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 10000);
        QCOMPARE(outcome->error.code, code);
        QVERIFY(!outcome->error.message.isEmpty());
        QVERIFY(!outcome->error.detail.isEmpty());
        QVERIFY(outcome->jwks.isEmpty());
        if (code == QLatin1String("jwks_http_error"))
            QCOMPARE(outcome->error.httpStatus, status);
    }

    void failureIsRateLimitedToo()
    {
        JwksPeer peer; // "/jwks" not configured: 404
        auto cache = makeCache();
        auto first = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QTRY_VERIFY(first->called);
        QCOMPARE(first->error.httpStatus, 404);
        // Within the interval neither an ordinary request nor a forced one (with no keys cached it is an ordinary
        // fetch) asks the failing provider again: both get the last error.
        m_now = m_now.addSecs(5);
        auto ordinary = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QTRY_VERIFY(ordinary->called);
        QCOMPARE(ordinary->error.code, QStringLiteral("jwks_http_error"));
        auto second = request(*cache, peer.url(QStringLiteral("/jwks")), true);
        QTRY_VERIFY(second->called);
        QCOMPARE(second->error.code, QStringLiteral("jwks_http_error"));
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 1);
        m_now = m_now.addSecs(30);
        peer.setResponse(QStringLiteral("/jwks"), {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto third = request(*cache, peer.url(QStringLiteral("/jwks")), false);
        QTRY_VERIFY(third->called);
        QVERIFY(third->error.isNull());
        QCOMPARE(peer.hits(QStringLiteral("/jwks")), 2);
    }

    void timeout()
    {
        JwksPeer peer;
        JwksPeer::Response hang;
        hang.hang = true;
        peer.setResponse(QStringLiteral("/slow"), hang);
        auto cache = makeCache();
        cache->setTimeout(std::chrono::milliseconds(300));
        auto outcome = request(*cache, peer.url(QStringLiteral("/slow")), false);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 5000);
        QCOMPARE(outcome->error.code, QStringLiteral("jwks_timeout"));
    }

    void unreachable()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        auto cache = makeCache();
        auto outcome = request(*cache, QUrl(QStringLiteral("http://127.0.0.1:%1/jwks").arg(port)), false);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 10000);
        QCOMPARE(outcome->error.code, QStringLiteral("jwks_unreachable"));
    }

    void insecureUrlsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http-remote") << QStringLiteral("http://idp.example.test/jwks");
        QTest::newRow("ftp") << QStringLiteral("ftp://idp.example.test/jwks");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("no-host") << QStringLiteral("https:///jwks");
        QTest::newRow("empty") << QString();
        QTest::newRow("relative") << QStringLiteral("/jwks");
    }
    void insecureUrlsRefused()
    {
        QFETCH(QString, url);
        auto cache = makeCache();
        auto outcome = request(*cache, QUrl(url), false);
        QVERIFY(!outcome->called);
        QTRY_VERIFY(outcome->called);
        QCOMPARE(outcome->error.code, QStringLiteral("jwks_insecure_url"));
    }

    // The integration's explicit "allow_insecure_http" admits http to another host, and nothing else.
    void insecureHttpAllowedOnlyWhenAsked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("fetched");
        QTest::newRow("http-remote") << QStringLiteral("http://idp.example.test/jwks") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://idp.example.test/jwks") << false;
        QTest::newRow("credentials") << QStringLiteral("http://user:pw@idp.example.test/jwks") << false;
        QTest::newRow("no-host") << QStringLiteral("http:///jwks") << false;
    }
    void insecureHttpAllowedOnlyWhenAsked()
    {
        QFETCH(QString, url);
        QFETCH(bool, fetched);
        auto cache = makeCache();
        cache->setTimeout(std::chrono::milliseconds(3000));
        auto outcome = std::make_shared<Outcome>();
        cache->keys(
            QUrl(url), false,
            [outcome](const Jwks &jwks, const Error &error) {
                outcome->called = true;
                outcome->jwks = jwks;
                outcome->error = error;
            },
            nullptr, true);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->called, 10000);
        // No network here: an attempted fetch fails as unreachable (or timed out), never as insecure.
        QCOMPARE(outcome->error.code == QStringLiteral("jwks_insecure_url"), !fetched);
    }

    void keysUnavailableForValidation()
    {
        JwksPeer peer;
        auto cache = makeCache();
        std::optional<IdTokenValidator::Validation> result;
        cache->validateIdToken(peer.url(QStringLiteral("/missing")), idToken(m_key1.get(), QStringLiteral("k1")), expectations(),
            [&result](const IdTokenValidator::Validation &v) { result = v; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->failure, IdTokenValidator::Failure::KeysUnavailable);
        QCOMPARE(result->error.code, QStringLiteral("keys_unavailable"));
        QCOMPARE(result->error.httpStatus, 404);
    }

    void destroyedContextDropsCallback()
    {
        JwksPeer peer;
        peer.setResponse(QStringLiteral("/jwks"), {200, "application/json", jwksBody({{m_key1.get(), QStringLiteral("k1")}})});
        auto cache = makeCache();
        bool called = false;
        auto context = std::make_unique<QObject>();
        cache->keys(
            peer.url(QStringLiteral("/jwks")), false, [&called](const Jwks &, const Error &) { called = true; }, context.get());
        context.reset();
        QSignalSpy fetched(cache.get(), &JwksCache::fetched);
        QTRY_COMPARE(fetched.size(), 1);
        QVERIFY(!called);
    }

    void destroyingTheCacheMidFetchIsSafe()
    {
        JwksPeer peer;
        JwksPeer::Response hang;
        hang.hang = true;
        peer.setResponse(QStringLiteral("/slow"), hang);
        bool called = false;
        {
            auto cache = makeCache();
            cache->keys(peer.url(QStringLiteral("/slow")), false, [&called](const Jwks &, const Error &) { called = true; });
            QTRY_COMPARE(peer.hits(QStringLiteral("/slow")), 1);
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestJwksCache)
#include "TestJwksCache.moc"
