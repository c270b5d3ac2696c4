// RFC 8705 mutual TLS from the command line, against oidc-provider served over https with requestCert
// (oidc-server.mjs --mtls-dir) and a test CA, server and client certificates made here with openssl:
//  - `connect --client-cert FILE --client-key-stdin` with tls_client_auth: the client authenticates by its
//    certificate alone (no secret exists), and its access token is bound to it (introspection's cnf "x5t#S256"
//    is the certificate's SHA-256 thumbprint); a renewal presents it again;
//  - `connect --client-secret-stdin --client-cert FILE --client-key-file FILE`: a client secret with a certificate
//    (the key from a file, since the secret has standard input);
//  - `connect --client-p12 FILE --p12-password-stdin`, authorization code: the API (userinfo) is called over mutual
//    TLS with the bound token, a refresh presents the certificate, and the same token without the certificate is
//    refused by the provider;
//  - the account lookup at connect (userinfo) presents the certificate, so the bound token is accepted there;
//  - the device flow (RFC 8628) authenticates by the certificate at the device authorization endpoint too;
//  - `connect --reconnect` presents the certificate kept with the connection, without the files given again;
//  - a provider whose mutual TLS endpoints are its mtls_endpoint_aliases (--mtls-aliases): every request goes there,
//    the pushed authorization request (RFC 9126) included;
//  - bad input on purpose: a file that is not PEM, a key that is not the certificate's (found before any network),
//    a wrong PKCS#12 password, a tls_client_auth without a certificate: one clear line each, nothing stored.
#include "KeywayRun.h"
#include "PeerProcess.h"
#include "TestCertificates.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyway;

class TestMutualTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::PeerProcess m_oidc;
    QNetworkAccessManager m_network;

    QString file(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const { return test::TestCertificates(m_dir.path()).read(name); }

    test::KeywayRun keyway(const QStringList &args, const QByteArray &input = {}, const QString &browser = QString())
    {
        return test::runKeyway(args, input,
            {{QStringLiteral("KEYWAY_CA_CERTIFICATES"), file(QStringLiteral("ca.pem"))},
                {QStringLiteral("NODE_EXTRA_CA_CERTS"), file(QStringLiteral("ca.pem"))},
                {QStringLiteral("KEYWAY_BROWSER"), browser.isEmpty() ? test::scriptedBrowserCommand() : browser}});
    }

    QString connectOk(const QStringList &args, const QByteArray &input, const QString &browser = QString())
    {
        const test::KeywayRun run = keyway(QStringList {QStringLiteral("connect")} + args, input, browser);
        if (run.code != 0)
            qWarning().noquote() << "keyway connect ->" << run.code << run.err;
        return run.code == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
    }

    // The connection's event log as "step:outcome".
    QStringList steps(const QString &id)
    {
        const test::KeywayRun run = keyway({QStringLiteral("inspect"), id, QStringLiteral("--json")});
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("events")).toArray())
            out << v.toObject().value(QStringLiteral("step")).toString() + QLatin1Char(':')
                    + v.toObject().value(QStringLiteral("outcome")).toString();
        return out;
    }

    int storedConnections()
    {
        const test::KeywayRun run = keyway({QStringLiteral("connections"), QStringLiteral("--json")});
        return int(QJsonDocument::fromJson(run.out).array().size());
    }

    // The test CA, and nothing else, is trusted by this process's own requests.
    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest r(QUrl(m_oidc.issuer() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(file(QStringLiteral("ca.pem"))));
        r.setSslConfiguration(tls);
        return r;
    }

    QJsonObject finished(QNetworkReply *reply, int *status = nullptr)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return body;
    }

    // RFC 7662 introspection by another (confidential) client of the peer.
    QJsonObject introspect(const QByteArray &token)
    {
        QNetworkRequest r = request(QStringLiteral("/token/introspection"));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        r.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("keyway-basic:basic-secret").toBase64());
        return finished(m_network.post(r, "token=" + token));
    }

    // RFC 8705 §3.1, computed here independently of Keyway: base64url(SHA-256(DER)).
    QString thumbprint() const
    {
        const QSslCertificate certificate(read(QStringLiteral("client.pem")), QSsl::Pem);
        return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    QString boundThumbprint(const QByteArray &token)
    {
        const QJsonObject info = introspect(token);
        if (!info.value(QStringLiteral("active")).toBool())
            qWarning() << "introspection:" << info;
        return info.value(QStringLiteral("cnf")).toObject().value(QStringLiteral("x5t#S256")).toString();
    }

private slots:
    void initTestCase()
    {
        test::resetTestHome();
        QVERIFY(m_dir.isValid());
        QVERIFY(test::TestCertificates(m_dir.path()).make());
        QFile notPem(file(QStringLiteral("not-pem.txt")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("this is not a certificate\n");
        notPem.close();

        const QString error = m_oidc.start(QStringLiteral("oidc-server.mjs"),
            {QStringLiteral("--mtls-dir"), m_dir.path(), QStringLiteral("--device-interval"), QStringLiteral("1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_oidc.issuer().startsWith(QLatin1String("https://")));
    }

    void clientCredentialsAuthenticateByCertificateAndBindTheToken()
    {
        const QString id = connectOk(
            {QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"), QStringLiteral("oauth2_client_credentials"),
                QStringLiteral("--client-id"), QStringLiteral("keyway-mtls"), QStringLiteral("--client-auth"),
                QStringLiteral("tls_client_auth"), QStringLiteral("--client-cert"), file(QStringLiteral("client.pem")),
                QStringLiteral("--client-key-stdin"), QStringLiteral("--scope"), QStringLiteral("api:read")},
            read(QStringLiteral("client.key")));
        QVERIFY(!id.isEmpty());
        const test::KeywayRun token = keyway({QStringLiteral("token"), id});
        QCOMPARE(token.code, 0);
        QCOMPARE(boundThumbprint(token.out.trimmed()), thumbprint());

        // The renewal authenticates with the certificate again, and its token is bound to it too.
        const test::KeywayRun renewed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        QVERIFY(renewed.out.trimmed() != token.out.trimmed());
        QCOMPARE(boundThumbprint(renewed.out.trimmed()), thumbprint());
    }

    void theApiIsCalledOverMutualTlsWithTheBoundToken()
    {
        const QString id = connectOk(
            {QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--client-id"), QStringLiteral("keyway-mtls"),
                QStringLiteral("--client-auth"), QStringLiteral("tls_client_auth"), QStringLiteral("--client-p12"),
                file(QStringLiteral("client.p12")), QStringLiteral("--p12-password-stdin"), QStringLiteral("--scope"),
                QStringLiteral("openid offline_access")},
            "p12-password\n");
        QVERIFY(!id.isEmpty());
        // The account lookup at connect presented the certificate: userinfo accepted the bound token.
        QVERIFY2(steps(id).contains(QStringLiteral("userinfo:ok")), qPrintable(steps(id).join(QLatin1Char(' '))));
        const test::KeywayRun me
            = keyway({QStringLiteral("request"), id, QStringLiteral("GET"), m_oidc.issuer() + QStringLiteral("/me")});
        QVERIFY2(me.code == 0, qPrintable(me.err));
        QCOMPARE(QJsonDocument::fromJson(me.out).object().value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));

        // A refresh (RFC 8705 §2: the client authenticates with its certificate) gives a token bound to it.
        const test::KeywayRun renewed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        QCOMPARE(boundThumbprint(renewed.out.trimmed()), thumbprint());

        // RFC 8705 §3: the same token over TLS without the certificate is refused.
        QNetworkRequest bare = request(QStringLiteral("/me"));
        bare.setRawHeader("Authorization", "Bearer " + renewed.out.trimmed());
        int status = 0;
        finished(m_network.get(bare), &status);
        QCOMPARE(status, 401);
    }

    // A reconnect in place presents the certificate kept with the connection (its key from the keychain) and
    // authenticates with it again, without the files being given anew.
    void aReconnectUsesTheKeptCertificate()
    {
        const QString id = connectOk(
            {QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--client-id"), QStringLiteral("keyway-mtls"),
                QStringLiteral("--client-auth"), QStringLiteral("tls_client_auth"), QStringLiteral("--client-cert"),
                file(QStringLiteral("client.pem")), QStringLiteral("--client-key-stdin"), QStringLiteral("--scope"),
                QStringLiteral("openid offline_access")},
            read(QStringLiteral("client.key")));
        QVERIFY(!id.isEmpty());
        const test::KeywayRun before = keyway({QStringLiteral("token"), id});
        const test::KeywayRun again = keyway({QStringLiteral("connect"), QStringLiteral("--reconnect"), id});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(QString::fromUtf8(again.out).trimmed(), id);
        const test::KeywayRun token = keyway({QStringLiteral("token"), id});
        QCOMPARE(token.code, 0);
        QVERIFY(token.out.trimmed() != before.out.trimmed());
        QCOMPARE(boundThumbprint(token.out.trimmed()), thumbprint());
        const QJsonObject connection
            = QJsonDocument::fromJson(keyway({QStringLiteral("inspect"), id, QStringLiteral("--json")}).out)
                  .object()
                  .value(QStringLiteral("connection"))
                  .toObject();
        QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
        const test::KeywayRun renewed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        QCOMPARE(boundThumbprint(renewed.out.trimmed()), thumbprint());
    }

    // RFC 8628 with tls_client_auth: the device authorization request authenticates by the certificate as the token
    // requests do, and the account lookup presents it with the bound token.
    void theDeviceFlowAuthenticatesByCertificate()
    {
        const QString id = connectOk(
            {QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"), QStringLiteral("device_code"),
                QStringLiteral("--client-id"), QStringLiteral("keyway-mtls"), QStringLiteral("--client-auth"),
                QStringLiteral("tls_client_auth"), QStringLiteral("--client-cert"), file(QStringLiteral("client.pem")),
                QStringLiteral("--client-key-stdin"), QStringLiteral("--scope"), QStringLiteral("openid email offline_access")},
            read(QStringLiteral("client.key")),
            QStringLiteral("\"%1\" \"%2/device.mjs\"").arg(test::nodeProgram(), test::peersDir()));
        QVERIFY(!id.isEmpty());
        QVERIFY2(steps(id).contains(QStringLiteral("userinfo:ok")), qPrintable(steps(id).join(QLatin1Char(' '))));
        const test::KeywayRun token = keyway({QStringLiteral("token"), id});
        QCOMPARE(token.code, 0);
        QCOMPARE(boundThumbprint(token.out.trimmed()), thumbprint());
    }

    // RFC 8705 §5 with a provider that looks at the certificate only at the aliases it publishes (oidc-server.mjs
    // --mtls-aliases): the pushed authorization request (RFC 9126), the token requests and userinfo all go there.
    void theMtlsEndpointAliasesAreUsedForEveryEndpoint()
    {
        test::PeerProcess aliased;
        const QString error = aliased.start(
            QStringLiteral("oidc-server.mjs"), {QStringLiteral("--mtls-dir"), m_dir.path(), QStringLiteral("--mtls-aliases")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString id = connectOk(
            {QStringLiteral("--issuer"), aliased.issuer(), QStringLiteral("--client-id"), QStringLiteral("keyway-mtls"),
                QStringLiteral("--client-auth"), QStringLiteral("tls_client_auth"), QStringLiteral("--client-cert"),
                file(QStringLiteral("client.pem")), QStringLiteral("--client-key-stdin"), QStringLiteral("--par"),
                QStringLiteral("--scope"), QStringLiteral("openid offline_access")},
            read(QStringLiteral("client.key")));
        QVERIFY(!id.isEmpty());
        const QStringList events = steps(id);
        QVERIFY2(events.contains(QStringLiteral("userinfo:ok")), qPrintable(events.join(QLatin1Char(' '))));
        const test::KeywayRun renewed = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        aliased.stop();
    }

    // A provider that wants the certificate on the TLS connection beside the client secret (ADP,
    // oauth.client_certificate_required): the secret takes standard input, so the key comes from a file.
    void aSecretOnStandardInputGoesWithACertificateWhoseKeyIsAFile()
    {
        const QString id = connectOk(
            {QStringLiteral("--issuer"), m_oidc.issuer(), QStringLiteral("--mode"), QStringLiteral("oauth2_client_credentials"),
                QStringLiteral("--client-id"), QStringLiteral("keyway-basic"), QStringLiteral("--client-secret-stdin"),
                QStringLiteral("--client-cert"), file(QStringLiteral("client.pem")), QStringLiteral("--client-key-file"),
                file(QStringLiteral("client.key")), QStringLiteral("--scope"), QStringLiteral("api:read")},
            "basic-secret\n");
        QVERIFY(!id.isEmpty());
        const test::KeywayRun token = keyway({QStringLiteral("token"), id, QStringLiteral("--refresh")});
        QVERIFY2(token.code == 0, qPrintable(token.err));
        QVERIFY(!token.out.trimmed().isEmpty());
    }

    void badInputIsOneClearLineAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QString p12 = QStringLiteral("client.p12");
        QTest::newRow("certificate file not PEM")
            << QStringList {QStringLiteral("--client-cert"), QStringLiteral("not-pem.txt"), QStringLiteral("--client-key-stdin")}
            << read(QStringLiteral("client.key")) << QStringLiteral("not a PEM certificate");
        QTest::newRow("key not PEM") << QStringList {QStringLiteral("--client-cert"), QStringLiteral("client.pem"),
            QStringLiteral("--client-key-stdin")}
                                     << QByteArray("no key here") << QStringLiteral("not an unencrypted PEM private key");
        QTest::newRow("key not the certificate's")
            << QStringList {QStringLiteral("--client-cert"), QStringLiteral("client.pem"), QStringLiteral("--client-key-stdin")}
            << read(QStringLiteral("other.key")) << QStringLiteral("does not belong to the client certificate");
        QTest::newRow("wrong PKCS#12 password")
            << QStringList {QStringLiteral("--client-p12"), p12, QStringLiteral("--p12-password-stdin")} << QByteArray("wrong\n")
            << QStringLiteral("PKCS#12 file could not be opened");
        QTest::newRow("PKCS#12 file that is not one")
            << QStringList {QStringLiteral("--client-p12"), QStringLiteral("not-pem.txt"), QStringLiteral("--p12-password-stdin")}
            << QByteArray("p12-password\n") << QStringLiteral("PKCS#12 file could not be opened");
        QTest::newRow("tls_client_auth without a certificate")
            << QStringList {} << QByteArray() << QStringLiteral("TLS client certificate");
        QTest::newRow("key without a certificate") << QStringList {QStringLiteral("--client-key-stdin")}
                                                   << read(QStringLiteral("client.key")) << QStringLiteral("--client-cert FILE");
        QTest::newRow("key file not the certificate's") << QStringList {QStringLiteral("--client-cert"),
            QStringLiteral("client.pem"), QStringLiteral("--client-key-file"),
            QStringLiteral("other.key")} << QByteArray() << QStringLiteral("does not belong to the client certificate");
        QTest::newRow("key file beside a secret on stdin")
            << QStringList {QStringLiteral("--client-secret-stdin"), QStringLiteral("--client-cert"),
                   QStringLiteral("client.pem"), QStringLiteral("--client-key-file"), QStringLiteral("other.key")}
            << QByteArray("s3cret\n") << QStringLiteral("does not belong to the client certificate");
        QTest::newRow("key given twice") << QStringList {QStringLiteral("--client-cert"), QStringLiteral("client.pem"),
            QStringLiteral("--client-key-stdin"), QStringLiteral("--client-key-file"), QStringLiteral("client.key")}
                                         << read(QStringLiteral("client.key")) << QStringLiteral("give the private key once");
        QTest::newRow("key file that cannot be read") << QStringList {QStringLiteral("--client-cert"),
            QStringLiteral("client.pem"), QStringLiteral("--client-key-file"), QStringLiteral("missing.key")}
                                                      << QByteArray() << QStringLiteral("cannot read");
    }

    void badInputIsOneClearLineAndStoresNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        for (QString &option : options)
            if (option.contains(QLatin1Char('.')))
                option = file(option);
        const int before = storedConnections();
        // A closed port as the issuer: every one of these is found before any network.
        const test::KeywayRun run
            = keyway(QStringList {QStringLiteral("connect"), QStringLiteral("--issuer"), QStringLiteral("https://127.0.0.1:9"),
                         QStringLiteral("--mode"), QStringLiteral("oauth2_client_credentials"), QStringLiteral("--client-id"),
                         QStringLiteral("keyway-mtls"), QStringLiteral("--client-auth"), QStringLiteral("tls_client_auth")}
                    + options,
                input);
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(storedConnections(), before);
        QVERIFY(!run.err.contains(QLatin1String("PRIVATE KEY")));
    }

    void cleanupTestCase() { m_oidc.stop(); }
};

QTEST_GUILESS_MAIN(TestMutualTls)
#include "TestMutualTls.moc"
