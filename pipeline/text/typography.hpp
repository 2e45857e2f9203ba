#pragma once
// Typography per language, applied when text is rendered (HTML, print), never stored in
// catalogs. Each language's rules live in one function in typography.cpp.
#include <string>
#include <string_view>

namespace leafpress::text {

enum class TypographyRules {
  none,
  french,  // U+202F before ; ! ?, U+00A0 before : and inside « »
  polish,  // one-letter words (a i o u w z) bound to the next word with U+00A0
};

/// The rules for a BCP 47 tag, chosen by its primary language subtag ("fr-BE" → french).
TypographyRules typography_rules(std::string_view lang_tag);

/// `text` normalised to NFC with the language's rules applied. Words that look like URLs or
/// e-mail addresses are left as they are. Never call it on code or URLs. Invalid UTF-8 is
/// replaced by U+FFFD (the caller's writer drops what XML cannot carry).
std::string typeset(std::string_view lang_tag, std::string_view text);

/// The rules alone, on NFC text (exposed for tests).
std::u32string apply_french(std::u32string_view text);
std::u32string apply_polish(std::u32string_view text);

}  // namespace leafpress::text
