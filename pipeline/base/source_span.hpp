#pragma once
// SourceSpan: where a piece of text came from, for diagnostics and references.
#include <cstdint>
#include <string>

namespace leafpress {

struct SourceSpan {
  std::string file;     // path as the user names it, relative to the project root
  uint32_t line = 0;    // 1-based; 0 when unknown
  uint32_t column = 0;  // 1-based, in characters (code points); 0 when unknown

  /// "file:line:col", "file:line" or "file", whichever parts are known.
  [[nodiscard]] std::string to_string() const;
  friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

}  // namespace leafpress
