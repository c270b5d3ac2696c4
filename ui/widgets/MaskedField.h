#pragma once

#include <QString>

class QLineEdit;

namespace keyway {

// A text field that holds a secret says whether it is masked (issue 24), so a screen reader announces the change when
// the user reveals or hides it: its accessible description says the value is hidden or shown, and assistive
// technology is told (DescriptionChanged, NameChanged). What it reads as the value stays the dots the field shows.
namespace MaskedField {
// The description alone: the field keeps its name (its label's words).
void describe(QLineEdit *edit, bool masked);
// The description, and the name `name` with ", masked" while masked: for a field no label names (a token's value).
void announce(QLineEdit *edit, const QString &name, bool masked);
} // namespace MaskedField

} // namespace keyway
