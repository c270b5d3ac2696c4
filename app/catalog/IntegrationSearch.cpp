#include "catalog/IntegrationSearch.h"

#include "catalog/ScopeVocabulary.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace keyway {

namespace {

constexpr int kTypoMinLength = 4; // shorter words are too close to too many others for a typo to mean anything

// The words people use for each way in (search terms, not translated: they are matched, never shown).
QString modeWords(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AuthorizationCode:
        return QStringLiteral("oauth oauth2 oauth 2.0 authorization code authorisation browser sign in login");
    case AuthMode::ClientCredentials:
        return QStringLiteral("oauth oauth2 client credentials machine to machine m2m");
    case AuthMode::JwtBearer:
        return QStringLiteral("oauth jwt bearer assertion service account");
    case AuthMode::DeviceCode:
        return QStringLiteral("oauth device code device flow device authorization");
    case AuthMode::ApiKey:
        return QStringLiteral("api key apikey");
    case AuthMode::Basic:
        return QStringLiteral("basic auth username password");
    case AuthMode::BearerToken:
        return QStringLiteral("bearer token personal access token pat");
    }
    return {};
}

bool oneTypoAway(const QString &word, const QStringList &nameWords)
{
    const qsizetype n = word.size();
    for (const QString &candidate : nameWords) {
        const qsizetype m = candidate.size();
        if (m < kTypoMinLength - 1)
            continue;
        if (m >= n - 1 && m <= n + 1 && IntegrationSearch::editDistance(word, candidate, 1) <= 1)
            return true;
        // Still typing: the word is one typo away from the start of a longer name word ("gihu" for "github").
        if (m > n + 1
            && (IntegrationSearch::editDistance(word, candidate.left(n), 1) <= 1
                || IntegrationSearch::editDistance(word, candidate.left(n + 1), 1) <= 1))
            return true;
    }
    return false;
}

} // namespace

QString IntegrationSearch::normalize(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    // Decomposing is what finds "Zürich" as "zurich"; ASCII text (most of it) has nothing to decompose.
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue; // the accent of a decomposed letter: "Zürich" is found as "zurich"
        if (!c.isLetterOrNumber()) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out += QLatin1Char(' ');
        gap = false;
        out += c.toLower();
    }
    return out;
}

int IntegrationSearch::editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    // Three rows of the optimal string alignment table: the one before the previous is needed for swaps.
    std::vector<int> before(size_t(m) + 1), previous(size_t(m) + 1), current(size_t(m) + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[size_t(j - 2)] + 1);
            current[size_t(j)] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], limit + 1);
}

IntegrationSearch::Entry IntegrationSearch::prepare(
    const Integration &in, const ScopeVocabulary *vocabulary, const QStringList &more)
{
    Entry e;
    const QStringList names = QStringList {in.name, in.id} + in.aliases;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString normalized = normalize(names.at(i));
        if (!normalized.isEmpty() && !e.m_names.contains(normalized))
            e.m_names << normalized;
        if (i == 1)
            e.m_ownNames = e.m_names.size(); // the name and the id come first
    }
    e.m_nameText = e.m_names.join(QLatin1Char('\n'));
    for (const QString &name : std::as_const(e.m_names)) {
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!e.m_nameWords.contains(word))
                e.m_nameWords << word;
        }
    }

    QStringList modes;
    for (AuthMode mode : in.authModes)
        modes << Integration::toString(mode) << modeWords(mode);
    if (in.oauth.openid)
        modes << QStringLiteral("openid connect oidc id token");
    e.m_modeText = normalize(modes.join(QLatin1Char('\n')));

    QStringList other {in.category, in.description};
    other << in.oauth.scopes << more;
    for (auto it = in.unifiedScopes.cbegin(); it != in.unifiedScopes.cend(); ++it) {
        other << it.key() << it.value();
        if (vocabulary)
            other << vocabulary->description(it.key());
    }
    // Each part on a line of its own, so no word is found across two of them.
    QStringList normalized;
    for (const QString &text : std::as_const(other))
        normalized << normalize(text);
    e.m_otherText = normalized.join(QLatin1Char('\n'));
    return e;
}

