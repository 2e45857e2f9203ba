#pragma once
// Conversions between UTF-8 std::string and ICU's UnicodeString, and ICU's own UTF-8
// stepping for code that asks ICU about each character (inside text/ only; other code decodes
// with base/utf8).
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <string>
#include <string_view>

namespace leafpress::text {

inline icu::UnicodeString to_icu(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

inline std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// ICU's U8_NEXT/U8_PREV macros use C casts and narrowing; they are the reference decoders.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wuseless-cast"

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
