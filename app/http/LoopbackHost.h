#pragma once

// The one rule for "this host name is the loopback interface", used wherever plain http is allowed because the
// traffic never leaves the machine (RFC 8252 §8.3): URL checks of integration files and requests, the catalogue's
// credential origins, git's credential requests.
#include <QString>

namespace keyway {

// "localhost" (RFC 6761 §6.3; names under it are not trusted to resolve to loopback), any 127.0.0.0/8 address,
// ::1 and ::ffff:127.x.y.z, with or without the brackets of a URL's IPv6 host.
bool isLoopbackHost(const QString &host);

} // namespace keyway
