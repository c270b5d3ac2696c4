#pragma once

#include "auth/ProviderConfig.h"
#include "auth/TokenSet.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace keyway {

class JwksCache;

// Decides whether the id_token of a refresh answer may replace the one kept from sign-in (OpenID Connect Core
// §12.2), for RefreshCoordinator, before anything of the answer is saved:
//  - no id_token in the answer, or the very one kept: nothing to check (TokenSet::mergeRefresh keeps the kept one);
//  - a connection that is not OpenID Connect: not checked, exactly as at sign-in (AccountResolver);
//  - otherwise IdTokenValidator::validateRefreshed against the kept one, with the provider's JWKS (refetched
//    once for an unknown kid) and the rules of sign-in: same issuer expectations, client id and algorithm
//    allow-list, the one clock leeway (a sign-in that brought no id_token: the new one is validated alone).
// `done` is always called later, from the event loop (dropped when `context` is destroyed first), with a null
// Error to accept the answer, or the reason to refuse it as a whole and keep the old tokens: "no_jwks" or one of
// IdTokenValidator's codes ("subject_changed", "wrong_issuer", "bad_signature", "keys_unavailable", ...).
class RefreshedIdToken
{
    Q_DECLARE_TR_FUNCTIONS(RefreshedIdToken)

public:
    using Done = std::function<void(const Error &refusal)>;

    static void check(JwksCache &jwks, const ProviderConfig &config, const QString &clientId, const TokenSet &kept,
        const TokenSet &received, QObject *context, Done done);
};

} // namespace keyway
