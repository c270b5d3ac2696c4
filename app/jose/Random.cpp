#include "jose/Random.h"

#include "common/Log.h"
#include "jose/Base64Url.h"
#include "jose/OpenSsl.h"

#include <openssl/rand.h>

namespace keyway {

QByteArray Random::bytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        // Fail loudly: every caller uses these bytes as an unguessable secret (state, nonce, PKCE, jti).
        const QByteArray why = openssl::takeErrors().toUtf8();
        qCCritical(lcJose, "OpenSSL RAND_bytes failed: %s", why.constData());
        qFatal("Keyway stopped: the system could not provide secure random numbers (%s)", why.constData());
    }
    return out;
}

QString Random::token(int byteCount)
{
    return Base64Url::encodeToString(bytes(byteCount));
}

} // namespace keyway