IntegrationSearch::IntegrationSearch(const QString &text)
    : m_text(normalize(text))
    , m_words(m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
{
}

std::optional<IntegrationSearch::Rank> IntegrationSearch::match(const Entry &entry) const
{
    return match(entry, true);
}

std::optional<IntegrationSearch::Rank> IntegrationSearch::match(const Entry &e, bool allowTypos) const
{
    if (m_words.isEmpty())
        return Rank::Exact;
    for (qsizetype i = 0; i < e.m_names.size(); ++i) {
        if (e.m_names.at(i) == m_text)
            return i < e.m_ownNames ? Rank::Exact : Rank::Alias;
    }
    for (const QString &name : e.m_names) {
        if (name.startsWith(m_text))
            return Rank::Prefix;
    }
    const QString wordStart = QLatin1Char(' ') + m_text;
    for (const QString &name : e.m_names) {
        if (name.contains(wordStart))
            return Rank::WordPrefix;
    }
    Rank worst = Rank::Name;
    for (const QString &word : m_words) {
        if (e.m_nameText.contains(word))
            continue;
        if (e.m_modeText.contains(word)) {
            worst = std::max(worst, Rank::AuthMode);
            continue;
        }
        if (e.m_otherText.contains(word)) {
            worst = std::max(worst, Rank::Text);
            continue;
        }
        if (allowTypos && word.size() >= kTypoMinLength && oneTypoAway(word, e.m_nameWords)) {
            worst = Rank::Typo;
            continue;
        }
        return std::nullopt;
    }
    return worst;
}

QList<std::optional<IntegrationSearch::Rank>> IntegrationSearch::matchAll(const QList<Entry> &entries) const
{
    return matchAll(entries, IntegrationSearch(QString()), {});
}

bool IntegrationSearch::continues(const IntegrationSearch &previous) const
{
    return !previous.isEmpty() && m_text.startsWith(previous.m_text);
}

QList<std::optional<IntegrationSearch::Rank>> IntegrationSearch::matchAll(
    const QList<Entry> &entries, const IntegrationSearch &previous, const QList<std::optional<Rank>> &previousRanks) const
{
    // Every word of the previous text is then part of a word of this one, so whatever this text is found in
    // (a name, its start, the start of a word in it, or the texts holding each word), the previous text was found
    // there too.
    const bool narrowed = continues(previous) && previousRanks.size() == entries.size();
    QList<std::optional<Rank>> ranks;
    ranks.reserve(entries.size());
    bool any = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const bool candidate = !narrowed || (previousRanks.at(i) && *previousRanks.at(i) != Rank::Typo);
        ranks << (candidate ? match(entries.at(i), false) : std::nullopt);
        any = any || ranks.constLast().has_value();
    }
    if (any || m_words.isEmpty())
        return ranks;
    // A typo is forgiven only in a word long enough: without one, looking again finds nothing new.
    if (std::none_of(m_words.cbegin(), m_words.cend(), [](const QString &w) { return w.size() >= kTypoMinLength; }))
        return ranks;
    // Nothing matched as typed: look again, forgiving one typo per word. An entry can only match now through a word one
    // typo away from one of its names' words (without one it would have matched above), which is quick to rule out
    // before its texts are searched again.
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const bool typo = std::any_of(m_words.cbegin(), m_words.cend(),
            [&e](const QString &w) { return w.size() >= kTypoMinLength && oneTypoAway(w, e.m_nameWords); });
        ranks[i] = typo ? match(e, true) : std::nullopt;
    }
    return ranks;
}

QList<Integration> IntegrationSearch::find(
    const QList<Integration> &integrations, const QString &text, const ScopeVocabulary *vocabulary)
{
    QList<Entry> entries;
    entries.reserve(integrations.size());
    for (const Integration &in : integrations)
        entries << prepare(in, vocabulary);
    const QList<std::optional<Rank>> ranks = IntegrationSearch(text).matchAll(entries);
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i < integrations.size(); ++i) {
        if (ranks.at(i))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return *ranks.at(a) < *ranks.at(b); });
    QList<Integration> found;
    found.reserve(qsizetype(order.size()));
    for (qsizetype i : order)
        found << integrations.at(i);
    return found;
}

} // namespace keyway
