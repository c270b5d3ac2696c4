#pragma once

#include "core/PresentedCredential.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace keyway {

// How `keyway token --format` prints a connection's credential for another program.
//  token       the secret alone, one line (the default; for $(keyway token CONN))
//  json        {"access_token", "token_type", "expires_at" (RFC 3339, UTC), "scope"}: nulls where unknown
//  kubernetes  an ExecCredential (client.authentication.k8s.io/v1) for a kubeconfig `exec` plugin, with
//              status.token and status.expirationTimestamp (meta/v1 Time, RFC 3339) when the expiry is known
namespace TokenOutput {

enum class Format { Token, Json, Kubernetes };

std::optional<Format> parseFormat(const QString &name);
// The bytes to print, newline included; an empty result when the credential cannot take that form (a Basic
// credential is no ExecCredential token).
QByteArray render(const PresentedCredential &credential, Format format);

} // namespace TokenOutput

} // namespace keyway
