#pragma once

class QWidget;

namespace keyway {

// Check boxes drawn from palette roles (text-coloured frame, highlight when checked) for the few places where
// a check is the main control (the scope picker, "include the credential"). Some styles draw the indicator's
// frame darker than the window, which vanishes on dark palettes.
namespace CheckStyle {
void apply(QWidget *widget);
} // namespace CheckStyle

} // namespace keyway
