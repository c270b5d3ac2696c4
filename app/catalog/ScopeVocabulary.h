#pragma once

// Keyway's permission vocabulary (resources/unified-scopes.json): provider-neutral names such as
// crm_contact_read that each integration file maps to its own scopes. resolve() turns a mix of unified ids and
// raw provider scopes into the provider's scope list, naming the unified ids the provider cannot grant.

#include "catalog/Integration.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace keyway {

struct UnifiedScope
{
    QString id;
    QString description;
};

struct ScopeResolution
{
    QStringList providerScopes; // in request order, without duplicates
    QStringList unsupported; // unified ids this integration has no mapping for (show as warnings)
};

class ScopeVocabulary
{
public:
    static QString builtinPath() { return QStringLiteral(":/unified-scopes.json"); }

    static Result<ScopeVocabulary> load(const QString &path = builtinPath());
    static Result<ScopeVocabulary> fromJson(const QByteArray &json);

    bool contains(const QString &id) const;
    QString description(const QString &id) const; // in the user's language (UnifiedScopeText)
    const QList<UnifiedScope> &all() const { return m_scopes; }

    // Each entry is a unified id (mapped through integration.unifiedScopes) or a raw provider scope (kept as is).
    ScopeResolution resolve(const Integration &integration, const QStringList &unifiedOrRaw) const;
    // The unified ids this integration maps, in vocabulary order.
    QStringList supportedBy(const Integration &integration) const;

private:
    QList<UnifiedScope> m_scopes;
};

} // namespace keyway
