// Issue 20: the inspector says what each token is bound to. The core reads the confirmation claim (RFC 7800 cnf) of a
// JWT access token or of an introspection answer and compares it with the connection's own keys: cnf.jkt with the
// RFC 7638 thumbprint of its DPoP key (RFC 9449 §6), cnf.x5t#S256 with its client certificate's SHA-256 thumbprint
// (RFC 8705 §3.1). It also names the RFC 9068 claims of a JWT access token. The window shows what this decides
// (TestWindowWithProvider, against oidc-provider).
#include "auth/ClientCertificate.h"
#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"
#include "core/TokenBinding.h"
#include "jose/AccessTokenProfile.h"
#include "jose/Base64Url.h"
#include "jose/PrivateKey.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(keyway::TokenBinding::Kind)
Q_DECLARE_METATYPE(keyway::TokenBinding::Match)

class TestTokenBinding : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kThisKey = "this-dpop-key-thumbprint";
    static constexpr const char *kThisCertificate = "this-certificate-thumbprint";

    static TokenBinding::Keys keys() { return {QLatin1String(kThisKey), QLatin1String(kThisCertificate)}; }
    static QByteArray jwt(const QJsonObject &header, const QJsonObject &claims)
    {
        return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + Base64Url::encode("signature");
    }

