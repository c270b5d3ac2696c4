#include "integrations/IntegrationDelegate.h"

#include "common/Names.h"
#include "integrations/IntegrationListModel.h"

#include <QApplication>
#include <QPainter>

namespace keyway {

IntegrationDelegate::IntegrationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize IntegrationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    const int lineHeight = fm.height();
    return {fm.averageCharWidth() * 24, lineHeight * 2 + lineHeight * 2 / 3};
}

void IntegrationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus from the style, without its text and icon.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(option.font);
    const int pad = fm.height() / 3;
    const QRect r = option.rect.adjusted(pad, pad, -pad, -pad);
    const int iconSize = r.height();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top(), iconSize, iconSize));

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subColour = textColour;
    subColour.setAlphaF(0.7f);

    int right = r.right();
    const int count = index.data(IntegrationListModel::ConnectionCountRole).toInt();
    painter->save();
    if (count > 0) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        const QFontMetrics bfm(badgeFont);
        const QString text = QString::number(count);
        const int w = std::max(bfm.horizontalAdvance(text) + bfm.height() / 2 * 2, bfm.height() + pad);
        const QRect badge(right - w, r.center().y() - (bfm.height() + pad / 2) / 2, w, bfm.height() + pad / 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(option.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, text);
        right = badge.left() - pad;
    }

    const int textLeft = r.left() + iconSize + pad * 2;
    const QRect nameRect(textLeft, r.top(), right - textLeft, r.height() / 2);
    const QRect subRect(textLeft, r.top() + r.height() / 2, right - textLeft, r.height() - r.height() / 2);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(textColour);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(subColour);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(
            Names::category(index.data(IntegrationListModel::CategoryRole).toString()), Qt::ElideRight, subRect.width()));
    painter->restore();
}

} // namespace keyway
