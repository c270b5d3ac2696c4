#pragma once

#include "core/ConnectionSettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyway {

// The origins a connection's credential may be sent to: its API base URL's, the ones its integration lists
// (api.origins), its who-am-I and userinfo endpoints' and the authorization server's (issuer, token,
// revocation, introspection, device authorization and key set endpoints), and any the user added to the
// connection's settings. A bearer token is usable by whoever receives it (RFC 6750 §5.2, §5.3: "never send it
// to an unauthenticated or untrusted party"), so ApiClient attaches it to no other origin unless the user
// allows that origin for the request, and never refreshes because another origin answered 401.
// Origins are compared as RFC 6454 §4 triples (scheme, host, port) and written in the §6.2 serialization,
// "https://api.example.com" (default port left out).
namespace CredentialOrigins {

// The RFC 6454 serialization of a URL's origin; empty when it has no scheme or host.
QString of(const QUrl &url);
// An origin as the user or a file writes it ("https://host[:port]", a trailing slash tolerated), serialized;
// empty when it is not one (a path, query, user info or another scheme).
QString parse(const QString &text);
// Every origin the connection's credential belongs to, serialized, without duplicates.
QStringList ofConnection(const ConnectionSettings &settings);
bool belongsTo(const ConnectionSettings &settings, const QUrl &url);

} // namespace CredentialOrigins

} // namespace keyway
