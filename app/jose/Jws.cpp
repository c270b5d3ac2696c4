#include "jose/Jws.h"

#include "jose/Base64Url.h"
#include "jose/Jwk.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/rsa.h>

namespace keyway {

using namespace openssl;

namespace {

enum class Family { RsaPkcs1, RsaPss, Ecdsa, EdDsa };

struct Algorithm
{
    const char *name;
    Family family;
    const char *digest; // nullptr for EdDSA (RFC 8032: the hash is part of the scheme)
    const char *curve; // JOSE curve name for ECDSA and EdDSA
    int coordinateBytes; // ECDSA: bytes of R and of S in the JOSE signature (RFC 7518 §3.4)
};

// RFC 7518 §3.1 (asymmetric rows) and RFC 8037 §3.1.
constexpr Algorithm kAlgorithms[] = {
    {"RS256", Family::RsaPkcs1, "SHA256", nullptr, 0},
    {"RS384", Family::RsaPkcs1, "SHA384", nullptr, 0},
    {"RS512", Family::RsaPkcs1, "SHA512", nullptr, 0},
    {"PS256", Family::RsaPss, "SHA256", nullptr, 0},
    {"PS384", Family::RsaPss, "SHA384", nullptr, 0},
    {"PS512", Family::RsaPss, "SHA512", nullptr, 0},
    {"ES256", Family::Ecdsa, "SHA256", "P-256", 32},
    {"ES384", Family::Ecdsa, "SHA384", "P-384", 48},
    {"ES512", Family::Ecdsa, "SHA512", "P-521", 66},
    {"EdDSA", Family::EdDsa, nullptr, "Ed25519", 0},
};

const Algorithm *findAlgorithm(const QString &name)
{
    for (const Algorithm &algorithm : kAlgorithms) {
        if (name == QLatin1String(algorithm.name))
            return &algorithm;
    }
    return nullptr;
}

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Jws)
};

Error malformed(const QString &detail)
{
    return Error::make(QStringLiteral("malformed"), Tr::tr("The token is not a well-formed signed JWT."), detail);
}

Error algorithmNotAllowed(const QString &algorithm)
{
    const QString code = QStringLiteral("alg_not_allowed");
    if (algorithm.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return Error::make(code, Tr::tr("The token is not signed (alg \"none\"). Keyway never accepts unsigned tokens."),
            QStringLiteral("alg \"%1\" refused (RFC 8725 §3.1)").arg(algorithm));
    if (algorithm.startsWith(QLatin1String("HS")))
        return Error::make(code, Tr::tr("The token is signed with a shared secret (HMAC), which Keyway does not accept here."),
            QStringLiteral("alg \"%1\" refused: an HMAC is never verified with a public key "
                           "(RFC 8725 §2.1, §3.1)")
                .arg(algorithm));
    return Error::make(code, Tr::tr("The token is signed with an algorithm Keyway does not accept."),
        QStringLiteral("alg \"%1\" is not one of %2").arg(algorithm, Jws::supportedAlgorithms().join(QLatin1String(", "))));
}

Error badSignature(const QString &detail)
{
    return Error::make(QStringLiteral("bad_signature"), Tr::tr("The token's signature is not valid."), detail);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// JOSE ECDSA signatures are R || S, each left-padded to the curve size (RFC 7518 §3.4); OpenSSL speaks DER.
QByteArray rawToDer(const QByteArray &raw, int coordinateBytes)
{
    BignumPtr r(BN_bin2bn(bytes(raw), coordinateBytes, nullptr));
    BignumPtr s(BN_bin2bn(bytes(raw) + coordinateBytes, coordinateBytes, nullptr));
    EcdsaSigPtr signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return {};
    r.release(); // now owned by `signature`
    s.release();
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    unsigned char *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &out) != length)
        return {};
    return der;
}

QByteArray derToRaw(const QByteArray &der, int coordinateBytes)
{
    const unsigned char *in = bytes(der);
    const EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &in, long(der.size())));
    if (!signature)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    const QByteArray rawR = fromBignum(r, coordinateBytes);
    const QByteArray rawS = fromBignum(s, coordinateBytes);
    if (rawR.isEmpty() || rawS.isEmpty())
        return {};
    return rawR + rawS;
}

// RFC 7518 §3.5: PSS with MGF1 on the same hash and a salt as long as the hash output.
bool configurePss(EVP_PKEY_CTX *ctx)
{
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0
        && EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) > 0;
}

} // namespace

