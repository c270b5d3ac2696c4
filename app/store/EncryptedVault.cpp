#include "store/EncryptedVault.h"

#include "common/Log.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace keyway {

namespace {

const QLatin1String kFormat("keyway-vault");
const QLatin1String kCipher("AES-256-GCM");
const QLatin1String kKdf("scrypt");

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error make(const char *code, const QString &message, const QString &detail = {})
{
    return Error::make(QString::fromLatin1(code), message, detail);
}

Error corrupt(const QString &detail)
{
    return make("vault_corrupt", EncryptedVault::tr("The encrypted vault file is damaged or not a Keyway vault."), detail);
}

// Strict base64: a vault file that was edited by hand must not half-decode.
bool fromBase64(const QJsonValue &value, QByteArray *out)
{
    if (!value.isString())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = *decoded;
    return true;
}

quint64 scryptMemory(const EncryptedVault::KdfParams &kdf)
{
    // RFC 7914: scrypt needs about 128 * N * r bytes (plus 128 * r * p).
    return 128ULL * kdf.n * kdf.r + 128ULL * kdf.r * kdf.p;
}

// "vault_corrupt" when a file's scrypt parameters are out of bounds (a null Error when they are fine).
Error checkKdf(const EncryptedVault::KdfParams &kdf)
{
    if (kdf.n < 1024 || kdf.n > (1ULL << 22) || (kdf.n & (kdf.n - 1)) != 0)
        return corrupt(QStringLiteral("scrypt N must be a power of two from 2^10 to 2^22"));
    if (kdf.r < 1 || kdf.r > 32 || kdf.p < 1 || kdf.p > 16)
        return corrupt(QStringLiteral("scrypt r must be 1-32 and p 1-16"));
    if (scryptMemory(kdf) > EncryptedVault::kMaxMemoryBytes)
        return corrupt(QStringLiteral("scrypt parameters need more than %1 MiB").arg(EncryptedVault::kMaxMemoryBytes >> 20));
    // Issue 15.12: time too. scrypt's work grows with N * r * p (RFC 7914 §2); p costs CPU but no memory, so the
    // memory cap alone let a file ask for seconds of CPU on every open.
    if (kdf.n * kdf.r * kdf.p > EncryptedVault::kMaxWork)
        return corrupt(QStringLiteral("scrypt parameters ask for more than %1 times the default work")
                           .arg(EncryptedVault::kMaxWork / (VaultKdfParams().n * VaultKdfParams().r * VaultKdfParams().p)));
    return {};
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL could not produce random bytes");
    return out;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

EncryptedVault::~EncryptedVault()
{
    wipe(m_key);
}

QByteArray EncryptedVault::associatedData(int version, const KdfParams &kdf, const QByteArray &salt)
{
    return QStringLiteral("%1;%2;%3;N=%4;r=%5;p=%6;salt=%7;%8")
        .arg(kFormat)
        .arg(version)
        .arg(kKdf)
        .arg(kdf.n)
        .arg(kdf.r)
        .arg(kdf.p)
        .arg(QString::fromLatin1(salt.toBase64()), kCipher)
        .toUtf8();
}

Result<EncryptedVault::Header> EncryptedVault::parseHeader(const QByteArray &file)
{
    if (file.size() > kMaxFileBytes)
        return corrupt(QStringLiteral("file larger than %1 bytes").arg(kMaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file, &parseError);
    if (!doc.isObject())
        return corrupt(
            parseError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object") : parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != kFormat)
        return corrupt(QStringLiteral("format is not keyway-vault"));
    Header h;
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != 1)
        return Error::make(QStringLiteral("vault_too_new"),
            tr("The encrypted vault was written by a newer Keyway. Update Keyway to open it."),
            QStringLiteral("version %1").arg(version.toVariant().toString()));
    const QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
    if (kdf.value(QLatin1String("name")).toString() != kKdf)
        return corrupt(QStringLiteral("kdf is not scrypt"));
    const auto integer = [&kdf](const char *name, quint64 *out) {
        const QJsonValue v = kdf.value(QLatin1String(name));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > double(1ULL << 32) || d != double(quint64(d)))
            return false;
        *out = quint64(d);
        return true;
    };
    quint64 n = 0, r = 0, p = 0;
    if (!integer("N", &n) || !integer("r", &r) || !integer("p", &p))
        return corrupt(QStringLiteral("scrypt parameters missing or not whole numbers"));
    h.kdf.n = n;
    h.kdf.r = quint32(qMin<quint64>(r, 1000));
    h.kdf.p = quint32(qMin<quint64>(p, 1000));
    if (const Error error = checkKdf(h.kdf); !error.isNull())
        return error;
    if (o.value(QLatin1String("cipher")).toString() != kCipher)
        return corrupt(QStringLiteral("cipher is not AES-256-GCM"));
    if (!fromBase64(kdf.value(QLatin1String("salt")), &h.salt) || h.salt.size() != kSaltBytes)
        return corrupt(QStringLiteral("bad salt"));
    if (!fromBase64(o.value(QLatin1String("nonce")), &h.nonce) || h.nonce.size() != kNonceBytes)
        return corrupt(QStringLiteral("bad nonce"));
    if (!fromBase64(o.value(QLatin1String("tag")), &h.tag) || h.tag.size() != kTagBytes)
        return corrupt(QStringLiteral("bad tag"));
    if (!fromBase64(o.value(QLatin1String("ciphertext")), &h.ciphertext))
        return corrupt(QStringLiteral("bad ciphertext"));
    return h;
}

Result<QByteArray> EncryptedVault::deriveKey(const QByteArray &passphrase, const QByteArray &salt, const KdfParams &kdf)
{
    if (const Error error = checkKdf(kdf); !error.isNull())
        return error;
    QByteArray key(kKeyBytes, '\0');
    // maxmem a little above what the parameters need, so OpenSSL's own 32 MiB default does not refuse them.
    if (EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), kdf.n, kdf.r, kdf.p,
            scryptMemory(kdf) + 1024 * 1024, reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()))
        != 1)
        return make("vault_crypto", tr("The vault key could not be derived."), QStringLiteral("EVP_PBE_scrypt failed"));
    return key;
}

