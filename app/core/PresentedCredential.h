#pragma once

#include "catalog/AuthMode.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace keyway {

struct ConnectionSettings;
struct StoredCredentials;

// What a connection hands to another program (keyway token, exec, git-credential): the one secret the API takes
// (an access token, an API key, or base64 "user:password" for Basic) and what a tool needs to use it well. Built
// from the connection's settings and current secrets after ConnectionService has renewed a due token.
struct PresentedCredential
{
    AuthMode authMode = AuthMode::BearerToken;
    QByteArray secret; // what goes after the scheme: access token, API key, or base64(user:password)
    QByteArray username; // Basic only: the user name, and the password in `password`
    QByteArray password;
    QString tokenType; // RFC 6749 §5.1 token_type ("Bearer"; "DPoP" when dpopBound); empty for API keys and Basic
    QDateTime expiresAt; // UTC; invalid when unknown or the credential does not expire
    QStringList scopes; // the scopes granted, RFC 6749 §3.3
    QString apiBaseUrl; // the connection's API base URL, when its integration has one
    QString issuer; // the issuer it was connected to, for connections made from an issuer URL
    // RFC 9449 §7.1: the access token is DPoP-bound (the connection uses DPoP and the token's type is DPoP): a
    // server takes it only with a proof signed by the connection's key for each request, which a tool holding only
    // the token (git, kubectl, a command run by `keyway exec`) cannot make.
    bool dpopBound = false;
    // A fresh proof for one request (ConnectionService::presentWithProof), single-use (§11.1); empty otherwise.
    QByteArray dpopProof;

    static PresentedCredential from(const ConnectionSettings &settings, const StoredCredentials &credentials);
};

} // namespace keyway
