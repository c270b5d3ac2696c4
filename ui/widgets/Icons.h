#pragma once

#include <QIcon>
#include <QString>

namespace keyway {

// Keyway's own UI icons (resources/icons/ui/*.svg). They are drawn with stroke="currentColor", which is
// replaced at paint time by the palette's text colour (or the disabled text colour), so one SVG reads well in
// light and dark palettes and stays sharp at any device pixel ratio.
namespace Icons {
QIcon get(const QString &name);
// An integration's icon from the catalogue (a plain SVG file), or Keyway's icon when it has none.
QIcon fromFile(const QString &path);
} // namespace Icons

} // namespace keyway
