#include "jose/Jwk.h"

#include "jose/Base64Url.h"
#include "jose/Jws.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <initializer_list>
#include <utility>

#include <openssl/core_names.h>

namespace keyway {

using namespace openssl;

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Jwk)
};

Error invalid(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_jwk"), Tr::tr("The key (JWK) is not valid."), detail);
}

Error unsupported(const QString &detail)
{
    return Error::make(QStringLiteral("unsupported_jwk"), Tr::tr("This kind of key (JWK) is not supported."), detail);
}

// Reads one Base64urlUInt / octet member. An absent optional member is empty.
Result<QByteArray> readMember(const QJsonObject &json, const char *name, bool required)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isUndefined()) {
        if (required)
            return invalid(QStringLiteral("member \"%1\" is missing").arg(QLatin1String(name)));
        return QByteArray();
    }
    if (!value.isString())
        return invalid(QStringLiteral("member \"%1\" is not a string").arg(QLatin1String(name)));
    const auto decoded = Base64Url::decode(value.toString());
    if (!decoded)
        return invalid(QStringLiteral("member \"%1\": %2").arg(QLatin1String(name), decoded.error().detail));
    if (decoded.value().isEmpty())
        return invalid(QStringLiteral("member \"%1\" is empty").arg(QLatin1String(name)));
    return decoded.value();
}

// Reads the members in order into their places; the first that is missing or malformed is the error.
struct Member
{
    const char *name;
    bool required;
    QByteArray &out;
};
Error readMembers(const QJsonObject &json, std::initializer_list<Member> members)
{
    for (const Member &member : members) {
        const Result<QByteArray> value = readMember(json, member.name, member.required);
        if (!value)
            return value.error();
        member.out = value.value();
    }
    return {};
}

// An optional string member: a null QString when absent.
Result<QString> readString(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return invalid(QStringLiteral("member \"%1\" is not a string").arg(QLatin1String(name)));
    return value.toString();
}

// The key OpenSSL builds from `builder`; "invalid_jwk" with OpenSSL's errors as detail when it refuses.
Result<PkeyPtr> fromData(const char *type, int selection, OSSL_PARAM_BLD *builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, selection, params.get()) != 1)
        return invalid(takeErrors());
    return Result<PkeyPtr>(PkeyPtr(raw));
}

Result<PkeyPtr> rsaFromJson(const QJsonObject &json)
{
    QByteArray n, e, d, p, q, dp, dq, qi;
    if (const Error error = readMembers(json,
            {{"n", true, n}, {"e", true, e}, {"d", false, d}, {"p", false, p}, {"q", false, q}, {"dp", false, dp},
                {"dq", false, dq}, {"qi", false, qi}});
        !error.isNull())
        return error;
    if (json.contains(QLatin1String("oth")))
        return unsupported(QStringLiteral("multi-prime RSA keys (\"oth\", RFC 7518 §6.3.2.7) are not supported"));

    const BignumPtr bnN = toBignum(n), bnE = toBignum(e);
    if (!bnN || !bnE)
        return invalid(takeErrors());
    const int bits = BN_num_bits(bnN.get());
    if (bits < Jwk::kMinRsaBits)
        return invalid(QStringLiteral("the RSA modulus has %1 bits; at least %2 are required (RFC 7518 §3.3)")
                           .arg(bits)
                           .arg(Jwk::kMinRsaBits));
    if (bits > Jwk::kMaxRsaBits)
        return invalid(QStringLiteral("the RSA modulus has %1 bits; Keyway accepts at most %2").arg(bits).arg(Jwk::kMaxRsaBits));
    if (!BN_is_odd(bnN.get()))
        return invalid(QStringLiteral("the RSA modulus is even"));
    if (BN_num_bits(bnE.get()) > 64 || !BN_is_odd(bnE.get()) || BN_is_one(bnE.get()))
        return invalid(QStringLiteral("the RSA public exponent is not an odd number between 3 and 2^64"));

    const bool anyCrt = !p.isEmpty() || !q.isEmpty() || !dp.isEmpty() || !dq.isEmpty() || !qi.isEmpty();
    const bool allCrt = !p.isEmpty() && !q.isEmpty() && !dp.isEmpty() && !dq.isEmpty() && !qi.isEmpty();
    if (anyCrt && !allCrt)
        return invalid(QStringLiteral("p, q, dp, dq and qi must all be present or all be absent (RFC 7518 §6.3.2)"));
    if (anyCrt && d.isEmpty())
        return invalid(QStringLiteral("CRT members without the private exponent \"d\""));

    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    const BignumPtr bnD = toBignum(d), bnP = toBignum(p), bnQ = toBignum(q), bnDp = toBignum(dp), bnDq = toBignum(dq),
                    bnQi = toBignum(qi);
    bool pushed = builder && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get())
        && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get());
    if (pushed && !d.isEmpty())
        pushed = OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_D, bnD.get());
    if (pushed && allCrt)
        pushed = OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, bnP.get())
            && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, bnQ.get())
            && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, bnDp.get())
            && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, bnDq.get())
            && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, bnQi.get());
    if (!pushed)
        return invalid(takeErrors());
    Result<PkeyPtr> built = fromData("RSA", d.isEmpty() ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR, builder.get());
    if (!built)
        return invalid(QStringLiteral("OpenSSL rejected the RSA key: %1").arg(built.error().detail));
    PkeyPtr key = std::move(built).value();
    if (!d.isEmpty() && !pairwiseConsistent(key.get()))
        return invalid(QStringLiteral("the private members do not belong to the public key"));
    return Result<PkeyPtr>(std::move(key));
}

