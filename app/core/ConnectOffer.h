#pragma once

#include "catalog/Integration.h"

namespace keyway {

// What a connect form offers beyond the credentials and the permissions: sender-constrained tokens with a DPoP key
// (RFC 9449), pushed authorization requests (RFC 9126) and a TLS client certificate (RFC 8705). Each is
//  - Required when the integration file (oauth.dpop, oauth.par, a tls_client_auth client,
//    client_certificate_required) or the server
//    (require_pushed_authorization_requests) demands it: the form shows it on and locked;
//  - Offered when the provider's metadata says it supports it (dpop_signing_alg_values_supported,
//    pushed_authorization_request_endpoint, mtls_endpoint_aliases): the user chooses (a server listing
//    tls_client_auth among its token_endpoint_auth_methods_supported offers it as a client authentication);
//  - Hidden otherwise (`keyway connect --dpop` / `--par` still ask for them by hand).
struct ConnectOffer
{
    enum class Choice { Hidden, Offered, Required };

    Choice dpop = Choice::Hidden;
    Choice par = Choice::Hidden;
    Choice certificate = Choice::Hidden;

    // `oauth`: the integration's settings, completed from the provider's metadata when it was read;
    // `clientAuth`: the client authentication the form has chosen.
    static ConnectOffer of(const OAuthSettings &oauth, AuthMode mode, ClientAuthMethod clientAuth);
    // Whether a connect form reads the provider's metadata to learn what it offers: for an integration the user
    // added (a built-in file says what its provider offers) or one whose endpoints come from discovery anyway,
    // when its issuer or metadata URL is written out (no template value still to fill in).
    static bool wantsDiscovery(const Integration &integration);
};

} // namespace keyway
