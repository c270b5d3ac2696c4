// TLS as Keyway uses it, against a real TLS server on loopback whose certificates the test makes with OpenSSL:
//  - a certificate that chains to no trusted CA is refused, by the token endpoint client and by the request console;
//  - once the user adds the CA (KEYWAY_CA_CERTIFICATES, or the "tls/extraCaFiles" setting, applied by
//    CoreContext through TlsConfig), the same server is trusted - the corporate-proxy case;
//  - trusting a CA never relaxes the rest: a certificate for another host, an expired one, and a self-signed one
//    are still refused;
//  - no source file of Keyway ignores certificate errors (a guard against the classic "fix");
//  - plain http goes only to loopback: a non-loopback http URL is refused before any connection is made, unless
//    the integration explicitly allows it ("allow_insecure_http", the user's opt-in). A real HTTP forward proxy
//    on 127.0.0.1 (a FakeHttpServer, see actAsProxiedProvider) lets requests to http://provider.invalid leave the
//    process for real, so the test sees both what is refused (nothing reaches the proxy) and what the opt-in lets
//    through (the proxy gets it): the token endpoint client, a client credentials connect, the request console,
//    custom integrations added from an issuer, and the command line's warnings.
#include "ConnectAndWait.h"
#include "FakeHttpServer.h"
#include "TestSupport.h"
#include "auth/TokenEndpoint.h"
#include "auth/UrlPolicy.h"
#include "catalog/Catalog.h"
#include "catalog/CustomIntegrationBuilder.h"
#include "catalog/IntegrationLoader.h"
#include "core/ConnectionService.h"
#include "core/ConnectionSettings.h"
#include "core/CoreContext.h"
#include "http/TlsConfig.h"
#include "store/MemorySecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

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
X509 *makeCert(
    EVP_PKEY *key, const char *cn, X509 *issuer, EVP_PKEY *issuerKey, bool ca, const char *san, int fromDays, int toDays)
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

// A plain HTTP forward proxy on 127.0.0.1 (RFC 9112 §3.2.2: requests carry the absolute-form target) that
// answers for the host itself, as a provider behind it would: the metadata document, a token endpoint and an
// API. FakeHttpServer records every request it gets, so a test knows exactly what left Keyway unencrypted.
void actAsProxiedProvider(test::FakeHttpServer &proxy)
{
    proxy.setHandler([](const test::RecordedRequest &request) {
        const QByteArray path = QUrl::fromEncoded(request.target).path().toUtf8();
        if (path.endsWith("/.well-known/openid-configuration") || path.endsWith("/.well-known/oauth-authorization-server"))
            return test::CannedResponse::json(200,
                R"({"issuer":"http://provider.invalid","authorization_endpoint":"http://provider.invalid/authorize",)"
                R"("token_endpoint":"http://provider.invalid/token","jwks_uri":"http://provider.invalid/jwks",)"
                R"("grant_types_supported":["authorization_code","client_credentials"],"scopes_supported":["openid"]})");
        if (path.endsWith("/token"))
            return test::CannedResponse::json(
                200, R"({"access_token":"plain-http-access-token","token_type":"Bearer","expires_in":3600})");
        return test::CannedResponse::json(200, R"({"ok":true})");
    });
}

// An integration reached only over plain http at provider.invalid, with or without the user's opt-in.
QJsonObject labIntegration(const QString &id, bool allowInsecureHttp)
{
    QJsonObject doc {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("Lab Provider")},
        {QStringLiteral("category"), QStringLiteral("generic")},
        {QStringLiteral("description"), QStringLiteral("A test server without TLS.")},
        {QStringLiteral("icon"), QStringLiteral("oauth2.svg")},
        {QStringLiteral("docs"), QStringLiteral("https://www.rfc-editor.org/rfc/rfc6749")},
        {QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_client_credentials"), QStringLiteral("api_key")}},
        {QStringLiteral("oauth"), QJsonObject {{QStringLiteral("token_url"), QStringLiteral("http://provider.invalid/token")}}},
        {QStringLiteral("api_key"),
            QJsonObject {{QStringLiteral("in"), QStringLiteral("header")}, {QStringLiteral("name"), QStringLiteral("X-Lab-Key")},
                {QStringLiteral("label"), QStringLiteral("Lab key")}}},
        {QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), QStringLiteral("http://provider.invalid/api")}}},
    };
    if (allowInsecureHttp)
        doc.insert(QStringLiteral("allow_insecure_http"), true);
    return doc;
}

