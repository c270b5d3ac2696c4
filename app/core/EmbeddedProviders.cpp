#include "core/EmbeddedProviders.h"

#include <QCoreApplication>
#include <QHash>

namespace keyway::EmbeddedProviders {

namespace {
QHash<QString, Starter> &registry()
{
    static QHash<QString, Starter> starters;
    return starters;
}
} // namespace

void add(const QString &name, Starter starter)
{
    registry().insert(name, std::move(starter));
}

Error ensureRunning(const QString &name)
{
    if (name.isEmpty())
        return {};
    const auto it = registry().constFind(name);
    if (it == registry().constEnd())
        return Error::make(QStringLiteral("embedded_provider_unavailable"),
            QCoreApplication::translate("EmbeddedProviders", "The built-in provider \"%1\" is not available in this build.")
                .arg(name));
    return (*it)();
}

} // namespace keyway::EmbeddedProviders
