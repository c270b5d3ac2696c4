#pragma once

#include "store/ConnectionRecord.h"

#include <QString>

namespace keyway {

// What one connection can do, read from its own stored settings (the endpoints it resolved when it was made,
// by discovery or from the catalogue), never from the catalogue entry as it is today: a connection made through
// "OpenID Connect (discovery)" revokes and introspects where its provider's metadata said (RFC 8414 §2), whatever
// the generic catalogue entry lists. The window asks this before offering Refresh, Introspect or saying what
// Disconnect will do.
struct ConnectionCapabilities
{
    bool renewable = false; // an OAuth token Keyway can renew without the user (refresh, a new assertion, ...)
    bool revocable = false; // RFC 7009: the connection has a revocation endpoint
    bool introspectable = false; // RFC 7662: the connection has an introspection endpoint
    bool identifiable = false; // a userinfo / "who am I" URL the start-up check can ask with the token
    QString revocationUrl;
    QString introspectionUrl;

    static ConnectionCapabilities of(const ConnectionRecord &record);
};

} // namespace keyway
