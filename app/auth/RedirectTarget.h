#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace keyway {

struct ProviderConfig;

// Where the provider sends the browser back to after sign-in, and so where Keyway waits (RFC 8252 §7):
//  - Loopback (§7.3): http://127.0.0.1:PORT/PATH, http://[::1]:PORT/PATH, or http://localhost:PORT/PATH where a
//    provider insists on the name (§8.3 prefers the IP literal). Port 0 means an ephemeral port, for providers
//    that ignore the port of a loopback redirect; a fixed port is for providers that compare it exactly.
//  - PrivateUseScheme (§7.1): io.keyway.app:/oauth2redirect. The desktop starts `keyway handle-redirect URI`
//    for that scheme (packaging/linux), which hands the response to the waiting Keyway.
// `registeredUri()` is what the user registers at the provider; `uri(port)` what goes into the requests.
struct RedirectTarget
{
    enum class Kind { Loopback, PrivateUseScheme };

    Kind kind = Kind::Loopback;
    QString host = QStringLiteral("127.0.0.1"); // Loopback: "127.0.0.1", "[::1]" or "localhost"
    quint16 port = 0; // Loopback: 0 = ephemeral
    QString path = QStringLiteral("/callback");

    // RFC 8252 §7.1: a scheme based on a domain name under the app's control, in reverse order (RFC 7595 §3.8),
    // and a single slash after the colon, as there is no authority. Registered by the .desktop file.
    static QString privateUseScheme() { return QStringLiteral("io.keyway.app"); }
    static QString privateUsePath() { return QStringLiteral("/oauth2redirect"); }
    static RedirectTarget privateUse();

    bool isLoopback() const { return kind == Kind::Loopback; }
    bool hasFixedPort() const { return kind == Kind::Loopback && port != 0; }
    // The redirect URI to register: with the port when it is fixed, without one when any port is accepted.
    QString registeredUri() const;
    // The exact redirect URI of one attempt, once the listener's port is known (ignored unless ephemeral).
    QString uri(quint16 boundPort) const;

    // Reads a redirect URI the user typed (`--redirect-uri`, the connect dialog): http on a loopback host with or
    // without a port, or Keyway's private-use scheme. Anything else is refused with a sentence saying why:
    // https or another host (Keyway cannot listen there), a query, fragment or user info (RFC 6749 §3.1.2),
    // another private-use scheme (the desktop would not hand it to Keyway).
    static Result<RedirectTarget> parse(const QString &uri);

    // The "oauth.redirect" object of an integration file (schema.json) that gives this target: loopback exact
    // with its port, loopback any_port, or a private-use scheme (loopback none, private_use_scheme true).
    QJsonObject integrationRedirect() const;

    static RedirectTarget fromConfig(const ProviderConfig &config);
    void applyTo(ProviderConfig &config) const;

    bool operator==(const RedirectTarget &other) const;
    bool operator!=(const RedirectTarget &other) const { return !(*this == other); }
};

} // namespace keyway
