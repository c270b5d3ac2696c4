#include "core/EmbeddedProviders.h"

#include "catalog/Integration.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace keyway::EmbeddedProviders {

namespace {
QHash<QString, Starter> &registry()
{
    static QHash<QString, Starter> starters;
    return starters;
}

QMutex s_anchorsMutex;
QHash<QString, OriginTrust::Anchors> &anchorsRegistry()
{
    static QHash<QString, OriginTrust::Anchors> anchors;
    return anchors;
}
} // namespace

void add(const QString &name, Starter starter)
{
    registry().insert(name, std::move(starter));
}

namespace {
std::function<void()> &beforeUse()
{
    static std::function<void()> hook;
    return hook;
}
} // namespace

void setBeforeUse(std::function<void()> hook)
{
    beforeUse() = std::move(hook);
}

Error ensureRunning(const QString &name)
{
    if (name.isEmpty())
        return {};
    // Only a provider that serves TLS with its own certificate needs its origins pinned (and the catalogue read).
    bool hasAnchors = false;
    {
        QMutexLocker lock(&s_anchorsMutex);
        hasAnchors = static_cast<bool>(anchorsRegistry().value(name));
    }
    if (hasAnchors && beforeUse())
        beforeUse()();
    const auto it = registry().constFind(name);
    if (it == registry().constEnd())
        return Error::make(QStringLiteral("embedded_provider_unavailable"),
            QCoreApplication::translate("EmbeddedProviders", "The built-in provider \"%1\" is not available in this build.")
                .arg(name));
    return (*it)();
}

void setTrustAnchors(const QString &name, OriginTrust::Anchors anchors)
{
    QMutexLocker lock(&s_anchorsMutex);
    anchorsRegistry().insert(name, std::move(anchors));
}

QList<QUrl> trustedOrigins(const Integration &integration)
{
    if (!integration.builtin || integration.embeddedProvider.isEmpty())
        return {};
    const OAuthSettings &o = integration.oauth;
    QStringList urls {o.authorizationUrl, o.tokenUrl, o.revocationUrl, o.introspectionUrl, o.userinfoUrl,
        o.deviceAuthorizationUrl, o.jwksUrl, o.discoveryUrl, integration.api.baseUrl, integration.api.whoamiUrl};
    urls += o.mtlsEndpointAliases.values();
    QList<QUrl> origins;
    for (const QString &url : urls) {
        const QString origin = OriginTrust::originOf(QUrl(url));
        if (origin.startsWith(QLatin1String("https://")) && !origins.contains(QUrl(origin)))
            origins << QUrl(origin);
    }
    return origins;
}

void trustCatalogue(const QList<Integration> &integrations)
{
    for (const Integration &integration : integrations) {
        const QString name = integration.embeddedProvider;
        for (const QUrl &origin : trustedOrigins(integration)) {
            // OriginTrust refuses anything but https on a loopback IP literal.
            OriginTrust::pin(origin, [name] {
                OriginTrust::Anchors anchors;
                {
                    QMutexLocker lock(&s_anchorsMutex);
                    anchors = anchorsRegistry().value(name);
                }
                return anchors ? anchors() : QList<QSslCertificate>();
            });
        }
    }
}

} // namespace keyway::EmbeddedProviders
