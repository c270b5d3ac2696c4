#include "core/DpopSetup.h"

#include "core/ConnectionPlanner.h"
#include "jose/DpopProof.h"
#include "jose/Jws.h"
#include "jose/PrivateKey.h"

#include <QCoreApplication>

namespace keyway::DpopSetup {

namespace {

QString chooseAlgorithm(const QStringList &supported)
{
    const QString preferred = DpopProof::defaultAlgorithm();
    if (supported.isEmpty() || supported.contains(preferred))
        return preferred;
    for (const char *alg : {"EdDSA", "ES384", "ES512", "PS256", "RS256"})
        if (supported.contains(QLatin1String(alg)))
            return QString::fromLatin1(alg);
    return {};
}

Result<PrivateKey> generateFor(const QString &algorithm)
{
    if (algorithm == QLatin1String("ES256"))
        return PrivateKey::generateEc(QStringLiteral("P-256"));
    if (algorithm == QLatin1String("ES384"))
        return PrivateKey::generateEc(QStringLiteral("P-384"));
    if (algorithm == QLatin1String("ES512"))
        return PrivateKey::generateEc(QStringLiteral("P-521"));
    if (algorithm == QLatin1String("EdDSA"))
        return PrivateKey::generateEd25519();
    return PrivateKey::generateRsa(2048);
}

} // namespace

Error apply(ConnectionPlan &plan)
{
    if (!plan.oauth.dpop) {
        plan.settings.provider.dpopAlgorithm.clear();
        plan.secrets.client.dpopKeyPem.clear();
        return {};
    }
    const QString algorithm = chooseAlgorithm(plan.oauth.dpopSigningAlgValuesSupported);
    if (algorithm.isEmpty())
        return Error::make(QStringLiteral("dpop_unsupported_alg"),
            QCoreApplication::translate("DpopSetup",
                "The provider signs DPoP proofs only with algorithms Keyway does not support, so its tokens cannot be "
                "bound to a key."),
            QStringLiteral("dpop_signing_alg_values_supported: ")
                + plan.oauth.dpopSigningAlgValuesSupported.join(QLatin1Char(' ')));
    plan.settings.provider.dpopAlgorithm = algorithm;

    if (!plan.secrets.client.dpopKeyPem.isEmpty()) {
        const Result<PrivateKey> kept = PrivateKey::fromPem(plan.secrets.client.dpopKeyPem);
        if (kept && Jws::checkKey(kept.value().key(), algorithm).isNull())
            return {};
    }
    const Result<PrivateKey> key = generateFor(algorithm);
    if (!key)
        return key.error();
    plan.secrets.client.dpopKeyPem = key.value().toPem();
    return {};
}

} // namespace keyway::DpopSetup
