#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace keyway {

// The tokens of one connection as the token endpoint issued them, plus what Keyway knows about them (expiry,
// granted scopes, non-secret values from the response such as Salesforce's instance_url). The secret JSON goes
// to the keychain only.
struct TokenSet
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QByteArray idToken;
    QString tokenType; // "Bearer" (normalised) or the provider's own value; empty when not sent
    QDateTime expiresAt; // UTC; invalid = unknown or no expiry
    QDateTime obtainedAt; // UTC
    // The Date header of the token response (RFC 9110 §6.6.1): the provider's clock when it answered, to compare
    // with obtainedAt (ClockLeeway::offset). Invalid when absent; not stored, not compared.
    QDateTime providerDate;
    QStringList grantedScopes; // RFC 6749 §5.1: the requested scopes when the response omitted "scope"
    bool scopeReturned = false; // the response carried "scope"
    QJsonObject responseValues; // non-secret values named by ProviderConfig::responseValues
    // RFC 8693 §2.2.1: what kind of token a token exchange issued (a token-type URI); empty otherwise. Not stored:
    // an exchanged token is handed out, never kept over the connection's own.
    QString issuedTokenType;
    // RFC 9396 §7: the authorization details the provider granted, as it sent them (an array of objects); empty when
    // the answer had none. Kept with the tokens in the keychain (they may name accounts or amounts).
    QJsonArray authorizationDetails;

    bool isNull() const { return accessToken.isEmpty(); }

    QJsonObject toSecretJson() const;
    static TokenSet fromSecretJson(const QJsonObject &json);

    // Takes the result of a refresh. RFC 6749 §6: the server MAY issue a new refresh token; when it does not,
    // the old one stays valid, so it is kept. An id_token is kept unless a new one came (OIDC Core §12.2), the
    // granted scopes unless the response named them (RFC 6749 §5.1), the granted authorization details unless the
    // response carried them (RFC 9396 §7), response values are updated key by key.
    void mergeRefresh(const TokenSet &newer);

    // True when the access token expires at or before now + seconds. Unknown expiry is never "expiring".
    bool expiresWithin(int seconds, const QDateTime &now) const;

    bool operator==(const TokenSet &o) const;
    bool operator!=(const TokenSet &o) const { return !(*this == o); }
};

} // namespace keyway
