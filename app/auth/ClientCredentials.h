#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace keyway {

// The client's identity at the provider: client id plus whichever secret its authentication method needs
// (a client secret for client_secret_basic/post, a private key for private_key_jwt, nothing for "none").
// The secret JSON goes to the keychain only, never to SQLite, files or logs.
struct ClientCredentials
{
    QString clientId;
    QByteArray clientSecret;
    QByteArray privateKeyPem; // PKCS#8 / traditional PEM for private_key_jwt
    QString privateKeyAlg = QStringLiteral("RS256"); // JWS alg of the client assertion (RFC 7518 §3.1)
    QString keyId; // "kid" header of the client assertion, when registered
    // RFC 8705: the private key of the connection's TLS client certificate (PEM); the certificate itself is public
    // and kept in the settings (ProviderConfig::clientCertificate). See ClientCertificate.
    QByteArray tlsKeyPem;
    // The token endpoint origin (RFC 6454) the secret or key was first used with. Kept with it in the keychain,
    // so a changed integration file cannot send it to another host: a different origin means asking again.
    QString tokenOrigin;
    // RFC 9449: the connection's DPoP key (PKCS#8 PEM), generated for it when DPoP is on. Every proof of the
    // connection is signed with it, and the tokens bound to it are worth nothing without it; kept here so it lives
    // in the connection's one keychain entry with the tokens it binds.
    QByteArray dpopKeyPem;

    QJsonObject toSecretJson() const;
    // Missing members stay empty (privateKeyAlg keeps RS256).
    static ClientCredentials fromSecretJson(const QJsonObject &json);

    bool operator==(const ClientCredentials &o) const
    {
        return clientId == o.clientId && clientSecret == o.clientSecret && privateKeyPem == o.privateKeyPem
            && privateKeyAlg == o.privateKeyAlg && keyId == o.keyId && tlsKeyPem == o.tlsKeyPem && tokenOrigin == o.tokenOrigin
            && dpopKeyPem == o.dpopKeyPem;
    }
    bool operator!=(const ClientCredentials &o) const { return !(*this == o); }
};

} // namespace keyway
