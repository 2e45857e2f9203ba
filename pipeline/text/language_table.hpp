#pragma once
// The one table of language facts that ICU/CLDR does not provide: gettext codes and
// Plural-Forms, font choices for web and print (faces and their files), and how the
// typesetter sets each language.
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
  std::string_view script_fonts;   // key into the font tables (a script code, or "Hans"/"Hant")
  bool fop_language_attribute;     // false where FOP's shaping breaks with `language`
  std::string_view print_refusal;  // non-empty when the language cannot be printed well
  // The typesetter's locale (babel's .ini of that tag): hyphenation patterns where TeX Live
  // has them, and line breaking between Chinese characters.
  std::string_view tex_locale;
};

/// The row for a canonical tag, or nullptr.
const LanguageRow* find_language_row(std::string_view tag);

/// Every row, in table order.
std::span<const LanguageRow> language_rows();

/// The known gettext plural rules, for deriving one from CLDR.
std::span<const PluralRule* const> plural_rules();

/// A font file the print step embeds: a face of a collection (.ttc) is chosen by index.
struct PrintFace {
  std::string_view file;  // absolute path, where its Debian package installs it
  int index = 0;
};

struct ScriptFonts {
  std::string_view script;     // ISO 15924 code or "Hans"/"Hant"/"Nastaliq"
  std::string_view web_fonts;  // CSS font-family list
  double web_line_height;
  std::string_view print_font;  // font-family name in the FO and the typesetter's input
  PrintFace print_regular;
  PrintFace print_bold;
  std::string_view print_package;  // the Debian package that installs both faces
};

/// Every script's fonts, in table order (each print family once per script).
std::span<const ScriptFonts> script_fonts();

/// Fonts for a script code ("Latn", "Arab", "Hans"…); falls back to Latin.
const ScriptFonts& fonts_for_script(std::string_view script);

}  // namespace leafpress::text
