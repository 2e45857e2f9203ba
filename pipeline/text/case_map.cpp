#include "text/case_map.hpp"

#include <unicode/locid.h>

#include "text/icu_string.hpp"

namespace leafpress::text {
namespace {

icu::Locale locale_for(std::string_view language_tag) {
  if (language_tag.empty()) return icu::Locale::getRoot();
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(icu::StringPiece(language_tag.data(),
                                                                    static_cast<int32_t>(language_tag.size())),
                                                   status);
  return U_FAILURE(status) ? icu::Locale::getRoot() : locale;
}

}  // namespace

std::string to_upper(std::string_view text, std::string_view language_tag) {
  icu::UnicodeString s = to_icu(text);
  s.toUpper(locale_for(language_tag));
  return to_utf8(s);
}

std::string to_lower(std::string_view text, std::string_view language_tag) {
  icu::UnicodeString s = to_icu(text);
  s.toLower(locale_for(language_tag));
  return to_utf8(s);
}

}  // namespace leafpress::text
