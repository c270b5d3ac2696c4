#include "cli/KeepAliveCommand.h"

#include "core/ConnectionService.h"
#include "core/CoreContext.h"
#include "core/Keeper.h"

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
    parser.addOption({QStringLiteral("margin-days"),
        QStringLiteral("Renew a refresh token this many days before it would lapse unused (default 3)"), QStringLiteral("N"),
        QStringLiteral("3")});
    parser.addOption({QStringLiteral("warn-days"),
        QStringLiteral("Warn this many days before a grant reaches its provider's absolute lifetime (default 14)"),
        QStringLiteral("N"), QStringLiteral("14")});
}

void KeepAliveCommand::run(CoreContext &core, const QCommandLineParser &parser, Exit exit)
{
    if (!parser.positionalArguments().isEmpty())
        return exit(fail(name(), QStringLiteral("takes no CONNECTION: it looks at every connection")));
    const auto margin = days(parser.value(QStringLiteral("margin-days")));
    const auto warn = days(parser.value(QStringLiteral("warn-days")));
    if (!margin || !warn) {
        fail(name(), QStringLiteral("--margin-days and --warn-days take a whole number of days from 0 to 3650"));
        return exit(2);
    }
    Keeper::Options options;
    options.marginSeconds = *margin;
    options.warnSeconds = *warn;
    m_keeper = std::make_unique<Keeper>(core.service());
    m_keeper->run(options, [exit](const QList<KeeperReport> &reports) {
        bool failed = false;
        for (const KeeperReport &r : reports) {
            out() << r.connectionId.left(8) << "  " << r.label.leftJustified(24) << "  " << r.word().leftJustified(9) << "  "
                  << r.sentence() << Qt::endl;
            failed = failed || r.failed();
        }
        if (reports.isEmpty())
            err() << "keyway keep-alive: no connection holds a refresh token" << Qt::endl;
        exit(failed ? 1 : 0);
    });
}

} // namespace keyway
