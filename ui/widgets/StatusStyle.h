#pragma once

#include "store/ConnectionRecord.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;

namespace keyway {

// How a connection status is shown: always a word ("Needs re-authorization") and a colour, never colour alone.
// The colour is a pill background with its own text colour; there is one set for light palettes and one for
// dark ones, each chosen so the pill text passes WCAG 2.1 AA (4.5:1) and the pill stands out from the window
// background (3:1, WCAG 1.4.11). A high-contrast theme gets no colours of ours at all: its own text colour makes
// the pill and its window colour the pill's text, so the user's theme decides (issue 24).
namespace StatusStyle {

QString text(ConnectionStatus status);
QString description(ConnectionStatus status); // one sentence for tooltips and accessible descriptions
bool isDark(const QPalette &palette);
// A high-contrast theme: the window, field, button, tooltip and selection text all reach WCAG AAA (7:1) against their
// backgrounds. Ordinary themes fall short at least for the selection (white on a mid blue is about 3.5:1).
bool isHighContrast(const QPalette &palette);
QColor background(ConnectionStatus status, const QPalette &palette);
QColor foreground(ConnectionStatus status, const QPalette &palette);
// WCAG 2.1 contrast ratio between two colours (1..21).
double contrast(const QColor &a, const QColor &b);
// Turns a label into a status pill (text, colours, accessible name).
void apply(QLabel *label, ConnectionStatus status);

} // namespace StatusStyle

} // namespace keyway
