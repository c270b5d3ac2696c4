#include "core/KeeperTimer.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace keyway {

namespace {

constexpr int kSystemctlTimeoutMs = 30000;

QString unitPath(const char *name)
{
    return KeeperTimer::unitFolder() + QLatin1Char('/') + QLatin1String(name);
}

// Owner-only, as everything Keyway writes; written whole or not at all.
Error writeOwnerOnly(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return Error::make(QStringLiteral("unit_not_written"),
            QCoreApplication::translate("KeeperTimer", "Keyway could not write %1.").arg(path), file.errorString());
    return {};
}

} // namespace

KeeperTimer::KeeperTimer(QObject *parent)
    : QObject(parent)
{
}

QString KeeperTimer::unitFolder()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    // XDG Base Directory: a relative value is invalid and ignored.
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

bool KeeperTimer::isInstalled()
{
    return QFile::exists(unitPath(kTimerName)) && QFile::exists(unitPath(kServiceName));
}

QString KeeperTimer::serviceUnit(const QString &executable)
{
    // systemd.service(5): ExecStart's first word may be quoted; '%' starts a specifier and is written "%%". A quote,
    // a backslash or a line break in the path would need escapes systemd reads differently: refused.
    if (!QDir::isAbsolutePath(executable) || executable.contains(QLatin1Char('"')) || executable.contains(QLatin1Char('\\'))
        || executable.contains(QLatin1Char('\n')) || executable.contains(QLatin1Char('\r')))
        return {};
    QString path = executable;
    path.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (path.contains(QLatin1Char(' ')) || path.contains(QLatin1Char('\t')))
        path = QLatin1Char('"') + path + QLatin1Char('"');
    return QStringLiteral("[Unit]\n"
                          "Description=Keyway: renew refresh tokens before they lapse unused\n"
                          "Documentation=man:keyway(1)\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%1 keep-alive\n")
        .arg(path);
}

QString KeeperTimer::timerUnit()
{
    // systemd.timer(5): Persistent=true runs a missed day's pass at the next start; the random delay keeps every
    // Keyway of a site from calling the providers in the same minute.
    return QStringLiteral("[Unit]\n"
                          "Description=Keyway: keep grants alive, daily\n"
                          "Documentation=man:keyway(1)\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=daily\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=1h\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n");
}

QString KeeperTimer::systemctl() const
{
    if (qEnvironmentVariableIsSet("KEYWAY_SYSTEMCTL"))
        return qEnvironmentVariable("KEYWAY_SYSTEMCTL");
    return QStandardPaths::findExecutable(QStringLiteral("systemctl"));
}

void KeeperTimer::install(const QString &executable, Done done)
{
    Outcome outcome;
    const QString service = serviceUnit(executable);
    if (service.isEmpty()) {
        outcome.error = Error::make(QStringLiteral("unit_not_written"),
            tr("systemd cannot run Keyway from %1: move it to a path without quotes, backslashes or line breaks.")
                .arg(executable));
        return done(outcome);
    }
    const QString folder = unitFolder();
    if (!QDir().mkpath(folder)) {
        outcome.error = Error::make(QStringLiteral("unit_not_written"), tr("Keyway could not create %1.").arg(folder));
        return done(outcome);
    }
    for (const auto &[name, text] : {qMakePair(kServiceName, service), qMakePair(kTimerName, timerUnit())}) {
        const QString path = unitPath(name);
        if (const Error e = writeOwnerOnly(path, text); !e.isNull()) {
            outcome.error = e;
            return done(outcome);
        }
        outcome.files << path;
    }
    runSystemctl({{QStringLiteral("--user"), QStringLiteral("daemon-reload")},
                     {QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"), QLatin1String(kTimerName)}},
        outcome, std::move(done));
}

void KeeperTimer::uninstall(Done done)
{
    // Disabled first, while the unit files still say what to disable; then removed and the manager reloaded.
    QPointer<KeeperTimer> self(this);
    runSystemctl({{QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), QLatin1String(kTimerName)}}, {},
        [self, done](const Outcome &disabled) {
            if (!self)
                return;
            Outcome outcome = disabled;
            for (const char *name : {kTimerName, kServiceName}) {
                const QString path = unitPath(name);
                if (!QFile::exists(path))
                    continue;
                if (!QFile::remove(path)) {
                    outcome.error = Error::make(QStringLiteral("unit_not_removed"), tr("Keyway could not remove %1.").arg(path));
                    return done(outcome);
                }
                outcome.files << path;
            }
            if (!outcome.managerTold)
                return done(outcome);
            self->runSystemctl({{QStringLiteral("--user"), QStringLiteral("daemon-reload")}}, outcome, done);
        });
}

void KeeperTimer::runSystemctl(QList<QStringList> commands, Outcome outcome, Done done)
{
    const QString program = systemctl();
    if (program.isEmpty()) {
        outcome.managerTold = false;
        outcome.managerNote
            = tr("systemctl was not found (or KEYWAY_SYSTEMCTL is empty): the timer runs once systemd's user manager loads it "
                 "(systemctl --user daemon-reload && systemctl --user enable --now %1).")
                  .arg(QLatin1String(kTimerName));
        return done(outcome);
    }
    if (commands.isEmpty()) {
        outcome.managerTold = true;
        return done(outcome);
    }
    const QStringList args = commands.takeFirst();
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    QPointer<KeeperTimer> self(this);
    const auto failed = [self, outcome, done, args, process](const QString &why) {
        process->deleteLater();
        if (!self)
            return;
        Outcome told = outcome;
        told.managerTold = false;
        told.managerNote = KeeperTimer::tr("systemd's user manager did not take \"systemctl %1\" (%2): the files are in "
                                           "place; in your desktop session run: systemctl --user daemon-reload && "
                                           "systemctl --user enable --now %3")
                               .arg(args.join(QLatin1Char(' ')), why.trimmed().left(300), QLatin1String(kTimerName));
        done(told);
    };
    connect(process, &QProcess::errorOccurred, this, [process, failed](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failed(process->errorString());
    });
    connect(process, &QProcess::finished, this,
        [self, process, commands, outcome, done, failed](int code, QProcess::ExitStatus status) mutable {
            if (status != QProcess::NormalExit || code != 0)
                return failed(QString::fromLocal8Bit(process->readAll()));
            process->deleteLater();
            if (self)
                self->runSystemctl(commands, outcome, done);
        });
    // A user manager that hangs must not hold the command forever.
    QTimer::singleShot(kSystemctlTimeoutMs, process, [process] { process->kill(); });
    qCInfo(lcService) << "systemctl" << args;
    process->start(program, args);
}

} // namespace keyway
