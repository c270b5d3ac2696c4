// SandboxServer's life on the network: it binds 127.0.0.1 only, the issuer follows the port, metadata and keys
// are published, a taken port is shared with another Keyway's sandbox (in this process or another thread,
// found by probing its discovery document) and refused with a clear error when anything else holds it, stop()
// releases the port, and the application's shared instance starts only on demand.
#include "SandboxTestClient.h"

#include "jose/Jwks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QSemaphore>
#include <QTcpServer>
#include <QThread>

#include <atomic>
#include <functional>

using namespace keyway;
using namespace keyway::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Runs `setUp` in a thread of its own with an event loop, the way another Keyway process would serve its port
// while this thread blocks in a probe. `setUp` returns the port it listens on.
class ServingThread : public QThread
{
public:
    explicit ServingThread(std::function<quint16(QObject *owner)> setUp)
        : m_setUp(std::move(setUp))
    {
    }
    ~ServingThread() override
    {
        quit();
        wait();
    }
    quint16 startServing()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        QObject owner;
        m_port = m_setUp(&owner);
        m_ready.release();
        exec();
    }

private:
    std::function<quint16(QObject *)> m_setUp;
    QSemaphore m_ready;
    std::atomic<quint16> m_port {0};
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsLoopbackOnlyAndIssuerFollowsPort()
    {
        SandboxServer server;
        QCOMPARE(server.state(), SandboxServer::State::Stopped);
        QVERIFY(server.issuer().isEmpty());
        QSignalSpy stateChanged(&server, &SandboxServer::stateChanged);
        QVERIFY(server.start(0).isNull());
        QCOMPARE(server.state(), SandboxServer::State::Running);
        QCOMPARE(stateChanged.size(), 1);
        QVERIFY(server.port() != 0);
        QCOMPARE(server.loopbackServer()->address(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(server.issuer(), u"http://127.0.0.1:%1"_s.arg(server.port()));
        QCOMPARE(server.provider().issuer(), server.issuer());
        // Starting again on the same port (or "any") is fine; another port is not.
        QVERIFY(server.start(0).isNull());
        QVERIFY(server.start(server.port()).isNull());
        QCOMPARE(server.start(server.port() == 65535 ? 65534 : server.port() + 1).code, u"sandbox_running"_s);

        // Nothing listens on the machine's other addresses.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket socket;
            socket.connectToHost(address, server.port());
            QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
        }
    }

    void publishesMetadataAndKeys()
    {
        const auto server = startSandbox();
        SandboxTestClient client(server->baseUrl());
        const QString issuer = server->issuer();
        for (const QString &path : {u"/.well-known/openid-configuration"_s, u"/.well-known/oauth-authorization-server"_s}) {
            const HttpReply r = client.get(path);
            QCOMPARE(r.status, 200);
            const QJsonObject d = r.json();
            QCOMPARE(d.value(u"issuer"_s).toString(), issuer);
            QCOMPARE(d.value(u"authorization_endpoint"_s).toString(), issuer + u"/authorize"_s);
            QCOMPARE(d.value(u"token_endpoint"_s).toString(), issuer + u"/token"_s);
            QCOMPARE(d.value(u"userinfo_endpoint"_s).toString(), issuer + u"/userinfo"_s);
            QCOMPARE(d.value(u"jwks_uri"_s).toString(), issuer + u"/jwks"_s);
            QCOMPARE(d.value(u"revocation_endpoint"_s).toString(), issuer + u"/revoke"_s);
            QCOMPARE(d.value(u"introspection_endpoint"_s).toString(), issuer + u"/introspect"_s);
            QCOMPARE(d.value(u"device_authorization_endpoint"_s).toString(), issuer + u"/device"_s);
            QCOMPARE(d.value(u"authorization_response_iss_parameter_supported"_s).toBool(), true);
            QCOMPARE(d.value(u"code_challenge_methods_supported"_s).toArray(), QJsonArray {u"S256"_s});
            QVERIFY(d.value(u"grant_types_supported"_s).toArray().contains(u"urn:ietf:params:oauth:grant-type:device_code"_s));
            QCOMPARE(d.value(u"scopes_supported"_s).toArray().size(), SandboxProvider::supportedScopes().size());
            QCOMPARE(d.value(u"keyway_sandbox"_s).toBool(), true);
        }
        const HttpReply jwks = client.get(u"/jwks"_s);
        QCOMPARE(jwks.status, 200);
        QCOMPARE(jwks.header("Content-Type"), QByteArray("application/jwk-set+json"));
        const Result<Jwks> keys = Jwks::parse(jwks.body);
        QVERIFY2(keys.ok(), qPrintable(keys.error().toString()));
        QCOMPARE(keys.value().size(), 1);
        QVERIFY(keys.value().skipped().isEmpty());
        const Jwk key = keys.value().keys().first();
        QCOMPARE(key.keyType(), u"RSA"_s);
        QVERIFY(key.bits() >= 2048);
        QVERIFY(!key.isPrivate());
        QCOMPARE(key.algorithm(), u"RS256"_s);
        QCOMPARE(key.keyId(), key.thumbprint());
    }

    void pagesAndUnknownPaths()
    {
        const auto server = startSandbox();
        SandboxTestClient client(server->baseUrl());
        HttpReply r = client.get(u"/"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.text().contains(server->issuer()));
        QVERIFY(r.text().contains(u"keyway-sandbox-confidential"_s));
        QCOMPARE(client.get(u"/favicon.ico"_s).status, 404);
        QCOMPARE(client.get(u"/nothing/here"_s).status, 404);
        QCOMPARE(client.send("POST", client.url(u"/jwks"_s)).status, 405);
        QCOMPARE(client.get(u"/device/verify"_s).status, 200);
        // DNS rebinding: a Host that is not loopback is refused by the listener.
        QCOMPARE(client.get(u"/jwks"_s, {header("Host", "evil.example")}).status, 421);
    }

    void sharesPortWithSandboxOfThisProcess()
    {
        const auto first = startSandbox();
        SandboxServer second;
        QVERIFY(second.start(first->port()).isNull());
        QCOMPARE(second.state(), SandboxServer::State::RunningElsewhere);
        QVERIFY(second.isAvailable());
        QVERIFY(!second.isRunning());
        QCOMPARE(second.issuer(), first->issuer());
        QVERIFY(second.loopbackServer() == nullptr);
    }

    void sharesPortWithSandboxElsewhere()
    {
        // Another Keyway: a sandbox serving from another thread, found only through the probe.
        ServingThread other([](QObject *owner) {
            auto *sandbox = new SandboxServer(owner);
            return sandbox->start(0).isNull() ? sandbox->port() : quint16(0);
        });
        const quint16 port = other.startServing();
        QVERIFY(port != 0);
        QVERIFY(SandboxServer::probe(port));
        SandboxServer mine;
        QVERIFY(mine.start(port).isNull());
        QCOMPARE(mine.state(), SandboxServer::State::RunningElsewhere);
        QCOMPARE(mine.issuer(), u"http://127.0.0.1:%1"_s.arg(port));
        // And it really serves: a full sign-in against it.
        SandboxTestClient client(mine.baseUrl());
        QCOMPARE(client.signIn().status, 200);
    }

    void refusesPortHeldByAnotherProgram()
    {
        // Something that answers HTTP but is no sandbox (issuer right, marker missing): refused quickly.
        ServingThread impostor([](QObject *owner) {
            auto *server = new LoopbackServer(owner);
            server->listen(QHostAddress::LocalHost, 0);
            const quint16 port = server->port();
            server->setHandler([port](const HttpRequest &, LoopbackServer::Responder responder) {
                responder.respond(
                    HttpResponse::json(200, QJsonDocument(QJsonObject {{u"issuer"_s, u"http://127.0.0.1:%1"_s.arg(port)}})));
            });
            return port;
        });
        const quint16 port = impostor.startServing();
        SandboxServer sandbox;
        Error error = sandbox.start(port);
        QCOMPARE(error.code, u"sandbox_port_in_use"_s);
        QVERIFY(error.message.contains(QString::number(port)));
        QCOMPARE(sandbox.state(), SandboxServer::State::Stopped);

        // Something that accepts connections and never answers: refused after the probe's timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QElapsedTimer timer;
        timer.start();
        error = sandbox.start(silent.serverPort());
        QCOMPARE(error.code, u"sandbox_port_in_use"_s);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!SandboxServer::probe(silent.serverPort(), 200));
    }

    void stopReleasesPortAndRestartContinues()
    {
        SandboxServer server;
        QVERIFY(server.start(0).isNull());
        const quint16 port = server.port();
        SandboxTestClient client(server.baseUrl());
        const QString access = client.signIn().json().value(u"access_token"_s).toString();
        QCOMPARE(client.api("GET", u"/api/contacts"_s, access).status, 200);

        QSignalSpy stateChanged(&server, &SandboxServer::stateChanged);
        server.stop();
        QCOMPARE(server.state(), SandboxServer::State::Stopped);
        QCOMPARE(stateChanged.size(), 1);
        QCOMPARE(server.port(), quint16(0));
        QVERIFY(!client.api("GET", u"/api/contacts"_s, access).networkError.isEmpty());
        QVERIFY(!SandboxServer::probe(port, 500));
        server.stop(); // twice is fine
        QCOMPARE(stateChanged.size(), 1);

        // The same port again: same issuer, the tokens issued before still work.
        QVERIFY(server.start(port).isNull());
        QCOMPARE(client.api("GET", u"/api/contacts"_s, access).status, 200);
        server.stop();
        // Another port: another issuer, so the old tokens mean nothing.
        QVERIFY(server.start(0).isNull());
        SandboxTestClient moved(server.baseUrl());
        if (server.port() != port)
            QCOMPARE(moved.api("GET", u"/api/contacts"_s, access).status, 401);
    }

    void takesOverWhenTheOtherStops()
    {
        auto first = startSandbox();
        const quint16 port = first->port();
        SandboxServer second;
        QVERIFY(second.start(port).isNull());
        QCOMPARE(second.state(), SandboxServer::State::RunningElsewhere);
        first->stop();
        QVERIFY(second.start(port).isNull());
        QCOMPARE(second.state(), SandboxServer::State::Running);
        QCOMPARE(second.port(), port);
        SandboxTestClient client(second.baseUrl());
        QCOMPARE(client.get(u"/jwks"_s).status, 200);
    }

    void sharedInstanceStartsOnDemand()
    {
        SandboxServer &shared = SandboxServer::shared();
        QCOMPARE(&SandboxServer::shared(), &shared);
        QCOMPARE(shared.parent(), QCoreApplication::instance());
        // Off until used (ensureRunning would take the fixed port 47231, which a Keyway on this machine may hold).
        QCOMPARE(shared.state(), SandboxServer::State::Stopped);
    }

    void probeOfNothing()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!SandboxServer::probe(port));
        QVERIFY(timer.elapsed() < 1000); // refused at once, no waiting
        QVERIFY(!SandboxServer::probe(0));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
