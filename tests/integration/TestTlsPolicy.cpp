// TLS as Keyway uses it, against a real TLS server on loopback whose certificates the test makes with OpenSSL:
//  - a certificate that chains to no trusted CA is refused, by the token endpoint client and by the request console;
//  - once the user adds the CA (KEYWAY_CA_CERTIFICATES, or the "tls/extraCaFiles" setting, applied by
//    CoreContext through TlsConfig), the same server is trusted - the corporate-proxy case;
//  - trusting a CA never relaxes the rest: a certificate for another host, an expired one, and a self-signed one
//    are still refused;
//  - no source file of Keyway ignores certificate errors (a guard against the classic "fix");
//  - plain http goes only to loopback: a non-loopback http URL is refused before any connection is made, unless
//    the connection's settings explicitly allow it.
#include "auth/TokenEndpoint.h"
#include "auth/UrlPolicy.h"
#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "http/TlsConfig.h"
#include "store/MemorySecretStore.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace keyway;

namespace {

struct Issued
{
    QByteArray certPem;
    QByteArray keyPem;
};

QByteArray pem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

QByteArray pem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

// A certificate for `key`, signed by issuer (or self-signed), valid from now+fromDays to now+toDays.
X509 *makeCert(EVP_PKEY *key, const char *cn, X509 *issuer, EVP_PKEY *issuerKey, bool ca, const char *san, int fromDays, int toDays)
{
    static long serial = 1000;
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), long(fromDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert), long(toDays) * 86400);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
    if (ca) {
        addExtension(cert, issuer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert, issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert, issuer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert, issuer, NID_ext_key_usage, "serverAuth");
        addExtension(cert, issuer, NID_subject_alt_name, san);
    }
    addExtension(cert, issuer, NID_subject_key_identifier, "hash");
    X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256());
    return cert;
}

