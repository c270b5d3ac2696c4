#include "core/ConnectOffer.h"

namespace keyway {

namespace {

bool isOAuth(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::DeviceCode:
        return true;
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        break;
    }
    return false;
}

bool usesCertificate(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::TlsClientAuth:
    case ClientAuthMethod::SelfSignedTlsClientAuth:
        return true;
    case ClientAuthMethod::ClientSecretBasic:
    case ClientAuthMethod::ClientSecretPost:
    case ClientAuthMethod::None:
    case ClientAuthMethod::PrivateKeyJwt:
        break;
    }
    return false;
}

} // namespace

ConnectOffer ConnectOffer::of(const OAuthSettings &oauth, AuthMode mode, ClientAuthMethod clientAuth)
{
    ConnectOffer offer;
    if (!isOAuth(mode))
        return offer;
    // RFC 9449 §5.1: a server that accepts DPoP proofs lists the algorithms it accepts.
    if (oauth.dpop)
        offer.dpop = Choice::Required;
    else if (!oauth.dpopSigningAlgValuesSupported.isEmpty())
        offer.dpop = Choice::Offered;
    // RFC 9126 §5: only the authorization code flow has an authorization request to push.
    if (mode == AuthMode::AuthorizationCode) {
        if (oauth.par || oauth.requirePushedAuthorizationRequests)
            offer.par = Choice::Required;
        else if (!oauth.pushedAuthorizationUrl.isEmpty())
            offer.par = Choice::Offered;
    }
    // RFC 8705 §2: the certificate authenticates the client; §3: it binds the tokens, at a server that publishes
    // the endpoints a client with a certificate uses (§5).
    // A file's client_certificate_required: the provider takes only connections with its certificate (ADP).
    if ((usesCertificate(clientAuth) || oauth.clientCertificateRequired) && mode != AuthMode::JwtBearer)
        offer.certificate = Choice::Required;
    else if (!oauth.mtlsEndpointAliases.isEmpty())
        offer.certificate = Choice::Offered;
    return offer;
}

bool ConnectOffer::wantsDiscovery(const Integration &integration)
{
    if (!integration.hasOAuth)
        return false;
    const OAuthSettings &o = integration.oauth;
    const QString where = o.discoveryUrl.isEmpty() ? o.issuer : o.discoveryUrl;
    if (where.isEmpty() || where.contains(QLatin1Char('{')))
        return false;
    const bool builtIn = integration.source.startsWith(QLatin1String(":/"));
    return !builtIn || o.needsDiscovery();
}

} // namespace keyway
