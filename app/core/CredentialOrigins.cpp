#include "core/CredentialOrigins.h"

namespace keyway::CredentialOrigins {

QString of(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (!url.isValid() || scheme.isEmpty() || host.isEmpty())
        return {};
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    const int port = url.port(defaultPort);
    QString out
        = scheme + QStringLiteral("://") + (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host);
    if (port != defaultPort && port != -1)
        out += QLatin1Char(':') + QString::number(port);
    return out;
}

QString parse(const QString &text)
{
    QString s = text.trimmed();
    if (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    const QUrl url(s, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || !url.userInfo().isEmpty()
        || !url.path().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    return of(url);
}

QStringList ofConnection(const ConnectionSettings &settings)
{
    QStringList out;
    const auto add = [&out](const QString &origin) {
        if (!origin.isEmpty() && !out.contains(origin))
            out << origin;
    };
    const ProviderConfig &p = settings.provider;
    for (const QString &url : {settings.apiBaseUrl, settings.whoamiUrl, p.userinfoUrl, p.issuer, p.tokenUrl, p.revocationUrl,
             p.introspectionUrl, p.deviceAuthorizationUrl, p.jwksUrl})
        if (!url.isEmpty())
            add(of(QUrl(url)));
    for (const QString &origin : settings.apiOrigins)
        add(parse(origin).isEmpty() ? of(QUrl(origin)) : parse(origin));
    for (const QString &origin : settings.allowedOrigins)
        add(parse(origin));
    return out;
}

bool belongsTo(const ConnectionSettings &settings, const QUrl &url)
{
    const QString origin = of(url);
    return !origin.isEmpty() && ofConnection(settings).contains(origin);
}

} // namespace keyway::CredentialOrigins
