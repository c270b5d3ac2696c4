#pragma once

// The Keyway Sandbox's clients, each with a personality: a documented bundle of behaviours real providers show,
// so QA can rehearse them. A personality is chosen by the client id a connection uses; the catalogue has one
// entry per personality (resources/integrations/keyway-sandbox-*.json) that tells Keyway how to talk to it, so
// connecting "Keyway Sandbox (exact redirect)" is one click. Plain data, read by SandboxProvider; the Sandbox
// panel, `keyway sandbox personalities` and the README list them.

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace keyway {

class SandboxPersonality
{
public:
    // How a client proves who it is at the token endpoint (RFC 6749 §2.3, RFC 7523 §2.2, RFC 8705 §2.2).
    enum class ClientAuth { None, SecretBasic, SecretPost, PrivateKeyJwt, SelfSignedTlsClientAuth };
    // The shape of a successful token response.
    enum class TokenResponse {
        Json, // RFC 6749 §5.1
        NestedJson, // the §5.1 members inside {"ok": true, "data": {...}}
        Form, // the §5.1 members as application/x-www-form-urlencoded
    };

    QString clientId;
    QString integrationId; // the catalogue entry that connects with this client
    QString title; // "exact redirect": the part in brackets of the entry's name
    QString description; // what the sandbox does
    QString expected; // what Keyway should do, to be read after "Keyway should ..."
    QList<ClientAuth> clientAuth; // accepted methods; {None}: a public client
    // RFC 6749 §3.1.2: the one registered redirect URI, compared exactly, port included. Empty: any loopback
    // port with the path /callback (RFC 8252 §7.3).
    QString exactRedirectUri;
    bool accessTokensExpire = true; // false: no expires_in, the token lives until revoked, no refresh token
    TokenResponse tokenResponse = TokenResponse::Json;
    // token_type of the code exchange and of refreshes (RFC 6749 §5.1 and §7.1: case-insensitive).
    QString tokenType = QStringLiteral("Bearer");
    QString refreshTokenType = QStringLiteral("Bearer");
    // RFC 8628 §3.5: the first poll of each device code is answered authorization_pending, the second
    // slow_down, and from then on a poll sooner than the interval plus 5 s per slow_down is slow_down again.
    bool deviceSlowDown = false;
    // Refresh tokens that die, as Microsoft's (90 days unused), Xero's (60) and QuickBooks' (five years in all) do:
    // one not presented for refreshIdleLifetime is refused with invalid_grant, and so is any presented
    // refreshAbsoluteLifetime after the user's consent, used or not. Zero: never. SandboxProvider::setRefreshLifetimes
    // scales both down for tests.
    std::chrono::seconds refreshIdleLifetime {0};
    std::chrono::seconds refreshAbsoluteLifetime {0};
    // RFC 9449 §5.2 (dpop_bound_access_tokens): every token request must carry a DPoP proof, so every token is bound.
    bool requiresDpop = false;
    // RFC 9449 §8 and §9: the token endpoint and the demo API demand the sandbox's current nonce in every proof of
    // this client's requests, answering use_dpop_nonce with a DPoP-Nonce header until they get it.
    bool demandsDpopNonce = false;

    bool isPublic() const { return clientAuth == QList<ClientAuth> {ClientAuth::None}; }
    bool accepts(ClientAuth method) const { return clientAuth.contains(method); }

    // The standard clients first (keyway-sandbox, keyway-sandbox-confidential), then the personalities.
    static const QList<SandboxPersonality> &all();
    // nullptr for a client the sandbox does not know.
    static const SandboxPersonality *find(const QString &clientId);
    // The personalities alone, without the two standard clients.
    static QList<SandboxPersonality> personalities();
    static QString clientAuthName(ClientAuth method); // "client_secret_basic", ...
    static QString clientIds(); // "keyway-sandbox, keyway-sandbox-confidential, ..." for error messages
};

} // namespace keyway