struct Run
{
    int code = -1;
    QString err;
};

Run runKeyway(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(KEYWAY_EXECUTABLE), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // A TLS server on 127.0.0.1 that answers every request like a token endpoint would.
    test::FakeHttpServer m_server {test::FakeHttpServer::Transport::Tls};
    std::shared_ptr<CoreContext> m_core;
    QString m_caFile;
    Issued m_good, m_wrongHost, m_expired, m_selfSigned;

    void use(const Issued &issued) { m_server.setTlsIdentity(issued.certPem, issued.keyPem); }

    std::shared_ptr<CoreContext> openCore()
    {
        CoreContext::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("keyway-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        options.secrets = std::make_shared<MemorySecretStore>();
        auto core = CoreContext::open(options);
        return core ? core.value() : nullptr;
    }

    QString url(const char *path = "/token") const { return m_server.base() + QLatin1String(path); }

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

    // Connects with `request`; the new connection's id, or the error.
    Result<QString> connectWith(const ConnectRequest &request) { return test::connectAndWait(m_core->service(), request, 20000); }

    // The request console, with an API key connection.
    ApiResponse consoleGet(const QString &target, const QString &integrationId = QStringLiteral("anthropic"))
    {
        ConnectRequest request;
        request.integrationId = integrationId;
        request.authMode = QStringLiteral("api_key");
        request.apiKey = "tls-test-api-key-0123456789";
        const Result<QString> connected = connectWith(request);
        if (!connected) {
            ApiResponse failed;
            failed.error = connected.error();
            return failed;
        }
        const QString id = connected.value();
        ApiRequest get;
        get.url = QUrl(target);
        // The test server stands for the integration's API: its origin is allowed for the request (issue 15.1).
        get.allowedOrigins << QUrl(target).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
        ApiCall *call = m_core->service().send(id, get);
        ApiResponse response;
        bool done = false;
        QObject::connect(call, &ApiCall::finished, this, [&](const ApiResponse &r) {
            response = r;
            done = true;
        });
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
            X509 *cert = selfSigned ? makeCert(key, cn, nullptr, nullptr, false, san, from, to)
                                    : makeCert(key, cn, ca, caKey, false, san, from, to);
            Issued issued {pem(cert), pem(key)};
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

        use(m_good);
        m_server.setResponse(test::CannedResponse::json(
            200, R"({"access_token":"tls-test-access-token","token_type":"Bearer","expires_in":3600})"));
        QVERIFY(m_server.isListening());
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
        QVERIFY2(response.error.detail.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
            qPrintable(response.error.toString()));
        QCOMPARE(m_server.handshakes(), 0); // no request was ever completed over the untrusted channel
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
        QCOMPARE(TlsConfig::addCaCertificates({missing}), QStringList {missing});
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
        use(which == QLatin1String("wrong-host") ? m_wrongHost : which == QLatin1String("expired") ? m_expired : m_selfSigned);
        // A new service: no TLS session of the trusted server is reused.
        m_core = openCore();
        const auto token = requestToken();
        QVERIFY2(!token, qPrintable(which));
        const ApiResponse response = consoleGet(url("/api"));
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error.code, QStringLiteral("network_error"));
        // The same server with the good certificate is trusted: the refusal was about the certificate alone.
        use(m_good);
        m_core = openCore();
        const auto good = requestToken();
        QVERIFY2(good, qPrintable(good.error().toString()));
    }

    // No client relaxes verification. The one server-side exception: the sandbox's TLS listener asks a client for
    // its certificate without failing the handshake on it (QueryPeer), because RFC 8705 §2.2's self-signed client
    // certificates are judged by their thumbprint at the token endpoint, not by a CA.
    void noSourceIgnoresCertificateErrors()
    {
        const QStringList serverSide {QStringLiteral("app/sandbox/SandboxTls.cpp"), QStringLiteral("app/sandbox/SandboxTls.h"),
            QStringLiteral("app/http/LoopbackServer.h")};
        QStringList offenders;
        for (const char *dir : {"app", "ui"}) {
            QDirIterator it(QStringLiteral(KEYWAY_SOURCE_DIR "/") + QLatin1String(dir),
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                const bool server = std::any_of(
                    serverSide.cbegin(), serverSide.cend(), [&](const QString &path) { return f.fileName().endsWith(path); });
                for (const char *pattern : {"ignoreSslErrors", "VerifyNone", "QueryPeer", "setPeerVerifyMode", "SSL_VERIFY_NONE"})
                    if (text.contains(pattern)
                        && !(server && (qstrcmp(pattern, "QueryPeer") == 0 || qstrcmp(pattern, "setPeerVerifyMode") == 0)))
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
        endpoint.clientCredentials(config, ClientCredentials {}, {}, {}, {}, [&](const Result<TokenSet> &r, int) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(!*result);
        QCOMPARE(result->error().code, QStringLiteral("insecure_url"));
        // Loopback is fine; elsewhere only with the connection's explicit permission.
        QVERIFY(UrlPolicy::check(QUrl(QStringLiteral("http://127.0.0.1:8080/token")), false).isNull());
        QVERIFY(UrlPolicy::check(QUrl(QStringLiteral("http://[::1]:8080/token")), false).isNull());
        QCOMPARE(UrlPolicy::check(QUrl(QStringLiteral("http://idp.example/token")), false).code, QStringLiteral("insecure_url"));
        QVERIFY(UrlPolicy::check(QUrl(QStringLiteral("http://idp.example/token")), true).isNull());
    }

    void plainHttpToAnotherHostNeedsTheOptIn()
    {
        test::FakeHttpServer proxy;
        actAsProxiedProvider(proxy);
        QVERIFY(proxy.isListening());
        m_core = openCore();
        QVERIFY(m_core);
        // Everything the service sends goes through the proxy, so provider.invalid is reachable over plain http.
        m_core->service().network()->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));

        const auto token = [&](const ProviderConfig &config) -> Result<TokenSet> {
            ClientCredentials client;
            client.clientId = QStringLiteral("lab-client");
            client.clientSecret = "lab-client-secret";
            TokenEndpoint endpoint(m_core->service().network());
            std::optional<Result<TokenSet>> result;
            endpoint.clientCredentials(config, client, {}, {}, {}, [&](const Result<TokenSet> &r, int) { result = r; });
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
                return Error::make(QStringLiteral("test_timeout"), QStringLiteral("no answer"));
            return *result;
        };

        // The token endpoint client without the opt-in: refused before anything is sent, naming host and setting.
        ProviderConfig config;
        config.tokenUrl = QStringLiteral("http://provider.invalid/token");
        const auto refused = token(config);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("insecure_url"));
        QVERIFY2(refused.error().message.contains(QLatin1String("provider.invalid"))
                && refused.error().message.contains(QLatin1String("allow_insecure_http")),
            qPrintable(refused.error().toString()));
        QCOMPARE(proxy.requests.size(), 0);
        // With it, the request really leaves over plain http.
        config.allowInsecureHttp = true;
        const auto allowed = token(config);
        QVERIFY2(allowed, qPrintable(allowed.error().toString()));
        QCOMPARE(allowed.value().accessToken, QByteArray("plain-http-access-token"));
        QCOMPARE(proxy.requests.size(), 1);
        QCOMPARE(proxy.requests.at(0).target, QByteArray("http://provider.invalid/token"));

        // The catalogue: an integration file with such URLs but no opt-in is refused, and says why.
        const auto strict = m_core->catalog().saveCustom(labIntegration(QStringLiteral("lab-strict"), false), true);
        QVERIFY(!strict);
        QVERIFY2(strict.error().toString().contains(QLatin1String("allow_insecure_http"))
                && strict.error().toString().contains(QLatin1String("provider.invalid")),
            qPrintable(strict.error().toString()));
        QVERIFY(!m_core->catalog().find(QStringLiteral("lab-strict")));

        // With the opt-in, the whole path honours it: ConnectionPlanner -> flow (client credentials) ...
        const auto saved = m_core->catalog().saveCustom(labIntegration(QStringLiteral("lab-provider"), true), true);
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        QVERIFY(saved.value().allowInsecureHttp());
        QCOMPARE(saved.value().insecureHttpHosts(), QStringList {QStringLiteral("provider.invalid")});
        ConnectRequest cc;
        cc.integrationId = QStringLiteral("lab-provider");
        cc.authMode = QStringLiteral("oauth2_client_credentials");
        cc.clientId = QStringLiteral("lab-client");
        cc.clientSecret = "lab-client-secret";
        const Result<QString> connected = connectWith(cc);
        QVERIFY2(connected, qPrintable(connected.error().toString()));
        QCOMPARE(proxy.requests.size(), 2);
        QCOMPARE(proxy.requests.last().target, QByteArray("http://provider.invalid/token"));
        // ... and the request console (ApiClient, CredentialApplier) for an API key connection.
        const ApiResponse api = consoleGet(QStringLiteral("http://provider.invalid/api/me"), QStringLiteral("lab-provider"));
        QVERIFY2(api.status == 200, qPrintable(api.error.toString()));
        QCOMPARE(proxy.requests.size(), 3);
        QCOMPARE(proxy.requests.last().target, QByteArray("http://provider.invalid/api/me"));
        QCOMPARE(proxy.requests.last().header("X-Lab-Key"), QByteArray("tls-test-api-key-0123456789"));

        // A connection of an integration without the opt-in is still refused, with the same proxy in place.
        const ApiResponse other = consoleGet(QStringLiteral("http://provider.invalid/api/me"));
        QCOMPARE(other.status, 0);
        QCOMPARE(other.error.code, QStringLiteral("insecure_url"));
        QVERIFY2(other.error.message.contains(QLatin1String("provider.invalid")), qPrintable(other.error.toString()));
        QCOMPARE(proxy.requests.size(), 3);

        // An integration that names only its issuer: discovery at connect time (RFC 8414 §3) honours the opt-in too.
        QJsonObject discovered = labIntegration(QStringLiteral("lab-discover"), true);
        discovered.insert(QStringLiteral("auth_modes"), QJsonArray {QStringLiteral("oauth2_client_credentials")});
        discovered.insert(
            QStringLiteral("oauth"), QJsonObject {{QStringLiteral("issuer"), QStringLiteral("http://provider.invalid")}});
        discovered.remove(QStringLiteral("api_key"));
        const auto savedDiscover = m_core->catalog().saveCustom(discovered, true);
        QVERIFY2(savedDiscover, qPrintable(savedDiscover.error().toString()));
        cc.integrationId = QStringLiteral("lab-discover");
        const Result<QString> viaDiscovery = connectWith(cc);
        QVERIFY2(viaDiscovery, qPrintable(viaDiscovery.error().toString()));
        QCOMPARE(proxy.requests.size(), 5);
        QCOMPARE(proxy.requests.at(3).target, QByteArray("http://provider.invalid/.well-known/oauth-authorization-server"));
        QCOMPARE(proxy.requests.at(4).target, QByteArray("http://provider.invalid/token"));

        // The user withdraws the opt-in (the file now names https URLs): the connection made while it held loses
        // it when Keyway next starts, and its API calls are refused again.
        QJsonObject withdrawn = labIntegration(QStringLiteral("lab-provider"), false);
        withdrawn.insert(QStringLiteral("oauth"),
            QJsonObject {{QStringLiteral("token_url"), QStringLiteral("https://provider.invalid/token")}});
        withdrawn.insert(
            QStringLiteral("api"), QJsonObject {{QStringLiteral("base_url"), QStringLiteral("https://provider.invalid/api")}});
        const auto resaved = m_core->catalog().saveCustom(withdrawn, true);
        QVERIFY2(resaved, qPrintable(resaved.error().toString()));
        ConnectionService restarted(m_core->database(), m_core->secrets(), m_core->catalog());
        const auto record = restarted.connection(connected.value());
        QVERIFY(record);
        QVERIFY(!ConnectionSettings::fromJson(record->settings).provider.allowInsecureHttp);
        restarted.network()->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        ApiRequest again;
        again.url = QUrl(QStringLiteral("http://provider.invalid/api/me"));
        ApiCall *call = restarted.send(connected.value(), again);
        std::optional<ApiResponse> withdrawnAnswer;
        connect(call, &ApiCall::finished, this, [&withdrawnAnswer](const ApiResponse &r) { withdrawnAnswer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(withdrawnAnswer.has_value(), 20000);
        QCOMPARE(withdrawnAnswer->error.code, QStringLiteral("insecure_url"));
        QCOMPARE(proxy.requests.size(), 5);
    }

    void customIntegrationFromAPlainHttpIssuer()
    {
        test::FakeHttpServer proxy;
        actAsProxiedProvider(proxy);
        QVERIFY(proxy.isListening());
        m_core = openCore();
        QVERIFY(m_core);
        m_core->service().network()->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        CustomIntegrationBuilder builder(m_core->catalog(), m_core->service().network());
        std::optional<Result<Integration>> result;
        connect(&builder, &CustomIntegrationBuilder::created, this, [&](const Integration &in) { result = in; });
        connect(&builder, &CustomIntegrationBuilder::failed, this, [&](const Error &e) { result = e; });

        // Without the user's opt-in the issuer is refused before any request.
        builder.createFromIssuer(QStringLiteral("http://provider.invalid"), QStringLiteral("lab-issuer"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!*result);
        QCOMPARE(result->error().code, QStringLiteral("invalid_issuer"));
        QVERIFY2(result->error().detail.contains(QLatin1String("allow_insecure_http")), qPrintable(result->error().toString()));
        QCOMPARE(proxy.requests.size(), 0);

        // With it, discovery goes over http and the file records the choice.
        result.reset();
        builder.setAllowInsecureHttp(true);
        builder.createFromIssuer(QStringLiteral("http://provider.invalid"), QStringLiteral("lab-issuer"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(*result, qPrintable(result->error().toString()));
        QCOMPARE(proxy.requests.value(0).target, QByteArray("http://provider.invalid/.well-known/openid-configuration"));
        const Integration &in = result->value();
        QVERIFY(in.allowInsecureHttp());
        QCOMPARE(in.document.value(QStringLiteral("allow_insecure_http")), QJsonValue(true));
        QCOMPARE(in.oauth.tokenUrl, QStringLiteral("http://provider.invalid/token"));
        const auto reloaded = m_core->catalog().find(QStringLiteral("lab-issuer"));
        QVERIFY(reloaded && reloaded->allowInsecureHttp());
    }

    void commandLineWarns()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &id, bool allow) {
            const QString path = dir.filePath(id + QStringLiteral(".json"));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(QJsonDocument(labIntegration(id, allow)).toJson());
            return path;
        };
        const QString warning
            = QStringLiteral("Warning: Lab Provider allows plain http to provider.invalid: tokens cross the network unencrypted");

        // Importing a file that opts in warns; connecting with it warns again.
        const Run imported = runKeyway({QStringLiteral("integrations"), QStringLiteral("import"),
            write(QStringLiteral("lab-cli"), true), QStringLiteral("--replace")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(warning), qPrintable(imported.err));
        const Run connected = runKeyway({QStringLiteral("connect"), QStringLiteral("lab-cli"), QStringLiteral("--mode"),
                                            QStringLiteral("api_key"), QStringLiteral("--api-key-stdin")},
            "lab-cli-api-key-0123456789");
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        QVERIFY2(connected.err.contains(warning), qPrintable(connected.err));

        // A file that does not opt in is refused, naming the host and the setting.
        const Run strict = runKeyway(
            {QStringLiteral("integrations"), QStringLiteral("import"), write(QStringLiteral("lab-cli-strict"), false)});
        QVERIFY(strict.code != 0);
        QVERIFY2(
            strict.err.contains(QLatin1String("provider.invalid")) && strict.err.contains(QLatin1String("allow_insecure_http")),
            qPrintable(strict.err));

        // `integrations add` refuses a plain http issuer unless asked, and says how to ask.
        const Run add = runKeyway({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("--issuer"),
            QStringLiteral("http://provider.invalid"), QStringLiteral("--id"), QStringLiteral("lab-cli-add")});
        QVERIFY(add.code != 0);
        QVERIFY2(add.err.contains(QLatin1String("--allow-insecure-http")) && add.err.contains(QLatin1String("provider.invalid")),
            qPrintable(add.err));
        QVERIFY(!add.err.contains(QLatin1String("Warning:")));
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "TestTlsPolicy.moc"
