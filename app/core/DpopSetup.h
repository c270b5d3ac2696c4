#pragma once

#include "common/Error.h"

namespace keyway {

struct ConnectionPlan;

// Turns "this connection uses DPoP" (RFC 9449) into what its requests need: the proofs' algorithm in the
// connection's settings (ProviderConfig::dpopAlgorithm) and a key pair of its own, whose private key goes to the
// connection's keychain entry (ClientCredentials::dpopKeyPem) and nowhere else.
//  - The algorithm is ES256 (RFC 9449 §5.1 lists no mandatory one; ES256 is what servers accept most), unless the
//    server's dpop_signing_alg_values_supported leaves it out: then the first it lists of EdDSA, ES384, ES512,
//    PS256, RS256. A server listing none of those is refused ("dpop_unsupported_alg").
//  - A key kept from before (a reconnect) is reused when it fits the algorithm; otherwise a new one is made.
namespace DpopSetup {

// Called once the plan's settings are final (after ConnectionPlanner::plan and again after discovery).
Error apply(ConnectionPlan &plan);

} // namespace DpopSetup

} // namespace keyway
