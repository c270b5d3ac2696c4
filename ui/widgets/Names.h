#pragma once

#include "catalog/Integration.h"

#include <QString>

namespace keyway {

// Words shown to people for the catalogue's machine names (categories, auth modes).
namespace Names {
QString category(const QString &category);
QString authMode(AuthMode mode);
QString authModeHint(AuthMode mode); // one sentence: what the user needs for this mode
} // namespace Names

} // namespace keyway
