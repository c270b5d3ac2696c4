#include "console/BodyFormatter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace keyway {

bool BodyFormatter::looksLikeJson(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return true;
    for (char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QByteArray BodyFormatter::indentJson(const QByteArray &json, qint64 limit, bool *truncated)
{
    QByteArray out;
    out.reserve(int(std::min<qint64>(limit, json.size() * 2) + 64));
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&out, &depth] {
        out.append('\n');
        out.append(QByteArray(depth * 2, ' '));
    };
    const char *p = json.constData();
    const qsizetype n = json.size();
    *truncated = false;
    for (qsizetype i = 0; i < n; ++i) {
        if (out.size() >= limit) {
            *truncated = true;
            break;
        }
        const char c = p[i];
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            // Empty containers stay on one line.
            qsizetype j = i + 1;
            while (j < n && (p[j] == ' ' || p[j] == '\n' || p[j] == '\r' || p[j] == '\t'))
                ++j;
            if (j < n && (p[j] == '}' || p[j] == ']')) {
                out.append(c);
                out.append(p[j]);
                i = j;
                break;
            }
            out.append(c);
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            depth = std::max(0, depth - 1);
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

FormattedBody BodyFormatter::format(const QByteArray &body, const QByteArray &contentType, qint64 limit)
{
    FormattedBody f;
    f.totalBytes = body.size();
    const qsizetype probe = std::min<qsizetype>(body.size(), 8192);
    f.binary = QByteArrayView(body.constData(), probe).contains('\0');
    if (f.binary)
        return f;
    f.rawTruncated = body.size() > limit;
    f.raw = QString::fromUtf8(f.rawTruncated ? body.left(limit) : body);
    f.isJson = looksLikeJson(body, contentType);
    if (!f.isJson)
        return f;
    QJsonParseError error {};
    QJsonDocument::fromJson(body, &error);
    f.valid = error.error == QJsonParseError::NoError;
    if (!f.valid)
        f.parseError = QCoreApplication::translate("BodyFormatter", "Not valid JSON at byte %1: %2")
                           .arg(error.offset)
                           .arg(error.errorString());
    bool truncated = false;
    f.pretty = QString::fromUtf8(indentJson(body, limit, &truncated));
    f.prettyTruncated = truncated;
    return f;
}

} // namespace keyway
