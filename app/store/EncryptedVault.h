#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace keyway {

// scrypt cost (RFC 7914 §2): N a power of two, r block size, p parallelism. The default needs 32 MiB and about a
// tenth of a second; files asking for more than EncryptedVault::kMaxMemoryBytes or kMaxWork are refused (a hostile
// file must not be able to exhaust memory or time).
struct VaultKdfParams
{
    quint64 n = 1 << 15;
    quint32 r = 8;
    quint32 p = 1;
};

// An encrypted file of named secrets, for machines without a usable OS keychain (opt-in, see VaultSecretStore).
// The key is derived from the user's passphrase with scrypt (RFC 7914) and the entries are sealed with
// AES-256-GCM, both from OpenSSL 3. The file is JSON so it can be inspected without revealing anything:
//
//   {"format": "keyway-vault", "version": 1,
//    "kdf": {"name": "scrypt", "N": 32768, "r": 8, "p": 1, "salt": "<base64, 16 bytes>"},
//    "cipher": "AES-256-GCM", "nonce": "<base64, 12 bytes>", "ciphertext": "<base64>", "tag": "<base64, 16 bytes>"}
//
// The plaintext is {"entries": {"<key>": "<base64 value>", ...}}. Everything in the header that decides how the
// file is read (format, version, kdf parameters and salt, cipher) is bound to the ciphertext as GCM additional
// authenticated data, so changing any of it makes the file fail to open rather than be read differently.
// A fresh random 96-bit nonce is used for every save (NIST SP 800-38D §8.2.2); the salt, and so the key, stays
// for the life of the vault. A wrong passphrase and a modified file both fail the GCM tag check and are
// reported together ("vault_wrong_passphrase"), because GCM cannot tell them apart.
//
// Files are written atomically (QSaveFile: a crash leaves the old or the new file, never half of one), with
// owner-only permissions. The derived key is wiped (OPENSSL_cleanse) when the object goes away.
class EncryptedVault
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedVault)
public:
    using Entries = QMap<QString, QByteArray>;

    using KdfParams = VaultKdfParams;
    static constexpr int kKeyBytes = 32;
    static constexpr int kSaltBytes = 16;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;
    static constexpr int kMinPassphraseLength = 8;
    // Caps on what a vault file may ask of scrypt: twice the default's memory, four times its work (N * r * p), so
    // opening a hostile file costs at most a fraction of a second and 64 MiB.
    static constexpr quint64 kMaxMemoryBytes = 64ULL * 1024 * 1024;
    static constexpr quint64 kMaxWork = 4ULL * (1 << 15) * 8 * 1;
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    // What the header says, read without the passphrase.
    struct Header
    {
        int version = 1;
        KdfParams kdf;
        QByteArray salt;
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray tag;
    };

    EncryptedVault() = default;
    EncryptedVault(const EncryptedVault &other) = default;
    EncryptedVault &operator=(const EncryptedVault &other) = default;
    ~EncryptedVault();

    // A new, empty vault at `path`; fails when a file is already there. Error codes: "vault_exists",
    // "vault_weak_passphrase", "vault_io", "vault_crypto".
    static Result<EncryptedVault> create(const QString &path, const QByteArray &passphrase, const KdfParams &kdf = {});
    // Opens an existing vault. Error codes: "vault_missing", "vault_corrupt", "vault_wrong_passphrase", "vault_io".
    static Result<EncryptedVault> open(const QString &path, const QByteArray &passphrase);

    QString path() const { return m_path; }
    const Entries &entries() const { return m_entries; }
    // Reads the file again with the key already derived (another process may have written it). Fails with
    // "vault_rekeyed" when the file now has another salt (its passphrase was changed elsewhere). Each of these
    // returns a null Error on success.
    Error reload();
    // Changes one entry (or removes it) and writes the file.
    Error insert(const QString &key, const QByteArray &value);
    Error remove(const QString &key);
    // Re-encrypts everything under a new passphrase and a new salt.
    Error changePassphrase(const QByteArray &newPassphrase);

    // The file format, as pure functions (fuzzed by tests/fuzz/FuzzVaultFile.cpp).
    static Result<Header> parseHeader(const QByteArray &file);
    static Result<QByteArray> deriveKey(const QByteArray &passphrase, const QByteArray &salt, const KdfParams &kdf);
    static Result<Entries> decrypt(const Header &header, const QByteArray &key);
    static Result<Entries> decodeEntries(const QByteArray &plaintext);
    static Result<QByteArray> seal(const Entries &entries, const QByteArray &key, const QByteArray &salt, const KdfParams &kdf);

private:
    Error save();
    static QByteArray associatedData(int version, const KdfParams &kdf, const QByteArray &salt);

    QString m_path;
    QByteArray m_key;
    QByteArray m_salt;
    KdfParams m_kdf;
    Entries m_entries;
};

} // namespace keyway
