#pragma once
// Byte-level string helpers shared by every module (one home for each).
#include <string>
#include <string_view>

namespace leafpress {

/// `s` without leading characters found in `spaces` (by default space and tab).
constexpr std::string_view trim_left(std::string_view s, std::string_view spaces = " \t") {
  size_t first = s.find_first_not_of(spaces);
  return first == std::string_view::npos ? std::string_view{} : s.substr(first);
}

/// `s` without trailing characters found in `spaces` (by default space and tab).
constexpr std::string_view trim_right(std::string_view s, std::string_view spaces = " \t") {
  size_t last = s.find_last_not_of(spaces);
  return last == std::string_view::npos ? std::string_view{} : s.substr(0, last + 1);
}

/// `s` without leading and trailing characters found in `spaces` (by default space and tab).
constexpr std::string_view trim(std::string_view s, std::string_view spaces = " \t") {
  return trim_right(trim_left(s, spaces), spaces);
}

/// `s` with A–Z lower-cased and every other byte as it is (tags, schemes, charset names).
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace leafpress
