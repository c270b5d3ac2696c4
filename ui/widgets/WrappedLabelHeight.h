#pragma once

class QLabel;

namespace keyway {

// A word-wrapped QLabel inside a scroll area or a form gets the height its text needs at its size hint's narrow
// width (four or five lines), not at the width it is given: a paragraph of two lines then sits above a gap. This
// keeps the label's maximum height at what its text needs at its actual width, following every resize.
void keepWrappedLabelHeight(QLabel *label);

} // namespace keyway
