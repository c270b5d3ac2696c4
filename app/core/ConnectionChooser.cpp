#include "core/ConnectionChooser.h"

#include "core/ConnectionSettings.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyway::ConnectionChooser {

namespace {

// tr() under the context lupdate records for these strings (a free tr() would be filed under the
// namespace and never found at run time).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionChooser)
};

bool usable(const ConnectionRecord &c)
{
    return c.status != ConnectionStatus::Revoked;
}

Error ambiguous(const QString &reference, const QList<ConnectionRecord> &matches)
{
    QStringList names;
    for (const ConnectionRecord &c : matches)
        names << (c.name.isEmpty() ? c.id.left(8) : c.name);
    const QString integration = matches.first().integrationId;
    return Error::make(QStringLiteral("ambiguous"),
        Tr::tr("\"%1\" answers for %n connection(s) (%2): name one of them, or make one the default with "
               "keyway connections default %3 CONNECTION.",
            nullptr, int(matches.size()))
            .arg(reference, names.join(QStringLiteral(", ")), integration));
}

// One match, the default among several, or why not.
Result<ConnectionRecord> pick(
    const QString &reference, const QList<ConnectionRecord> &matches, const QHash<QString, QString> &defaults)
{
    if (matches.size() == 1)
        return matches.first();
    if (const auto chosen = defaultAmong(matches, defaults))
        return *chosen;
    return ambiguous(reference, matches);
}

} // namespace

std::optional<ConnectionRecord> defaultAmong(const QList<ConnectionRecord> &candidates, const QHash<QString, QString> &defaults)
{
    std::optional<ConnectionRecord> found;
    for (const ConnectionRecord &c : candidates) {
        if (defaults.value(c.integrationId) != c.id)
            continue;
        if (found)
            return std::nullopt; // defaults of two integrations: still the user's choice to make
        found = c;
    }
    return found;
}

Result<ConnectionRecord> choose(
    const QList<ConnectionRecord> &connections, const QHash<QString, QString> &defaults, const QString &reference)
{
    if (reference.isEmpty())
        return Error::make(QStringLiteral("not_found"), Tr::tr("Name a connection (see keyway connections)."));
    for (const ConnectionRecord &c : connections)
        if (c.id == reference)
            return c;
    QList<ConnectionRecord> matches;
    for (const ConnectionRecord &c : connections)
        if ((reference.size() >= 4 && c.id.startsWith(reference)) || (!c.name.isEmpty() && c.name == reference))
            matches << c;
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return Error::make(QStringLiteral("ambiguous"),
            Tr::tr("\"%1\" matches %n connection(s): give more of the id.", nullptr, int(matches.size())).arg(reference));
    for (const ConnectionRecord &c : connections)
        if (usable(c) && !c.accountLabel.isEmpty() && c.accountLabel.compare(reference, Qt::CaseInsensitive) == 0)
            matches << c;
    if (!matches.isEmpty())
        return pick(reference, matches, defaults);
    // A connection derived from an exchanged token (DerivedConnection) is for another service than its integration's:
    // it answers to its id and name only.
    for (const ConnectionRecord &c : connections)
        if (usable(c) && c.integrationId == reference && ConnectionSettings::fromJson(c.settings).derivedFrom.isEmpty())
            matches << c;
    if (!matches.isEmpty())
        return pick(reference, matches, defaults);
    return Error::make(QStringLiteral("not_found"), Tr::tr("No connection \"%1\" (see keyway connections).").arg(reference));
}

} // namespace keyway::ConnectionChooser
