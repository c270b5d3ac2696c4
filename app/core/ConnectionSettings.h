#pragma once

#include "auth/ProviderConfig.h"
#include "catalog/AuthMode.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace keyway {

// The non-secret configuration of one connection, stored as JSON in its SQLite record: everything needed to
// refresh, revoke and call the API later without going back to the catalogue (whose file may change).
struct ConnectionSettings
{
    // Stored as its text (Integration::toString). A missing or unknown one (a record written by hand, or by a
    // newer Keyway) reads as BearerToken: its access token is sent as it is and never renewed.
    AuthMode authMode = AuthMode::BearerToken;
    ProviderConfig provider; // OAuth modes: resolved endpoints and rules
    QString clientId;
    QString assertionAudience; // jwt_bearer / private_key_jwt: aud, when not the token URL
    QStringList clientCredentialsScopes;

    // How the credential goes on API requests.
    QString apiBaseUrl;
    QString credentialIn = QStringLiteral("header"); // "header" | "query"
    QString credentialName = QStringLiteral("Authorization");
    QString credentialScheme = QStringLiteral("Bearer");
    QString credentialParam; // RFC 9110 §11.2 auth-param after the scheme ("token")
    QMap<QString, QString> apiHeaders;
    // Where the credential may go besides the API base URL and the provider's endpoints (CredentialOrigins):
    // the integration's api.origins, expanded, and the origins the user allowed for this connection.
    QStringList apiOrigins;
    QStringList allowedOrigins;
    QString whoamiUrl;
    QString accountField;

    QJsonObject variables; // the user's template values (subdomain, tenant, ...)
    QString issuer; // for connections made from an issuer URL
    QString embeddedProvider; // a provider built into Keyway that must run first ("sandbox")
    QString redirectUri; // the redirect URI the user gave (--redirect-uri), kept for reconnect
    // RFC 8693: the connection whose token was exchanged for this one's (DerivedConnection); empty for the others.
    QString derivedFrom;

    QJsonObject toJson() const;
    static ConnectionSettings fromJson(const QJsonObject &json);
};

} // namespace keyway