private slots:
    void theTokensCnfIsComparedWithTheConnectionsKeys_data()
    {
        QTest::addColumn<QJsonObject>("cnf");
        QTest::addColumn<TokenBinding::Kind>("kind");
        QTest::addColumn<TokenBinding::Match>("match");
        using K = TokenBinding::Kind;
        using M = TokenBinding::Match;
        QTest::newRow("no cnf: not bound") << QJsonObject() << K::None << M::NotBound;
        QTest::newRow("jkt of this connection's DPoP key")
            << QJsonObject {{u"jkt"_s, QLatin1String(kThisKey)}} << K::Dpop << M::ThisDevice;
        QTest::newRow("jkt of another key") << QJsonObject {{u"jkt"_s, u"someone-else"_s}} << K::Dpop << M::OtherKey;
        QTest::newRow("x5t#S256 of this connection's certificate")
            << QJsonObject {{u"x5t#S256"_s, QLatin1String(kThisCertificate)}} << K::Certificate << M::ThisDevice;
        QTest::newRow("x5t#S256 of another certificate")
            << QJsonObject {{u"x5t#S256"_s, u"someone-else"_s}} << K::Certificate << M::OtherKey;
        QTest::newRow("the DPoP thumbprint is no certificate's")
            << QJsonObject {{u"x5t#S256"_s, QLatin1String(kThisKey)}} << K::Certificate << M::OtherKey;
        QTest::newRow("an unknown confirmation method is no binding Keyway can check")
            << QJsonObject {{u"jwk"_s, QJsonObject {{u"kty"_s, u"EC"_s}}}} << K::None << M::NotBound;
    }

    void theTokensCnfIsComparedWithTheConnectionsKeys()
    {
        QFETCH(QJsonObject, cnf);
        QFETCH(TokenBinding::Kind, kind);
        QFETCH(TokenBinding::Match, match);
        QJsonObject claims {{u"active"_s, true}};
        if (!cnf.isEmpty())
            claims.insert(u"cnf"_s, cnf);
        const TokenBinding fromIntrospection = TokenBinding::fromClaims(claims, keys());
        QCOMPARE(fromIntrospection.kind, kind);
        QCOMPARE(fromIntrospection.match, match);
        // The same from a JWT access token's claims.
        const std::optional<TokenBinding> fromJwt = TokenBinding::ofToken(jwt({{u"alg"_s, u"ES256"_s}}, claims), keys());
        QVERIFY(fromJwt);
        QCOMPARE(fromJwt->kind, kind);
        QCOMPARE(fromJwt->match, match);
    }

    // A connection without a DPoP key has no token bound to "this device", whatever the token says.
    void aConnectionWithoutAKeyHasNoTokenBoundToIt()
    {
        const QJsonObject claims {{u"cnf"_s, QJsonObject {{u"jkt"_s, u""_s}, {u"x5t#S256"_s, u"abc"_s}}}};
        const TokenBinding binding = TokenBinding::fromClaims(claims, {});
        QCOMPARE(binding.kind, TokenBinding::Kind::Certificate);
        QCOMPARE(binding.match, TokenBinding::Match::OtherKey);
        QCOMPARE(
            TokenBinding::fromClaims({{u"cnf"_s, QJsonObject {{u"jkt"_s, u"abc"_s}}}}, {}).match, TokenBinding::Match::OtherKey);
    }

    // An opaque token's binding is not known until it is introspected.
    void anOpaqueTokenIsNotKnown() { QVERIFY(!TokenBinding::ofToken("opaque-access-token", keys())); }

    // The connection's thumbprints: RFC 7638 of its DPoP key, SHA-256 of its certificate's DER (RFC 8705 §3.1).
    void theConnectionsKeysAreItsThumbprints()
    {
        const Result<PrivateKey> key = PrivateKey::generateEc();
        QVERIFY(key.ok());
        StoredCredentials credentials;
        credentials.client.dpopKeyPem = key.value().toPem();
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s,
                u"client.key"_s, u"-subj"_s, u"/CN=client-1"_s, u"-days"_s, u"2"_s, u"-out"_s, u"client.pem"_s});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        QFile pem(dir.filePath(u"client.pem"_s));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        ConnectionSettings settings;
        settings.provider.clientCertificate = QString::fromLatin1(pem.readAll());
        const TokenBinding::Keys keys = TokenBinding::keysOf(credentials, settings);
        QCOMPARE(keys.dpopThumbprint, key.value().thumbprint());
        const QList<QSslCertificate> certificate = QSslCertificate::fromData(settings.provider.clientCertificate.toLatin1());
        QCOMPARE(keys.certificateThumbprint, QString::fromLatin1(ClientCertificate::thumbprint(certificate.value(0))));
        QVERIFY(!keys.certificateThumbprint.isEmpty());
        // Nothing of either kind: no thumbprints.
        const TokenBinding::Keys none = TokenBinding::keysOf({}, {});
        QVERIFY(none.dpopThumbprint.isEmpty() && none.certificateThumbprint.isEmpty());
    }

    // RFC 9068 §2.2: the profile's claims, in its order, named in words; §2.1 typ at+jwt, with or without the
    // application/ prefix and in any case.
    void jwtAccessTokenProfileClaimsAreNamed_data()
    {
        QTest::addColumn<QString>("typ");
        QTest::addColumn<bool>("typed");
        QTest::newRow("at+jwt") << u"at+jwt"_s << true;
        QTest::newRow("application/at+jwt, any case") << u"application/AT+JWT"_s << true;
        QTest::newRow("plain JWT") << u"JWT"_s << false;
        QTest::newRow("no typ") << QString() << false;
    }

    void jwtAccessTokenProfileClaimsAreNamed()
    {
        QFETCH(QString, typ);
        QFETCH(bool, typed);
        QJsonObject header {{u"alg"_s, u"RS256"_s}};
        if (!typ.isEmpty())
            header.insert(u"typ"_s, typ);
        const QJsonObject claims {{u"acr"_s, u"urn:mace:incommon:iap:silver"_s}, {u"scope"_s, u"openid email"_s},
            {u"iss"_s, u"https://id.example.com"_s}, {u"exp"_s, 1700000000}, {u"aud"_s, u"https://api.example.com"_s},
            {u"sub"_s, u"alice"_s}, {u"client_id"_s, u"keyway"_s}, {u"custom"_s, u"not the profile's"_s}};
        const std::optional<AccessTokenProfile> decoded = AccessTokenProfile::ofToken(jwt(header, claims));
        QVERIFY(decoded);
        const AccessTokenProfile &profile = *decoded;
        QCOMPARE(profile.typed, typed);
        QStringList names;
        for (const AccessTokenProfile::Claim &claim : profile.claims)
            names << claim.name;
        QCOMPARE(names, (QStringList {u"iss"_s, u"sub"_s, u"aud"_s, u"client_id"_s, u"scope"_s, u"exp"_s, u"acr"_s}));
        QCOMPARE(profile.claims.first().label, u"Issuer"_s);
        QCOMPARE(profile.claims.last().label, u"Authentication context"_s);
        QCOMPARE(profile.claims.at(4).value.toString(), u"openid email"_s);
        QVERIFY(!AccessTokenProfile::ofToken("opaque"));
    }
};

QTEST_GUILESS_MAIN(TestTokenBinding)
#include "TestTokenBinding.moc"
