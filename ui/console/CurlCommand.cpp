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
    QStringList parts{QStringLiteral("curl")};
    if (method != "GET" || !body.isEmpty())
        parts << QStringLiteral("-X") << QString::fromLatin1(method);
    parts << shellQuote(url);
    for (const auto &h : headers)
        parts << QStringLiteral("-H") << shellQuote(QString::fromUtf8(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second));
    if (!body.isEmpty())
        parts << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(body));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace keyway::CurlCommand
