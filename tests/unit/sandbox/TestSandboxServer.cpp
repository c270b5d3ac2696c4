// SandboxServer's life on the network and on disk: it binds 127.0.0.1 only, the issuer follows the port,
// metadata and keys are published, a taken port is shared with another Keyway process serving the same store
// (in this process or another thread, found by probing its discovery document and its owner proof) and refused
// with a clear error naming who holds it otherwise, stop() releases the port, the state outlives the server
// that made it (issue 17), two servers on one store never half-rotate a refresh token, and the application's
// shared instance starts only on demand.
#include "SandboxTestClient.h"

#include "jose/Jwks.h"
#include "sandbox/SandboxOwnerProof.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxTls.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
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

    QTemporaryDir m_dir;
    int m_files = 0;

    // A store file of its own for each test that wants one.
    QString newStorePath() { return m_dir.filePath(u"sandbox-%1.sqlite"_s.arg(++m_files)); }

    static std::unique_ptr<SandboxServer> serverOn(const QString &storePath, quint16 port = 0)
    {
        auto server = std::make_unique<SandboxServer>();
        const Error opened = server->openStore(storePath);
        if (!opened.isNull())
            qFatal("store: %s", qPrintable(opened.toString()));
        const Error started = server->start(port);
        if (!started.isNull())
            qFatal("start: %s", qPrintable(started.toString()));
        return server;
    }

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
        const QString path = newStorePath();
        const auto first = serverOn(path);
        SandboxServer second;
        QVERIFY(second.openStore(path).isNull());
        QVERIFY(second.start(first->port()).isNull());
        QCOMPARE(second.state(), SandboxServer::State::RunningElsewhere);
        QVERIFY(second.isAvailable());
        QVERIFY(!second.isRunning());
        QCOMPARE(second.issuer(), first->issuer());
        QVERIFY(second.loopbackServer() == nullptr);

        // One of another store is not this one's to use.
        SandboxServer stranger;
        const Error error = stranger.start(first->port());
        QCOMPARE(error.code, u"sandbox_not_yours"_s);
        QVERIFY(error.message.contains(QString::number(first->port())));
        QCOMPARE(stranger.state(), SandboxServer::State::Stopped);
    }

    void sharesPortWithSandboxElsewhere()
    {
        // Another Keyway process of this user: a sandbox serving the same store from another thread, found only
        // through the probe and its owner proof.
        const QString path = newStorePath();
        ServingThread other([path](QObject *owner) {
            auto *sandbox = new SandboxServer(owner);
            return sandbox->openStore(path).isNull() && sandbox->start(0).isNull() ? sandbox->port() : quint16(0);
        });
        const quint16 port = other.startServing();
        QVERIFY(port != 0);
        SandboxServer mine;
        QVERIFY(mine.openStore(path).isNull());
        QCOMPARE(mine.probe(port), SandboxServer::PortHolder::ThisSandbox);
        QVERIFY(mine.start(port).isNull());
        QCOMPARE(mine.state(), SandboxServer::State::RunningElsewhere);
        QCOMPARE(mine.issuer(), u"http://127.0.0.1:%1"_s.arg(port));
        // And it really serves: a full sign-in against it, and a fault switched here applies there.
        SandboxTestClient client(mine.baseUrl());
        QCOMPARE(client.signIn().status, 200);
        QVERIFY(mine.setFault(SandboxFaults::Fault::ServerError, true).isNull());
        QCOMPARE(client.get(u"/userinfo"_s).status, 500);
    }

    void refusesSandboxThatCannotProveItIsThisStores()
    {
        // Another user's sandbox (or this user's, working from another data folder): it answers like a sandbox,
        // but not with this store's secret.
        ServingThread other([](QObject *owner) {
            auto *sandbox = new SandboxServer(owner);
            return sandbox->start(0).isNull() ? sandbox->port() : quint16(0);
        });
        const quint16 port = other.startServing();
        SandboxServer mine;
        QVERIFY(mine.openStore(newStorePath()).isNull());
        QCOMPARE(mine.probe(port), SandboxServer::PortHolder::OtherSandbox);
        const Error error = mine.start(port);
        QCOMPARE(error.code, u"sandbox_not_yours"_s);
        QVERIFY2(error.message.contains(u"not yours"_s), qPrintable(error.message));
        QCOMPARE(mine.state(), SandboxServer::State::Stopped);
        // A proof made with another secret, or none, never passes.
        SandboxTestClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const HttpReply owner = client.get(u"/_sandbox/owner?challenge=abc"_s);
        QCOMPARE(owner.status, 200);
        QVERIFY(
            !SandboxOwnerProof::verify(mine.store().ownerSecret(), "abc", owner.json().value(u"proof"_s).toString().toLatin1()));
        QCOMPARE(client.get(u"/_sandbox/owner"_s).status, 400);
        QCOMPARE(client.get(u"/_sandbox/owner?challenge="_s + QString(200, u'a')).status, 400);
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
        QCOMPARE(sandbox.probe(port), SandboxServer::PortHolder::OtherProgram);
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
        QCOMPARE(sandbox.probe(silent.serverPort(), 200), SandboxServer::PortHolder::OtherProgram);
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
        QCOMPARE(server.probe(port, 500), SandboxServer::PortHolder::Nobody);
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
        const QString path = newStorePath();
        auto first = serverOn(path);
        const quint16 port = first->port();
        SandboxServer second;
        QVERIFY(second.openStore(path).isNull());
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
        QCOMPARE(SandboxServer::probe(port, QByteArray(32, 'x')), SandboxServer::PortHolder::Nobody);
        QVERIFY(timer.elapsed() < 1000); // refused at once, no waiting
        QCOMPARE(SandboxServer::probe(0, QByteArray(32, 'x')), SandboxServer::PortHolder::Nobody);
    }

    void stateOutlivesTheServerThatMadeIt()
    {
        // Issue 17: one Keyway process signs in and quits; the next one serves the same store on the same port,
        // and the tokens, keys, faults and log are still there.
        const QString path = newStorePath();
        auto first = serverOn(path);
        const quint16 port = first->port();
        SandboxTestClient client(first->baseUrl());
        const HttpReply signedIn = client.signIn();
        QCOMPARE(signedIn.status, 200);
        const QString access = signedIn.json().value(u"access_token"_s).toString();
        const QString refresh = signedIn.json().value(u"refresh_token"_s).toString();
        const QJsonObject keysBefore = client.get(u"/jwks"_s).json();
        QVERIFY(first->setFaultValue(SandboxFaults::Fault::OmitExpiresIn, 2).isNull());
        first.reset();

        auto next = serverOn(path, port);
        QCOMPARE(next->issuer(), u"http://127.0.0.1:%1"_s.arg(port));
        QCOMPARE(client.api("GET", u"/api/contacts"_s, access).status, 200);
        QCOMPARE(client.get(u"/jwks"_s).json(), keysBefore); // the same signing key
        QCOMPARE(next->faultValue(SandboxFaults::Fault::OmitExpiresIn), 2);
        const HttpReply refreshed = client.refresh(refresh);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!refreshed.json().contains(u"expires_in"_s)); // the fault carried over, and applied
        QCOMPARE(next->faultValue(SandboxFaults::Fault::OmitExpiresIn), 1);
        // The old refresh token was rotated away by this process; presenting it again is reuse (RFC 9700 §4.14.2).
        QCOMPARE(client.refresh(refresh).error(), u"invalid_grant"_s);
        QVERIFY(next->store().requests().size() >= 6); // the log has both servers' requests
        QCOMPARE(next->store().requests().first().path, u"/authorize"_s);
    }

    // A store written before DPoP (schema 1, no dpop_jkt columns) is upgraded in place when opened: its tokens stay
    // good, and new tokens can be bound.
    void storeFromBeforeDpopIsUpgradedInPlace()
    {
        const QString path = newStorePath();
        QString access;
        {
            const auto server = serverOn(path);
            access = SandboxTestClient(server->baseUrl()).signIn().json().value(u"access_token"_s).toString();
            QVERIFY(!access.isEmpty());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql :
                {u"ALTER TABLE grants DROP COLUMN dpop_jkt"_s, u"ALTER TABLE access_tokens DROP COLUMN dpop_jkt"_s,
                    u"ALTER TABLE access_tokens DROP COLUMN x5t_s256"_s, u"PRAGMA user_version=1"_s})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"schema-1"_s);
        SandboxStore store;
        const Error opened = store.open(path);
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        const std::optional<SandboxStore::AccessToken> old = store.accessToken(access);
        QVERIFY(old.has_value());
        QVERIFY(old->dpopJkt.isEmpty());
        SandboxStore::Grant grant;
        grant.clientId = u"keyway-sandbox-dpop"_s;
        grant.account = u"alice"_s;
        grant.dpopJkt = u"thumbprint"_s;
        const QString grantId = store.addGrant(grant);
        QCOMPARE(store.grant(grantId)->dpopJkt, u"thumbprint"_s);
        const SandboxStore::Issued issued = store.issue(grantId, {u"openid"_s}, true, std::chrono::seconds(60), u"thumbprint"_s);
        QCOMPARE(store.accessToken(issued.accessToken)->dpopJkt, u"thumbprint"_s);
        // Schema 3 (mutual TLS) came with the same upgrade: tokens can be bound to a certificate too.
        const SandboxStore::Issued bound
            = store.issue(grantId, {u"openid"_s}, false, std::chrono::seconds(60), {}, u"x5t-thumbprint"_s);
        QCOMPARE(store.accessToken(bound.accessToken)->certificateThumbprint, u"x5t-thumbprint"_s);
    }

    // The mutual-TLS listener's certificate: made once per store, kept beside it owner-only (the key above all),
    // served over https on 127.0.0.1, and the same for the next server of that store.
    void tlsCertificateIsMadeOnceAndKeptOwnerOnlyBesideTheStore()
    {
        const QString path = newStorePath();
        QSslCertificate first;
        {
            const auto server = serverOn(path);
            QVERIFY(server->mtlsIssuer().startsWith(u"https://127.0.0.1:"_s));
            QVERIFY(server->tlsServer() && server->tlsServer()->isTls());
            QCOMPARE(server->tlsCertificates().size(), 1);
            first = server->tlsCertificates().first();
            for (const QString &file : {SandboxTls::certificatePath(path), SandboxTls::keyPath(path)}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(path).absolutePath());
                QCOMPARE(QFile::permissions(file) & 0x0077, QFile::Permissions()); // nothing for group, others
            }
            QVERIFY(
                first.subjectAlternativeNames().values(QSsl::AlternativeNameEntryType::IpAddressEntry).contains(u"127.0.0.1"_s));
        }
        const auto again = serverOn(path);
        QCOMPARE(again->tlsCertificates().first(), first);
        QCOMPARE(SandboxTls::certificateAt(path), first);
        // A store in memory has a certificate of its own, never written anywhere.
        const auto inMemory = serverOn(QString());
        QVERIFY(!inMemory->tlsCertificates().isEmpty());
        QVERIFY(inMemory->tlsCertificates().first() != first);
    }

    void faultsChangedInTheStoreApplyToARunningServer()
    {
        // `keyway sandbox fault` from another process: another connection to the same file.
        const QString path = newStorePath();
        const auto server = serverOn(path);
        SandboxTestClient client(server->baseUrl());
        const QString access = client.signIn().json().value(u"access_token"_s).toString();
        SandboxServer cli;
        QVERIFY(cli.openStore(path).isNull());
        QVERIFY(cli.setFault(SandboxFaults::Fault::ExpireAccessTokens, true).isNull());
        QCOMPARE(client.api("GET", u"/api/contacts"_s, access).status, 401);
        QVERIFY(cli.setFaultValue(SandboxFaults::Fault::ServerError, 1).isNull());
        QCOMPARE(server->faultValue(SandboxFaults::Fault::ServerError), 1);
        QCOMPARE(client.get(u"/userinfo"_s).status, 500);
        QCOMPARE(cli.faultValue(SandboxFaults::Fault::ServerError), 0);
        // A reset forgets everything, also for the running server.
        cli.store().reset();
        QCOMPARE(client.api("GET", u"/api/contacts"_s, access).status, 401);
        QVERIFY(server->store().requests().size() <= 1);
    }

    void storeIsOwnerOnlyAndHoldsNoToken()
    {
        const QString path = newStorePath();
        QString access;
        QString refresh;
        {
            const auto server = serverOn(path);
            SandboxTestClient client(server->baseUrl());
            const HttpReply r = client.signIn();
            access = r.json().value(u"access_token"_s).toString();
            refresh = r.json().value(u"refresh_token"_s).toString();
            QVERIFY(!access.isEmpty() && !refresh.isEmpty());
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
                if (QFile::exists(path + suffix))
                    QCOMPARE(QFile::permissions(path + suffix) & 0x0077, QFile::Permissions()); // nothing for group, others
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(access.toLatin1()));
        QVERIFY(!bytes.contains(refresh.toLatin1()));
        QVERIFY(bytes.contains(SandboxStore::hash(access).toLatin1()));
    }

    void twoServersOnOneStoreNeverRotateATokenTwice()
    {
        // Two processes working from one file: each redemption of a refresh token is one transaction, so of two
        // presenting the same token at once exactly one gets new tokens.
        const QString path = newStorePath();
        const auto server = serverOn(path);
        SandboxTestClient client(server->baseUrl());
        QStringList tokens;
        for (int i = 0; i < 6; ++i)
            tokens << client.signIn().json().value(u"refresh_token"_s).toString();
        QThread other;
        SandboxProvider *second = nullptr;
        auto *context = new QObject;
        context->moveToThread(&other);
        other.start();
        QMetaObject::invokeMethod(
            context,
            [&] {
                second = new SandboxProvider;
                second->openStore(path);
                second->setIssuer(server->issuer());
            },
            Qt::BlockingQueuedConnection);
        const auto refreshRequest = [](const QString &token) {
            HttpRequest r;
            r.method = "POST";
            r.path = u"/token"_s;
            r.headers.append(HttpRequest::Header("Content-Type", "application/x-www-form-urlencoded"));
            r.body = "grant_type=refresh_token&client_id=keyway-sandbox&refresh_token=" + token.toLatin1();
            return r;
        };
        for (const QString &token : tokens) {
            std::atomic<int> theirs {0};
            QSemaphore done;
            QMetaObject::invokeMethod(context, [&] {
                theirs = second->answer(refreshRequest(token)).status();
                done.release();
            });
            const int mine = server->provider().answer(refreshRequest(token)).status();
            done.acquire();
            QCOMPARE(QList<int>({mine, theirs.load()}).count(200), 1);
            QCOMPARE(QList<int>({mine, theirs.load()}).count(400), 1);
        }
        QMetaObject::invokeMethod(
            context,
            [&] {
                delete second;
                delete context;
            },
            Qt::BlockingQueuedConnection);
        other.quit();
        other.wait();
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
