#include "auth/BrowserLauncher.h"

#include "common/Log.h"

#include <QCoreApplication>
#include <QProcess>

namespace keyway {

namespace {
std::function<bool(const QUrl &)> &systemOpener()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}

QStringList platformOpener()
{
#if defined(Q_OS_MACOS)
    return {QStringLiteral("open")};
#elif defined(Q_OS_WIN)
    return {QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler")};
#else
    return {QStringLiteral("xdg-open")};
#endif
}
} // namespace

void BrowserLauncher::setSystemOpener(std::function<bool(const QUrl &)> opener)
{
    systemOpener() = std::move(opener);
}

QStringList BrowserLauncher::commandLine(const QString &command, const QUrl &url)
{
    QString chosen = command.trimmed();
    if (chosen.isEmpty())
        chosen = qEnvironmentVariable("KEYWAY_BROWSER").trimmed();
    if (chosen.isEmpty())
        return {};
    QStringList args = QProcess::splitCommand(chosen);
    const QString encoded = url.toString(QUrl::FullyEncoded);
    bool substituted = false;
    // "%s" as $BROWSER has it, "%u" as desktop entries do (Desktop Entry Specification, "The Exec key"); a fully
    // encoded URL holds neither, so the replacement cannot be replaced again.
    for (QString &arg : args) {
        for (const QLatin1String placeholder : {QLatin1String("%s"), QLatin1String("%u")}) {
            if (arg.contains(placeholder)) {
                arg.replace(placeholder, encoded);
                substituted = true;
            }
        }
    }
    if (!substituted)
        args << encoded;
    return args;
}

Error BrowserLauncher::open(const QUrl &url, const QString &command)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(QStringLiteral("browser_bad_url"),
            QCoreApplication::translate("BrowserLauncher", "Keyway will only open web addresses in a browser."), url.scheme());
    QStringList args = commandLine(command, url);
    if (args.isEmpty()) {
        if (systemOpener()) {
            if (systemOpener()(url))
                return {};
            return Error::make(QStringLiteral("browser_failed"),
                QCoreApplication::translate(
                    "BrowserLauncher", "The system browser could not be opened. Copy the link into a browser instead."));
        }
        args = platformOpener() << url.toString(QUrl::FullyEncoded);
    }
    const QString program = args.takeFirst();
    qCInfo(lcAuth) << "opening browser with" << program;
    if (!QProcess::startDetached(program, args))
        return Error::make(QStringLiteral("browser_failed"),
            QCoreApplication::translate(
                "BrowserLauncher", "The browser command could not be started. Copy the link into a browser instead."),
            program);
    return {};
}

} // namespace keyway
