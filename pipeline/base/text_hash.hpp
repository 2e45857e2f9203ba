#pragma once
// A fast 64-bit hash of text (XXH3) for hash tables keyed by catalog strings: msgids are
// paragraphs, and std::hash reads them several times slower.
#include <cstdint>
#include <string>
#include <string_view>

namespace leafpress {

[[nodiscard]] uint64_t text_hash(std::string_view text) noexcept;

/// For unordered containers of strings or string views; transparent, so a view finds a string.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const noexcept { return text_hash(text); }
  size_t operator()(const std::string& text) const noexcept { return text_hash(text); }
};

}  // namespace leafpress
