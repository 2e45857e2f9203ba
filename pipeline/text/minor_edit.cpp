#include "text/minor_edit.hpp"

#include <unicode/uchar.h>

#include "text/utf8_decode.hpp"

namespace leafpress::text {

std::string without_punctuation_and_spacing(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;  // a space is owed before the next kept character
  for (size_t at = 0; at < text.size();) {
    size_t start = at;
    UChar32 c = next_code_point(text, at);
    bool gap = c >= 0 && ((U_GET_GC_MASK(c) & U_GC_P_MASK) != 0 || u_isUWhiteSpace(c));
    if (gap) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out.append(text.substr(start, at - start));
  }
  return out;
}

bool is_minor_edit(std::string_view before, std::string_view after) {
  return before != after && without_punctuation_and_spacing(before) == without_punctuation_and_spacing(after);
}

}  // namespace leafpress::text
