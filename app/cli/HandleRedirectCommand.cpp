#include "cli/HandleRedirectCommand.h"

#include "http/RedirectHandoff.h"

namespace keyway {

void HandleRedirectCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("uri"), tr("The io.keyway.app: redirect URI the browser opened"));
}

void HandleRedirectCommand::run(CoreContext &, const QCommandLineParser &parser, Exit exit)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        fail(name(), tr("usage: %1").arg(QStringLiteral("keyway handle-redirect URI")));
        return exit(2);
    }
    auto *handoff = new RedirectHandoff();
    QObject::connect(handoff, &RedirectHandoff::delivered, handoff, [this, handoff, exit](const CallbackVerdict &verdict) {
        handoff->deleteLater();
        // The waiting Keyway has judged it, as the loopback listener's page would: say what it said.
        const QString text = verdict.title + QStringLiteral(": ") + verdict.message
            + (verdict.detail.isEmpty() ? QString() : QStringLiteral(" (") + verdict.detail + QLatin1Char(')'));
        if (verdict.success && verdict.endsWait) {
            err() << text << Qt::endl;
            return exit(0);
        }
        exit(fail(name(), text));
    });
    QObject::connect(handoff, &RedirectHandoff::failed, handoff, [this, handoff, exit](const Error &error) {
        handoff->deleteLater();
        exit(fail(name(), error.toString()));
    });
    handoff->deliver(args.first());
}

} // namespace keyway