Result<PkeyPtr> ecFromJson(const QJsonObject &json, const QString &curve)
{
    const int size = curveCoordinateBytes(curve);
    const char *group = curveGroupName(curve);
    if (!group)
        return unsupported(QStringLiteral("EC curve \"%1\" is not supported (P-256, P-384 and P-521 are)").arg(curve));
    QByteArray x, y, d;
    if (const Error error = readMembers(json, {{"x", true, x}, {"y", true, y}, {"d", false, d}}); !error.isNull())
        return error;
    // RFC 7518 §6.2.1.2-3 and §6.2.2.1: coordinates and the private scalar have the full length of the curve.
    if (x.size() != size || y.size() != size)
        return invalid(QStringLiteral("x and y must be %1 bytes each for %2 (RFC 7518 §6.2.1.2), got %3 and %4")
                           .arg(size)
                           .arg(curve)
                           .arg(x.size())
                           .arg(y.size()));
    if (!d.isEmpty() && d.size() != size)
        return invalid(
            QStringLiteral("d must be %1 bytes for %2 (RFC 7518 §6.2.2.1), got %3").arg(size).arg(curve).arg(d.size()));

    const QByteArray point = QByteArray(1, '\x04') + x + y; // SEC 1 §2.3.3 uncompressed point
    const BignumPtr scalar = toBignum(d);
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    bool pushed = builder && OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0)
        && OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()));
    if (pushed && !d.isEmpty())
        pushed = OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, scalar.get());
    if (!pushed)
        return invalid(takeErrors());
    Result<PkeyPtr> built = fromData("EC", d.isEmpty() ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR, builder.get());
    if (!built)
        return invalid(QStringLiteral("the point (x, y) is not a valid %1 public key: %2").arg(curve, built.error().detail));
    PkeyPtr key = std::move(built).value();
    // Invalid-curve attacks: the point must lie on the curve and in the right subgroup.
    const PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return invalid(QStringLiteral("the point (x, y) is not a valid %1 public key: %2").arg(curve, takeErrors()));
    if (!d.isEmpty() && !pairwiseConsistent(key.get()))
        return invalid(QStringLiteral("the private scalar d does not belong to the point (x, y)"));
    return Result<PkeyPtr>(std::move(key));
}

Result<PkeyPtr> okpFromJson(const QJsonObject &json, const QString &curve)
{
    if (curve != QLatin1String("Ed25519"))
        return unsupported(QStringLiteral("OKP curve \"%1\" is not supported (Ed25519 is)").arg(curve));
    QByteArray x, d;
    if (const Error error = readMembers(json, {{"x", true, x}, {"d", false, d}}); !error.isNull())
        return error;
    // RFC 8037 §2 with RFC 8032 §5.1.5: Ed25519 public keys and private seeds are 32 octets.
    if (x.size() != 32)
        return invalid(QStringLiteral("x must be 32 bytes for Ed25519, got %1").arg(x.size()));
    if (!d.isEmpty() && d.size() != 32)
        return invalid(QStringLiteral("d must be 32 bytes for Ed25519, got %1").arg(d.size()));

    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    // With d, only the seed is imported and OpenSSL derives the public key, which must then equal x.
    const bool pushed = builder
        && (d.isEmpty()
                ? OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, x.constData(), size_t(x.size()))
                : OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.constData(), size_t(d.size())));
    if (!pushed)
        return invalid(takeErrors());
    Result<PkeyPtr> built = fromData("ED25519", d.isEmpty() ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR, builder.get());
    if (!built)
        return invalid(QStringLiteral("OpenSSL rejected the Ed25519 key: %1").arg(built.error().detail));
    PkeyPtr key = std::move(built).value();
    if (!d.isEmpty()) {
        unsigned char derived[32];
        size_t length = sizeof derived;
        if (EVP_PKEY_get_raw_public_key(key.get(), derived, &length) != 1 || length != 32
            || QByteArray(reinterpret_cast<const char *>(derived), 32) != x) {
            takeErrors();
            return invalid(QStringLiteral("the private key d does not belong to the public key x"));
        }
    }
    return Result<PkeyPtr>(std::move(key));
}

