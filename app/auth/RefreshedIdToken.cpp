#include "auth/RefreshedIdToken.h"

#include "jose/ClockLeeway.h"
#include "jose/IdTokenValidator.h"
#include "jose/JwksCache.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace keyway {

namespace {

// The refusal as the connection's event log and the user see it: the validator's reason, and what was done.
Error refusal(const Error &reason)
{
    return Error::make(reason.code,
        RefreshedIdToken::tr("The refreshed tokens were refused and the previous ones kept: %1").arg(reason.message),
        reason.detail, reason.httpStatus);
}

} // namespace

void RefreshedIdToken::check(JwksCache &jwks, const ProviderConfig &config, const QString &clientId, const TokenSet &kept,
    const TokenSet &received, QObject *context, Done done)
{
    const bool guarded = context != nullptr;
    QPointer<QObject> alive(context);
    auto later = [&jwks, guarded, alive, done](const Error &error) {
        QTimer::singleShot(0, &jwks, [guarded, alive, done, error] {
            if (!guarded || alive)
                done(error);
        });
    };
    // OpenID Connect Core §12.2: the answer MAY carry no id_token; the one kept stays. The same token sent back
    // again describes nothing new.
    if (received.idToken.isEmpty() || received.idToken == kept.idToken || !config.openid)
        return later({});
    if (config.jwksUrl.isEmpty())
        return later(refusal(Error::make(
            QStringLiteral("no_jwks"), tr("The provider publishes no keys (jwks_uri), so its ID token cannot be checked."))));

    IdTokenValidator::Expectations expect;
    expect.issuer = config.issuer;
    expect.issuerClaims = config.issuerClaims;
    expect.clientId = clientId;
    expect.providerClockOffset = ClockLeeway::offset(received.providerDate, received.obtainedAt);
    auto judged
        = [done](const IdTokenValidator::Validation &validation) { done(validation.ok() ? Error() : refusal(validation.error)); };
    // A sign-in that brought no id_token leaves nothing to compare with: the new one must still be genuine.
    if (kept.idToken.isEmpty())
        return jwks.validateIdToken(
            QUrl(config.jwksUrl), QString::fromUtf8(received.idToken), expect, judged, context, config.allowInsecureHttp);
    jwks.validateRefreshedIdToken(QUrl(config.jwksUrl), QString::fromUtf8(kept.idToken), QString::fromUtf8(received.idToken),
        expect, judged, context, config.allowInsecureHttp);
}

} // namespace keyway
