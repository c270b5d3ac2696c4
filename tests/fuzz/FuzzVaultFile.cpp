// libFuzzer target: the encrypted vault's file format (EncryptedVault). The file sits in the user's data folder
// where other programs can change it, so its header is parsed as untrusted input before any passphrase is
// involved, and a file must never make Keyway spend unbounded memory or time on key derivation. Checked besides
// memory safety: parameters that parse are within the documented bounds, and no forged file opens with a key
// that never sealed it. The scrypt step itself is skipped (a fixed key stands in for the derived one) so the
// fuzzer spends its time in the parsers.
#include "store/EncryptedVault.h"

#include "FuzzSupport.h"

using namespace keyway;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto header = EncryptedVault::parseHeader(bytes);
    if (header) {
        const EncryptedVault::Header &h = header.value();
        KEYWAY_FUZZ_ASSERT(h.salt.size() == EncryptedVault::kSaltBytes);
        KEYWAY_FUZZ_ASSERT(h.nonce.size() == EncryptedVault::kNonceBytes);
        KEYWAY_FUZZ_ASSERT(h.tag.size() == EncryptedVault::kTagBytes);
        KEYWAY_FUZZ_ASSERT(128ULL * h.kdf.n * h.kdf.r <= EncryptedVault::kMaxMemoryBytes);
        const QByteArray key(EncryptedVault::kKeyBytes, '\x5a');
        const auto entries = EncryptedVault::decrypt(h, key);
        KEYWAY_FUZZ_ASSERT(!entries);
        KEYWAY_FUZZ_ASSERT(entries.error().code == QLatin1String("vault_wrong_passphrase")
            || entries.error().code == QLatin1String("vault_corrupt"));
    } else {
        KEYWAY_FUZZ_ASSERT(!header.error().message.isEmpty());
    }
    // The decrypted part, as if the tag had matched.
    const auto entries = EncryptedVault::decodeEntries(bytes);
    if (entries)
        for (auto it = entries.value().begin(); it != entries.value().end(); ++it)
            (void)it.value().size();
    return 0;
}
