#pragma once

// Shared set-up for Keyway's libFuzzer targets: quiet logging (a fuzzer calls a parser millions of times, and
// printing its warnings would be most of the work) and a tiny reader that splits the fuzz input into the
// choices a target makes (a status code, a chunk size) and the bytes it parses.
#include <QByteArray>
#include <QLoggingCategory>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace keyway::fuzz {

inline void quietLogging()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        // A qFatal is a finding: let it crash so libFuzzer reports it.
        if (type == QtFatalMsg)
            std::abort();
    });
}

// Reads leading choice bytes, then hands out the rest. Running out of bytes gives zeros, never an overrun.
class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    uint8_t byte()
    {
        if (m_pos >= m_size)
            return 0;
        return m_data[m_pos++];
    }
    // The unread rest, copied (so ASan sees reads past the end of the fuzzer's buffer, not of ours).
    QByteArray rest() const { return QByteArray(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(m_size - m_pos)); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace keyway::fuzz

// A broken invariant is a finding: abort so libFuzzer saves the input.
#define KEYWAY_FUZZ_ASSERT(cond)                                                                                                 \
    do {                                                                                                                         \
        if (!(cond)) {                                                                                                           \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                              \
            std::abort();                                                                                                        \
        }                                                                                                                        \
    } while (false)
