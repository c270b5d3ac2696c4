#pragma once

#include "auth/TokenExchangeRequest.h"
#include "auth/TokenSet.h"
#include "common/Error.h"
#include "common/Result.h"
#include "core/StoredCredentials.h"
#include "store/ConnectionRecord.h"

#include <QDateTime>
#include <QString>

namespace keyway {

// A connection made from the answer of a token exchange (RFC 8693 §2.2.1): the exchanged access token, kept in the
// keychain like every other credential and sent as it is (AuthMode::BearerToken, RFC 6750), so the console,
// `keyway request` and `keyway exec` can call the other service with it. ConnectionService::saveExchanged saves it.
//  - Its origin: the token goes only to the service it was issued for (RFC 6750 §5.3): the API base the user gives,
//    else the resource's URL (RFC 8707 §2), else the audience when it is one; the provider's endpoints are not its
//    origins. An API base must be https, or http on loopback (isLoopbackHost).
//  - It is never renewed. RFC 8693 §2.2.1 lets the answer carry a refresh token, but renewing it needs the parent's
//    client (its secret, key, DPoP key or certificate) and, once that lapses, the parent's token again: a refresh
//    token is not kept, nor an id_token. Its expiry is the answer's expires_in; after that, exchange again.
//  - Only a token usable as a plain bearer access token is saved: not one whose issued_token_type is another kind
//    (an id_token, a SAML assertion, ...) or whose token_type is N_A (§2.2.1), nor one bound to a key (token_type
//    DPoP, RFC 9449 §5; a JWT with cnf, RFC 7800, RFC 8705 §3.1), which Keyway cannot present without that key.
//  - Its parent (the connection whose token was exchanged) is kept in its settings (ConnectionSettings::derivedFrom),
//    and its integration is the parent's: the same provider issued it. A derived connection answers to its id and
//    name, never for its integration or account (ConnectionChooser), so `keyway token INTEGRATION` keeps its meaning.
namespace DerivedConnection {

// Where the token may be sent: `given` when not empty (the user's API base), else the first resource that is an
// http(s) URL, else the audience when it is one. Codes: "bad_api_base" (given, but not an https or loopback http
// URL without user info or fragment), "no_api_base" (neither resource nor audience is a URL: give one).
Result<QString> apiBase(const TokenExchangeRequest &request, const QString &given);

// Whether `issued` can be kept as a bearer token. Codes: "not_an_access_token", "bound_token".
Error checkIssued(const TokenSet &issued);

// "<parent> → <audience or first resource>": the name offered for the new connection.
QString suggestedName(const QString &parentName, const TokenExchangeRequest &request);

struct Made
{
    ConnectionRecord record; // Connected, with its settings, scopes, expiry and fingerprint; createdAt `now`
    StoredCredentials secrets; // the access token alone, and the record's copy (recordCopy)
};

// The derived connection of `parent` holding `issued`. Codes: checkIssued's, apiBase's, "empty_name". The name is
// taken as given (trimmed); whether another connection has it is the service's to check.
Result<Made> make(const ConnectionRecord &parent, const TokenExchangeRequest &request, const TokenSet &issued,
    const QString &name, const QString &givenApiBase, const QString &newId, const QDateTime &now);

} // namespace DerivedConnection

} // namespace keyway
