#pragma once

#include <QString>
#include <QStringList>

namespace keyway {

// What a token exchange (RFC 8693 §2.1) asks for: a token for another service, in exchange for the connection's
// access token (the subject token). Nothing here is secret.
struct TokenExchangeRequest
{
    // RFC 8693 §2.1: the logical name of the target service (audience) and/or its URI (resource, RFC 8707); at least
    // one of them, since a token for the same service is what the connection already has.
    QString audience;
    QStringList resources;
    QStringList scopes; // empty: leave "scope" out (the server decides)
    QString requestedTokenType; // a token-type URI (RFC 8693 §3); empty: leave it out

    static constexpr const char *kGrantType = "urn:ietf:params:oauth:grant-type:token-exchange";
    // RFC 8693 §3: the subject token is an OAuth 2.0 access token.
    static constexpr const char *kAccessTokenType = "urn:ietf:params:oauth:token-type:access_token";

    bool hasTarget() const { return !audience.trimmed().isEmpty() || !resources.isEmpty(); }
};

} // namespace keyway
