#pragma once

#include "auth/TokenSet.h"

#include <QJsonObject>
#include <QString>

namespace keyway {

// Who is connected, as far as the provider told us.
struct AccountInfo
{
    QString label; // shown to the user: email, login or name
    QString subject; // stable id at the provider (OIDC sub) when known
    QJsonObject idClaims; // validated id_token claims (OpenID Connect)
    QJsonObject profile; // userinfo or "who am I" answer
};

// What a successful flow hands to ConnectionService: the tokens (to the keychain) and the account.
struct FlowResult
{
    TokenSet tokens;
    AccountInfo account;
    QString redirectUri; // the one used, for the record
};

} // namespace keyway
