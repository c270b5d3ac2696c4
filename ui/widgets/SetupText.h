#pragma once

#include "catalog/Integration.h"

#include <QString>

namespace keyway {

// What to register at the provider, in words, from the core's SetupGuide: the redirect URI (RFC 8252 §7.3
// loopback, or the §7.1 app scheme), a note on how the provider matches it (or, when it accepts no desktop
// redirect, what works instead), and the integration's setup steps as HTML with {{redirect_uri}} filled in.
namespace SetupText {
QString redirectUri(const Integration &integration);
QString redirectNote(const Integration &integration);
// Empty when the integration has no setup text.
QString stepsHtml(const Integration &integration);
} // namespace SetupText

} // namespace keyway
