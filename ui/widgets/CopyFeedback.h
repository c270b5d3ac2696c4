#pragma once

#include <QString>

class QAbstractButton;

namespace keyway {

// Copy buttons say that they copied: the text goes on the clipboard and the button reads "Copied ✓" for two
// seconds (issue 16: "Copy link" and "Copy as cURL" gave no sign). Never for secrets: those go through
// SecretClipboard, which clears them again.
namespace CopyFeedback {
void copy(QAbstractButton *button, const QString &text);
// Only the button's "Copied ✓", for a copy SecretClipboard made.
void show(QAbstractButton *button);
// The text a button shows while it says so.
QString copiedText();
} // namespace CopyFeedback

} // namespace keyway