Result<Jws> Jws::parse(const QByteArray &compact, int maxSize)
{
    if (compact.isEmpty())
        return malformed(QStringLiteral("the token is empty"));
    if (compact.size() > maxSize)
        return malformed(QStringLiteral("the token is %1 bytes; the limit is %2").arg(compact.size()).arg(maxSize));
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() == 5)
        return malformed(QStringLiteral("the token has 5 parts: it is encrypted (JWE), which is not supported"));
    if (parts.size() != 3)
        return malformed(QStringLiteral("a compact JWS has 3 parts separated by '.', this token has %1").arg(parts.size()));
    if (parts.at(0).isEmpty())
        return malformed(QStringLiteral("the header part is empty"));

    const auto header = Base64Url::decode(parts.at(0));
    if (!header)
        return malformed(QStringLiteral("header: %1").arg(header.error().detail));
    const auto payload = Base64Url::decode(parts.at(1));
    if (!payload)
        return malformed(QStringLiteral("payload: %1").arg(payload.error().detail));
    const auto signature = Base64Url::decode(parts.at(2));
    if (!signature)
        return malformed(QStringLiteral("signature: %1").arg(signature.error().detail));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(header.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("the header is not a JSON object (RFC 7515 §5.2 step 3)"));

    Jws jws;
    jws.m_header = document.object();
    const QJsonValue algorithm = jws.m_header.value(QLatin1String("alg"));
    if (!algorithm.isString() || algorithm.toString().isEmpty())
        return malformed(QStringLiteral("the header has no \"alg\" string (RFC 7515 §4.1.1)"));
    if (jws.m_header.contains(QLatin1String("crit")))
        return malformed(QStringLiteral("the header has \"crit\"; Keyway understands no critical extension (RFC 7515 §4.1.11)"));
    const QJsonValue keyId = jws.m_header.value(QLatin1String("kid"));
    if (!keyId.isUndefined() && !keyId.isString())
        return malformed(QStringLiteral("the header's \"kid\" is not a string"));
    jws.m_payload = payload.value();
    jws.m_signature = signature.value();
    jws.m_signingInput = parts.at(0) + '.' + parts.at(1);
    return jws;
}

Result<Jws> Jws::parse(const QString &compact, int maxSize)
{
    if (compact.size() > maxSize)
        return malformed(QStringLiteral("the token is %1 characters; the limit is %2").arg(compact.size()).arg(maxSize));
    for (const QChar c : compact) {
        if (c.unicode() > 0x7F)
            return malformed(
                QStringLiteral("the token contains the non-ASCII character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return parse(compact.toLatin1(), maxSize);
}

QString Jws::algorithm() const
{
    return m_header.value(QLatin1String("alg")).toString();
}

QString Jws::keyId() const
{
    return m_header.value(QLatin1String("kid")).toString();
}

Error Jws::verify(EVP_PKEY *key) const
{
    auto fail = [](const Error &e) {
        takeErrors();
        return e;
    };
    const QString name = algorithm();
    const Algorithm *spec = findAlgorithm(name);
    if (!spec)
        return fail(algorithmNotAllowed(name));
    if (const Error mismatch = checkKey(key, name); !mismatch.isNull())
        return fail(mismatch);

    QByteArray signature = m_signature;
    switch (spec->family) {
    case Family::Ecdsa:
        if (signature.size() != 2 * spec->coordinateBytes)
            return fail(badSignature(QStringLiteral("%1 signatures are %2 bytes (RFC 7518 §3.4), this one has %3")
                                         .arg(name)
                                         .arg(2 * spec->coordinateBytes)
                                         .arg(signature.size())));
        signature = rawToDer(signature, spec->coordinateBytes);
        if (signature.isEmpty())
            return fail(badSignature(QStringLiteral("cannot convert the ECDSA signature: %1").arg(takeErrors())));
        break;
    case Family::RsaPkcs1:
    case Family::RsaPss:
        if (signature.size() != EVP_PKEY_get_size(key))
            return fail(badSignature(QStringLiteral("%1 signature has %2 bytes, the key's modulus has %3")
                                         .arg(name)
                                         .arg(signature.size())
                                         .arg(EVP_PKEY_get_size(key))));
        break;
    case Family::EdDsa:
        if (signature.size() != 64)
            return fail(badSignature(QStringLiteral("Ed25519 signatures are 64 bytes, this one has %1").arg(signature.size())));
        break;
    }

    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyCtx = nullptr; // owned by ctx
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), &keyCtx, spec->digest, nullptr, nullptr, key, nullptr) != 1
        || (spec->family == Family::RsaPss && !configurePss(keyCtx)))
        return fail(keyMismatch(QStringLiteral("OpenSSL cannot verify %1 with this key: %2").arg(name, takeErrors())));
    const int rc = EVP_DigestVerify(
        ctx.get(), bytes(signature), size_t(signature.size()), bytes(m_signingInput), size_t(m_signingInput.size()));
    if (rc != 1)
        return fail(badSignature(QStringLiteral("the %1 signature does not match the header and payload").arg(name)));
    return Error();
}

Error Jws::verify(const Jwk &key) const
{
    const QString name = algorithm();
    if (!findAlgorithm(name))
        return algorithmNotAllowed(name);
    if (const Error mismatch = key.checkUsableFor(name); !mismatch.isNull())
        return mismatch;
    return verify(key.key());
}

