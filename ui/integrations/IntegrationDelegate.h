#pragma once

#include <QStyledItemDelegate>

namespace keyway {

// Draws an integration row: icon, name, category below it, and a badge with the number of connections.
class IntegrationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationDelegate)
public:
    explicit IntegrationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keyway
