#include "JoseTestSupport.h"

#include "jose/IdTokenValidator.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QtTest>

#include <limits>
#include <map>

using namespace keyway;
using namespace keyway::test;

namespace {

const QString kIssuer = QStringLiteral("https://idp.example.test");
const QString kClientId = QStringLiteral("client-123");
const QString kNonce = QStringLiteral("n-0S6_WzA2Mj");
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1704067200, Qt::UTC); // 2024-01-01T00:00:00Z
constexpr int kUnmeasured = std::numeric_limits<int>::min();

qint64 at(qint64 offsetSeconds)
{
    return kNow.toSecsSinceEpoch() + offsetSeconds;
}

} // namespace

// OpenID Connect Core §3.1.3.7: every failure code with a token built for it, plus valid tokens, all with
// keys made in the test and the clock fixed.
class TestIdTokenValidator : public QObject
{
    Q_OBJECT

private:
    std::map<QString, openssl::PkeyPtr> m_keys; // signer name -> private key
    Jwks m_jwks;

    static QJsonObject validClaims()
    {
        return {{QStringLiteral("iss"), kIssuer}, {QStringLiteral("sub"), QStringLiteral("user-1")},
            {QStringLiteral("aud"), kClientId}, {QStringLiteral("exp"), at(300)}, {QStringLiteral("iat"), at(-10)},
            {QStringLiteral("nonce"), kNonce}, {QStringLiteral("email"), QStringLiteral("alice@example.test")}};
    }
    // The ID token of a sign-in two hours ago (now expired), and one its refresh returns now.
    static QJsonObject originalClaims()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("iat"), at(-7200));
        claims.insert(QStringLiteral("exp"), at(-3600));
        claims.insert(QStringLiteral("auth_time"), at(-7210));
        return claims;
    }
    static QJsonObject refreshedClaims()
    {
        QJsonObject claims = originalClaims();
        claims.insert(QStringLiteral("iat"), at(-2));
        claims.insert(QStringLiteral("exp"), at(3598));
        return claims;
    }
    static IdTokenValidator::Expectations expectations()
    {
        IdTokenValidator::Expectations e;
        e.issuer = kIssuer;
        e.clientId = kClientId;
        e.nonce = kNonce;
        e.now = kNow;
        return e;
    }
    // Signs `claims` with the named key. `kid` empty: the signer's own kid ("-" for none).
    QString token(const QJsonObject &claims, const QString &signer = QStringLiteral("rsa1"), const QString &kid = QString(),
        const QString &algorithm = QString()) const
    {
        EVP_PKEY *key = m_keys.at(signer).get();
        QJsonObject header {{QStringLiteral("typ"), QStringLiteral("JWT")}};
        const QString keyId = kid.isEmpty() ? signer : kid;
        if (keyId != QLatin1String("-"))
            header.insert(QStringLiteral("kid"), keyId);
        const auto signedToken
            = Jws::sign(header, json(claims), key, algorithm.isEmpty() ? Jws::defaultAlgorithm(key) : algorithm);
        return signedToken.ok() ? signedToken.value() : QString();
    }
    static QJsonObject with(QJsonObject claims, const QString &name, const QJsonValue &value)
    {
        if (value.isUndefined())
            claims.remove(name);
        else
            claims.insert(name, value);
        return claims;
    }

