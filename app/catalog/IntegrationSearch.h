#pragma once

// Finds integrations by what a person types (issues 16 and 22), for the window's search field and
// `keyway integrations --search`: one matcher, so both find the same integrations in the same order.
//  - Every word typed must be found: in a name (the integration's name, its aliases, its id), in the words of its
//    auth modes ("api key", "oidc", "device code"...), or in its other text (category, description, scopes).
//  - Ranked best first: the whole text equal to the name or id, equal to an alias, a name starting with it, a name with a word
//  starting with
//    it, every word in the names, some word only in the auth modes, some only in the other text; ties keep the
//    catalogue's order.
//  - One typo is tolerated: a word of four letters or more one edit (a letter added, dropped, changed, or two
//    swapped) away from a word of a name still matches, ranked last, and only when nothing matches without one.
// Case, accents and punctuation are ignored ("DYNAMICS-365" finds "dynamics-365", "read:user" the scope).

#include "catalog/Integration.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyway {

class ScopeVocabulary;

class IntegrationSearch
{
public:
    // Best first.
    enum class Rank {
        Exact, // the text is the name or the id
        Alias, // the text is an alias ("Jira" finds Jira itself first, then Atlassian)
        Prefix, // a name, alias or id starts with the text
        WordPrefix, // a word inside a name starts with the text ("drive" for "Google Drive")
        Name, // every word is in the names
        AuthMode, // some word only in the auth modes' words
        Text, // some word only in the category, description or scopes
        Typo, // some word only one typo away from a word of a name
    };

    // An integration's texts, normalised once (when the catalogue loads), not at every keystroke.
    class Entry
    {
    public:
        Entry() = default;

    private:
        friend class IntegrationSearch;
        QStringList m_names; // normalised name, id and aliases, in that order
        qsizetype m_ownNames = 0; // how many of them are the name and the id
        QString m_nameText; // the same joined, for words found inside them
        QStringList m_nameWords; // their words, for typos
        QString m_modeText; // words of the auth modes
        QString m_otherText; // category, description, scopes, unified scopes and `more`
    };

    // `vocabulary` adds the descriptions of the unified scopes the integration maps; `more` adds other words
    // (the window's translated category name).
    static Entry prepare(
        const Integration &integration, const ScopeVocabulary *vocabulary = nullptr, const QStringList &more = {});

    explicit IntegrationSearch(const QString &text);

    bool isEmpty() const { return m_words.isEmpty(); }
    QString text() const { return m_text; } // normalised
    // How `entry` matches the text; empty when it does not. An empty text matches everything as Exact.
    std::optional<Rank> match(const Entry &entry) const;
    // match() for each entry, where typo matches are kept only when no entry matches without a typo.
    QList<std::optional<Rank>> matchAll(const QList<Entry> &entries) const;
    // The same, given what `previous` gave for the same entries: when this text continues the previous one (a letter
    // or a word typed), an entry it did not match without a typo cannot match this one without one, so only the
    // others are looked at before the typo pass (issue 18: a keystroke over thousands of integrations).
    QList<std::optional<Rank>> matchAll(
        const QList<Entry> &entries, const IntegrationSearch &previous, const QList<std::optional<Rank>> &previousRanks) const;
    // Whether this text continues `previous` (its normalised text starts with the other's, which is not empty).
    bool continues(const IntegrationSearch &previous) const;

    // The integrations that match, best first (ties in the given order).
    static QList<Integration> find(
        const QList<Integration> &integrations, const QString &text, const ScopeVocabulary *vocabulary = nullptr);

    // Lower case, accents dropped, every run of other characters than letters and digits one space, trimmed.
    static QString normalize(const QString &text);
    // Optimal string alignment distance (Levenshtein plus swapping two neighbours), or limit + 1 when larger.
    static int editDistance(const QString &a, const QString &b, int limit);

private:
    std::optional<Rank> match(const Entry &entry, bool allowTypos) const;

    QString m_text; // normalised, whole
    QStringList m_words; // its words
};

} // namespace keyway
