#include "sandbox/SandboxOwnerProof.h"

#include "jose/Random.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace keyway::SandboxOwnerProof {

QByteArray answer(const QByteArray &secret, const QByteArray &challenge)
{
    if (secret.size() < 32 || challenge.isEmpty() || challenge.size() > kMaxChallenge)
        return {};
    return QMessageAuthenticationCode::hash(challenge, secret, QCryptographicHash::Sha256).toHex();
}

bool verify(const QByteArray &secret, const QByteArray &challenge, const QByteArray &proof)
{
    const QByteArray expected = answer(secret, challenge);
    if (expected.isEmpty() || proof.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ proof.at(i));
    return diff == 0;
}

QByteArray challenge()
{
    return Random::bytes(16).toHex();
}

} // namespace keyway::SandboxOwnerProof