// Size and type limits shared by fromJson() and fromKey().
Error supportedKey(const EVP_PKEY *key)
{
    const QString type = joseKeyType(key);
    if (type.isEmpty())
        return unsupported(QStringLiteral("only RSA, EC (P-256, P-384, P-521) and Ed25519 keys are supported"));
    if (type == QLatin1String("RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < Jwk::kMinRsaBits || bits > Jwk::kMaxRsaBits)
            return unsupported(QStringLiteral("RSA keys must have %1 to %2 bits, this one has %3")
                                   .arg(Jwk::kMinRsaBits)
                                   .arg(Jwk::kMaxRsaBits)
                                   .arg(bits));
    } else if (joseCurve(key).isEmpty()) {
        return unsupported(QStringLiteral("only the curves P-256, P-384, P-521 and Ed25519 are supported"));
    }
    return {};
}

} // namespace

Jwk::Jwk(const Jwk &other)
    : m_key(shareKey(other.m_key.get()))
    , m_keyType(other.m_keyType)
    , m_curve(other.m_curve)
    , m_keyId(other.m_keyId)
    , m_algorithm(other.m_algorithm)
    , m_use(other.m_use)
    , m_keyOperations(other.m_keyOperations)
    , m_private(other.m_private)
{
}

Jwk &Jwk::operator=(const Jwk &other)
{
    if (this != &other) {
        Jwk copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Result<Jwk> Jwk::fromJson(const QJsonObject &json)
{
    Jwk jwk;
    QString keyType, curve;
    for (const auto &[name, out] : {std::pair<const char *, QString *> {"kty", &keyType}, {"crv", &curve}, {"kid", &jwk.m_keyId},
             {"alg", &jwk.m_algorithm}, {"use", &jwk.m_use}}) {
        const Result<QString> value = readString(json, name);
        if (!value)
            return value.error();
        *out = value.value();
    }
    if (keyType.isEmpty())
        return invalid(QStringLiteral("member \"kty\" is missing"));
    const QJsonValue ops = json.value(QLatin1String("key_ops"));
    if (!ops.isUndefined()) {
        if (!ops.isArray())
            return invalid(QStringLiteral("member \"key_ops\" is not an array"));
        for (const QJsonValue &op : ops.toArray()) {
            if (!op.isString())
                return invalid(QStringLiteral("member \"key_ops\" holds a value that is not a string"));
            jwk.m_keyOperations << op.toString();
        }
    }

    Result<PkeyPtr> key = [&]() -> Result<PkeyPtr> {
        if (keyType == QLatin1String("RSA"))
            return rsaFromJson(json);
        if (keyType == QLatin1String("EC"))
            return ecFromJson(json, curve);
        if (keyType == QLatin1String("OKP"))
            return okpFromJson(json, curve);
        if (keyType == QLatin1String("oct"))
            return unsupported(
                QStringLiteral("symmetric keys (kty \"oct\") are not accepted: Keyway verifies with public keys only"));
        return unsupported(QStringLiteral("key type \"%1\" is not supported").arg(keyType));
    }();
    if (!key)
        return key.error();
    jwk.m_key = std::move(key).value();
    jwk.m_keyType = keyType;
    jwk.m_curve = keyType == QLatin1String("RSA") ? QString() : curve;
    jwk.m_private = json.contains(QLatin1String("d"));
    return jwk;
}

Result<Jwk> Jwk::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    return fromJson(document.object());
}

Result<Jwk> Jwk::fromKey(EVP_PKEY *key)
{
    if (!key)
        return invalid(QStringLiteral("no key"));
    if (const Error error = supportedKey(key); !error.isNull())
        return error;
    Jwk jwk;
    jwk.m_key = shareKey(key);
    jwk.m_keyType = joseKeyType(key);
    jwk.m_curve = joseCurve(key);
    jwk.m_private = hasPrivateKey(key);
    return jwk;
}

int Jwk::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

Error Jwk::checkUsableFor(const QString &algorithm) const
{
    if (!m_key)
        return Jws::keyMismatch(QStringLiteral("no key"));
    if (!m_use.isEmpty() && m_use != QLatin1String("sig"))
        return Jws::keyMismatch(QStringLiteral("the key is meant for \"%1\", not for signatures (RFC 7517 §4.2)").arg(m_use));
    if (!m_keyOperations.isEmpty() && !m_keyOperations.contains(QLatin1String("verify")))
        return Jws::keyMismatch(QStringLiteral("the key's key_ops do not include \"verify\" (RFC 7517 §4.3)"));
    if (!m_algorithm.isEmpty() && m_algorithm != algorithm)
        return Jws::keyMismatch(
            QStringLiteral("the key is for %1, the token uses %2 (RFC 7517 §4.4)").arg(m_algorithm, algorithm));
    return Jws::checkKey(m_key.get(), algorithm);
}

QJsonObject Jwk::toPublicJson() const
{
    QJsonObject json = publicJson(m_key.get());
    if (json.isEmpty())
        return json;
    if (!m_keyId.isEmpty())
        json.insert(QStringLiteral("kid"), m_keyId);
    if (!m_algorithm.isEmpty())
        json.insert(QStringLiteral("alg"), m_algorithm);
    if (!m_use.isEmpty())
        json.insert(QStringLiteral("use"), m_use);
    if (!m_keyOperations.isEmpty())
        json.insert(QStringLiteral("key_ops"), QJsonArray::fromStringList(m_keyOperations));
    return json;
}

QString Jwk::thumbprint() const
{
    return thumbprint(m_key.get());
}

QJsonObject Jwk::publicJson(const EVP_PKEY *key)
{
    const QString type = joseKeyType(key);
    if (type == QLatin1String("RSA")) {
        const QByteArray n = bignumParam(key, OSSL_PKEY_PARAM_RSA_N);
        const QByteArray e = bignumParam(key, OSSL_PKEY_PARAM_RSA_E);
        if (n.isEmpty() || e.isEmpty())
            return {};
        return {{QStringLiteral("kty"), type}, {QStringLiteral("n"), Base64Url::encodeToString(n)},
            {QStringLiteral("e"), Base64Url::encodeToString(e)}};
    }
    const QString curve = joseCurve(key);
    if (type == QLatin1String("EC") && !curve.isEmpty()) {
        const int size = curveCoordinateBytes(curve);
        const QByteArray x = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, size);
        const QByteArray y = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, size);
        if (x.isEmpty() || y.isEmpty())
            return {};
        return {{QStringLiteral("kty"), type}, {QStringLiteral("crv"), curve},
            {QStringLiteral("x"), Base64Url::encodeToString(x)}, {QStringLiteral("y"), Base64Url::encodeToString(y)}};
    }
    if (type == QLatin1String("OKP")) {
        unsigned char raw[32];
        size_t length = sizeof raw;
        if (EVP_PKEY_get_raw_public_key(key, raw, &length) != 1 || length != sizeof raw) {
            takeErrors();
            return {};
        }
        return {{QStringLiteral("kty"), type}, {QStringLiteral("crv"), curve},
            {QStringLiteral("x"), Base64Url::encodeToString(QByteArray(reinterpret_cast<const char *>(raw), 32))}};
    }
    return {};
}

QString Jwk::thumbprint(const EVP_PKEY *key)
{
    const QJsonObject json = publicJson(key);
    if (json.isEmpty())
        return {};
    // RFC 7638 §3.2: only the required members, in lexicographic order, no whitespace. Every value is ASCII
    // (base64url or a curve name), so no JSON escaping can differ between implementations.
    const QString type = json.value(QStringLiteral("kty")).toString();
    auto member = [&json](const char *name) {
        return QStringLiteral("\"%1\":\"%2\"").arg(QLatin1String(name), json.value(QLatin1String(name)).toString());
    };
    QStringList members;
    if (type == QLatin1String("RSA"))
        members = {member("e"), member("kty"), member("n")};
    else if (type == QLatin1String("EC"))
        members = {member("crv"), member("kty"), member("x"), member("y")};
    else
        members = {member("crv"), member("kty"), member("x")};
    const QByteArray canonical = (QLatin1Char('{') + members.join(QLatin1Char(',')) + QLatin1Char('}')).toUtf8();
    return Base64Url::encodeToString(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

} // namespace keyway
