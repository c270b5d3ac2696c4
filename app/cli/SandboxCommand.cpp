#include "cli/SandboxCommand.h"

#include "cli/SignalWatcher.h"
#include "jose/Jwk.h"
#include "jose/PrivateKey.h"
#include "jose/SelfSignedCertificate.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxPersonality.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

const QString kCommand = QStringLiteral("sandbox");

bool parsePort(const QCommandLineParser &parser, quint16 *port)
{
    if (!parser.isSet(QStringLiteral("port"))) {
        *port = SandboxServer::kDefaultPort;
        return true;
    }
    bool ok = false;
    const int value = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || value < 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

SandboxCommand::SandboxCommand() = default;
SandboxCommand::~SandboxCommand() = default;

void SandboxCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("serve, faults, fault, personalities, client-key, client-cert, log or reset"));
    parser.addOption({QStringLiteral("port"),
        tr("The sandbox's port on 127.0.0.1 (default %1; each port has its own store; 0 with serve: any free "
           "port, state in memory only)")
            .arg(SandboxServer::kDefaultPort),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), tr("faults, personalities, log: print JSON")});
    parser.addOption({QStringLiteral("access-ttl"),
        tr("serve: access token lifetime in seconds (default 3600; kept in the store)"), QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("device-interval"),
        tr("serve: device flow polling interval in seconds (default 5; kept in the store)"), QStringLiteral("SECONDS")});
    parser.addOption(
        {QStringLiteral("fault"), tr("serve: switch a fault on from the start (repeatable)"), QStringLiteral("NAME[=VALUE]")});
    parser.addOption({QStringLiteral("out"),
        tr("client-cert: the folder to write the client certificate and its key to (mode 0600)"), QStringLiteral("FOLDER")});
}

void SandboxCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    Q_UNUSED(core)
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool known = (action == QLatin1String("fault") && (args.size() == 2 || args.size() == 3))
        || (action == QLatin1String("client-key") && args.size() == 3)
        || (args.size() == 1
            && QStringList {QStringLiteral("serve"), QStringLiteral("faults"), QStringLiteral("personalities"),
                QStringLiteral("client-cert"), QStringLiteral("log"), QStringLiteral("reset")}
                   .contains(action));
    if (!known) {
        fail(kCommand,
            tr("usage: %1")
                .arg(QStringLiteral("keyway sandbox serve [--port N] | faults [--json] | fault NAME [on|off|VALUE] | "
                                    "personalities [--json] | client-key CLIENT_ID FILE | client-cert --out FOLDER | "
                                    "log [--json] | reset")));
        return exit(2);
    }
    // Plain data: no store to open.
    if (action == QLatin1String("personalities"))
        return listPersonalities(parser, exit);
    if (!openSandbox(parser, action == QLatin1String("serve"), exit))
        return;
    if (action == QLatin1String("serve"))
        return serve(parser, exit);
    if (action == QLatin1String("faults"))
        return listFaults(parser, exit);
    if (action == QLatin1String("fault"))
        return switchFault(args, exit);
    if (action == QLatin1String("client-key"))
        return registerClientKey(args, exit);
    if (action == QLatin1String("client-cert"))
        return makeClientCertificate(parser, exit);
    if (action == QLatin1String("log"))
        return showLog(parser, exit);
    reset(exit);
}

bool SandboxCommand::openSandbox(const QCommandLineParser &parser, bool serving, const Exit &exit)
{
    quint16 port = 0;
    if (!parsePort(parser, &port) || (port == 0 && !serving)) {
        fail(kCommand,
            serving ? tr("--port must be a whole number from 0 to 65535")
                    : tr("--port must be a whole number from 1 to 65535 (a sandbox on port 0 keeps no store)"));
        exit(2);
        return false;
    }
    m_server = std::make_unique<SandboxServer>();
    m_server->setPreferredPort(port);
    const Error error = m_server->openStore(SandboxStore::defaultPath(port));
    if (!error.isNull()) {
        fail(kCommand, error.toString());
        exit(1);
        return false;
    }
    return true;
}