Result<EncryptedVault::Entries> EncryptedVault::decodeEntries(const QByteArray &plaintext)
{
    const QJsonDocument doc = QJsonDocument::fromJson(plaintext);
    const QJsonValue entries = doc.object().value(QLatin1String("entries"));
    if (!doc.isObject() || !entries.isObject())
        return corrupt(QStringLiteral("decrypted content is not an entries object"));
    Entries out;
    const QJsonObject o = entries.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QByteArray value;
        if (!fromBase64(it.value(), &value))
            return corrupt(QStringLiteral("an entry is not base64"));
        out.insert(it.key(), value);
    }
    return out;
}

Result<EncryptedVault::Entries> EncryptedVault::decrypt(const Header &header, const QByteArray &key)
{
    if (key.size() != kKeyBytes || header.nonce.size() != kNonceBytes || header.tag.size() != kTagBytes)
        return corrupt(QStringLiteral("key, nonce or tag of the wrong size"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const QByteArray aad = associatedData(header.version, header.kdf, header.salt);
    QByteArray plain(header.ciphertext.size() + 16, '\0');
    int len = 0;
    int total = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *iv = reinterpret_cast<const unsigned char *>(header.nonce.constData());
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, k, iv) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size()))
            == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
               reinterpret_cast<const unsigned char *>(header.ciphertext.constData()), int(header.ciphertext.size()))
            == 1;
    total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, const_cast<char *>(header.tag.constData())) == 1;
    // The tag is checked here: nothing decrypted is used unless it matches.
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + total, &len) == 1;
    if (!ok) {
        wipe(plain);
        return make("vault_wrong_passphrase",
            tr("The encrypted vault could not be opened: the passphrase is wrong, or the file was changed."),
            QStringLiteral("AES-256-GCM tag check failed"));
    }
    plain.truncate(total + len);
    auto entries = decodeEntries(plain);
    wipe(plain);
    return entries;
}

