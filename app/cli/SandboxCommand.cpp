#include "cli/SandboxCommand.h"

#include "sandbox/SandboxControlClient.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <unistd.h>
#endif

namespace keyway {

namespace {

const QString kCommand = QStringLiteral("sandbox");

// "refresh-invalid-grant  on, next 1"
QString stateText(const QJsonObject &fault)
{
    if (fault.value(QStringLiteral("kind")).toString() == QLatin1String("action"))
        return QStringLiteral("action");
    const int value = fault.value(QStringLiteral("value")).toInt();
    if (value == 0)
        return QStringLiteral("off");
    if (fault.value(QStringLiteral("kind")).toString() == QLatin1String("value"))
        return QStringLiteral("on, %1 ms").arg(value);
    if (value == SandboxFaults::kUntilOff)
        return QStringLiteral("on");
    return QStringLiteral("on, next %1").arg(value);
}

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
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("serve, faults or fault"));
    parser.addOption({QStringLiteral("port"),
        QStringLiteral("The sandbox's port on 127.0.0.1 (default %1; 0 for any free port with serve)")
            .arg(SandboxServer::kDefaultPort),
        QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("faults: print JSON")});
    parser.addOption({QStringLiteral("access-ttl"), QStringLiteral("serve: access token lifetime in seconds (default 3600)"),
        QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("device-interval"),
        QStringLiteral("serve: device flow polling interval in seconds (default 5)"), QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("fault"), QStringLiteral("serve: switch a fault on from the start (repeatable)"),
        QStringLiteral("NAME[=VALUE]")});
    parser.addOption({QStringLiteral("ignore-stdin"),
        QStringLiteral("serve: keep running when standard input closes (for running in the background)")});
}

void SandboxCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    Q_UNUSED(core)
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("serve") && args.size() == 1)
        return serve(parser, exit);
    if (action == QLatin1String("faults") && args.size() == 1)
        return listFaults(parser, exit);
    if (action == QLatin1String("fault") && (args.size() == 2 || args.size() == 3))
        return switchFault(parser, args, exit);
    fail(kCommand, QStringLiteral("usage: keyway sandbox serve [--port N] | faults [--json] | fault NAME [on|off|VALUE]"));
    exit(2);
}

SandboxControlClient &SandboxCommand::control(const QCommandLineParser &parser)
{
    if (!m_control) {
        m_control = std::make_unique<SandboxControlClient>();
        quint16 port = SandboxServer::kDefaultPort;
        parsePort(parser, &port);
        m_control->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    }
    return *m_control;
}

void SandboxCommand::serve(const QCommandLineParser &parser, const Exit &exit)
{
    quint16 port = 0;
    if (!parsePort(parser, &port)) {
        fail(kCommand, QStringLiteral("--port must be a whole number from 0 to 65535"));
        return exit(2);
    }
    m_server = std::make_unique<SandboxServer>();
    const auto seconds = [&](const char *option, int min, int max, int *out) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        *out = parser.value(name).toInt(&ok);
        if (ok && *out >= min && *out <= max)
            return true;
        fail(kCommand, QStringLiteral("--%1 must be a whole number of seconds from %2 to %3").arg(name).arg(min).arg(max));
        return false;
    };
    int ttl = 0;
    int interval = 0;
    if (!seconds("access-ttl", 1, 30 * 24 * 3600, &ttl) || !seconds("device-interval", 1, 60, &interval))
        return exit(2);
    if (ttl > 0)
        m_server->setAccessTokenLifetime(std::chrono::seconds(ttl));
    if (interval > 0)
        m_server->setDeviceInterval(std::chrono::seconds(interval));
    // Faults are checked before anything listens, so a typo fails fast.
    QList<QPair<SandboxFaults::Fault, int>> faults;
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        const QString name = spec.section(QLatin1Char('='), 0, 0);
        const std::optional<SandboxFaults::Fault> fault = SandboxFaults::fromName(name);
        if (!fault) {
            fail(kCommand, QStringLiteral("there is no fault \"%1\" (see keyway sandbox faults)").arg(name));
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

    const Error error = m_server->start(port);
    if (!error.isNull()) {
        fail(kCommand, error.toString());
        return exit(1);
    }
    if (m_server->state() == SandboxServer::State::RunningElsewhere) {
        err() << "keyway sandbox: a Keyway Sandbox already serves " << m_server->issuer()
              << " (another Keyway); switch its faults with keyway sandbox fault" << Qt::endl;
        return exit(0);
    }
    for (const auto &f : faults) {
        if (const Error e = m_server->setFaultValue(f.first, f.second); !e.isNull()) {
            fail(kCommand, e.toString());
            return exit(1);
        }
    }

    QObject::connect(m_server.get(), &SandboxServer::requestServed, [](const QString &method, const QString &path, int status) {
        err() << method << ' ' << path << " -> " << status << Qt::endl;
    });
    // One JSON line on stdout, as the test peers print, so scripts can start it and read where it listens.
    out() << QJsonDocument(
        QJsonObject {{QStringLiteral("issuer"), m_server->issuer()}, {QStringLiteral("port"), int(m_server->port())}})
                 .toJson(QJsonDocument::Compact)
          << Qt::endl;
    err() << "Keyway Sandbox running at " << m_server->issuer() << " (public client keyway-sandbox; "
          << "keyway-sandbox-confidential / sandbox-secret). Ctrl+C stops it." << Qt::endl;

#ifdef Q_OS_UNIX
    // Ends when standard input closes, so a test or script that dies never leaves the sandbox running.
    if (!parser.isSet(QStringLiteral("ignore-stdin"))) {
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, m_server.get());
        QObject::connect(notifier, &QSocketNotifier::activated, [notifier, exit] {
            char buffer[512];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0)
                return; // typed input means nothing; keep serving
            notifier->setEnabled(false);
            err() << "keyway sandbox: standard input closed; stopping" << Qt::endl;
            exit(0);
        });
    }
