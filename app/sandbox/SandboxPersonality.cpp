#include "sandbox/SandboxPersonality.h"

#include <QCoreApplication>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SandboxPersonality)
};

QList<SandboxPersonality> build()
{
    using A = SandboxPersonality::ClientAuth;
    using R = SandboxPersonality::TokenResponse;
    QList<SandboxPersonality> list;
    const auto add = [&](const char *clientId, const char *integrationId, const QString &title, const QString &description,
                         const QString &expected, QList<A> auth = {A::None}) -> SandboxPersonality & {
        SandboxPersonality p;
        p.clientId = QString::fromLatin1(clientId);
        p.integrationId = QString::fromLatin1(integrationId);
        p.title = title;
        p.description = description;
        p.expected = expected;
        p.clientAuth = auth;
        list.append(p);
        return list.last();
    };

    add("keyway-sandbox", "keyway-sandbox", Tr::tr("standard"),
        Tr::tr("A public client: PKCE S256, any loopback port with the path /callback (RFC 8252 §7.3), rotating refresh "
               "tokens with reuse detection, the authorization code, device and refresh grants."),
        Tr::tr("connect with PKCE on an ephemeral loopback port and refresh without asking the user."));
    add("keyway-sandbox-confidential", "keyway-sandbox", Tr::tr("confidential"),
        Tr::tr("A confidential client with the published secret sandbox-secret, by client_secret_basic or "
               "client_secret_post; the only client allowed the client credentials grant."),
        Tr::tr("authenticate with the secret kept in the keychain and renew client credentials tokens on its own."),
        {A::SecretBasic, A::SecretPost});

    add("keyway-sandbox-exact-redirect", "keyway-sandbox-exact-redirect", Tr::tr("exact redirect"),
        Tr::tr("Only the registered redirect URI http://127.0.0.1:27660/callback is accepted, compared exactly, port "
               "included, as Dropbox, X and Xero do. Any other redirect URI gets an error page and is never redirected "
               "to (RFC 6749 §4.1.2.1)."),
        Tr::tr("listen on the registered port 27660, send exactly that redirect URI and connect; when another program holds "
               "that port, say so instead of trying another one (a sign-in with another redirect URI stops at the "
               "provider's error page)."))
        .exactRedirectUri
        = QStringLiteral("http://127.0.0.1:27660/callback");
    add("keyway-sandbox-reuse-detection", "keyway-sandbox-reuse-detection", Tr::tr("refresh reuse detection"),
        Tr::tr("Every refresh returns a new refresh token and spends the old one; a refresh token presented twice "
               "revokes the whole grant, as oidc-provider and many providers do (RFC 9700 §4.14.2)."),
        Tr::tr("keep the new refresh token of every refresh and never send a spent one; when a spent one was "
               "presented elsewhere and the grant is revoked, mark the connection as needing re-authorization."));
    add("keyway-sandbox-non-expiring", "keyway-sandbox-non-expiring", Tr::tr("non-expiring tokens"),
        Tr::tr("Access tokens never expire and token responses carry no expires_in and no refresh token, as GitHub "
               "OAuth apps and Slack do."),
        Tr::tr("connect, show the expiry as unknown, schedule no refresh and keep calling the API with the same token."))
        .accessTokensExpire
        = false;
    add("keyway-sandbox-nested-tokens", "keyway-sandbox-nested-tokens", Tr::tr("nested token response"),
        Tr::tr("The token response puts the RFC 6749 §5.1 members inside an object: {\"ok\": true, \"data\": "
               "{\"access_token\": ...}}, as Withings and Slack do."),
        Tr::tr("read the tokens at the paths the catalogue entry names (data.access_token, ...), connect and refresh."))
        .tokenResponse
        = R::NestedJson;
    add("keyway-sandbox-form-response", "keyway-sandbox-form-response", Tr::tr("form-encoded token response"),
        Tr::tr("The token endpoint answers application/x-www-form-urlencoded instead of JSON, as GitHub does without "
               "an Accept header."),
        Tr::tr("read the form-encoded token response as the catalogue entry says, connect and refresh."))
        .tokenResponse
        = R::Form;
    {
        SandboxPersonality &p
            = add("keyway-sandbox-odd-token-type", "keyway-sandbox-odd-token-type", Tr::tr("odd-case token_type"),
                Tr::tr("token_type comes as \"bearer\" from the code exchange and \"BEARER\" from refreshes (RFC 6749 §5.1 "
                       "makes it case-insensitive)."),
                Tr::tr("take either as Bearer and send Authorization: Bearer on API requests."));
        p.tokenType = QStringLiteral("bearer");
        p.refreshTokenType = QStringLiteral("BEARER");
    }
    add("keyway-sandbox-basic-only", "keyway-sandbox-basic-only", Tr::tr("client_secret_basic only"),
        Tr::tr("A confidential client (secret sandbox-secret) that must authenticate with HTTP Basic; the secret in "
               "the request body is refused with 401 invalid_client."),
        Tr::tr("send the client secret with HTTP Basic only (RFC 6749 §2.3.1), never in the body."), {A::SecretBasic});
    add("keyway-sandbox-post-only", "keyway-sandbox-post-only", Tr::tr("client_secret_post only"),
        Tr::tr("A confidential client (secret sandbox-secret) that must send client_id and client_secret in the request "
               "body; HTTP Basic is refused with 401 invalid_client."),
        Tr::tr("send the client secret in the body only (client_secret_post), never in an Authorization header."),
        {A::SecretPost});
    add("keyway-sandbox-private-key-jwt", "keyway-sandbox-private-key-jwt", Tr::tr("private_key_jwt"),
        Tr::tr("A confidential client that authenticates with a JWT signed by its private key (RFC 7523 §2.2): the "
               "public key is registered with keyway sandbox client-key keyway-sandbox-private-key-jwt FILE; the "
               "assertion's signature, iss and sub, aud (the issuer or the token endpoint), exp and jti are checked, "
               "and a jti used twice is refused."),
        Tr::tr("sign a new assertion with a fresh jti and a short exp for every token request, addressed to the "
               "issuer, and keep the private key in the keychain only."),
        {A::PrivateKeyJwt});
    add("keyway-sandbox-device-slow-down", "keyway-sandbox-device-slow-down", Tr::tr("device flow slow_down"),
        Tr::tr("The device flow answers authorization_pending until the user approves (and to the first poll of every "
               "device code, however quick the user), and slow_down to the second; every slow_down adds 5 s to the "
               "interval, and a poll sooner than that is answered slow_down again (RFC 8628 §3.5)."),
        Tr::tr("keep polling on authorization_pending, add 5 s to its interval for good on slow_down and connect once "
               "the user approves."))
        .deviceSlowDown
        = true;
    {
        SandboxPersonality &p
            = add("keyway-sandbox-expiring-refresh", "keyway-sandbox-expiring-refresh", Tr::tr("expiring refresh tokens"),
                Tr::tr("Refresh tokens die when left unused for 2 minutes, as Microsoft's do after 90 days and Xero's after 60, "
                       "and every grant ends 10 minutes after consent, used or not, as QuickBooks' do after five years: the "
                       "token endpoint answers invalid_grant. Each refresh returns a new refresh token with 2 minutes to live."),
                Tr::tr("renew a refresh token that would lapse unused (keyway keep-alive, or the window left running), warn "
                       "\"Reconnect before\" as the grant's end nears, and once it has ended mark the connection as needing "
                       "re-authorization."));
        p.refreshIdleLifetime = std::chrono::seconds(120);
        p.refreshAbsoluteLifetime = std::chrono::seconds(600);
    }
    {
        SandboxPersonality &p = add("keyway-sandbox-dpop", "keyway-sandbox-dpop", Tr::tr("DPoP"),
            Tr::tr("A public client whose tokens are bound to a key (DPoP, RFC 9449): every token request must carry a "
                   "proof signed by the client's key, and the proof is checked as §4.3 says (typ, an asymmetric alg, the "
                   "signature with its own jwk, method, URL, age, a jti used once). Access tokens come as token_type "
                   "DPoP bound with cnf.jkt, refresh tokens stay bound to the same key, and the token endpoint and the "
                   "demo API demand the sandbox's nonce (use_dpop_nonce). The API refuses a bound token sent as Bearer "
                   "or with a proof signed by another key."),
            Tr::tr("make a key pair for the connection, sign a new proof for every token, refresh and API request, send "
                   "the request once more with the nonce the sandbox asks for, and call the API with the DPoP scheme."));
        p.requiresDpop = true;
        p.demandsDpopNonce = true;
    }
    add("keyway-sandbox-mtls", "keyway-sandbox-mtls", Tr::tr("mutual TLS"),
        Tr::tr("A confidential client that authenticates with a self-signed TLS client certificate (RFC 8705 §2.2, "
               "self_signed_tls_client_auth) at the sandbox's TLS listener, https://127.0.0.1:47232, which discovery names "
               "in mtls_endpoint_aliases. The certificate is made and registered with keyway sandbox client-cert --out "
               "FOLDER; a request without it, or with another one, is refused with 401 invalid_client. Access tokens are "
               "bound to it (cnf x5t#S256, RFC 8705 §3.1), and the demo API and userinfo at the TLS listener refuse a bound "
               "token sent over a connection without that certificate (401 invalid_token)."),
        Tr::tr("trust the sandbox's self-signed server certificate for its TLS origin only, present the client "
               "certificate to the token endpoint alias and the API, keep its private key in the keychain, and call the "
               "API with the bound token."),
        {A::SelfSignedTlsClientAuth});
    return list;
}

} // namespace

const QList<SandboxPersonality> &SandboxPersonality::all()
{
    static const QList<SandboxPersonality> list = build();
    return list;
}

const SandboxPersonality *SandboxPersonality::find(const QString &clientId)
{
    for (const SandboxPersonality &p : all()) {
        if (p.clientId == clientId)
            return &p;
    }
    return nullptr;
}

QList<SandboxPersonality> SandboxPersonality::personalities()
{
    return all().mid(2);
}

QString SandboxPersonality::clientAuthName(ClientAuth method)
{
    switch (method) {
    case ClientAuth::None:
        return QStringLiteral("none");
    case ClientAuth::SecretBasic:
        return QStringLiteral("client_secret_basic");
    case ClientAuth::SecretPost:
        return QStringLiteral("client_secret_post");
    case ClientAuth::PrivateKeyJwt:
        return QStringLiteral("private_key_jwt");
    case ClientAuth::SelfSignedTlsClientAuth:
        return QStringLiteral("self_signed_tls_client_auth");
    }
    return {};
}

QString SandboxPersonality::clientIds()
{
    QStringList ids;
    for (const SandboxPersonality &p : all())
        ids << p.clientId;
    return ids.join(QStringLiteral(", "));
}

} // namespace keyway
