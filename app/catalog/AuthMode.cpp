#include "catalog/AuthMode.h"

namespace keyway::AuthModes {

Credential credential(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::DeviceCode:
    case AuthMode::BearerToken:
        return Credential::AccessToken;
    case AuthMode::ApiKey:
        return Credential::ApiKey;
    case AuthMode::Basic:
        return Credential::Basic;
    }
    return Credential::AccessToken;
}

bool renewsWithoutUser(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode: // RFC 6749 §6 refresh token
    case AuthMode::DeviceCode: // RFC 8628 §3.5 tokens as from §5.1, refresh token included
    case AuthMode::ClientCredentials: // RFC 6749 §4.4: ask again
    case AuthMode::JwtBearer: // RFC 7523 §2.1: a new assertion
        return true;
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        return false;
    }
    return false;
}

bool isOAuthClient(AuthMode mode)
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
        return false;
    }
    return false;
}

bool isEnteredByHand(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
    case AuthMode::ClientCredentials:
    case AuthMode::JwtBearer:
    case AuthMode::DeviceCode:
        return false;
    case AuthMode::ApiKey:
    case AuthMode::Basic:
    case AuthMode::BearerToken:
        return true;
    }
    return false;
}

} // namespace keyway::AuthModes
