// libFuzzer target: JWK and JWK Set parsing (RFC 7517, RFC 7518 §6, RFC 8037). Key sets are fetched from a
// provider's jwks_uri and keys are pasted by users (private_key_jwt), so both are untrusted. Checked besides
// memory safety: a key that parses exports a public JWK that parses again to the same key (same RFC 7638
// thumbprint) and never carries private members.
#include "jose/Jwk.h"
#include "jose/Jwks.h"

#include "FuzzSupport.h"

#include <QJsonObject>

using namespace keyway;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto jwk = Jwk::fromJson(bytes);
    if (jwk) {
        const Jwk &key = jwk.value();
        KEYWAY_FUZZ_ASSERT(!key.isNull());
        const QJsonObject publicJson = key.toPublicJson();
        for (const char *member : {"d", "p", "q", "dp", "dq", "qi", "k"})
            KEYWAY_FUZZ_ASSERT(!publicJson.contains(QLatin1String(member)));
        const QString thumbprint = key.thumbprint();
        KEYWAY_FUZZ_ASSERT(!thumbprint.isEmpty());
        const auto again = Jwk::fromJson(publicJson);
        KEYWAY_FUZZ_ASSERT(again);
        KEYWAY_FUZZ_ASSERT(again.value().thumbprint() == thumbprint);
        KEYWAY_FUZZ_ASSERT(!again.value().isPrivate());
        for (const char *alg : {"RS256", "PS256", "ES256", "ES384", "ES512", "EdDSA", "HS256", "none"})
            (void)key.checkUsableFor(QString::fromLatin1(alg));
        (void)key.bits();
    } else {
        const QString code = jwk.error().code;
        KEYWAY_FUZZ_ASSERT(code == QLatin1String("invalid_jwk") || code == QLatin1String("unsupported_jwk"));
    }

    const auto jwks = Jwks::parse(bytes);
    if (jwks) {
        const Jwks &set = jwks.value();
        KEYWAY_FUZZ_ASSERT(set.size() <= Jwks::kMaxKeys);
        (void)set.candidates(QString(), QStringLiteral("RS256"));
        if (!set.isEmpty())
            (void)set.candidates(set.keys().first().keyId(), QStringLiteral("ES256"));
        (void)set.toPublicJson();
        (void)set.skipped();
    } else {
        KEYWAY_FUZZ_ASSERT(jwks.error().code == QLatin1String("invalid_jwks"));
    }
    return 0;
}
