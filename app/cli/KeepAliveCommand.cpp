#include "cli/KeepAliveCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/Keeper.h"
#include "core/KeeperTimer.h"

#include <QCoreApplication>

namespace keyway {

namespace {

// A whole number of days from 0 to 3650, or nullopt.
std::optional<qint64> days(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0 || n > 3650)
        return std::nullopt;
    return qint64(n) * 24 * 3600;
}

} // namespace

KeepAliveCommand::KeepAliveCommand() = default;
KeepAliveCommand::~KeepAliveCommand() = default;

void KeepAliveCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("margin-days"), tr("Renew a refresh token this many days before it would lapse unused (default 3)"),
            QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("warn-days"),
        tr("Warn this many days before a grant reaches its provider's absolute lifetime (default 14)"), QStringLiteral("N"),
        QStringLiteral("14")});
    parser.addOption(
        {QStringLiteral("install"), tr("Run keep-alive daily as a systemd user timer (missed days made up at the next start)")});
    parser.addOption({QStringLiteral("uninstall"), tr("Remove the systemd user timer")});
}

bool KeepAliveCommand::needsCore(const QCommandLineParser &parser) const
{
    return !parser.isSet(QStringLiteral("install")) && !parser.isSet(QStringLiteral("uninstall"));
}

void KeepAliveCommand::setUpTimer(bool install, Exit exit)
{
    m_timer = std::make_unique<KeeperTimer>();
    const auto report = [this, install, exit](const KeeperTimer::Outcome &outcome) {
        if (!outcome.error.isNull())
            return exit(fail(name(), outcome.error.toString()));
        for (const QString &file : outcome.files)
            out() << (install ? tr("Wrote %1") : tr("Removed %1")).arg(file) << Qt::endl;
        if (outcome.managerTold)
            out() << (install ? tr("The timer is enabled: keyway keep-alive runs daily (systemctl --user list-timers "
                                   "keyway-keep-alive.timer)")
                              : tr("The timer is disabled."))
                  << Qt::endl;
        else if (install || !outcome.files.isEmpty())
            err() << "keyway " << name() << ": " << outcome.managerNote << Qt::endl;
        if (!install && outcome.files.isEmpty())
            err() << "keyway " << name() << ": " << tr("no timer was installed in %1").arg(KeeperTimer::unitFolder()) << Qt::endl;
        exit(0);
    };
    if (install)
        m_timer->install(QCoreApplication::applicationFilePath(), report);
    else
        m_timer->uninstall(report);
}

void KeepAliveCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (!parser.positionalArguments().isEmpty())
        return exit(fail(name(), tr("takes no CONNECTION: it looks at every connection")));
    const bool install = parser.isSet(QStringLiteral("install"));
    if (install && parser.isSet(QStringLiteral("uninstall"))) {
        fail(name(), tr("give --install or --uninstall, not both"));
        return exit(2);
    }
    if (install || parser.isSet(QStringLiteral("uninstall")))
        return setUpTimer(install, exit);
    const auto margin = days(parser.value(QStringLiteral("margin-days")));
    const auto warn = days(parser.value(QStringLiteral("warn-days")));
    if (!margin || !warn) {
        fail(name(), tr("--margin-days and --warn-days take a whole number of days from 0 to 3650"));
        return exit(2);
    }
    Keeper::Options options;
    options.marginSeconds = *margin;
    options.warnSeconds = *warn;
    m_keeper = std::make_unique<Keeper>(core.service());
    m_keeper->run(options, [this, exit](const QList<KeeperReport> &reports) {
        bool failed = false;
        for (const KeeperReport &r : reports) {
            out() << r.connectionId.left(8) << "  " << r.label.leftJustified(24) << "  " << r.word().leftJustified(9) << "  "
                  << r.sentence() << Qt::endl;
            failed = failed || r.failed();
        }
        if (reports.isEmpty())
            err() << "keyway " << name() << ": " << tr("no connection holds a refresh token") << Qt::endl;
        exit(failed ? 1 : 0);
    });
}

} // namespace keyway
