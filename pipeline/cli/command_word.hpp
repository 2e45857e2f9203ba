#pragma once
// The command word of a command line, found before CLI11 parses it, so that a missing or
// misspelt command gets a message that helps ("did you mean 'build'?").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leafpress::cli {

/// The first argument that is neither an option nor the value of -C DIR; nullopt when there
/// is none. `asks_for_help` is set when --help, -h or --version comes before it.
std::optional<std::string> command_word(int argc, char** argv, bool& asks_for_help);

/// The name among `names` nearest to `word` (letters swapped, one missing, one extra or
/// wrong), or empty when none is near enough to be what was meant.
std::string nearest_name(std::string_view word, const std::vector<std::string>& names);

}  // namespace leafpress::cli
