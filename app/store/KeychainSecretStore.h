#pragma once

#include "store/SecretStore.h"

#include <QHash>
#include <limits>

namespace keyway {

// SecretStore backed by the OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows. QtKeychain's insecure plaintext fallback is never enabled: when no keychain
// is reachable the caller gets an Error naming the cause ("keychain_unavailable").
//
// On Windows, values larger than kChunkSize are split over several entries (as the Nextcloud client does), because
// the Windows credential store limits a blob to 2,560 bytes. The Secret Service and the macOS Keychain take a value
// whole, and there a value is one entry, so a cached token costs one keychain read, not three (issue 27); entries
// written in chunks (by an older Keyway, or on Windows) are read on every platform, and the tests exercise the
// chunked path on Linux by giving kChunkSize. The main entry holds a one-byte tag and either the value ('V') or a
// manifest ('C' + "generation:count:sha256"); chunks are "<key>#<generation>.<i>". A new value's chunks are
// written under a fresh generation before the manifest switches to them, so a crash mid-write leaves the old
// value readable, never a mix of two.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    static constexpr int kChunkSize = 2000;
#if defined(Q_OS_WIN)
    static constexpr int kPlatformChunkSize = kChunkSize;
#else
    static constexpr int kPlatformChunkSize = std::numeric_limits<int>::max();
#endif

    explicit KeychainSecretStore(const QString &service = QStringLiteral("keyway"), QObject *parent = nullptr);
    // Values larger than chunkSize bytes are written in chunks of that size (tests; kPlatformChunkSize otherwise).
    KeychainSecretStore(const QString &service, int chunkSize, QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, DoneCallback done) override;
    // Replaces the entry as this store last read or wrote it (its manifest, remembered without the value), without
    // reading it first; when this store has not seen the entry, the same as write().
    void overwrite(const QString &key, const QByteArray &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    QString description() const override;

    QString service() const
    {
        return m_service;
    }
    // How many keychain jobs this store has started (each a round trip to the keychain), for tests and the
    // benchmarks: a renewal should cost one write.
    struct Traffic
    {
        int reads = 0;
        int writes = 0;
        int removes = 0;
    };
    Traffic traffic() const
    {
        return m_traffic;
    }

private:
    struct Manifest
    {
        bool chunked = false;
        QByteArray inlineValue;
        QString generation;
        int count = 0;
        QByteArray sha256;
    };
    using ManifestCallback = std::function<void(bool found, const Manifest &manifest, const Error &error)>;

    // What this store last saw of each entry it read or wrote: whether it exists and its manifest, never its value.
    struct Seen
    {
        bool found = false;
        Manifest manifest;
    };
    void remember(const QString &key, bool found, const Manifest &manifest);
    void replace(const QString &key, const QByteArray &value, bool found, Manifest old, DoneCallback done);

    void readRaw(const QString &key, std::function<void(const QByteArray &, const Error &)> done, bool retried = false);
    void writeRaw(const QString &key, const QByteArray &value, DoneCallback done, bool retried = false);
    void removeRaw(const QString &key, DoneCallback done, bool retried = false);
    void readManifest(const QString &key, ManifestCallback done);
    void readChunks(const QString &key, const Manifest &manifest, int index, QByteArray acc, ReadCallback done);
    void readAttempt(const QString &key, int attempt, ReadCallback done);
    // A value replaced by another process while it was read is read again, at most this many times in all.
    static constexpr int kReadAttempts = 3;
    void writeChunks(const QString &key, const QString &generation, const QByteArray &value, int index, DoneCallback done);
    void removeChunks(const QString &key, const Manifest &manifest, int index, DoneCallback done);
    static QString chunkKey(const QString &key, const QString &generation, int index);

    QString m_service;
    int m_chunkSize = kPlatformChunkSize;
    QHash<QString, Seen> m_seen;
    Traffic m_traffic;
};

} // namespace keyway
