#pragma once

#include <QString>

namespace keyway {

// The descriptions of Keyway's unified scopes (resources/unified-scopes.json) in the user's language: the file holds
// the English sentence, the translations hold the rest under the context "UnifiedScope" (issue 24). A description
// without a translation stays as the file writes it.
namespace UnifiedScopeText {
QString translated(const QString &english);
} // namespace UnifiedScopeText

} // namespace keyway
