#include "core/PresentedCredential.h"

#include "auth/DpopSigner.h"
#include "core/ConnectionSettings.h"
#include "core/DpopBinding.h"
#include "core/StoredCredentials.h"

namespace keyway {

PresentedCredential PresentedCredential::from(const ConnectionSettings &settings, const StoredCredentials &credentials)
{
    PresentedCredential p;
    p.authMode = settings.authMode;
    p.apiBaseUrl = settings.apiBaseUrl;
    p.issuer = !settings.issuer.isEmpty() ? settings.issuer : settings.provider.issuer;
    switch (AuthModes::credential(settings.authMode)) {
    case AuthModes::Credential::ApiKey:
        p.secret = credentials.apiKey;
        break;
    case AuthModes::Credential::Basic:
        p.username = credentials.username;
        p.password = credentials.password;
        p.secret = (credentials.username + ':' + credentials.password).toBase64();
        break;
    case AuthModes::Credential::AccessToken:
        p.secret = credentials.tokens.accessToken;
        p.tokenType = credentials.tokens.tokenType.isEmpty() ? QStringLiteral("Bearer") : credentials.tokens.tokenType;
        p.expiresAt = credentials.tokens.expiresAt;
        p.scopes = credentials.tokens.grantedScopes;
        p.dpopBound = DpopBinding::applies(settings, credentials);
        // Spelled as the Authorization scheme it goes with (RFC 9449 §7.1), whatever case the server used.
        if (p.dpopBound)
            p.tokenType = DpopSigner::scheme();
        break;
    }
    return p;
}

} // namespace keyway
