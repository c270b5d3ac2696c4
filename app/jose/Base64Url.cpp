#include "jose/Base64Url.h"

#include <QCoreApplication>

#include <array>

namespace keyway {

namespace {

// -1 for characters outside the URL-safe alphabet (RFC 4648 §5 table 2).
constexpr std::array<signed char, 256> makeTable()
{
    std::array<signed char, 256> table {};
    for (auto &v : table)
        v = -1;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}

constexpr std::array<signed char, 256> kTable = makeTable();

Error invalid(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_base64url"),
        QCoreApplication::translate("Base64Url", "The data is not valid base64url text."), detail);
}

} // namespace

QByteArray Base64Url::encode(const QByteArray &data)
{
    // RFC 7515 §2: base64url with all trailing '=' characters omitted.
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> Base64Url::decode(const QByteArray &text)
{
    const qsizetype length = text.size();
    // A lone character carries only 6 bits: no byte string encodes to a length of 4k+1.
    if (length % 4 == 1)
        return invalid(QStringLiteral("length %1 is impossible for base64url").arg(length));

    QByteArray out;
    out.reserve(length * 3 / 4 + 1);
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned char c = static_cast<unsigned char>(text.at(i));
        const int value = kTable[c];
        if (value < 0) {
            if (c == '=')
                return invalid(QStringLiteral("padding '=' at offset %1 (JOSE omits padding, RFC 7515 §2)").arg(i));
            return invalid(QStringLiteral("character 0x%1 at offset %2 is outside the base64url alphabet")
                               .arg(c, 2, 16, QLatin1Char('0'))
                               .arg(i));
        }
        accumulator = (accumulator << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((accumulator >> bits) & 0xFF));
        }
    }
    // The 2 or 4 bits left over must be zero; otherwise several texts would decode to the same bytes.
    if (bits > 0 && (accumulator & ((1u << bits) - 1)) != 0)
        return invalid(QStringLiteral("non-zero trailing bits in the last character"));
    return out;
}

Result<QByteArray> Base64Url::decode(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return invalid(QStringLiteral("non-ASCII character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return decode(text.toLatin1());
}

bool Base64Url::isValid(const QByteArray &text)
{
    return decode(text).ok();
}

} // namespace keyway
