#pragma once
// Leaflets in a language FOP cannot set correctly (Bengali): they still render as proofs,
// but never silently.
#include <filesystem>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"

namespace leafpress::app {

/// One warning per language among `fo_files` (output/print/<lang>/<doc>.fo) whose script
/// Apache FOP 2.8 cannot shape to print quality: its PDF is a misspelt proof, why, and what
/// to use instead (the language table's print_refusal).
void warn_unprintable_languages(const Project& project, const std::vector<fs::path>& fo_files,
                                Diagnostics& diagnostics);

}  // namespace leafpress::app
