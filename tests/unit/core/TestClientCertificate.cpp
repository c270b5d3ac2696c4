// RFC 8705 mutual TLS, the parts that need no server: ClientCertificate's checks (a PEM certificate with its own
// key, PKCS#12 import, the x5t#S256 thumbprint), where ConnectionPlanner keeps each half (certificate in the
// settings, key with the secrets), tls_client_auth's request (client_id, no secret), the certificate presented
// only when both halves are there, and the discovery metadata's mtls_endpoint_aliases used only with a certificate
// (§5). The end-to-end behaviour against oidc-provider is TestMutualTls.
#include "auth/ClientAuthenticator.h"
#include "auth/ClientCertificate.h"
#include "catalog/Discovery.h"
#include "core/ConnectionPlanner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;
using namespace Qt::Literals::StringLiterals;

class TestClientCertificate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_certificate;
    QByteArray m_key;
    QByteArray m_otherKey;
    QByteArray m_pkcs12;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(u"openssl"_s, args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }
    QByteArray read(const QString &name) const
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static Integration integration()
    {
        Integration in;
        in.id = u"acme"_s;
        in.name = u"Acme"_s;
        in.authModes = {AuthMode::ClientCredentials};
        in.hasOAuth = true;
        in.oauth.tokenUrl = u"https://auth.acme.example/token"_s;
        in.oauth.clientAuth = ClientAuthMethod::TlsClientAuth; // the catalogue's data, as an integration file says it
        return in;
    }
    ConnectRequest request(bool withCertificate) const
    {
        ConnectRequest r;
        r.integrationId = u"acme"_s;
        r.authMode = u"oauth2_client_credentials"_s;
        r.clientId = u"client-1"_s;
        if (withCertificate) {
            r.clientCertificatePem = m_certificate;
            r.clientKeyPem = m_key;
        }
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
            u"-keyout"_s, u"client.key"_s, u"-subj"_s, u"/CN=client-1"_s, u"-days"_s, u"2"_s, u"-out"_s, u"client.pem"_s}));
        QVERIFY(openssl(
            {u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s, u"-out"_s, u"other.key"_s}));
        QVERIFY(openssl({u"pkcs12"_s, u"-export"_s, u"-in"_s, u"client.pem"_s, u"-inkey"_s, u"client.key"_s, u"-passout"_s,
            u"pass:secret-1"_s, u"-out"_s, u"client.p12"_s}));
        m_certificate = read(u"client.pem"_s);
        m_key = read(u"client.key"_s);
        m_otherKey = read(u"other.key"_s);
        m_pkcs12 = read(u"client.p12"_s);
        QVERIFY(!m_certificate.isEmpty() && !m_key.isEmpty() && !m_otherKey.isEmpty() && !m_pkcs12.isEmpty());
    }

    void refusesWhatCannotWork_data()
    {
        QTest::addColumn<QByteArray>("certificate");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("certificate not PEM") << QByteArray("hello") << m_key << u"bad_client_certificate"_s;
        QTest::newRow("key given as the certificate") << m_key << m_key << u"bad_client_certificate"_s;
        QTest::newRow("key not PEM") << m_certificate << QByteArray("hello") << u"bad_client_key"_s;
        QTest::newRow("no key") << m_certificate << QByteArray() << u"bad_client_key"_s;
        QTest::newRow("another key") << m_certificate << m_otherKey << u"client_key_mismatch"_s;
        QTest::newRow("its own key") << m_certificate << m_key << QString();
    }
    void refusesWhatCannotWork()
    {
        QFETCH(QByteArray, certificate);
        QFETCH(QByteArray, key);
        QFETCH(QString, code);
        const Result<ClientCertificate> r = ClientCertificate::fromPem(certificate, key);
        QCOMPARE(r.ok() ? QString() : r.error().code, code);
        QVERIFY(r.ok() || !r.error().toString().contains(u"PRIVATE KEY"_s)); // no key material in the error
    }

    void importsPkcs12OnlyWithItsPassword()
    {
        const Result<ClientCertificate> imported = ClientCertificate::fromPkcs12(m_pkcs12, "secret-1");
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(QSslCertificate(imported.value().certificatePem()), QSslCertificate(m_certificate));
        const Result<ClientCertificate> wrong = ClientCertificate::fromPkcs12(m_pkcs12, "secret-2");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"bad_pkcs12"_s);
        QCOMPARE(ClientCertificate::fromPkcs12("not pkcs12", "secret-1").error().code, u"bad_pkcs12"_s);
    }

    // RFC 8705 §3.1: x5t#S256 is the base64url SHA-256 of the DER certificate, without padding.
    void thumbprintIsTheCertificatesSha256()
    {
        const Result<ClientCertificate> c = ClientCertificate::fromPem(m_certificate, m_key);
        QVERIFY(c.ok());
        const QByteArray expected = QCryptographicHash::hash(QSslCertificate(m_certificate).toDer(), QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(c.value().thumbprint(), expected);
    }

    void certificateGoesToTheSettingsAndTheKeyToTheSecrets()
    {
        const Result<ConnectionPlan> plan = ConnectionPlanner::plan(integration(), request(true), ScopeVocabulary());
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        const QByteArray settings = QJsonDocument(plan.value().settings.toJson()).toJson();
        QVERIFY(settings.contains("BEGIN CERTIFICATE"));
        QVERIFY(!settings.contains("PRIVATE KEY"));
        QVERIFY(plan.value().secrets.client.tlsKeyPem.contains("PRIVATE KEY"));
        QVERIFY(plan.value().secrets.toBytes().contains("tls_key_pem"));
        const ConnectionSettings stored = ConnectionSettings::fromJson(plan.value().settings.toJson());
        QCOMPARE(stored.provider.clientAuth, ProviderConfig::ClientAuth::TlsClientAuth);
        QVERIFY(!stored.provider.clientCertificate.isEmpty());
    }

    void tlsClientAuthWithoutACertificateIsRefusedBeforeAnything()
    {
        const Result<ConnectionPlan> plan = ConnectionPlanner::plan(integration(), request(false), ScopeVocabulary());
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, u"missing_client_certificate"_s);
        ConnectRequest mismatched = request(true);
        mismatched.clientKeyPem = m_otherKey;
        const Result<ConnectionPlan> wrongKey = ConnectionPlanner::plan(integration(), mismatched, ScopeVocabulary());
        QVERIFY(!wrongKey);
        QCOMPARE(wrongKey.error().code, u"client_key_mismatch"_s);
    }

    // oauth.client_certificate_required (ADP): the certificate goes on the TLS connection while the client still
    // authenticates with its secret, so the method stays client_secret_basic; without a certificate, refused here.
    void certificateBesideASecretIsRequiredAndKeepsTheSecretMethod()
    {
        Integration in = integration();
        in.oauth.clientAuth = ClientAuthMethod::ClientSecretBasic;
        in.oauth.clientCertificateRequired = true;
        ConnectRequest withSecret = request(false);
        withSecret.clientSecret = "s3cret";
        const Result<ConnectionPlan> refused = ConnectionPlanner::plan(in, withSecret, ScopeVocabulary());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"missing_client_certificate"_s);
        QVERIFY2(refused.error().message.contains(u"Acme"_s), qPrintable(refused.error().message));

        withSecret.clientCertificatePem = m_certificate;
        withSecret.clientKeyPem = m_key;
        const Result<ConnectionPlan> plan = ConnectionPlanner::plan(in, withSecret, ScopeVocabulary());
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan.value().settings.provider.clientAuth, ProviderConfig::ClientAuth::Basic);
        QVERIFY(!plan.value().settings.provider.clientCertificate.isEmpty());
        QVERIFY(plan.value().secrets.client.tlsKeyPem.contains("PRIVATE KEY"));
        QCOMPARE(plan.value().secrets.client.clientSecret, QByteArray("s3cret"));

        // Not required: a secret alone is enough, as before.
        in.oauth.clientCertificateRequired = false;
        withSecret.clientCertificatePem.clear();
        withSecret.clientKeyPem.clear();
        QVERIFY(ConnectionPlanner::plan(in, withSecret, ScopeVocabulary()).ok());
    }

    // RFC 8705 §2.1: client_id in the request, no secret anywhere; refused locally without a certificate.
    void tlsClientAuthSendsTheClientIdAndNoSecret()
    {
        ProviderConfig config;
        config.clientAuth = ProviderConfig::ClientAuth::TlsClientAuth;
        ClientCredentials credentials;
        credentials.clientId = u"client-1"_s;
        QNetworkRequest request(QUrl(u"https://auth.acme.example/token"_s));
        ClientAuthenticator::FormParams form;
        QCOMPARE(ClientAuthenticator::apply(config, credentials, &request, &form).code, u"missing_client_certificate"_s);
        config.clientCertificate = QString::fromLatin1(m_certificate);
        credentials.tlsKeyPem = m_key;
        QVERIFY(ClientAuthenticator::apply(config, credentials, &request, &form).isNull());
        QCOMPARE(form, (ClientAuthenticator::FormParams {{u"client_id"_s, u"client-1"_s}}));
        QVERIFY(!request.hasRawHeader("Authorization"));
    }

    void certificateIsPresentedOnlyWithItsKey()
    {
        ProviderConfig config;
        ClientCredentials credentials;
        QNetworkRequest none(QUrl(u"https://api.acme.example/"_s));
        ClientCertificate::presentOn(&none, config, credentials);
        QVERIFY(none.sslConfiguration().localCertificate().isNull());
        config.clientCertificate = QString::fromLatin1(m_certificate);
        ClientCertificate::presentOn(&none, config, credentials);
        QVERIFY(none.sslConfiguration().localCertificate().isNull());
        credentials.tlsKeyPem = m_key;
        QNetworkRequest presented(QUrl(u"https://api.acme.example/"_s));
        ClientCertificate::presentOn(&presented, config, credentials);
        QCOMPARE(presented.sslConfiguration().localCertificate(), QSslCertificate(m_certificate));
        QVERIFY(!presented.sslConfiguration().privateKey().isNull());
    }

    // RFC 8705 §5: the aliases replace the endpoints for a connection with a certificate, and only for it.
    void mtlsEndpointAliasesAreUsedWithACertificate()
    {
        const QString issuer = u"https://auth.acme.example"_s;
        const QJsonObject metadata {{u"issuer"_s, issuer}, {u"token_endpoint"_s, issuer + u"/token"_s},
            {u"introspection_endpoint"_s, issuer + u"/introspect"_s},
            {u"pushed_authorization_request_endpoint"_s, issuer + u"/par"_s},
            {u"mtls_endpoint_aliases"_s,
                QJsonObject {{u"token_endpoint"_s, u"https://mtls.acme.example/token"_s},
                    {u"pushed_authorization_request_endpoint"_s, u"https://mtls.acme.example/par"_s},
                    {u"introspection_endpoint"_s, u"http://mtls.acme.example/introspect"_s}}}};
        const Result<OAuthSettings> discovered
            = Discovery::parseMetadata(QJsonDocument(metadata).toJson(), issuer, Discovery::Kind::OAuthAuthorizationServer, {});
        QVERIFY2(discovered.ok(), qPrintable(discovered.error().toString()));
        // A plain-http alias is not kept (the integration does not allow insecure http).
        QCOMPARE(discovered.value().mtlsEndpointAliases.size(), 2);

        Result<ConnectionPlan> withCertificate = ConnectionPlanner::plan(integration(), request(true), ScopeVocabulary());
        QVERIFY(withCertificate.ok());
        ConnectionPlanner::applyDiscovered(withCertificate.value(), discovered.value());
        QCOMPARE(withCertificate.value().settings.provider.tokenUrl, u"https://mtls.acme.example/token"_s);
        // RFC 9126 §2: the pushed request authenticates the client like the token request, at its alias.
        QCOMPARE(withCertificate.value().settings.provider.pushedAuthorizationUrl, u"https://mtls.acme.example/par"_s);
        QCOMPARE(withCertificate.value().settings.provider.introspectionUrl, issuer + u"/introspect"_s);
        QVERIFY(!withCertificate.value().settings.provider.clientCertificate.isEmpty());

        Integration secretClient = integration();
        secretClient.oauth.clientAuth = ClientAuthMethod::ClientSecretBasic;
        ConnectRequest withSecret = request(false);
        withSecret.clientSecret = "s-1";
        Result<ConnectionPlan> without = ConnectionPlanner::plan(secretClient, withSecret, ScopeVocabulary());
        QVERIFY(without.ok());
        ConnectionPlanner::applyDiscovered(without.value(), discovered.value());
        QCOMPARE(without.value().settings.provider.tokenUrl, issuer + u"/token"_s);
        QCOMPARE(without.value().settings.provider.pushedAuthorizationUrl, issuer + u"/par"_s);
    }
};

QTEST_GUILESS_MAIN(TestClientCertificate)
#include "TestClientCertificate.moc"
