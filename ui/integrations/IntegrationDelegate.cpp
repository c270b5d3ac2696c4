#include "integrations/IntegrationDelegate.h"

#include "core/ConnectionState.h"
#include "integrations/IntegrationListModel.h"
#include "widgets/Names.h"
#include "widgets/StatusStyle.h"

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
        // The badge takes the colour of the worst status among the connections, and a sign when that one needs
        // attention: a red "⚠ 2" is not the same as a green "2" (the tooltip and accessible text say it in words).
        const auto worst = ConnectionStatus(index.data(IntegrationListModel::WorstStatusRole).toInt());
        const bool attention = ConnectionState::needsUser(worst) || worst == ConnectionStatus::Warning;
        const QString text = attention ? QStringLiteral("⚠ %1").arg(count) : QString::number(count);
        const int w = std::max(bfm.horizontalAdvance(text) + bfm.height() / 2 * 2, bfm.height() + pad);
        const QRect badge(right - w, r.center().y() - (bfm.height() + pad / 2) / 2, w, bfm.height() + pad / 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(StatusStyle::background(worst, option.palette));
        if (selected)
            painter->setPen(QPen(option.palette.color(group, QPalette::HighlightedText), 1.5));
        painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(StatusStyle::foreground(worst, option.palette));
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
    // A visible focus ring on the current row while the list has the keyboard (the style draws none here).
    if ((option.state & QStyle::State_HasFocus) && widget && widget->hasFocus()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight), 2));
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }
    painter->restore();
}

} // namespace keyway
