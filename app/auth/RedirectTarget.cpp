#include "auth/RedirectTarget.h"

#include "auth/ProviderConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace keyway {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RedirectTarget)
};

Error invalid(const QString &uri, const QString &message)
{
    return Error::make(QStringLiteral("invalid_redirect_uri"), message, uri.left(200));
}

// The characters an integration file allows in a redirect path (schema.json), without "." or ".." segments.
bool validPath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^/[A-Za-z0-9._~/-]*$"));
    if (!pattern.match(path).hasMatch())
        return false;
    for (const QStringView segment : QStringView(path).split(QLatin1Char('/')))
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    return true;
}

} // namespace

RedirectTarget RedirectTarget::privateUse()
{
    RedirectTarget t;
    t.kind = Kind::PrivateUseScheme;
    t.host.clear();
    t.port = 0;
    t.path = privateUsePath();
    return t;
}

QString RedirectTarget::registeredUri() const
{
    return uri(0);
}

QString RedirectTarget::uri(quint16 boundPort) const
{
    switch (kind) {
    case Kind::PrivateUseScheme:
        // RFC 8252 §7.1: "only a single slash appears after the scheme component".
        return privateUseScheme() + QLatin1Char(':') + path;
    case Kind::Loopback: {
        const quint16 shown = port != 0 ? port : boundPort;
        return QStringLiteral("http://") + host + (shown != 0 ? QStringLiteral(":%1").arg(shown) : QString()) + path;
    }
    }
    return {};
}

Result<RedirectTarget> RedirectTarget::parse(const QString &text)
{
    const QString uri = text.trimmed();
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? uri.left(colon).toLower() : QString();
    if (scheme.isEmpty())
        return invalid(uri, Tr::tr("The redirect URI must start with http://127.0.0.1:PORT/ or %1:.").arg(privateUseScheme()));

    if (scheme == privateUseScheme()) {
        // RFC 8252 §7.1: scheme, colon, one slash, path. Keyway's registration is this one URI.
        if (uri.mid(colon + 1) != privateUsePath())
            return invalid(uri, Tr::tr("Keyway's app redirect URI is exactly %1.").arg(privateUse().registeredUri()));
        return privateUse();
    }
    if (scheme == QLatin1String("https"))
        return invalid(uri,
            Tr::tr("Keyway cannot receive an https redirect: it listens with plain http on this computer's loopback "
                   "address (RFC 8252 §7.3). Register http://127.0.0.1:PORT/callback at the provider, or %1 where it "
                   "accepts an app's own scheme.")
                .arg(privateUse().registeredUri()));
    if (scheme != QLatin1String("http"))
        return invalid(uri,
            Tr::tr("The desktop hands only %1: redirects to Keyway; \"%2:\" would open another program.")
                .arg(privateUseScheme(), scheme));

    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(uri, Tr::tr("The redirect URI is not a valid URL."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return invalid(uri, Tr::tr("The redirect URI must not carry user info, a query or a fragment (RFC 6749 §3.1.2)."));
    RedirectTarget t;
    const QString host = url.host().toLower();
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost"))
        t.host = host;
    else if (host == QLatin1String("::1"))
        t.host = QStringLiteral("[::1]");
    else
        return invalid(uri,
            Tr::tr("Keyway can only receive a redirect on this computer: the host must be 127.0.0.1, [::1] or localhost, "
                   "not %1.")
                .arg(url.host()));
    if (url.port() == 0)
        return invalid(uri, Tr::tr("Port 0 cannot be registered; give the port the provider has, or none if it accepts any."));
    t.port = url.port() > 0 ? quint16(url.port()) : 0;
    t.path = url.path(QUrl::FullyEncoded);
    if (t.path.isEmpty())
        return invalid(uri, Tr::tr("The redirect URI needs a path, such as /callback."));
    if (!validPath(t.path))
        return invalid(uri, Tr::tr("The redirect path may hold only letters, digits and - . _ ~ /."));
    return t;
}

QJsonObject RedirectTarget::integrationRedirect() const
{
    switch (kind) {
    case Kind::PrivateUseScheme:
        return QJsonObject {{QStringLiteral("loopback"), QStringLiteral("none")}, {QStringLiteral("private_use_scheme"), true}};
    case Kind::Loopback: {
        QJsonObject redirect {{QStringLiteral("host"), host}, {QStringLiteral("path"), path}};
        if (port != 0) {
            redirect.insert(QStringLiteral("loopback"), QStringLiteral("exact"));
            redirect.insert(QStringLiteral("port"), port);
        } else {
            redirect.insert(QStringLiteral("loopback"), QStringLiteral("any_port"));
        }
        return redirect;
    }
    }
    return {};
}

RedirectTarget RedirectTarget::fromConfig(const ProviderConfig &config)
{
    if (config.redirectScheme == privateUseScheme())
        return privateUse();
    RedirectTarget t;
    t.host = config.redirectHost.isEmpty() ? QStringLiteral("127.0.0.1") : config.redirectHost;
    if (t.host == QLatin1String("::1"))
        t.host = QStringLiteral("[::1]");
    t.port = quint16(qBound(0, config.redirectPort, 65535));
    t.path = config.redirectPath.isEmpty() ? QStringLiteral("/callback") : config.redirectPath;
    return t;
}

void RedirectTarget::applyTo(ProviderConfig &config) const
{
    switch (kind) {
    case Kind::PrivateUseScheme:
        config.redirectScheme = privateUseScheme();
        config.redirectHost.clear();
        config.redirectPort = 0;
        config.redirectPath = path;
        return;
    case Kind::Loopback:
        config.redirectScheme.clear();
        config.redirectHost = host;
        config.redirectPort = port;
        config.redirectPath = path;
        return;
    }
}

bool RedirectTarget::operator==(const RedirectTarget &o) const
{
    return kind == o.kind && host == o.host && port == o.port && path == o.path;
}

} // namespace keyway
