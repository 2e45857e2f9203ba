#pragma once
// Terminal output: progress on a terminal only, quiet/verbose levels.
#include <string_view>

namespace leafpress::cli {

/// True when standard error is a terminal (progress is shown only then).
bool stderr_is_terminal();

/// Prints "\r[done/total] what" on a terminal; nothing otherwise.
void show_progress(size_t done, size_t total, std::string_view what);
/// Clears the progress line, if any.
void end_progress();

}  // namespace leafpress::cli
