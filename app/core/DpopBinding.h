#pragma once

#include "common/Error.h"

#include <QByteArray>

namespace keyway {

struct ConnectionSettings;
struct OutgoingRequest;
struct StoredCredentials;

// Puts a DPoP-bound access token on an API request (RFC 9449 §7.1): the Authorization scheme "DPoP" instead of
// "Bearer", and a DPoP header holding a fresh proof for this method and URL with ath, the hash of the token
// (DpopSigner, which also adds the resource server's last nonce, §9). Applies only when the connection uses DPoP,
// the token it holds is of token_type DPoP (a server may still issue Bearer tokens, §5), and the credential goes in
// a header on this request. The masked form shows the scheme and a masked proof.
namespace DpopBinding {

bool applies(const ConnectionSettings &settings, const StoredCredentials &credentials);
// Error codes: DpopSigner::proof's ("missing_dpop_key", ...).
Error bind(OutgoingRequest &outgoing, const ConnectionSettings &settings, const StoredCredentials &credentials);
// The masked preview (no secret at hand): the scheme and a placeholder proof, when the connection uses DPoP.
void bindPlaceholder(OutgoingRequest &outgoing, const ConnectionSettings &settings);

} // namespace DpopBinding

} // namespace keyway
