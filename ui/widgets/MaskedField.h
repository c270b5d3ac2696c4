#pragma once

#include <QString>

class QLineEdit;

namespace keyway {

// A text field that holds a secret says whether it is masked (issue 24): its accessible name gains ", masked" and its
// description says the value is hidden, so a screen reader announces the change when the user reveals or hides it
// (Qt sends NameChanged and DescriptionChanged). What it reads as the value stays the dots the field shows.
namespace MaskedField {
void announce(QLineEdit *edit, const QString &name, bool masked);
} // namespace MaskedField

} // namespace keyway