Result<QString> Jws::sign(const QJsonObject &header, const QByteArray &payload, EVP_PKEY *key, const QString &algorithm)
{
    const Algorithm *spec = findAlgorithm(algorithm);
    if (!spec)
        return algorithmNotAllowed(algorithm);
    if (const Error mismatch = checkKey(key, algorithm); !mismatch.isNull())
        return mismatch;
    if (!hasPrivateKey(key))
        return keyMismatch(QStringLiteral("signing needs a private key"));

    QJsonObject protectedHeader = header;
    protectedHeader.insert(QStringLiteral("alg"), algorithm);
    const QByteArray input
        = Base64Url::encode(QJsonDocument(protectedHeader).toJson(QJsonDocument::Compact)) + '.' + Base64Url::encode(payload);

    auto failed = [](const QString &detail) {
        return Error::make(QStringLiteral("signing_failed"), Tr::tr("Keyway could not sign the token."), detail);
    };
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyCtx = nullptr; // owned by ctx
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), &keyCtx, spec->digest, nullptr, nullptr, key, nullptr) != 1
        || (spec->family == Family::RsaPss && !configurePss(keyCtx))
        || EVP_DigestSign(ctx.get(), nullptr, &length, bytes(input), size_t(input.size())) != 1)
        return failed(takeErrors());
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(
            ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes(input), size_t(input.size()))
        != 1)
        return failed(takeErrors());
    signature.resize(qsizetype(length));
    if (spec->family == Family::Ecdsa) {
        signature = derToRaw(signature, spec->coordinateBytes);
        if (signature.isEmpty())
            return failed(QStringLiteral("cannot convert the ECDSA signature: %1").arg(takeErrors()));
    }
    return QString::fromLatin1(input + '.' + Base64Url::encode(signature));
}

QStringList Jws::supportedAlgorithms()
{
    QStringList names;
    for (const Algorithm &algorithm : kAlgorithms)
        names << QLatin1String(algorithm.name);
    return names;
}

bool Jws::isSupportedAlgorithm(const QString &algorithm)
{
    return findAlgorithm(algorithm) != nullptr;
}

Error Jws::checkKey(const EVP_PKEY *key, const QString &algorithm)
{
    const Algorithm *spec = findAlgorithm(algorithm);
    if (!spec)
        return keyMismatch(QStringLiteral("alg \"%1\" is not supported").arg(algorithm));
    if (!key)
        return keyMismatch(QStringLiteral("no key"));
    switch (spec->family) {
    case Family::RsaPkcs1:
        // A key restricted to RSA-PSS must not produce or accept PKCS#1 v1.5 signatures.
        if (!EVP_PKEY_is_a(key, "RSA"))
            return keyMismatch(QStringLiteral("%1 needs an RSA key, this is %2").arg(algorithm, joseKeyType(key)));
        break;
    case Family::RsaPss:
        if (!EVP_PKEY_is_a(key, "RSA") && !EVP_PKEY_is_a(key, "RSA-PSS"))
            return keyMismatch(QStringLiteral("%1 needs an RSA key, this is %2").arg(algorithm, joseKeyType(key)));
        break;
    case Family::Ecdsa:
    case Family::EdDsa: {
        const QString curve = joseCurve(key);
        if (curve != QLatin1String(spec->curve))
            return keyMismatch(QStringLiteral("%1 needs a %2 key, this is %3")
                                   .arg(algorithm, QLatin1String(spec->curve), curve.isEmpty() ? joseKeyType(key) : curve));
        break;
    }
    }
    if (spec->family == Family::RsaPkcs1 || spec->family == Family::RsaPss) {
        // RFC 7518 §3.3 and §3.5: 2048 bits or more.
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < Jwk::kMinRsaBits || bits > Jwk::kMaxRsaBits)
            return keyMismatch(QStringLiteral("RSA keys must have %1 to %2 bits, this one has %3")
                                   .arg(Jwk::kMinRsaBits)
                                   .arg(Jwk::kMaxRsaBits)
                                   .arg(bits));
    }
    return {};
}

Error Jws::keyMismatch(const QString &detail)
{
    return Error::make(QStringLiteral("key_mismatch"), Tr::tr("The token's signature cannot be checked with this key."), detail);
}

QString Jws::defaultAlgorithm(const EVP_PKEY *key)
{
    const QString curve = joseCurve(key);
    if (curve == QLatin1String("P-256"))
        return QStringLiteral("ES256");
    if (curve == QLatin1String("P-384"))
        return QStringLiteral("ES384");
    if (curve == QLatin1String("P-521"))
        return QStringLiteral("ES512");
    if (curve == QLatin1String("Ed25519"))
        return QStringLiteral("EdDSA");
    if (joseKeyType(key) == QLatin1String("RSA"))
        return EVP_PKEY_is_a(key, "RSA-PSS") ? QStringLiteral("PS256") : QStringLiteral("RS256");
    return {};
}

} // namespace keyway
