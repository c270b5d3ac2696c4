#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keyway {

// Everything needed to create a connection, as the connect dialog or `keyway connect` collected it.
// Secret members are moved into the keychain and cleared from memory as soon as the connection is saved.
struct ConnectRequest
{
    QString integrationId; // catalogue id; "openid-connect" or empty with `issuer` for a bare issuer
    QString issuer; // OpenID Connect / RFC 8414 issuer to discover endpoints from
    QString authMode; // "oauth2_authorization_code", "api_key", ... (Integration::toString); empty: the first
    QString name; // the user's name for the connection; empty: the account label
    QString reconnectId; // set to re-authorize an existing connection in place

    // OAuth client
    QString clientId;
    QByteArray clientSecret;
    QByteArray privateKeyPem; // private_key_jwt / service account key
    QString privateKeyAlg; // "RS256" (default) or "ES256"
    QString keyId;
    // Set when the client secret or key above was taken from the keychain on a reconnect: the token endpoint
    // origin it is bound to (ClientCredentials::tokenOrigin). Not secret.
    QString keptSecretOrigin;
    // RFC 8705: a TLS client certificate and its private key, as PEM or as a PKCS#12 file with its password (opened
    // once by ConnectionPlanner). The certificate goes to the settings, the key to the keychain.
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QByteArray clientPkcs12;
    QByteArray clientPkcs12Password;
    QString clientAuthMethod; // override: client_secret_basic, client_secret_post, none, private_key_jwt, tls_client_auth, ...
    QByteArray serviceAccountJson; // a Google-style service account key file's content (JWT bearer)
    QString subject; // JWT bearer `sub` (domain-wide delegation)

    QStringList scopes; // unified scope ids and/or raw provider scopes; empty: the integration's defaults
    QMap<QString, QString> variables; // template variables ({{subdomain}}, ...)
    QMap<QString, QString> extraAuthorizationParams;
    QMap<QString, QString> extraTokenParams; // audience, resource, ...
    int pkce = -1; // -1: as the integration says; 0 off; 1 on
    int par = -1; // RFC 9126 pushed authorization requests. -1: as the integration and the server say; 1 on (`--par`)
    // RFC 9396 authorization details (`connect --authorization-details FILE`): replace the integration's; empty: as
    // the integration says. Checked with AuthorizationDetails::problem by whoever reads them.
    QJsonArray authorizationDetails;
    int dpop = -1; // RFC 9449 sender-constrained tokens. -1: as the integration says; 0 off; 1 on (`connect --dpop`)
    QString browserCommand; // empty: KEYWAY_BROWSER, then the system browser
    // False ("sign in on another device", `connect --no-browser`): nothing is opened; the authorization URL is shown
    // and the address the browser ended on is pasted back (ConnectAttempt::submitRedirect).
    bool openBrowser = true;
    // The exact redirect URI registered at the provider (RFC 8252 §7.1, §7.3): http://127.0.0.1:PORT/PATH or
    // io.keyway.app:/oauth2redirect; empty: as the integration declares. Kept by the connection for reconnect.
    QString redirectUri;

    // Credentials without a flow
    QByteArray apiKey;
    QString username;
    QByteArray password;
    QByteArray bearerToken; // a token pasted by hand (QA)
};

} // namespace keyway
