#include "connection/StatusDelegate.h"

#include "connection/ConnectionListModel.h"
#include "widgets/StatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace keyway {

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    size.setWidth(fm.horizontalAdvance(index.data().toString()) + fm.height() * 2);
    size.setHeight(std::max(size.height(), fm.height() + fm.height() / 2));
    return size;
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);

    const auto status = ConnectionStatus(index.data(ConnectionListModel::StatusRole).toInt());
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QString text = index.data().toString();
    const int pad = fm.height() / 2;
    const int h = fm.height() + 2;
    const int w = std::min(fm.horizontalAdvance(text) + pad * 2, option.rect.width() - 4);
    const QRect pill(option.rect.left() + 2, option.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusStyle::background(status, option.palette));
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(StatusStyle::foreground(status, option.palette));
    painter->setFont(bold);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 4));
    painter->restore();
}

} // namespace keyway
