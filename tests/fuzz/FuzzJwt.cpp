// libFuzzer target: compact JWS / JWT parsing (RFC 7515 §7.1, RFC 7519). ID tokens and JWT access tokens come
// from providers, and the token inspector decodes whatever the user pastes. Checked besides memory safety: a
// parsed JWS never verifies against a key that did not sign it, and a JWT that decodes has JSON object parts.
#include "jose/Jwk.h"
#include "jose/Jws.h"
#include "jose/Jwt.h"

#include "FuzzSupport.h"

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace keyway;

namespace {
EVP_PKEY *g_ecKey = nullptr;
EVP_PKEY *g_rsaKey = nullptr;
EVP_PKEY *g_edKey = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    // Keys that signed nothing: no fuzz input may verify against them.
    g_ecKey = EVP_EC_gen("P-256");
    g_rsaKey = EVP_RSA_gen(2048);
    g_edKey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    const auto jwt = Jwt::decode(text);
    if (jwt) {
        const Jwt &t = jwt.value();
        (void)t.algorithm();
        (void)t.keyId();
        (void)t.isUnsigned();
        for (const char *claim : {"exp", "iat", "nbf", "auth_time"})
            (void)Jwt::numericDate(t.claims(), QString::fromLatin1(claim));
    } else {
        KEYWAY_FUZZ_ASSERT(!jwt.error().code.isEmpty());
    }
    (void)Jwt::looksLikeJwt(text);
    (void)Jwt::clean(text);

    const auto jws = Jws::parse(bytes);
    if (jws) {
        const Jws &s = jws.value();
        KEYWAY_FUZZ_ASSERT(s.signingInput().size() < bytes.size());
        for (EVP_PKEY *key : {g_ecKey, g_rsaKey, g_edKey}) {
            const Error error = s.verify(key);
            KEYWAY_FUZZ_ASSERT(!error.isNull());
            KEYWAY_FUZZ_ASSERT(!error.code.isEmpty());
        }
    } else {
        KEYWAY_FUZZ_ASSERT(jws.error().code == QLatin1String("malformed"));
    }
    return 0;
}
