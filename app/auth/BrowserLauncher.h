#pragma once

#include "common/Error.h"

#include <QUrl>

#include <functional>

namespace keyway {

// Opens an authorization (or verification) URL the way the user asked:
//   1. an explicit command (setting in the window, `--browser CMD` on the command line), else
//   2. the KEYWAY_BROWSER environment variable, else
//   3. the system's default browser: QDesktopServices in the window (installed by the GUI through
//      setSystemOpener, because the core does not link Qt Gui), xdg-open / open / start on the command line.
// Commands follow the $BROWSER convention: "%s" (or "%u", as in desktop entries) is replaced by the URL,
// otherwise the URL is appended. The
// command is split into arguments and started directly, never through a shell, so a URL cannot inject one.
class BrowserLauncher
{
public:
    static Error open(const QUrl &url, const QString &command = {});
    static void setSystemOpener(std::function<bool(const QUrl &)> opener);
    // The program and arguments a command resolves to for `url` (empty program: use the system opener).
    static QStringList commandLine(const QString &command, const QUrl &url);
};

} // namespace keyway
