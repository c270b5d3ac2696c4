#include "jose/Pkce.h"

#include "jose/Base64Url.h"
#include "jose/Random.h"

#include <QCryptographicHash>

namespace keyway {

QString Pkce::generateVerifier()
{
    return Random::token(32);
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool unreserved = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'.' || u == u'_' || u == u'~';
        if (!unreserved)
            return false;
    }
    return true;
}

QString Pkce::challengeS256(const QString &verifier)
{
    if (!isValidVerifier(verifier))
        return {};
    return Base64Url::encodeToString(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

} // namespace keyway
