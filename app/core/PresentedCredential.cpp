#include "core/PresentedCredential.h"

#include "core/ConnectionSettings.h"
#include "core/StoredCredentials.h"

namespace keyway {

PresentedCredential PresentedCredential::from(const ConnectionSettings &settings, const StoredCredentials &credentials)
{
    PresentedCredential p;
    p.authMode = settings.authMode;
    p.apiBaseUrl = settings.apiBaseUrl;
    p.issuer = !settings.issuer.isEmpty() ? settings.issuer : settings.provider.issuer;
    if (settings.authMode == QLatin1String("api_key")) {
        p.secret = credentials.apiKey;
    } else if (settings.authMode == QLatin1String("basic")) {
        p.username = credentials.username;
        p.password = credentials.password;
        p.secret = (credentials.username + ':' + credentials.password).toBase64();
    } else {
        p.secret = credentials.tokens.accessToken;
        p.tokenType = credentials.tokens.tokenType.isEmpty() ? QStringLiteral("Bearer") : credentials.tokens.tokenType;
        p.expiresAt = credentials.tokens.expiresAt;
        p.scopes = credentials.tokens.grantedScopes;
    }
    return p;
}

} // namespace keyway
