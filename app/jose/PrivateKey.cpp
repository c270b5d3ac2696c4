#include "jose/PrivateKey.h"

#include "jose/Jwk.h"
#include "jose/Jws.h"

#include <QCoreApplication>

#include <openssl/pem.h>

namespace keyway {

using namespace openssl;

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)
};

Error invalidKey(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_key"), Tr::tr("This is not a PEM private key Keyway can read."), detail);
}

Error unsupportedKey(const QString &detail)
{
    return Error::make(QStringLiteral("unsupported_key"),
        Tr::tr("This kind of private key is not supported. Use an RSA key of at least 2048 bits, an EC key on "
               "P-256, P-384 or P-521, or an Ed25519 key."),
        detail);
}

Error encryptedKey()
{
    return Error::make(QStringLiteral("encrypted_key"),
        Tr::tr("This private key is protected by a passphrase. Export it without a passphrase (for example "
               "with \"openssl pkey -in key.pem -out key-unencrypted.pem\") and import that file; Keyway keeps "
               "it in the system keychain."),
        QStringLiteral("encrypted PEM"));
}

// Never prompts on a terminal: records that a passphrase was asked for and refuses.
int refusePassphrase(char *, int, int, void *userData)
{
    *static_cast<bool *>(userData) = true;
    return -1;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, int(length)) : QByteArray();
}

Result<PrivateKey> generated(EVP_PKEY *raw)
{
    PkeyPtr key(raw);
    if (!key)
        return Error::make(
            QStringLiteral("key_generation_failed"), Tr::tr("Keyway could not generate a key pair."), takeErrors());
    return PrivateKey::fromKey(key.get());
}

} // namespace

PrivateKey::PrivateKey(const PrivateKey &other)
    : m_key(shareKey(other.m_key.get()))
{
}

PrivateKey &PrivateKey::operator=(const PrivateKey &other)
{
    if (this != &other)
        m_key = shareKey(other.m_key.get());
    return *this;
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem)
{
    if (pem.trimmed().isEmpty())
        return invalidKey(QStringLiteral("the text is empty"));
    if (pem.size() > kMaxPemSize)
        return invalidKey(QStringLiteral("the text is %1 bytes; a PEM key is at most %2").arg(pem.size()).arg(kMaxPemSize));
    // PKCS#8 "ENCRYPTED PRIVATE KEY" and the traditional OpenSSL "Proc-Type: 4,ENCRYPTED" header.
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED"))
        return encryptedKey();
    if (pem.contains("-----BEGIN OPENSSH PRIVATE KEY-----"))
        return unsupportedKey(QStringLiteral("OpenSSH key format; convert it with \"ssh-keygen -p -m PKCS8 -f key\""));
    if (!pem.contains("PRIVATE KEY-----")) {
        if (pem.contains("-----BEGIN PUBLIC KEY-----") || pem.contains("-----BEGIN RSA PUBLIC KEY-----")
            || pem.contains("-----BEGIN CERTIFICATE-----"))
            return Error::make(QStringLiteral("public_key_only"),
                Tr::tr("This is a public key or certificate. Keyway needs the private key that belongs to it."),
                QStringLiteral("no PRIVATE KEY block"));
        return invalidKey(QStringLiteral("no \"-----BEGIN ... PRIVATE KEY-----\" block"));
    }

    takeErrors();
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    bool passphraseAsked = false;
    PkeyPtr key(
        bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, refusePassphrase, &passphraseAsked, nullptr, nullptr) : nullptr);
    if (passphraseAsked) {
        takeErrors();
        return encryptedKey();
    }
    if (!key)
        return invalidKey(takeErrors());
    return fromKey(key.get());
}

Result<PrivateKey> PrivateKey::fromKey(EVP_PKEY *key)
{
    if (!key)
        return invalidKey(QStringLiteral("no key"));
    // Same type and size rules as for verification keys (RFC 7518 §3.3: RSA of 2048 bits or more).
    const auto jwk = Jwk::fromKey(key);
    if (!jwk)
        return unsupportedKey(jwk.error().detail);
    if (!hasPrivateKey(key))
        return invalidKey(QStringLiteral("the key has no private part"));
    // A damaged key still parses but signs what nobody can verify; find that out now, not at the provider.
    if (!pairwiseConsistent(key))
        return invalidKey(QStringLiteral("the private and public parts of the key do not match"));
    PrivateKey privateKey;
    privateKey.m_key = shareKey(key);
    return privateKey;
}

Result<PrivateKey> PrivateKey::generateRsa(int bits)
{
    if (bits < Jwk::kMinRsaBits || bits > Jwk::kMaxRsaBits)
        return unsupportedKey(QStringLiteral("RSA keys must have %1 to %2 bits").arg(Jwk::kMinRsaBits).arg(Jwk::kMaxRsaBits));
    return generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

Result<PrivateKey> PrivateKey::generateEc(const QString &curve)
{
    const char *group = curveGroupName(curve);
    if (!group)
        return unsupportedKey(QStringLiteral("curve \"%1\" is not supported").arg(curve));
    return generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group));
}

Result<PrivateKey> PrivateKey::generateEd25519()
{
    return generated(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

QString PrivateKey::keyType() const
{
    return joseKeyType(m_key.get());
}

QString PrivateKey::curve() const
{
    return joseCurve(m_key.get());
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString PrivateKey::defaultAlgorithm() const
{
    return Jws::defaultAlgorithm(m_key.get());
}

QByteArray PrivateKey::toPem() const
{
    if (!m_key)
        return {};
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        takeErrors();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray PrivateKey::publicPem() const
{
    if (!m_key)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) {
        takeErrors();
        return {};
    }
    return bioContents(bio.get());
}

QString PrivateKey::thumbprint() const
{
    return Jwk::thumbprint(m_key.get());
}

QJsonObject PrivateKey::publicJwk(const QString &algorithm) const
{
    QJsonObject json = Jwk::publicJson(m_key.get());
    if (json.isEmpty())
        return json;
    json.insert(QStringLiteral("kid"), thumbprint());
    json.insert(QStringLiteral("alg"), algorithm.isEmpty() ? defaultAlgorithm() : algorithm);
    json.insert(QStringLiteral("use"), QStringLiteral("sig"));
    return json;
}

} // namespace keyway
