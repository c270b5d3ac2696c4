#include "widgets/MaskedField.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QLineEdit>

namespace keyway::MaskedField {

namespace {

// Tells assistive technology that the text changed, so it is announced rather than only there to be read.
void tell(QLineEdit *edit, QAccessible::Event change)
{
    QAccessibleEvent event(edit, change);
    QAccessible::updateAccessibility(&event);
}

} // namespace

void describe(QLineEdit *edit, bool masked)
{
    edit->setAccessibleDescription(masked
            ? QCoreApplication::translate("MaskedField", "The value is hidden: only dots are shown.")
            : QCoreApplication::translate("MaskedField", "The value is shown in full."));
    tell(edit, QAccessible::DescriptionChanged);
}

void announce(QLineEdit *edit, const QString &name, bool masked)
{
    edit->setAccessibleName(masked ? QCoreApplication::translate("MaskedField", "%1, masked").arg(name) : name);
    tell(edit, QAccessible::NameChanged);
    describe(edit, masked);
}

} // namespace keyway::MaskedField