// A TLS server on 127.0.0.1 that answers every request like a token endpoint would.
class TlsServer : public QTcpServer
{
public:
    void use(const Issued &issued)
    {
        m_certificate = QSslCertificate(issued.certPem, QSsl::Pem);
        m_key = QSslKey(issued.keyPem, QSsl::Ec, QSsl::Pem);
    }
    int handshakes = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);   // the server does not ask for client certificates
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = R"({"access_token":"tls-test-access-token","token_type":"Bearer","expires_in":3600})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TlsServer m_server;
    std::shared_ptr<CoreContext> m_core;
    QString m_caFile;
    Issued m_good, m_wrongHost, m_expired, m_selfSigned;

    std::shared_ptr<CoreContext> openCore()
    {
        CoreContext::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("keyway-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        options.secrets = std::make_shared<MemorySecretStore>();
        auto core = CoreContext::open(options);
        return core ? core.value() : nullptr;
    }

    QString url(const char *path = "/token") const { return QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path)); }

    // The token endpoint client, as a client credentials grant sends it.
    Result<TokenSet> requestToken()
    {
        ProviderConfig config;
        config.tokenUrl = url();
        ClientCredentials client;
        client.clientId = QStringLiteral("tls-client");
        client.clientSecret = "tls-client-secret";
        TokenEndpoint endpoint(m_core->service().network());
        std::optional<Result<TokenSet>> result;
        endpoint.clientCredentials(config, client, {}, {}, {}, [&](const Result<TokenSet> &r, int) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
        return *result;
    }

    // The request console, with an API key connection.
    ApiResponse consoleGet(const QString &target)
    {
        ConnectRequest request;
        request.integrationId = QStringLiteral("anthropic");
        request.authMode = QStringLiteral("api_key");
        request.apiKey = "tls-test-api-key-0123456789";
        ConnectAttempt *attempt = m_core->service().connectIntegration(request);
        QString id;
        QObject::connect(attempt, &ConnectAttempt::succeeded, this, [&](const QString &newId) { id = newId; });
        if (!QTest::qWaitFor([&] { return !id.isEmpty(); }, 20000))
            return {};
        ApiRequest get;
        get.url = QUrl(target);
        ApiCall *call = m_core->service().send(id, get);
        ApiResponse response;
        bool done = false;
        QObject::connect(call, &ApiCall::finished, this, [&](const ApiResponse &r) { response = r; done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return response;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        test::resetTestHome();
        EVP_PKEY *caKey = EVP_EC_gen("P-256");
        X509 *ca = makeCert(caKey, "Keyway Test Corporate Proxy CA", nullptr, nullptr, true, nullptr, -1, 30);
        m_caFile = m_dir.filePath(QStringLiteral("corporate-ca.pem"));
        QFile caOut(m_caFile);
        QVERIFY(caOut.open(QIODevice::WriteOnly));
        caOut.write(pem(ca));
        caOut.close();

        auto issue = [&](const char *cn, const char *san, int from, int to, bool selfSigned) {
            EVP_PKEY *key = EVP_EC_gen("P-256");
            X509 *cert = selfSigned ? makeCert(key, cn, nullptr, nullptr, false, san, from, to) : makeCert(key, cn, ca, caKey, false, san, from, to);
            Issued issued{pem(cert), pem(key)};
            X509_free(cert);
            EVP_PKEY_free(key);
            return issued;
        };
        m_good = issue("127.0.0.1", "IP:127.0.0.1", -1, 30, false);
        m_wrongHost = issue("provider.example", "DNS:provider.example", -1, 30, false);
        m_expired = issue("127.0.0.1", "IP:127.0.0.1", -30, -1, false);
        m_selfSigned = issue("127.0.0.1", "IP:127.0.0.1", -1, 30, true);
        X509_free(ca);
        EVP_PKEY_free(caKey);

        m_server.use(m_good);
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        m_core = openCore();
        QVERIFY(m_core);
    }

    void untrustedCertificateIsRefused()
    {
        const auto token = requestToken();
        QVERIFY(!token);
        QVERIFY2(!token.error().message.isEmpty(), qPrintable(token.error().toString()));
        const ApiResponse response = consoleGet(url("/api"));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error.code, QStringLiteral("network_error"));
        QVERIFY2(response.error.detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(response.error.toString()));
        QCOMPARE(m_server.handshakes, 0);   // no request was ever completed over the untrusted channel
    }

    void addedCaIsTrusted()
    {
        // As the command line takes it (the window's setting goes the same way through TlsConfig).
        qputenv("KEYWAY_CA_CERTIFICATES", m_caFile.toLocal8Bit());
        m_core = openCore();
        QVERIFY(m_core);
        QVERIFY(m_core->notices().isEmpty());
        const auto token = requestToken();
        QVERIFY2(token, qPrintable(token.error().toString()));
        QCOMPARE(token.value().accessToken, QByteArray("tls-test-access-token"));
        const ApiResponse response = consoleGet(url("/api"));
        QVERIFY2(response.status == 200, qPrintable(response.error.toString()));
    }

    void unreadableCaFileIsReported()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing-ca.pem"));
        QCOMPARE(TlsConfig::addCaCertificates({missing}), QStringList{missing});
        qputenv("KEYWAY_CA_CERTIFICATES", (m_caFile + QLatin1Char(':') + missing).toLocal8Bit());
        auto core = openCore();
        QVERIFY(core);
        QCOMPARE(core->notices().size(), 1);
        QVERIFY(core->notices().first().contains(missing));
    }

    void trustNeverRelaxesTheRest_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("certificate for another host") << "wrong-host";
        QTest::newRow("expired certificate") << "expired";
        QTest::newRow("self-signed certificate") << "self-signed";
    }
    void trustNeverRelaxesTheRest()
    {
        QFETCH(QString, which);
        m_server.use(which == QLatin1String("wrong-host") ? m_wrongHost : which == QLatin1String("expired") ? m_expired : m_selfSigned);
        // A new service: no TLS session of the trusted server is reused.
        m_core = openCore();
        const auto token = requestToken();
        QVERIFY2(!token, qPrintable(which));
        const ApiResponse response = consoleGet(url("/api"));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error.code, QStringLiteral("network_error"));
        // The same server with the good certificate is trusted: the refusal was about the certificate alone.
        m_server.use(m_good);
        m_core = openCore();
        const auto good = requestToken();
        QVERIFY2(good, qPrintable(good.error().toString()));
    }

    void noSourceIgnoresCertificateErrors()
    {
        QStringList offenders;
        for (const char *dir : {"app", "ui"}) {
            QDirIterator it(QStringLiteral(KEYWAY_SOURCE_DIR "/") + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                for (const char *pattern : {"ignoreSslErrors", "VerifyNone", "QueryPeer", "setPeerVerifyMode", "SSL_VERIFY_NONE"})
                    if (text.contains(pattern))
                        offenders << f.fileName() + QStringLiteral(": ") + QLatin1String(pattern);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void plainHttpOnlyToLoopback()
    {
        // The console refuses before connecting anywhere (10.255.255.1 would only time out).
        const ApiResponse response = consoleGet(QStringLiteral("http://10.255.255.1/api"));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error.code, QStringLiteral("insecure_url"));
        // The token endpoint client too.
        ProviderConfig config;
        config.tokenUrl = QStringLiteral("http://10.255.255.1/token");
        TokenEndpoint endpoint(m_core->service().network());
        std::optional<Result<TokenSet>> result;
        endpoint.clientCredentials(config, ClientCredentials{}, {}, {}, {}, [&](const Result<TokenSet> &r, int) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(!*result);
        QCOMPARE(result->error().code, QStringLiteral("insecure_url"));
        // Loopback is fine; elsewhere only with the connection's explicit permission.
        QVERIFY(UrlPolicy::check(QUrl(QStringLiteral("http://127.0.0.1:8080/token")), false).isNull());
        QVERIFY(UrlPolicy::check(QUrl(QStringLiteral("http://[::1]:8080/token")), false).isNull());
        QCOMPARE(UrlPolicy::check(QUrl(QStringLiteral("http://idp.example/token")), false).code, QStringLiteral("insecure_url"));
        QVERIFY(UrlPolicy::check(QUrl(QStringLiteral("http://idp.example/token")), true).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "TestTlsPolicy.moc"