void SandboxCommand::serve(const QCommandLineParser &parser, const Exit &exit)
{
    const auto seconds = [&](const char *option, int min, int max, int *out) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        *out = parser.value(name).toInt(&ok);
        if (ok && *out >= min && *out <= max)
            return true;
        fail(kCommand, tr("--%1 must be a whole number of seconds from %2 to %3").arg(name).arg(min).arg(max));
        return false;
    };
    int ttl = 0;
    int interval = 0;
    if (!seconds("access-ttl", 1, 30 * 24 * 3600, &ttl) || !seconds("device-interval", 1, 60, &interval))
        return exit(2);
    // Faults are checked before anything listens, so a typo fails fast.
    QList<QPair<SandboxFaults::Fault, int>> faults;
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        const QString name = spec.section(QLatin1Char('='), 0, 0);
        const std::optional<SandboxFaults::Fault> fault = SandboxFaults::fromName(name);
        if (!fault) {
            fail(kCommand, tr("there is no fault \"%1\" (see keyway sandbox faults)").arg(name));
            return exit(2);
        }
        const Result<int> value = SandboxFaults::parseValue(SandboxFaults::info(*fault),
            spec.contains(QLatin1Char('=')) ? spec.section(QLatin1Char('='), 1) : QStringLiteral("on"));
        if (!value.ok()) {
            fail(kCommand, value.error().message);
            return exit(2);
        }
        faults.append({*fault, value.value()});
    }

    // Before listening: SIGINT or SIGTERM from now on ends the command cleanly (the port released, the store
    // closed), whatever standard input is.
    m_signals = std::make_unique<SignalWatcher>();
    QObject::connect(m_signals.get(), &SignalWatcher::received, [exit](int signal) {
        err() << "keyway " << kCommand << ": " << tr("%1 received; stopping").arg(SignalWatcher::name(signal)) << Qt::endl;
        exit(0);
    });
    const Error error = m_server->start(m_server->preferredPort());
    if (!error.isNull()) {
        fail(kCommand, error.toString());
        return exit(1);
    }
    if (ttl > 0)
        m_server->setAccessTokenLifetime(std::chrono::seconds(ttl));
    if (interval > 0)
        m_server->setDeviceInterval(std::chrono::seconds(interval));
    for (const auto &f : faults) {
        if (const Error e = m_server->setFaultValue(f.first, f.second); !e.isNull()) {
            fail(kCommand, e.toString());
            return exit(1);
        }
    }
    if (m_server->state() == SandboxServer::State::RunningElsewhere) {
        err() << "keyway " << kCommand << ": "
              << tr("another Keyway process already serves this sandbox at %1; keyway sandbox fault works on it from here")
                     .arg(m_server->issuer())
              << Qt::endl;
        return exit(0);
    }

    QObject::connect(m_server.get(), &SandboxServer::requestServed, [](const QString &method, const QString &path, int status) {
        err() << method << ' ' << path << " -> " << status << Qt::endl;
    });
    // One JSON line on stdout, as the test peers print, so scripts can start it and read where it listens.
    QJsonObject listening {{QStringLiteral("issuer"), m_server->issuer()}, {QStringLiteral("port"), int(m_server->port())},
        {QStringLiteral("store"), m_server->store().path()}};
    // The mutual-TLS personality's origin (RFC 8705), when its listener could start beside the plain one.
    if (const QString mtls = m_server->mtlsIssuer(); !mtls.isEmpty())
        listening.insert(QStringLiteral("mtls_issuer"), mtls);
    out() << QJsonDocument(listening).toJson(QJsonDocument::Compact) << Qt::endl;
    err() << (m_server->store().isPersistent()
            ? tr("Keyway Sandbox running at %1 from %2 (public client keyway-sandbox; keyway-sandbox-confidential / "
                 "sandbox-secret). Ctrl+C or SIGTERM stops it.")
                  .arg(m_server->issuer(), m_server->store().path())
            : tr("Keyway Sandbox running at %1 from memory (public client keyway-sandbox; "
                 "keyway-sandbox-confidential / sandbox-secret). Ctrl+C or SIGTERM stops it.")
                  .arg(m_server->issuer()))
          << Qt::endl;
}

void SandboxCommand::listFaults(const QCommandLineParser &parser, const Exit &exit)
{
    const QJsonObject status = m_server->provider().status();
    const SandboxServer::PortHolder holder = m_server->probe(m_server->preferredPort(), 1000);
    const QString issuer = QStringLiteral("http://127.0.0.1:%1").arg(m_server->preferredPort());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = status;
        json.insert(QStringLiteral("issuer"), issuer);
        json.insert(QStringLiteral("served"), holder == SandboxServer::PortHolder::ThisSandbox);
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return exit(0);
    }
    QString serving;
    switch (holder) {
    case SandboxServer::PortHolder::ThisSandbox:
        serving = tr("served now");
        break;
    case SandboxServer::PortHolder::Nobody:
        serving = tr("not served now: the next Keyway that needs it serves it");
        break;
    case SandboxServer::PortHolder::OtherSandbox:
        serving = tr("its port is held by a Keyway Sandbox that is not yours");
        break;
    case SandboxServer::PortHolder::OtherProgram:
        serving = tr("its port is held by a program that is not a Keyway Sandbox");
        break;
    }
    out() << tr("Keyway Sandbox at %1 (%2)").arg(issuer, serving) << '\n'
          << tr("Store: %1").arg(m_server->store().path()) << "\n\n";
    for (const QJsonValue &v : status.value(QStringLiteral("faults")).toArray()) {
        const QJsonObject f = v.toObject();
        out() << f.value(QStringLiteral("name")).toString().leftJustified(26) << ' '
              << f.value(QStringLiteral("state")).toString().leftJustified(16) << ' '
              << f.value(QStringLiteral("title")).toString() << '\n'
              << "    " << f.value(QStringLiteral("description")).toString() << '\n'
              << "    " << tr("Keyway should %1").arg(f.value(QStringLiteral("expected")).toString()) << "\n\n";
    }
    out() << tr("Switch one with: keyway sandbox fault NAME on|off|VALUE (actions run at once)") << Qt::endl;
    exit(0);
}

