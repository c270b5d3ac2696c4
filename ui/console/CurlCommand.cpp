#include "console/CurlCommand.h"

namespace keyway::CurlCommand {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString build(const QByteArray &method, const QString &url, const HeaderList &headers, const QByteArray &body)
{
    // One option per line, continued with a backslash, so long commands stay readable when pasted.
    QString first = QStringLiteral("curl");
    if (method != "GET" || !body.isEmpty())
        first += QStringLiteral(" -X ") + QString::fromLatin1(method);
    first += QLatin1Char(' ') + shellQuote(url);
    QStringList lines {first};
    for (const auto &h : headers)
        lines << QStringLiteral("-H ")
                + shellQuote(QString::fromUtf8(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second));
    if (!body.isEmpty())
        lines << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(body));
    return lines.join(QStringLiteral(" \\\n  "));
}

} // namespace keyway::CurlCommand
