#pragma once
// PO text as GNU gettext's lexer reads it: a backslash right before a line end joins the next
// line on, anywhere (in a string, a keyword, a comment), so the parser works on logical lines
// that still know which line, column and byte of the file each of their bytes came from.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace leafpress::catalog {

/// One logical line, without its line end (and without the CR of a CRLF end).
struct PoLine {
  std::string_view text;
  uint32_t number = 0;  // the file line it starts on
  int32_t pieces = -1;  // for a joined line, its entry in PoLines' piece table
};

/// Where a byte of a logical line lies in the file.
struct PoPosition {
  uint32_t line = 0;
  uint32_t column = 0;  // in code points from the start of the file line, from 1
  size_t offset = 0;    // bytes from the start of the text given to PoLines
};

/// Spaces as gettext's lexer skips them between keywords and strings.
inline bool is_po_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

/// The first position at or after `pos` that is not a space.
inline size_t skip_po_spaces(std::string_view s, size_t pos) {
  while (pos < s.size() && is_po_space(s[pos])) ++pos;
  return pos;
}

class PoLines {
 public:
  /// Splits `content`; the views stay valid as long as `content` and this object do.
  explicit PoLines(std::string_view content);

  [[nodiscard]] const std::vector<PoLine>& lines() const { return m_lines; }
  /// Where byte `pos` of `line` (or its end, when pos is its size) lies in the file.
  [[nodiscard]] PoPosition position(const PoLine& line, size_t pos) const;

 private:
  // A file line inside a joined logical line: where it starts in the logical line and in the
  // file.
  struct Piece {
    size_t start = 0;
    uint32_t number = 0;
    size_t offset = 0;
  };

  std::string_view m_content;
  std::vector<PoLine> m_lines;
  std::deque<std::string> m_joined;  // the text of joined lines (stable addresses)
  std::vector<std::vector<Piece>> m_pieces;
};

}  // namespace leafpress::catalog
