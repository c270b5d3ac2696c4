#pragma once

#include "catalog/Integration.h"

#include <QString>

namespace keyway {

// What to register at the provider, in words: the loopback redirect URI (RFC 8252 §7.3), a note on its port,
// and the integration's setup steps as HTML with {{redirect_uri}} filled in.
namespace SetupText {
QString redirectUri(const Integration &integration);
QString redirectNote(const Integration &integration);
// Empty when the integration has no setup text.
QString stepsHtml(const Integration &integration);
} // namespace SetupText

} // namespace keyway