Result<QByteArray> EncryptedVault::seal(
    const Entries &entries, const QByteArray &key, const QByteArray &salt, const KdfParams &kdf)
{
    QJsonObject items;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        items.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QByteArray plain = QJsonDocument(QJsonObject {{QStringLiteral("entries"), items}}).toJson(QJsonDocument::Compact);
    const QByteArray nonce = randomBytes(kNonceBytes);
    const QByteArray aad = associatedData(1, kdf, salt);
    QByteArray cipher(plain.size() + 16, '\0');
    QByteArray tag(kTagBytes, '\0');
    int len = 0;
    int total = 0;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    bool ok = ctx && key.size() == kKeyBytes && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
               reinterpret_cast<const unsigned char *>(nonce.constData()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()), &len,
               reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size()))
            == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()) + total, &len) == 1;
    total += len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) == 1;
    wipe(plain);
    if (!ok)
        return make("vault_crypto", tr("The vault could not be encrypted."), QStringLiteral("AES-256-GCM encryption failed"));
    cipher.truncate(total);
    const QJsonObject file {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("kdf"),
            QJsonObject {{QStringLiteral("name"), kKdf}, {QStringLiteral("N"), double(kdf.n)},
                {QStringLiteral("r"), double(kdf.r)}, {QStringLiteral("p"), double(kdf.p)},
                {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}}},
        {QStringLiteral("cipher"), kCipher},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64())},
        {QStringLiteral("tag"), QString::fromLatin1(tag.toBase64())},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<EncryptedVault> EncryptedVault::create(const QString &path, const QByteArray &passphrase, const KdfParams &kdf)
{
    if (QFileInfo::exists(path))
        return make("vault_exists", tr("An encrypted vault already exists at %1.").arg(path));
    if (QString::fromUtf8(passphrase).size() < kMinPassphraseLength)
        return make("vault_weak_passphrase",
            tr("The vault passphrase must be at least %n character(s) long.", nullptr, int(kMinPassphraseLength)));
    EncryptedVault vault;
    vault.m_path = path;
    vault.m_kdf = kdf;
    vault.m_salt = randomBytes(kSaltBytes);
    auto key = deriveKey(passphrase, vault.m_salt, kdf);
    if (!key)
        return key.error();
    vault.m_key = key.value();
    if (const Error error = vault.save(); !error.isNull())
        return error;
    qCInfo(lcStore) << "created an encrypted vault at" << path;
    return vault;
}

namespace {
Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(QStringLiteral("vault_missing"), EncryptedVault::tr("There is no encrypted vault at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QStringLiteral("vault_io"), EncryptedVault::tr("The encrypted vault could not be read."), file.errorString());
    if (file.size() > EncryptedVault::kMaxFileBytes)
        return corrupt(QStringLiteral("file larger than %1 bytes").arg(EncryptedVault::kMaxFileBytes));
    return file.readAll();
}
} // namespace

Result<EncryptedVault> EncryptedVault::open(const QString &path, const QByteArray &passphrase)
{
    const auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    const auto header = parseHeader(bytes.value());
    if (!header)
        return header.error();
    auto key = deriveKey(passphrase, header.value().salt, header.value().kdf);
    if (!key)
        return key.error();
    auto entries = decrypt(header.value(), key.value());
    if (!entries) {
        wipe(key.value());
        return entries.error();
    }
    EncryptedVault vault;
    vault.m_path = path;
    vault.m_key = key.value();
    wipe(key.value());
    vault.m_salt = header.value().salt;
    vault.m_kdf = header.value().kdf;
    vault.m_entries = entries.value();
    return vault;
}

Error EncryptedVault::reload()
{
    const auto bytes = readFile(m_path);
    const auto header = bytes ? parseHeader(bytes.value()) : Result<Header>(bytes.error());
    if (!header)
        return header.error();
    if (header.value().salt != m_salt || header.value().kdf.n != m_kdf.n || header.value().kdf.r != m_kdf.r
        || header.value().kdf.p != m_kdf.p) {
        return make("vault_rekeyed", tr("The encrypted vault's passphrase was changed: unlock it again."));
    }
    const auto entries = decrypt(header.value(), m_key);
    if (!entries)
        return entries.error();
    m_entries = entries.value();
    return Error();
}

Error EncryptedVault::insert(const QString &key, const QByteArray &value)
{
    m_entries.insert(key, value);
    return save();
}

Error EncryptedVault::remove(const QString &key)
{
    if (!m_entries.contains(key))
        return Error();
    m_entries.remove(key);
    return save();
}

Error EncryptedVault::changePassphrase(const QByteArray &newPassphrase)
{
    if (QString::fromUtf8(newPassphrase).size() < kMinPassphraseLength)
        return make("vault_weak_passphrase",
            tr("The vault passphrase must be at least %n character(s) long.", nullptr, int(kMinPassphraseLength)));
    const QByteArray salt = randomBytes(kSaltBytes);
    auto key = deriveKey(newPassphrase, salt, m_kdf);
    if (!key)
        return key.error();
    const QByteArray oldKey = m_key;
    const QByteArray oldSalt = m_salt;
    m_key = key.value();
    m_salt = salt;
    if (Error error = save(); !error.isNull()) {
        m_key = oldKey;
        m_salt = oldSalt;
        return error;
    }
    return Error();
}

Error EncryptedVault::save()
{
    const auto sealed = seal(m_entries, m_key, m_salt, m_kdf);
    if (!sealed)
        return sealed.error();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return make("vault_io", tr("The encrypted vault could not be written."), file.errorString());
    // Owner-only from the first byte: the temporary file gets the permissions before anything is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(sealed.value());
    if (!file.commit())
        return make("vault_io", tr("The encrypted vault could not be written."), file.errorString());
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Error();
}

} // namespace keyway
