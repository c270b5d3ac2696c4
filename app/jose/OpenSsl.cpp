#include "jose/OpenSsl.h"

#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/err.h>

namespace keyway::openssl {

PkeyPtr shareKey(EVP_PKEY *key)
{
    if (key && EVP_PKEY_up_ref(key) != 1)
        return PkeyPtr();
    return PkeyPtr(key);
}

QString takeErrors()
{
    QStringList lines;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines << QString::fromLatin1(buffer);
    }
    return lines.join(QStringLiteral("; "));
}

BignumPtr toBignum(const QByteArray &bigEndian)
{
    return BignumPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()), int(bigEndian.size()), nullptr));
}

QByteArray fromBignum(const BIGNUM *number, int padTo)
{
    if (!number)
        return {};
    const int size = BN_num_bytes(number);
    if (padTo > 0) {
        if (size > padTo)
            return {};
        QByteArray out(padTo, '\0');
        if (BN_bn2binpad(number, reinterpret_cast<unsigned char *>(out.data()), padTo) != padTo)
            return {};
        return out;
    }
    QByteArray out(size, '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray bignumParam(const EVP_PKEY *key, const char *name, int padTo)
{
    BIGNUM *raw = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        takeErrors();
        return {};
    }
    const BignumPtr number(raw);
    return fromBignum(number.get(), padTo);
}

QString joseKeyType(const EVP_PKEY *key)
{
    if (!key)
        return {};
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS"))
        return QStringLiteral("RSA");
    if (EVP_PKEY_is_a(key, "EC"))
        return QStringLiteral("EC");
    if (EVP_PKEY_is_a(key, "ED25519"))
        return QStringLiteral("OKP");
    return {};
}

QString joseCurve(const EVP_PKEY *key)
{
    if (!key)
        return {};
    if (EVP_PKEY_is_a(key, "ED25519"))
        return QStringLiteral("Ed25519");
    if (!EVP_PKEY_is_a(key, "EC"))
        return {};
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1) {
        takeErrors();
        return {};
    }
    const QByteArray group(name, int(length));
    // OpenSSL reports its own short names; the NIST aliases are accepted too in case a provider returns them.
    if (group == "prime256v1" || group == "P-256" || group == "secp256r1")
        return QStringLiteral("P-256");
    if (group == "secp384r1" || group == "P-384")
        return QStringLiteral("P-384");
    if (group == "secp521r1" || group == "P-521")
        return QStringLiteral("P-521");
    return {};
}

int curveCoordinateBytes(const QString &joseCurve)
{
    if (joseCurve == QLatin1String("P-256"))
        return 32;
    if (joseCurve == QLatin1String("P-384"))
        return 48;
    if (joseCurve == QLatin1String("P-521"))
        return 66;
    if (joseCurve == QLatin1String("Ed25519"))
        return 32;
    return 0;
}

const char *curveGroupName(const QString &joseCurve)
{
    if (joseCurve == QLatin1String("P-256"))
        return "prime256v1";
    if (joseCurve == QLatin1String("P-384"))
        return "secp384r1";
    if (joseCurve == QLatin1String("P-521"))
        return "secp521r1";
    return nullptr;
}

bool hasPrivateKey(const EVP_PKEY *key)
{
    if (!key)
        return false;
    bool found = false;
    if (EVP_PKEY_is_a(key, "ED25519")) {
        size_t length = 0;
        found = EVP_PKEY_get_raw_private_key(key, nullptr, &length) == 1 && length > 0;
    } else if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS")) {
        found = !bignumParam(key, OSSL_PKEY_PARAM_RSA_D).isEmpty();
    } else if (EVP_PKEY_is_a(key, "EC")) {
        found = !bignumParam(key, OSSL_PKEY_PARAM_PRIV_KEY).isEmpty();
    }
    takeErrors();
    return found;
}

bool pairwiseConsistent(EVP_PKEY *key)
{
    static const QByteArray message("keyway pairwise consistency check");
    const bool isEd = EVP_PKEY_is_a(key, "ED25519");
    const char *digest = isEd ? nullptr : "SHA256";
    const MdCtxPtr signCtx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!signCtx || EVP_DigestSignInit_ex(signCtx.get(), nullptr, digest, nullptr, nullptr, key, nullptr) != 1
        || EVP_DigestSign(signCtx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(message.constData()),
               size_t(message.size()))
            != 1) {
        takeErrors();
        return false;
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(signCtx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
        != 1) {
        takeErrors();
        return false;
    }
    const MdCtxPtr verifyCtx(EVP_MD_CTX_new());
    const bool ok = verifyCtx && EVP_DigestVerifyInit_ex(verifyCtx.get(), nullptr, digest, nullptr, nullptr, key, nullptr) == 1
        && EVP_DigestVerify(verifyCtx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), length,
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1;
    takeErrors();
    return ok;
}

} // namespace keyway::openssl