void SandboxCommand::listPersonalities(const QCommandLineParser &parser, const Exit &exit)
{
    QJsonArray list;
    for (const SandboxPersonality &p : SandboxPersonality::personalities()) {
        QJsonArray auth;
        for (const SandboxPersonality::ClientAuth method : p.clientAuth)
            auth.append(SandboxPersonality::clientAuthName(method));
        list.append(QJsonObject {{QStringLiteral("client_id"), p.clientId}, {QStringLiteral("integration"), p.integrationId},
            {QStringLiteral("title"), p.title}, {QStringLiteral("description"), p.description},
            {QStringLiteral("expected"), p.expected}, {QStringLiteral("client_auth"), auth}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return exit(0);
    }
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        out() << tr("%1 (client %2): keyway connect %3")
                     .arg(p.value(QStringLiteral("title")).toString(), p.value(QStringLiteral("client_id")).toString(),
                         p.value(QStringLiteral("integration")).toString())
              << '\n'
              << "    " << p.value(QStringLiteral("description")).toString() << '\n'
              << "    " << tr("Keyway should %1").arg(p.value(QStringLiteral("expected")).toString()) << "\n\n";
    }
    out() << tr("Confidential ones take the client secret sandbox-secret (--client-id ID --client-secret-stdin).") << Qt::endl;
    exit(0);
}

void SandboxCommand::registerClientKey(const QStringList &args, const Exit &exit)
{
    const QString clientId = args.at(1);
    const SandboxPersonality *client = SandboxPersonality::find(clientId);
    if (!client || !client->accepts(SandboxPersonality::ClientAuth::PrivateKeyJwt)) {
        fail(kCommand,
            tr("%1 is not a sandbox client that uses private_key_jwt (see keyway sandbox personalities)").arg(clientId.left(64)));
        return exit(2);
    }
    QFile file(args.at(2));
    if (file.size() > PrivateKey::kMaxPemSize || !file.open(QIODevice::ReadOnly)) {
        fail(kCommand, tr("cannot read %1").arg(args.at(2)));
        return exit(1);
    }
    const QByteArray content = file.readAll();
    // A public JWK (what `keyway key public` prints), or the PEM private key itself: only its public part is kept.
    QJsonObject jwk;
    if (const QJsonObject json = QJsonDocument::fromJson(content).object(); !json.isEmpty()) {
        const Result<Jwk> key = Jwk::fromJson(json);
        if (!key.ok()) {
            fail(kCommand, key.error().toString());
            return exit(1);
        }
        jwk = key.value().toPublicJson();
        if (!jwk.contains(QStringLiteral("kid")))
            jwk.insert(QStringLiteral("kid"), key.value().thumbprint());
    } else {
        const Result<PrivateKey> key = PrivateKey::fromPem(content);
        if (!key.ok()) {
            fail(kCommand, tr("%1 is neither a JWK nor a PEM private key: %2").arg(args.at(2), key.error().message));
            return exit(1);
        }
        jwk = key.value().publicJwk();
    }
    m_server->store().addClientKey(clientId, jwk);
    out() << tr("Registered the key %1 for %2").arg(jwk.value(QStringLiteral("kid")).toString(), clientId) << Qt::endl;
    exit(0);
}

void SandboxCommand::makeClientCertificate(const QCommandLineParser &parser, const Exit &exit)
{
    const SandboxPersonality *client = nullptr;
    for (const SandboxPersonality &p : SandboxPersonality::all()) {
        if (p.accepts(SandboxPersonality::ClientAuth::SelfSignedTlsClientAuth)) {
            client = &p;
            break;
        }
    }
    const QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty() || !client) {
        fail(kCommand, tr("give --out FOLDER for the client certificate and its key (the key is not printed)"));
        return exit(2);
    }
    const QString certificatePath = QDir(folder).filePath(client->clientId + QStringLiteral(".pem"));
    const QString keyPath = QDir(folder).filePath(client->clientId + QStringLiteral("-key.pem"));
    for (const QString &path : {certificatePath, keyPath}) {
        if (QFile::exists(path)) {
            fail(kCommand, tr("%1 already exists; remove it or choose another folder").arg(path));
            return exit(1);
        }
    }
    if (!QDir().mkpath(folder)) {
        fail(kCommand, tr("cannot make the folder %1").arg(folder));
        return exit(1);
    }
    // RFC 8705 §2.2: self-signed, for TLS client authentication only; the sandbox knows it by its registration.
    const Result<SelfSignedCertificate> made = m_server->provider().registerClientCertificate(client->clientId);
    if (!made) {
        fail(kCommand, made.error().toString());
        return exit(1);
    }
    // Owner-only from the moment they exist, the key above all; never over a file that is there.
    const auto write = [](const QString &path, const QByteArray &contents) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return false;
        return file.write(contents) == contents.size() && file.flush();
    };
    if (!write(keyPath, made.value().keyPem) || !write(certificatePath, made.value().certificatePem)) {
        QFile::remove(keyPath);
        QFile::remove(certificatePath);
        fail(kCommand, tr("cannot write the client certificate and its key to %1").arg(folder));
        return exit(1);
    }
    const QString thumbprint = SandboxProvider::certificateThumbprint(QSslCertificate(made.value().certificatePem, QSsl::Pem));
    out() << tr("Registered the client certificate %1 for %2.").arg(thumbprint, client->clientId) << '\n'
          << tr("Certificate: %1").arg(certificatePath) << '\n'
          << tr("Private key: %1 (mode 0600)").arg(keyPath) << '\n'
          << tr("Connect with: keyway connect %1 --client-id %2 --client-cert %3 --client-key-stdin < %4")
                 .arg(client->integrationId, client->clientId, certificatePath, keyPath)
          << Qt::endl;
    exit(0);
}

