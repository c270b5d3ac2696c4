#pragma once

#include "store/SecretStore.h"

#include <QHash>

namespace keyway {

// A SecretStore in process memory, for unit tests that do not exercise the keychain itself. It can be told
// to fail, to test how callers handle an unavailable keychain. Never used by the application.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    QString description() const override { return QStringLiteral("memory (tests only)"); }

    // Every operation fails with `error`; with a key prefix, only those on keys starting with it.
    void setFailure(const Error &error, const QString &keyPrefix = {})
    {
        m_failure = error;
        m_failurePrefix = keyPrefix;
    }
    QHash<QString, QByteArray> entries() const { return m_entries; }

private:
    QHash<QString, QByteArray> m_entries;
    Error m_failure;
    QString m_failurePrefix;
    bool fails(const QString &key) const { return !m_failure.isNull() && key.startsWith(m_failurePrefix); }
};

} // namespace keyway