#endif
}

void SandboxCommand::listFaults(const QCommandLineParser &parser, const Exit &exit)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    control(parser).fetchStatus([json, exit](const Result<QJsonObject> &status) {
        if (json) {
            if (!status.ok()) {
                fail(kCommand, status.error().toString());
                return exit(1);
            }
            out() << QJsonDocument(status.value()).toJson(QJsonDocument::Indented);
            return exit(0);
        }
        // Without a running sandbox the catalogue is still worth reading; the states are unknown.
        QJsonArray faults;
        if (status.ok()) {
            out() << "Keyway Sandbox at " << status.value().value(QStringLiteral("issuer")).toString() << "\n\n";
            faults = status.value().value(QStringLiteral("faults")).toArray();
        } else {
            err() << "keyway sandbox: " << status.error().message << Qt::endl;
            SandboxFaults none;
            for (const SandboxFaults::Info &info : SandboxFaults::catalog())
                faults.append(none.toJson(info.fault));
        }
        for (const QJsonValue &v : faults) {
            const QJsonObject f = v.toObject();
            out() << f.value(QStringLiteral("name")).toString().leftJustified(26) << ' '
                  << (status.ok() ? stateText(f) : QStringLiteral("?")).leftJustified(12) << ' '
                  << f.value(QStringLiteral("title")).toString() << '\n'
                  << "    " << f.value(QStringLiteral("description")).toString() << '\n'
                  << "    Keyway should " << f.value(QStringLiteral("expected")).toString() << "\n\n";
        }
        out() << "Switch one with: keyway sandbox fault NAME on|off|VALUE (actions run at once)" << Qt::endl;
        exit(status.ok() ? 0 : 1);
    });
}

void SandboxCommand::switchFault(const QCommandLineParser &parser, const QStringList &args, const Exit &exit)
{
    const QString name = args.at(1);
    const QString value = args.value(2, QStringLiteral("on"));
    const auto report = [name, exit](const Result<QJsonObject> &status) {
        if (!status.ok()) {
            fail(kCommand, status.error().toString());
            return exit(1);
        }
        for (const QJsonValue &v : status.value().value(QStringLiteral("faults")).toArray()) {
            const QJsonObject f = v.toObject();
            if (name == QLatin1String("all") || f.value(QStringLiteral("name")).toString() == name)
                out() << f.value(QStringLiteral("name")).toString().leftJustified(26) << ' ' << stateText(f) << '\n';
        }
        out().flush();
        exit(0);
    };
    if (name == QLatin1String("all")) {
        if (value != QLatin1String("off")) {
            fail(kCommand, QStringLiteral("only \"keyway sandbox fault all off\" is possible"));
            return exit(2);
        }
        return control(parser).resetFaults(report);
    }
    const std::optional<SandboxFaults::Fault> fault = SandboxFaults::fromName(name);
    if (!fault) {
        fail(kCommand, QStringLiteral("there is no fault \"%1\" (see keyway sandbox faults)").arg(name));
        return exit(2);
    }
    const Result<int> parsed = SandboxFaults::parseValue(SandboxFaults::info(*fault), value);
    if (!parsed.ok()) {
        fail(kCommand, parsed.error().message);
        return exit(2);
    }
    control(parser).setFault(name, value, report);
}

} // namespace keyway
