#pragma once

// Base64url without padding, the encoding of every JOSE part (RFC 7515 §2, RFC 4648 §5). Decoding is strict:
// any character outside the URL-safe alphabet (including '=', '+', '/', whitespace), an impossible length, or
// non-zero leftover bits is an error, so one byte string has exactly one accepted encoding.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace keyway {

class Base64Url
{
public:
    static QByteArray encode(const QByteArray &data);
    static QString encodeToString(const QByteArray &data) { return QString::fromLatin1(encode(data)); }

    static Result<QByteArray> decode(const QByteArray &text);
    static Result<QByteArray> decode(const QString &text);

    // True when decode() would accept `text`.
    static bool isValid(const QByteArray &text);
};

} // namespace keyway
