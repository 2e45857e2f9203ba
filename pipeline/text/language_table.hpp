#pragma once
// The one table of language facts that ICU/CLDR does not provide: gettext codes and
// Plural-Forms, font choices for web and print, and what FOP can print.
#include <functional>
#include <span>
#include <string_view>

namespace leafpress::text {

/// A gettext plural formula with the same rule as C++ code, so it can be checked against ICU.
struct PluralRule {
  std::string_view formula;  // the full Plural-Forms value
  int nplurals;
  std::function<int(unsigned long)> index;  // plural index for an integer n
};

struct LanguageRow {
  std::string_view tag;           // canonical BCP 47 tag
  std::string_view gettext_code;  // PO Language: value
  const PluralRule* plural;
  std::string_view script_fonts;  // key into the font tables (a script code, or "Hans"/"Hant")
  bool fop_language_attribute;    // false where FOP's shaping breaks with `language`
  std::string_view print_refusal;  // non-empty when FOP cannot print the language well
};

/// The row for a canonical tag, or nullptr.
const LanguageRow* find_language_row(std::string_view tag);

/// Every row, in table order.
std::span<const LanguageRow> language_rows();

/// The known gettext plural rules, for deriving one from CLDR.
std::span<const PluralRule* const> plural_rules();

struct ScriptFonts {
  std::string_view script;      // ISO 15924 code or "Hans"/"Hant"/"Nastaliq"
  std::string_view web_fonts;   // CSS font-family list
  double web_line_height;
  std::string_view print_font;  // FOP font-family name (configured by the print step)
};

/// Fonts for a script code ("Latn", "Arab", "Hans"…); falls back to Latin.
const ScriptFonts& fonts_for_script(std::string_view script);

}  // namespace leafpress::text
