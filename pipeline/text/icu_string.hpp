#pragma once
// Conversions between UTF-8 std::string and ICU's UnicodeString (inside text/ only).
#include <unicode/unistr.h>

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

}  // namespace leafpress::text
