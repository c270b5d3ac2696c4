#include "timeline/TimelineFilterModel.h"

#include "timeline/TimelineModel.h"

namespace keyway {

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TimelineFilterModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void TimelineFilterModel::setOutcome(Outcome outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

void TimelineFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && index.data(TimelineModel::KindRole).toInt() != m_kind)
        return false;
    const QString outcome = index.data(TimelineModel::OutcomeRole).toString();
    switch (m_outcome) {
    case Outcome::All:
        break;
    case Outcome::Failures:
        if (outcome != QLatin1String("error") && outcome != QLatin1String("warning"))
            return false;
        break;
    case Outcome::Successes:
        if (outcome != QLatin1String("ok"))
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(TimelineModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace keyway
