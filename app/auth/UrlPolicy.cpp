#include "auth/UrlPolicy.h"

#include "http/LoopbackHost.h"

namespace keyway {

Error UrlPolicy::check(const QUrl &url, bool allowInsecureHttp)
{
    if (url.isEmpty())
        return Error::make(QStringLiteral("invalid_url"), tr("No address is configured for this request."));
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.isValid())
        return Error::make(QStringLiteral("invalid_url"), tr("The address is not a valid URL."), url.errorString());
    if (!url.userInfo().isEmpty()) {
        // Credentials embedded in a URL end up in logs and histories; Keyway sends them only in headers/bodies.
        return Error::make(QStringLiteral("invalid_url"), tr("The address must not contain a user name or password."), shown);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return Error::make(QStringLiteral("invalid_url"), tr("Only https addresses can be used."),
            QStringLiteral("scheme \"%1\" in %2").arg(url.scheme(), shown));
    }
    if (url.host().isEmpty())
        return Error::make(QStringLiteral("invalid_url"), tr("The address has no host name."), shown);
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()) && !allowInsecureHttp) {
        // Name the host and the one setting that lifts the rule, so the user knows exactly what was refused.
        return Error::make(QStringLiteral("insecure_url"),
            tr("Refusing to send credentials over an unencrypted connection to %1: the address must use https "
               "(plain http to a host other than this computer needs the integration's \"allow_insecure_http\" setting).")
                .arg(url.host()),
            shown);
    }
    return {};
}

} // namespace keyway
