#pragma once

#include "auth/ClientCredentials.h"
#include "auth/TokenSet.h"

#include <QJsonObject>

#include <optional>

namespace keyway {

// The keychain entry of one connection ("connection/<id>"): everything secret about it, in one entry so it
// is written (and rotated) atomically.
struct StoredCredentials
{
    TokenSet tokens;
    ClientCredentials client;
    QByteArray apiKey;
    QByteArray username; // Basic: some APIs put an API key here, so it is kept as a secret
    QByteArray password;
    // Not a secret: the connection's record as recordCopy() gives it, kept here so a lost database can be rebuilt
    // from the keychain (KeychainRecovery). Written with the secrets on connect; a refresh carries it over unchanged.
    QJsonObject record;

    QByteArray toBytes() const;
    // Nothing when the bytes are not such an entry (damaged, or written by another program).
    static std::optional<StoredCredentials> fromBytes(const QByteArray &bytes);
    // Hands every secret to Redactor so it never appears in a log line.
    void registerSecrets() const;
};

} // namespace keyway