private slots:
    void initTestCase()
    {
        m_keys[QStringLiteral("rsa1")] = generateRsa();
        m_keys[QStringLiteral("ec1")] = generateEc("P-256");
        m_keys[QStringLiteral("ed1")] = generateEd25519();
        m_keys[QStringLiteral("attacker")] = generateRsa(); // not in the JWKS
        for (const char *published : {"rsa1", "ec1", "ed1"}) {
            const Jwk jwk = publicJwk(m_keys.at(QLatin1String(published)).get(), QLatin1String(published));
            QVERIFY(!jwk.isNull());
            m_jwks.addKey(jwk);
        }
    }

    void validTokens_data()
    {
        QTest::addColumn<QString>("idToken");
        QTest::newRow("rsa") << token(validClaims());
        QTest::newRow("ec") << token(validClaims(), QStringLiteral("ec1"));
        QTest::newRow("eddsa") << token(validClaims(), QStringLiteral("ed1"));
        QTest::newRow("ps256") << token(validClaims(), QStringLiteral("rsa1"), QString(), QStringLiteral("PS256"));
        QTest::newRow("rs512") << token(validClaims(), QStringLiteral("rsa1"), QString(), QStringLiteral("RS512"));
        QTest::newRow("no-kid") << token(validClaims(), QStringLiteral("ec1"), QStringLiteral("-"));
        QTest::newRow("aud-array-with-azp") << token(
            with(with(validClaims(), QStringLiteral("aud"), QJsonArray {kClientId, QStringLiteral("api")}), QStringLiteral("azp"),
                kClientId));
        QTest::newRow("aud-array-of-one") << token(with(validClaims(), QStringLiteral("aud"), QJsonArray {kClientId}));
        QTest::newRow("azp-single-aud") << token(with(validClaims(), QStringLiteral("azp"), kClientId));
        QTest::newRow("expired-within-skew") << token(with(validClaims(), QStringLiteral("exp"), at(-59)));
        QTest::newRow("iat-ahead-within-skew") << token(with(validClaims(), QStringLiteral("iat"), at(59)));
        QTest::newRow("nbf-past") << token(with(validClaims(), QStringLiteral("nbf"), at(-10)));
        QTest::newRow("fractional-times") << token(with(validClaims(), QStringLiteral("exp"), double(at(300)) + 0.5));
    }
    void validTokens()
    {
        QFETCH(QString, idToken);
        QVERIFY(!idToken.isEmpty());
        const auto result = IdTokenValidator::validate(idToken, m_jwks, expectations());
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QVERIFY(result.error.isNull());
        QCOMPARE(result.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("user-1"));
        QCOMPARE(result.claims.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.test"));
        QVERIFY(!result.keyId.isEmpty());
        QVERIFY(IdTokenValidator::code(result.failure).isEmpty());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("idToken");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_signature");

        // malformed
        QTest::newRow("garbage") << QStringLiteral("not a token") << QStringLiteral("malformed");
        QTest::newRow("two-parts") << token(validClaims()).section(QLatin1Char('.'), 0, 1) << QStringLiteral("malformed");
        QTest::newRow("payload-not-json") << QString(Jws::sign({{QStringLiteral("kid"), QStringLiteral("rsa1")}}, "hello",
            m_keys.at(QStringLiteral("rsa1")).get(), QStringLiteral("RS256"))
                                                         .value())
                                          << QStringLiteral("malformed");
        QTest::newRow("no-sub") << token(with(validClaims(), QStringLiteral("sub"), QJsonValue::Undefined))
                                << QStringLiteral("malformed");
        QTest::newRow("no-iss") << token(with(validClaims(), QStringLiteral("iss"), QJsonValue::Undefined))
                                << QStringLiteral("malformed");
        QTest::newRow("no-aud") << token(with(validClaims(), QStringLiteral("aud"), QJsonValue::Undefined))
                                << QStringLiteral("malformed");
        QTest::newRow("aud-number") << token(with(validClaims(), QStringLiteral("aud"), 123)) << QStringLiteral("malformed");
        QTest::newRow("aud-empty-array") << token(with(validClaims(), QStringLiteral("aud"), QJsonArray()))
                                         << QStringLiteral("malformed");
        QTest::newRow("aud-array-with-number")
            << token(with(validClaims(), QStringLiteral("aud"), QJsonArray {kClientId, 5})) << QStringLiteral("malformed");
        QTest::newRow("no-exp") << token(with(validClaims(), QStringLiteral("exp"), QJsonValue::Undefined))
                                << QStringLiteral("malformed");
        QTest::newRow("exp-string") << token(with(validClaims(), QStringLiteral("exp"), QString::number(at(300))))
                                    << QStringLiteral("malformed");
        QTest::newRow("no-iat") << token(with(validClaims(), QStringLiteral("iat"), QJsonValue::Undefined))
                                << QStringLiteral("malformed");
        QTest::newRow("nbf-string") << token(with(validClaims(), QStringLiteral("nbf"), QStringLiteral("soon")))
                                    << QStringLiteral("malformed");

        // alg_not_allowed
        QTest::newRow("alg-none") << compact(
            json({{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("kid"), QStringLiteral("rsa1")}}),
            json(validClaims()), QByteArray())
                                  << QStringLiteral("alg_not_allowed");
        {
            // HS256 keyed with the RSA public key's JWK: the confusion attack.
            const QByteArray header
                = b64(json({{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), QStringLiteral("rsa1")}}));
            const QByteArray payload = b64(json(validClaims()));
            const QByteArray secret = json(m_jwks.keys().first().toPublicJson());
            const QByteArray mac = QMessageAuthenticationCode::hash(header + '.' + payload, secret, QCryptographicHash::Sha256);
            QTest::newRow("alg-hs256-public-key-secret")
                << QString::fromLatin1(header + '.' + payload + '.' + b64(mac)) << QStringLiteral("alg_not_allowed");
        }
        QTest::newRow("alg-unknown") << compact(json({{QStringLiteral("alg"), QStringLiteral("XS256")}}), json(validClaims()),
            "sig") << QStringLiteral("alg_not_allowed");

        // unknown_key: a kid the JWKS does not have (rotation, or an attacker's key).
        QTest::newRow("unknown-kid") << token(validClaims(), QStringLiteral("attacker"), QStringLiteral("rotated-2024"))
                                     << QStringLiteral("unknown_key");
        QTest::newRow("no-kid-no-fitting-key")
            << compact(json({{QStringLiteral("alg"), QStringLiteral("ES384")}}), json(validClaims()), QByteArray(96, '\1'))
            << QStringLiteral("unknown_key");

        // bad_signature
        QTest::newRow("attacker-key-known-kid")
            << token(validClaims(), QStringLiteral("attacker"), QStringLiteral("rsa1")) << bad;
        QTest::newRow("attacker-key-no-kid") << token(validClaims(), QStringLiteral("attacker"), QStringLiteral("-")) << bad;
        {
            QStringList parts = token(validClaims()).split(QLatin1Char('.'));
            parts[1] = QString::fromLatin1(b64(json(with(validClaims(), QStringLiteral("sub"), QStringLiteral("admin")))));
            QTest::newRow("tampered-claims") << parts.join(QLatin1Char('.')) << bad;
            parts = token(validClaims()).split(QLatin1Char('.'));
            parts[2] = QString::fromLatin1(b64(QByteArray(256, '\0')));
            QTest::newRow("zeroed-signature") << parts.join(QLatin1Char('.')) << bad;
            parts[2].clear();
            QTest::newRow("stripped-signature") << parts.join(QLatin1Char('.')) << bad;
        }
        // The kid of the EC key with an RSA signature: header alg and key type disagree.
        QTest::newRow("alg-key-type-mismatch") << token(validClaims(), QStringLiteral("rsa1"), QStringLiteral("ec1")) << bad;

        // wrong_issuer
        QTest::newRow("other-issuer") << token(
            with(validClaims(), QStringLiteral("iss"), QStringLiteral("https://evil.example.test")))
                                      << QStringLiteral("wrong_issuer");
        QTest::newRow("issuer-trailing-slash")
            << token(with(validClaims(), QStringLiteral("iss"), kIssuer + QLatin1Char('/'))) << QStringLiteral("wrong_issuer");
        QTest::newRow("issuer-case") << token(with(validClaims(), QStringLiteral("iss"), kIssuer.toUpper()))
                                     << QStringLiteral("wrong_issuer");

        // wrong_audience
        QTest::newRow("other-audience") << token(with(validClaims(), QStringLiteral("aud"), QStringLiteral("client-999")))
                                        << QStringLiteral("wrong_audience");
        QTest::newRow("audience-array-without-us")
            << token(with(validClaims(), QStringLiteral("aud"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}))
            << QStringLiteral("wrong_audience");

        // wrong_azp
        QTest::newRow("several-audiences-no-azp")
            << token(with(validClaims(), QStringLiteral("aud"), QJsonArray {kClientId, QStringLiteral("api")}))
            << QStringLiteral("wrong_azp");
        QTest::newRow("azp-other") << token(with(validClaims(), QStringLiteral("azp"), QStringLiteral("client-999")))
                                   << QStringLiteral("wrong_azp");
        QTest::newRow("azp-number") << token(with(validClaims(), QStringLiteral("azp"), 1)) << QStringLiteral("wrong_azp");

        // expired
        QTest::newRow("expired") << token(with(validClaims(), QStringLiteral("exp"), at(-301))) << QStringLiteral("expired");
        QTest::newRow("expired-exactly-at-skew")
            << token(with(validClaims(), QStringLiteral("exp"), at(-300))) << QStringLiteral("expired");
        QTest::newRow("expired-long-ago") << token(with(validClaims(), QStringLiteral("exp"), 1000)) << QStringLiteral("expired");

        // issued_in_future
        QTest::newRow("iat-future") << token(with(validClaims(), QStringLiteral("iat"), at(301)))
                                    << QStringLiteral("issued_in_future");
        QTest::newRow("iat-long-ago") << token(with(validClaims(), QStringLiteral("iat"), at(-301)))
                                      << QStringLiteral("issued_long_ago");
        QTest::newRow("nbf-future") << token(with(validClaims(), QStringLiteral("nbf"), at(3600)))
                                    << QStringLiteral("issued_in_future");

        // wrong_nonce
        QTest::newRow("nonce-other") << token(with(validClaims(), QStringLiteral("nonce"), QStringLiteral("replayed")))
                                     << QStringLiteral("wrong_nonce");
        QTest::newRow("nonce-missing") << token(with(validClaims(), QStringLiteral("nonce"), QJsonValue::Undefined))
                                       << QStringLiteral("wrong_nonce");
        QTest::newRow("nonce-number") << token(with(validClaims(), QStringLiteral("nonce"), 42)) << QStringLiteral("wrong_nonce");
        QTest::newRow("nonce-prefix") << token(with(validClaims(), QStringLiteral("nonce"), kNonce.left(5)))
                                      << QStringLiteral("wrong_nonce");
    }
    void failures()
    {
        QFETCH(QString, idToken);
        QFETCH(QString, code);
        QVERIFY(!idToken.isEmpty());
        const auto result = IdTokenValidator::validate(idToken, m_jwks, expectations());
        QVERIFY2(!result.ok(), "a bad ID token was accepted");
        QCOMPARE(IdTokenValidator::code(result.failure), code);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.detail.isEmpty());
        // Claims of a rejected token are never handed out.
        QVERIFY(result.claims.isEmpty());
        // The nonce never appears in clear in the diagnostics.
        QVERIFY(!result.error.detail.contains(kNonce));
    }

    void allowedAlgorithms()
    {
        IdTokenValidator::Expectations e = expectations();
        e.allowedAlgorithms = {QStringLiteral("RS256")};
        QVERIFY(IdTokenValidator::validate(token(validClaims()), m_jwks, e).ok());
        const auto ec = IdTokenValidator::validate(token(validClaims(), QStringLiteral("ec1")), m_jwks, e);
        QCOMPARE(ec.failure, IdTokenValidator::Failure::AlgNotAllowed);
        // Listing HS256 does not make it acceptable.
        e.allowedAlgorithms = {QStringLiteral("HS256"), QStringLiteral("none")};
        const QString none = compact(json({{QStringLiteral("alg"), QStringLiteral("none")}}), json(validClaims()), QByteArray());
        QCOMPARE(IdTokenValidator::validate(none, m_jwks, e).failure, IdTokenValidator::Failure::AlgNotAllowed);
    }

    void clockSkewIsConfigurable()
    {
        IdTokenValidator::Expectations e = expectations();
        const QString justExpired = token(with(validClaims(), QStringLiteral("exp"), at(-1)));
        QVERIFY(IdTokenValidator::validate(justExpired, m_jwks, e).ok());
        e.maxClockSkew = std::chrono::seconds(0);
        QCOMPARE(IdTokenValidator::validate(justExpired, m_jwks, e).failure, IdTokenValidator::Failure::Expired);
        e.maxClockSkew = std::chrono::seconds(300);
        QVERIFY(IdTokenValidator::validate(token(with(validClaims(), QStringLiteral("exp"), at(-200))), m_jwks, e).ok());
        QVERIFY(IdTokenValidator::validate(token(with(validClaims(), QStringLiteral("iat"), at(200))), m_jwks, e).ok());
        // The clock: the same token is valid now and expired an hour later.
        e = expectations();
        const QString valid = token(validClaims());
        QVERIFY(IdTokenValidator::validate(valid, m_jwks, e).ok());
        e.now = kNow.addSecs(3600);
        QCOMPARE(IdTokenValidator::validate(valid, m_jwks, e).failure, IdTokenValidator::Failure::Expired);
        e.now = kNow.addSecs(-3600);
        QCOMPARE(IdTokenValidator::validate(valid, m_jwks, e).failure, IdTokenValidator::Failure::IssuedInFuture);
    }

    // RFC 7519 §4.1.4, OpenID Connect Core §3.1.3.7 steps 9 and 10: one leeway (ClockLeeway::kDefault, 5 minutes),
    // the same in both directions for exp, iat and nbf.
    void leewayIsTheSameBothWays_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("offset"); // seconds from now
        QTest::addColumn<QString>("code"); // empty: valid
        const int leeway = ClockLeeway::kDefaultSeconds;
        QTest::newRow("exp-past-within") << "exp" << -(leeway - 1) << QString();
        QTest::newRow("exp-past-beyond") << "exp" << -(leeway + 1) << "expired";
        QTest::newRow("iat-ahead-within") << "iat" << leeway - 1 << QString();
        QTest::newRow("iat-ahead-beyond") << "iat" << leeway + 1 << "issued_in_future";
        QTest::newRow("iat-behind-within") << "iat" << -(leeway - 1) << QString();
        QTest::newRow("iat-behind-beyond") << "iat" << -(leeway + 1) << "issued_long_ago";
        QTest::newRow("iat-2-min-ahead") << "iat" << 120 << QString();
        QTest::newRow("iat-5-min-behind") << "iat" << -300 << QString();
        QTest::newRow("nbf-ahead-within") << "nbf" << leeway - 1 << QString();
        QTest::newRow("nbf-ahead-beyond") << "nbf" << leeway + 1 << "issued_in_future";
    }
    void leewayIsTheSameBothWays()
    {
        QFETCH(QString, claim);
        QFETCH(int, offset);
        QFETCH(QString, code);
        QCOMPARE(IdTokenValidator::Expectations().maxClockSkew, ClockLeeway::kDefault);
        QCOMPARE(ClockLeeway::kDefault, std::chrono::minutes(5));
        const auto result = IdTokenValidator::validate(token(with(validClaims(), claim, at(offset))), m_jwks, expectations());
        QCOMPARE(IdTokenValidator::code(result.failure), code);
    }

    // A refusal for time does not blame this computer's clock by default: it says how the two clocks compare,
    // measured from the Date header of the provider's answer, or that they could not be compared.
    void timeRefusalNamesTheClockOffset_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("claimOffset"); // seconds from this computer's now
        QTest::addColumn<int>("providerOffset"); // the provider's clock minus ours; kUnmeasured: no Date header
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("neverSays");
        const QString check = QStringLiteral("Check this computer's");
        QTest::newRow("provider-ahead") << "iat" << 420 << 421 << "issued_in_future"
                                        << "7 min 1 s behind the provider's"
                                        << "agrees";
        QTest::newRow("provider-behind") << "iat" << -600 << -600 << "issued_long_ago"
                                         << "10 min ahead of the provider's"
                                         << "agrees";
        QTest::newRow("provider-behind-expired") << "exp" << -3 * 3600 << -4 * 3600 << "expired"
                                                 << "4 h ahead of the provider's"
                                                 << "agrees";
        QTest::newRow("clocks-agree") << "iat" << 420 << 1 << "issued_in_future"
                                      << "agrees with the provider's" << check;
        QTest::newRow("no-date-header") << "iat" << 420 << kUnmeasured << "issued_in_future"
                                        << "no Date header"
                                        << "agrees";
    }
    void timeRefusalNamesTheClockOffset()
    {
        QFETCH(QString, claim);
        QFETCH(int, claimOffset);
        QFETCH(int, providerOffset);
        QFETCH(QString, code);
        QFETCH(QString, says);
        QFETCH(QString, neverSays);
        IdTokenValidator::Expectations e = expectations();
        if (providerOffset != kUnmeasured)
            e.providerClockOffset = std::chrono::seconds(providerOffset);
        const auto result = IdTokenValidator::validate(token(with(validClaims(), claim, at(claimOffset))), m_jwks, e);
        QCOMPARE(result.error.code, code);
        QVERIFY2(result.error.message.contains(says), qPrintable(result.error.message));
        QVERIFY2(!result.error.message.contains(neverSays), qPrintable(result.error.message));
        QVERIFY2(!result.error.message.contains(QLatin1String("your computer")), qPrintable(result.error.message));
        QVERIFY2(result.error.detail.contains(providerOffset == kUnmeasured
                         ? QStringLiteral("no Date header")
                         : QStringLiteral("%1 s from this computer's").arg(providerOffset)),
            qPrintable(result.error.detail));
    }

    void nonceOnlyWhenSent()
    {
        IdTokenValidator::Expectations e = expectations();
        e.nonce.clear();
        QVERIFY(IdTokenValidator::validate(token(validClaims()), m_jwks, e).ok());
        QVERIFY(IdTokenValidator::validate(token(with(validClaims(), QStringLiteral("nonce"), QJsonValue::Undefined)), m_jwks, e)
                    .ok());
    }

    void maxAge()
    {
        IdTokenValidator::Expectations e = expectations();
        e.maxAge = std::chrono::seconds(3600);
        QVERIFY(IdTokenValidator::validate(token(with(validClaims(), QStringLiteral("auth_time"), at(-600))), m_jwks, e).ok());
        const auto old
            = IdTokenValidator::validate(token(with(validClaims(), QStringLiteral("auth_time"), at(-7200))), m_jwks, e);
        QCOMPARE(old.failure, IdTokenValidator::Failure::AuthTooOld);
        QCOMPARE(old.error.code, QStringLiteral("auth_too_old"));
        const auto missing = IdTokenValidator::validate(token(validClaims()), m_jwks, e);
        QCOMPARE(missing.failure, IdTokenValidator::Failure::AuthTooOld);
        // Without max_age, auth_time is not required.
        QVERIFY(IdTokenValidator::validate(token(validClaims()), m_jwks, expectations()).ok());
    }

    // A template issuer (Microsoft's "common" / "organizations" / "consumers" discovery documents publish
    // "https://login.microsoftonline.com/{tenantid}/v2.0") is filled from the claim issuer_claims names, then
    // compared exactly. The claim must be a plain name: it cannot add a path, host or query to the issuer.
    void templatedIssuer_data()
    {
        QTest::addColumn<QString>("expectedIssuer");
        QTest::addColumn<QString>("placeholder"); // mapped to "tid"; empty: no mapping
        QTest::addColumn<QString>("iss");
        QTest::addColumn<QJsonValue>("tid"); // undefined: no tid claim
        QTest::addColumn<QString>("code"); // empty: valid

        const QString ms = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
        const QString guid = QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad");
        const QString issFor = QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(guid);
        const QString tenant = QStringLiteral("tenantid");
        const QString wrong = QStringLiteral("wrong_issuer");
        QTest::newRow("tid-fills-template") << ms << tenant << issFor << QJsonValue(guid) << QString();
        QTest::newRow("dots-underscores") << ms << tenant << QStringLiteral("https://login.microsoftonline.com/a.b_c-1/v2.0")
                                          << QJsonValue(QStringLiteral("a.b_c-1")) << QString();
        QTest::newRow("no-template-mapping-unused") << kIssuer << tenant << kIssuer << QJsonValue(guid) << QString();
        QTest::newRow("iss-other-tenant") << ms << tenant << QStringLiteral("https://login.microsoftonline.com/other-tenant/v2.0")
                                          << QJsonValue(guid) << wrong;
        QTest::newRow("iss-literal-template") << ms << tenant << ms << QJsonValue(guid) << wrong;
        QTest::newRow("tid-with-slash") << ms << tenant << QStringLiteral("https://login.microsoftonline.com/x/y/v2.0")
                                        << QJsonValue(QStringLiteral("x/y")) << wrong;
        QTest::newRow("tid-with-host") << ms << tenant << QStringLiteral("https://login.microsoftonline.com/evil.test@x/v2.0")
                                       << QJsonValue(QStringLiteral("evil.test@x")) << wrong;
        QTest::newRow("tid-empty") << ms << tenant << QStringLiteral("https://login.microsoftonline.com//v2.0")
                                   << QJsonValue(QString()) << wrong;
        QTest::newRow("tid-number") << ms << tenant << QStringLiteral("https://login.microsoftonline.com/7/v2.0") << QJsonValue(7)
                                    << wrong;
        QTest::newRow("tid-missing") << ms << tenant << issFor << QJsonValue(QJsonValue::Undefined) << wrong;
        QTest::newRow("placeholder-unmapped") << ms << QString() << issFor << QJsonValue(guid) << wrong;
        QTest::newRow("placeholder-mapped-other-name") << ms << QStringLiteral("tenant") << issFor << QJsonValue(guid) << wrong;
        QTest::newRow("different-host") << ms << tenant << QStringLiteral("https://login.example.test/%1/v2.0").arg(guid)
                                        << QJsonValue(guid) << wrong;
    }
    void templatedIssuer()
    {
        QFETCH(QString, expectedIssuer);
        QFETCH(QString, placeholder);
        QFETCH(QString, iss);
        QFETCH(QJsonValue, tid);
        QFETCH(QString, code);
        IdTokenValidator::Expectations e = expectations();
        e.issuer = expectedIssuer;
        if (!placeholder.isEmpty())
            e.issuerClaims.insert(placeholder, QStringLiteral("tid"));
        const auto result = IdTokenValidator::validate(
            token(with(with(validClaims(), QStringLiteral("iss"), iss), QStringLiteral("tid"), tid)), m_jwks, e);
        QCOMPARE(IdTokenValidator::code(result.failure), code);
        if (code.isEmpty()) {
            QCOMPARE(result.claims.value(QStringLiteral("iss")).toString(), iss);
        } else {
            QCOMPARE(result.error.code, code);
            QVERIFY(!result.error.detail.isEmpty());
            QVERIFY(result.claims.isEmpty());
        }
    }

    // OpenID Connect Core §12.2: an ID token from a refresh describes the same sign-in as the original one.
    // Each row: what the refreshed token changes against a valid original (with nonce and auth_time), and the
    // failure code (empty: accepted).
    void refreshedTokens_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("refreshed");
        QTest::addColumn<QString>("code");

        const QString original = token(originalClaims());
        const QJsonObject fresh = refreshedClaims();
        auto changed = [&](const char *name, const QJsonValue &value) { return token(with(fresh, QLatin1String(name), value)); };

        QTest::newRow("same-sub-new-times") << original << token(fresh) << QString();
        QTest::newRow("same-sub-other-key") << original << token(fresh, QStringLiteral("ec1")) << QString();
        QTest::newRow("nonce-absent") << original << changed("nonce", QJsonValue::Undefined) << QString();
        QTest::newRow("auth-time-absent") << original << changed("auth_time", QJsonValue::Undefined) << QString();
        QTest::newRow("new-profile-claims") << original << changed("email", QStringLiteral("alice@new.example.test"))
                                            << QString();

        QTest::newRow("changed-sub") << original << changed("sub", QStringLiteral("mallory"))
                                     << QStringLiteral("subject_changed");
        QTest::newRow("sub-absent") << original << changed("sub", QJsonValue::Undefined) << QStringLiteral("malformed");
        QTest::newRow("changed-iss") << original << changed("iss", QStringLiteral("https://evil.example.test"))
                                     << QStringLiteral("wrong_issuer");
        QTest::newRow("aud-without-client") << original << changed("aud", QStringLiteral("client-999"))
                                            << QStringLiteral("wrong_audience");
        QTest::newRow("aud-array-without-client")
            << original << changed("aud", QJsonArray {QStringLiteral("api")}) << QStringLiteral("wrong_audience");
        QTest::newRow("azp-added") << original << changed("azp", kClientId) << QStringLiteral("wrong_azp");
        QTest::newRow("bad-signature") << original << token(fresh, QStringLiteral("attacker"), QStringLiteral("rsa1"))
                                       << QStringLiteral("bad_signature");
        QTest::newRow("unknown-key") << original << token(fresh, QStringLiteral("attacker"), QStringLiteral("new-kid"))
                                     << QStringLiteral("unknown_key");
        QTest::newRow("alg-none") << original
                                  << compact(json({{QStringLiteral("alg"), QStringLiteral("none")},
                                                 {QStringLiteral("kid"), QStringLiteral("rsa1")}}),
                                         json(fresh), QByteArray())
                                  << QStringLiteral("alg_not_allowed");
        {
            // HS256 keyed with the published RSA key: the algorithm confusion attack, on the refresh path.
            const QByteArray header
                = b64(json({{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), QStringLiteral("rsa1")}}));
            const QByteArray payload = b64(json(fresh));
            const QByteArray secret = json(m_jwks.keys().first().toPublicJson());
            const QByteArray mac = QMessageAuthenticationCode::hash(header + '.' + payload, secret, QCryptographicHash::Sha256);
            QTest::newRow("alg-hs256") << original << QString::fromLatin1(header + '.' + payload + '.' + b64(mac))
                                       << QStringLiteral("alg_not_allowed");
        }
        QTest::newRow("missing-iat") << original << changed("iat", QJsonValue::Undefined) << QStringLiteral("malformed");
        QTest::newRow("expired") << original << changed("exp", at(-3600)) << QStringLiteral("expired");
        QTest::newRow("nonce-changed") << original << changed("nonce", QStringLiteral("another-nonce"))
                                       << QStringLiteral("wrong_nonce");
        QTest::newRow("nonce-number") << original << changed("nonce", 7) << QStringLiteral("wrong_nonce");
        QTest::newRow("nonce-where-none-was") << token(with(originalClaims(), QStringLiteral("nonce"), QJsonValue::Undefined))
                                              << token(fresh) << QStringLiteral("wrong_nonce");
        QTest::newRow("auth-time-changed") << original << changed("auth_time", at(-5)) << QStringLiteral("auth_time_changed");
        QTest::newRow("auth-time-string") << original << changed("auth_time", QStringLiteral("yesterday"))
                                          << QStringLiteral("auth_time_changed");
        QTest::newRow("original-unreadable") << QStringLiteral("not a token") << token(fresh) << QStringLiteral("malformed");
    }
    void refreshedTokens()
    {
        QFETCH(QString, original);
        QFETCH(QString, refreshed);
        QFETCH(QString, code);
        QVERIFY(!refreshed.isEmpty());
        const auto result = IdTokenValidator::validateRefreshed(original, refreshed, m_jwks, expectations());
        QCOMPARE(IdTokenValidator::code(result.failure), code);
        if (code.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error.toString()));
            QCOMPARE(result.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("user-1"));
            return;
        }
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.detail.isEmpty());
        QVERIFY(result.claims.isEmpty());
        QVERIFY(!result.error.detail.contains(kNonce));
    }

    // A templated issuer (Microsoft's multi-tenant endpoints) accepts any tenant at sign-in; a refresh may not
    // move the connection to another tenant.
    void refreshedTokenKeepsTheTenant()
    {
        IdTokenValidator::Expectations e = expectations();
        e.issuer = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
        e.issuerClaims.insert(QStringLiteral("tenantid"), QStringLiteral("tid"));
        auto inTenant = [](QJsonObject claims, const QString &tid) {
            claims.insert(QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tid));
            claims.insert(QStringLiteral("tid"), tid);
            return claims;
        };
        const QString original = token(inTenant(originalClaims(), QStringLiteral("tenant-a")));
        QVERIFY(IdTokenValidator::validateRefreshed(
            original, token(inTenant(refreshedClaims(), QStringLiteral("tenant-a"))), m_jwks, e)
                    .ok());
        const auto moved = IdTokenValidator::validateRefreshed(
            original, token(inTenant(refreshedClaims(), QStringLiteral("tenant-b"))), m_jwks, e);
        QCOMPARE(moved.failure, IdTokenValidator::Failure::WrongIssuer);
    }

    // The sign-in's nonce and max_age expectations do not apply to a refreshed token (it may carry no nonce and
    // the original auth_time), whatever the caller leaves in them.
    void refreshedTokenIgnoresSignInExpectations()
    {
        IdTokenValidator::Expectations e = expectations();
        e.nonce = QStringLiteral("some-other-nonce");
        e.maxAge = std::chrono::seconds(60);
        const auto result = IdTokenValidator::validateRefreshed(
            token(originalClaims()), token(with(refreshedClaims(), QStringLiteral("nonce"), QJsonValue::Undefined)), m_jwks, e);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    }

    void missingExpectationsFailClosed()
    {
        IdTokenValidator::Expectations e = expectations();
        e.issuer.clear();
        QCOMPARE(IdTokenValidator::validate(token(validClaims()), m_jwks, e).failure, IdTokenValidator::Failure::WrongIssuer);
        e = expectations();
        e.clientId.clear();
        QCOMPARE(IdTokenValidator::validate(token(validClaims()), m_jwks, e).failure, IdTokenValidator::Failure::WrongAudience);
        QCOMPARE(IdTokenValidator::validate(token(validClaims()), Jwks(), expectations()).failure,
            IdTokenValidator::Failure::UnknownKey);
    }

    void codesAreDistinct()
    {
        using F = IdTokenValidator::Failure;
        QSet<QString> codes;
        for (F failure : {F::Malformed, F::AlgNotAllowed, F::UnknownKey, F::BadSignature, F::WrongIssuer, F::WrongAudience,
                 F::WrongAzp, F::Expired, F::IssuedInFuture, F::WrongNonce, F::AuthTooOld, F::KeysUnavailable, F::SubjectChanged,
                 F::AuthTimeChanged, F::IssuedLongAgo})
            codes.insert(IdTokenValidator::code(failure));
        QCOMPARE(codes.size(), 15);
        QVERIFY(!codes.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestIdTokenValidator)
#include "TestIdTokenValidator.moc"
