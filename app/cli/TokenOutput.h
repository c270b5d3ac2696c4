#pragma once

#include "auth/TokenSet.h"
#include "core/PresentedCredential.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keyway {

// How `keyway token --format` prints a connection's credential for another program.
//  token       the secret alone, one line (the default; for $(keyway token CONN)); with a DPoP proof
//              (PresentedCredential::dpopProof), the token on the first line and the proof on the second
//  json        {"access_token", "token_type", "expires_at" (RFC 3339, UTC), "scope"}: nulls where unknown; with a
//              DPoP proof also "dpop_proof"
//  kubernetes  an ExecCredential (client.authentication.k8s.io/v1) for a kubeconfig `exec` plugin, with
//              status.token and status.expirationTimestamp (meta/v1 Time, RFC 3339) when the expiry is known;
//              none for a Basic credential or a DPoP-bound token (kubectl sends it as Bearer, with no proof)
namespace TokenOutput {

enum class Format { Token, Json, Kubernetes };

std::optional<Format> parseFormat(const QString &name);
// The bytes to print, newline included; an empty result when the credential cannot take that form (a Basic
// credential or a DPoP-bound token is no ExecCredential token).
QByteArray render(const PresentedCredential &credential, Format format);
// A token from a token exchange (RFC 8693 §2.2.1): the token alone, or with `json` {"access_token",
// "issued_token_type", "token_type", "expires_in" (seconds), "scope"}, nulls where the answer said nothing; with
// "connection_id" when it was saved as a connection (--save-as).
QByteArray renderExchanged(const TokenSet &issued, bool json, const QString &connectionId = QString());

} // namespace TokenOutput

} // namespace keyway
