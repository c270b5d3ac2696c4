#pragma once

#include <QByteArray>
#include <QString>

namespace keyway {

// Turns a response body into text for the console: a pretty-printed JSON view and a raw view, each cut at
// `limit` bytes of output. Meant to run off the GUI thread (BackgroundTask): a 50 MB body is validated and
// indented without ever building the full indented copy when only the first megabytes are shown.
struct FormattedBody
{
    QString pretty; // indented JSON, or empty when the body is not JSON
    QString raw; // the body as text (UTF-8, invalid bytes replaced)
    bool isJson = false;
    bool valid = false; // parsed completely as JSON
    QString parseError;
    bool prettyTruncated = false;
    bool rawTruncated = false;
    qint64 totalBytes = 0;
    bool binary = false; // contains NUL bytes: shown as a note, not as text
};

class BodyFormatter
{
public:
    static FormattedBody format(const QByteArray &body, const QByteArray &contentType, qint64 limit);
    // Streaming indenter: reformats JSON text without parsing it into objects; stops after `limit` output bytes.
    static QByteArray indentJson(const QByteArray &json, qint64 limit, bool *truncated);
    static bool looksLikeJson(const QByteArray &body, const QByteArray &contentType);
};

} // namespace keyway
