#include "catalog/ScopeVocabulary.h"

#include "catalog/UnifiedScopeText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace keyway {

namespace {
Error vocabularyError(const QString &detail)
{
    return Error::make(QStringLiteral("invalid_scope_vocabulary"),
        QCoreApplication::translate("keyway::ScopeVocabulary", "The unified scope list is not valid."), detail);
}
} // namespace

Result<ScopeVocabulary> ScopeVocabulary::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return vocabularyError(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return fromJson(file.read(1024 * 1024));
}

Result<ScopeVocabulary> ScopeVocabulary::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return vocabularyError(QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("scopes")).isArray())
        return vocabularyError(QStringLiteral("expected an object with a \"scopes\" array"));
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    ScopeVocabulary vocabulary;
    QSet<QString> seen;
    const QJsonArray scopes = doc.object().value(QStringLiteral("scopes")).toArray();
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QJsonObject o = scopes.at(i).toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!idRe.match(id).hasMatch())
            return vocabularyError(QStringLiteral("scopes[%1].id: not a valid id").arg(i));
        if (seen.contains(id))
            return vocabularyError(QStringLiteral("scopes[%1].id: %2 is listed twice").arg(i).arg(id));
        seen.insert(id);
        vocabulary.m_scopes.append({id, o.value(QStringLiteral("description")).toString()});
    }
    return vocabulary;
}

bool ScopeVocabulary::contains(const QString &id) const
{
    for (const UnifiedScope &s : m_scopes) {
        if (s.id == id)
            return true;
    }
    return false;
}

QString ScopeVocabulary::description(const QString &id) const
{
    for (const UnifiedScope &s : m_scopes) {
        if (s.id == id)
            return UnifiedScopeText::translated(s.description);
    }
    return {};
}

ScopeResolution ScopeVocabulary::resolve(const Integration &integration, const QStringList &unifiedOrRaw) const
{
    ScopeResolution out;
    const auto add = [&out](const QString &scope) {
        if (!scope.isEmpty() && !out.providerScopes.contains(scope))
            out.providerScopes << scope;
    };
    for (const QString &entry : unifiedOrRaw) {
        const QString scope = entry.trimmed();
        if (contains(scope)) {
            const auto it = integration.unifiedScopes.constFind(scope);
            if (it == integration.unifiedScopes.cend()) {
                // Some ids are also protocol scope names ("openid", "offline_access"): when the integration
                // names the string as one of its own scopes (or its provider lists it), it is meant raw.
                if (integration.oauth.scopes.contains(scope) || integration.oauth.scopesSupported.contains(scope)) {
                    add(scope);
                    continue;
                }
                if (!out.unsupported.contains(scope))
                    out.unsupported << scope;
                continue;
            }
            for (const QString &providerScope : it.value())
                add(providerScope);
        } else {
            add(scope); // a provider's own scope passes through unchanged
        }
    }
    return out;
}

QStringList ScopeVocabulary::supportedBy(const Integration &integration) const
{
    QStringList ids;
    for (const UnifiedScope &s : m_scopes) {
        if (integration.unifiedScopes.contains(s.id))
            ids << s.id;
    }
    return ids;
}

} // namespace keyway
