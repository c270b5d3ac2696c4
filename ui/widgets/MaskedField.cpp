#include "widgets/MaskedField.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace keyway::MaskedField {

void announce(QLineEdit *edit, const QString &name, bool masked)
{
    edit->setAccessibleName(masked ? QCoreApplication::translate("MaskedField", "%1, masked").arg(name) : name);
    edit->setAccessibleDescription(masked
            ? QCoreApplication::translate("MaskedField", "The value is hidden: only dots are shown.")
            : QCoreApplication::translate("MaskedField", "The value is shown in full."));
}

} // namespace keyway::MaskedField
