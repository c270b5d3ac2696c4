#include "connection/ActionDelegate.h"

#include "connection/ConnectionListModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>

namespace keyway {

ActionDelegate::ActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QRect ActionDelegate::buttonRect(const QStyleOptionViewItem &option, const QString &text) const
{
    const QFontMetrics fm(option.font);
    const int w = std::min(fm.horizontalAdvance(text) + fm.height() * 2, option.rect.width() - 4);
    const int h = std::min(fm.height() + fm.height() / 2 + 2, option.rect.height() - 2);
    return QRect(option.rect.left() + 2, option.rect.center().y() - h / 2, w, h);
}

QSize ActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    const QString text = index.data(ConnectionListModel::ActionRole).toString();
    size.setWidth(std::max(fm.horizontalAdvance(tr("Reconnect…")), fm.horizontalAdvance(text)) + fm.height() * 2 + 6);
    size.setHeight(std::max(size.height(), fm.height() * 2));
    return size;
}

void ActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);
    const QString text = index.data(ConnectionListModel::ActionRole).toString();
    if (text.isEmpty())
        return;
    QStyleOptionButton button;
    button.rect = buttonRect(option, text);
    button.text = text;
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

bool ActionDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString text = index.data(ConnectionListModel::ActionRole).toString();
    if (text.isEmpty())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const bool inside = buttonRect(option, text).contains(mouse->position().toPoint());
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressed = inside ? QPersistentModelIndex(index) : QPersistentModelIndex();
            return inside;
        }
        const bool clicked = inside && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (clicked)
            emit triggered(index);
        return clicked;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace keyway
