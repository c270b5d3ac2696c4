#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace keyway {

// Paints a row's action (ConnectionListModel::ActionRole, e.g. "Reconnect…") as a push button in its cell and
// reports a click on it: one click from a list of thousands of connections, without a widget per row. The
// keyboard reaches the same action through the view's context menu and shortcuts.
class ActionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionDelegate)
public:
    explicit ActionDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(
        QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index) override;

signals:
    void triggered(const QModelIndex &index);

private:
    QRect buttonRect(const QStyleOptionViewItem &option, const QString &text) const;
    QPersistentModelIndex m_pressed;
};

} // namespace keyway
