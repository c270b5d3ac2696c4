#pragma once

// The ways a connection authenticates (an integration file's auth_modes), and what each one means for the rest
// of Keyway: what goes on an API request, whether a new access token comes without the user, whether an OAuth
// client is registered at the provider. Parsed from its text once, where it comes in (Integration::
// authModeFromString: integration files, the stored settings, the command line); typed everywhere after.
// Every trait is a switch without `default:`, so a new mode fails the -Werror build (-Wswitch) at each place
// that must say what it does; FlowFactory (the flow that obtains its tokens) and RefreshCoordinator (how it
// renews) are the others.

namespace keyway {

enum class AuthMode {
    AuthorizationCode, // oauth2_authorization_code (RFC 6749 §4.1 + RFC 7636, loopback per RFC 8252)
    ClientCredentials, // oauth2_client_credentials (RFC 6749 §4.4)
    JwtBearer, // jwt_bearer (RFC 7523 §2.1)
    DeviceCode, // device_code (RFC 8628)
    ApiKey, // api_key
    Basic, // basic (RFC 7617)
    BearerToken, // bearer_token: a token pasted by hand (RFC 6750)
};

namespace AuthModes {

// The secret a connection presents to its API (CredentialApplier, PresentedCredential).
enum class Credential {
    AccessToken, // RFC 6750: the access token
    ApiKey, // the API key as it is
    Basic, // RFC 7617 §2: base64(user ":" password)
};
Credential credential(AuthMode mode);

// A new access token can be had without the user (refresh token, client credentials, a new assertion), so an
// API's 401 from the connection's own origin is worth one renewal and one retry (RFC 6750 §3.1).
bool renewsWithoutUser(AuthMode mode);

// The connection is an OAuth client registered at the provider: a client id, and maybe a secret or key the
// keychain keeps (RFC 6749 §2.3).
bool isOAuthClient(AuthMode mode);

// The user enters the credential (API key, Basic, a pasted token): no flow runs.
bool isEnteredByHand(AuthMode mode);

} // namespace AuthModes

} // namespace keyway
