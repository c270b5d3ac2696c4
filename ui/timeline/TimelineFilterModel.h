#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace keyway {

// What the timeline shows of TimelineModel: one kind of event or all (EventText::Kind), failures only or
// successes only, and rows containing every word typed (title, step, outcome, detail, HTTP status).
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineFilterModel)
public:
    enum class Outcome { All, Failures, Successes };

    explicit TimelineFilterModel(QObject *parent = nullptr);

    void setKind(int kind); // -1: every kind
    void setOutcome(Outcome outcome);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
    Outcome m_outcome = Outcome::All;
    QStringList m_words;
};

} // namespace keyway
