#include "cli/command_word.hpp"

#include <algorithm>

namespace leafpress::cli {

namespace {

// Optimal string alignment distance: edits, and two neighbours swapped, count one each
// ("biuld" is one from "build").
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> command_word(int argc, char** argv, bool& asks_for_help) {
  asks_for_help = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h" || arg == "--version") asks_for_help = true;
    if (arg == "-C") {
      ++i;  // its value, the folder
      continue;
    }
    if (arg.starts_with('-')) continue;
    return std::string(arg);
  }
  return std::nullopt;
}

std::string nearest_name(std::string_view word, const std::vector<std::string>& names) {
  std::string best;
  size_t best_distance = 3;  // more than two edits away is another word, not a slip
  for (const auto& name : names) {
    size_t distance = edit_distance(word, name);
    // A prefix ("stat", "norm") is a name begun and not finished.
    if (word.size() >= 2 && name.starts_with(word)) distance = 1;
    if (distance < best_distance && distance < std::max(word.size(), name.size())) {
      best = name;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace leafpress::cli
