#include "cli/ControlCharacterFilter.h"

namespace keyway {

namespace {
const QByteArray kReplacement = QByteArrayLiteral("\xEF\xBF\xBD"); // U+FFFD REPLACEMENT CHARACTER
}

ControlCharacterFilter::ControlCharacterFilter(FILE *target)
    : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QByteArray ControlCharacterFilter::clean(const QByteArray &utf8, QByteArray *pending)
{
    const QByteArray in = pending ? *pending + utf8 : utf8;
    if (pending)
        pending->clear();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto c = static_cast<unsigned char>(in.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
            out += kReplacement;
            continue;
        }
        // C1 controls are U+0080..U+009F, encoded as C2 80..C2 9F.
        if (c == 0xc2) {
            if (i + 1 == in.size() && pending) {
                *pending = QByteArray(1, char(c));
                break;
            }
            const auto next = i + 1 < in.size() ? static_cast<unsigned char>(in.at(i + 1)) : 0;
            if (next >= 0x80 && next <= 0x9f) {
                out += kReplacement;
                ++i;
                continue;
            }
        }
        out += char(c);
    }
    return out;
}

qint64 ControlCharacterFilter::writeData(const char *data, qint64 size)
{
    const QByteArray cleaned = clean(QByteArray(data, size), &m_pending);
    if (!cleaned.isEmpty())
        std::fwrite(cleaned.constData(), 1, size_t(cleaned.size()), m_target);
    std::fflush(m_target);
    return size;
}

} // namespace keyway
