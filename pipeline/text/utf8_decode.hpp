#pragma once
// Decoding one UTF-8 code point forwards or backwards with ICU's reference macros (inside
// text/ only): the checks' helpers and the numeral reader walk text with them.
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace leafpress::text {

// ICU's U8_NEXT/U8_PREV macros use C casts and narrowing; they are the reference decoders.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wconversion"

/// Decodes the code point starting at `offset`, advancing it; negative for ill-formed bytes.
inline UChar32 next_code_point(std::string_view utf8, size_t& offset) {
  UChar32 c = 0;
  auto i = static_cast<int32_t>(offset);
  U8_NEXT(utf8.data(), i, static_cast<int32_t>(utf8.size()), c);
  offset = static_cast<size_t>(i);
  return c;
}

/// Decodes the code point ending at `offset`, moving it back to that code point's start.
inline UChar32 previous_code_point(std::string_view utf8, size_t& offset) {
  UChar32 c = 0;
  auto i = static_cast<int32_t>(offset);
  U8_PREV(utf8.data(), 0, i, c);
  offset = static_cast<size_t>(i);
  return c;
}

#pragma GCC diagnostic pop

}  // namespace leafpress::text
