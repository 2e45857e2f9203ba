#include "text/minor_edit.hpp"

#include <unicode/uchar.h>

#include "text/utf8_decode.hpp"

namespace leafpress::text {

namespace {

// Text as without_punctuation_and_spacing reduces it, one piece at a time (a kept character's
// bytes, or one space between kept characters), so that two texts can be compared without
// building either reduction and the comparison stops at the first difference.
class ReducedPieces {
 public:
  explicit ReducedPieces(std::string_view text) : m_text(text) {}

  /// The next piece; empty at the end.
  std::string_view next() {
    bool gap = false;
    while (m_at < m_text.size()) {
      size_t start = m_at;
      UChar32 c = next_code_point(m_text, m_at);
      if (c >= 0 && ((U_GET_GC_MASK(c) & U_GC_P_MASK) != 0 || u_isUWhiteSpace(c))) {
        gap = m_kept_any;
        continue;
      }
      if (gap) {
        m_at = start;  // the character comes after the space
        return " ";
      }
      m_kept_any = true;
      return m_text.substr(start, m_at - start);
    }
    return {};
  }

 private:
  std::string_view m_text;
  size_t m_at = 0;
  bool m_kept_any = false;
};

}  // namespace

std::string without_punctuation_and_spacing(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ReducedPieces pieces(text);
  for (std::string_view piece = pieces.next(); !piece.empty(); piece = pieces.next()) out.append(piece);
  return out;
}

bool is_minor_edit(std::string_view before, std::string_view after) {
  if (before == after) return false;
  ReducedPieces a(before), b(after);
  for (;;) {
    std::string_view piece = a.next();
    if (piece != b.next()) return false;
    if (piece.empty()) return true;
  }
}

}  // namespace leafpress::text
