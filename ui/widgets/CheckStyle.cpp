#include "widgets/CheckStyle.h"

#include <QWidget>

namespace keyway::CheckStyle {

void apply(QWidget *widget)
{
    const QString type = QString::fromLatin1(widget->metaObject()->className()).contains(QLatin1String("CheckBox"))
        ? QStringLiteral("QCheckBox")
        : QStringLiteral("QAbstractItemView");
    widget->setStyleSheet(
        QStringLiteral("%1::indicator { width: 0.85em; height: 0.85em; border: 1px solid palette(text); "
                       "border-radius: 2px; background: palette(base); }"
                       "%1::indicator:checked { background: palette(highlight); border-color: palette(highlight); "
                       "image: url(:/icons/ui/check-on-accent.svg); }"
                       "%1::indicator:disabled { border-color: palette(mid); }")
            .arg(type));
}

} // namespace keyway::CheckStyle