void SandboxCommand::switchFault(const QStringList &args, const Exit &exit)
{
    const QString name = args.at(1);
    const QString value = args.value(2, QStringLiteral("on"));
    const auto report = [this, name] {
        const QMap<QString, int> values = m_server->store().faultValues();
        for (const SandboxFaults::Info &info : SandboxFaults::catalog()) {
            if (name == QLatin1String("all") || info.name == name)
                out() << info.name.leftJustified(26) << ' '
                      << SandboxFaults::commandLineState(info.fault, values.value(info.name)) << '\n';
        }
        out().flush();
    };
    if (name == QLatin1String("all")) {
        if (value != QLatin1String("off")) {
            fail(kCommand, tr("only \"keyway sandbox fault all off\" is possible"));
            return exit(2);
        }
        m_server->clearFaults();
        report();
        return exit(0);
    }
    const std::optional<SandboxFaults::Fault> fault = SandboxFaults::fromName(name);
    if (!fault) {
        fail(kCommand, tr("there is no fault \"%1\" (see keyway sandbox faults)").arg(name));
        return exit(2);
    }
    const Result<int> parsed = SandboxFaults::parseValue(SandboxFaults::info(*fault), value);
    if (!parsed.ok()) {
        fail(kCommand, parsed.error().message);
        return exit(2);
    }
    if (const Error e = m_server->setFaultValue(*fault, parsed.value()); !e.isNull()) {
        fail(kCommand, e.toString());
        return exit(1);
    }
    report();
    exit(0);
}

void SandboxCommand::showLog(const QCommandLineParser &parser, const Exit &exit)
{
    const QList<SandboxStore::LoggedRequest> requests = m_server->store().requests();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SandboxStore::LoggedRequest &r : requests)
            list.append(QJsonObject {
                {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(r.at).toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("method"), r.method}, {QStringLiteral("path"), r.path}, {QStringLiteral("status"), r.status}});
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return exit(0);
    }
    for (const SandboxStore::LoggedRequest &r : requests)
        out() << QDateTime::fromMSecsSinceEpoch(r.at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << r.method << ' '
              << r.path << " -> " << r.status << '\n';
    out().flush();
    exit(0);
}

void SandboxCommand::reset(const Exit &exit)
{
    m_server->store().reset();
    out() << tr("The Keyway Sandbox forgot everything: keys, grants, tokens, accounts, faults, settings and its log. "
                "Connections to it need to be reconnected.")
          << Qt::endl;
    exit(0);
}

} // namespace keyway
