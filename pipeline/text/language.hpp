#pragma once
// Language: everything leafpress knows about a language, from ICU/CLDR plus one small
// table (language_table.cpp) for what ICU lacks. Nothing about a language is coded elsewhere.
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace leafpress::text {

enum class Direction { ltr, rtl };

struct Language {
  std::string tag;           // canonical BCP 47 tag, e.g. "pt-PT", "zh-Hant"
  std::string gettext_code;  // the PO "Language:" value, e.g. "pt_PT", "zh_CN"
  std::string english_name;  // e.g. "Portuguese (Portugal)"
  std::string autonym;       // its own name from CLDR, e.g. "português", "简体中文"
  std::string script;        // ISO 15924 code, e.g. "Latn", "Arab", "Hans"
  Direction direction = Direction::ltr;
  std::string quote_open, quote_close;          // CLDR quotation marks
  std::string alt_quote_open, alt_quote_close;  // CLDR alternate (nested) quotes
  std::string plural_forms;                     // gettext Plural-Forms value: "nplurals=2; plural=(n != 1);"
  int nplurals = 2;
  std::string web_fonts;  // CSS font-family list for body text
  double web_line_height = 1.5;
  std::string print_font;  // print font-family for the language's main script
  std::string tex_locale;  // the typesetter's locale (hyphenation, line breaking); empty: none
  // FOP 2.8 breaks shaping when `language` is set on Arabic, Urdu, Tamil, Bengali blocks.
  bool fop_language_attribute = true;
  // False when the language cannot be printed to print quality.
  bool print_supported = true;
  std::string print_refusal;  // why not, and what to use instead
  // Orthography the checks enforce.
  bool inverted_opening_marks = false;  // questions open with ¿ and exclamations with ¡ (Spanish)
  bool comma_below_letters = false;     // ș ț with comma below, never ş ţ with cedilla (Romanian)

  [[nodiscard]] bool rtl() const { return direction == Direction::rtl; }
  [[nodiscard]] const char* dir() const { return rtl() ? "rtl" : "ltr"; }
};

/// True when `tag` is a well-formed BCP 47 language tag.
bool is_well_formed_tag(std::string_view tag);

/// Canonical form of a tag ("pt_pt" → "pt-PT", "zh-hans" → "zh-Hans"); error when malformed.
Result<std::string> canonical_tag(std::string_view tag);

/// Metadata for a language. Error when the tag is malformed or unknown to ICU; a language
/// ICU knows but the table lacks gets a Plural-Forms derived from CLDR plural rules when
/// they map onto a known gettext formula, else an error asking for one.
Result<Language> language_info(std::string_view tag);

/// The gettext code of a language given by its English name, as msgmerge reads a catalog's
/// Language-Team when it lacks a Language field: "French" → "fr", "Brazilian Portuguese" →
/// "pt_BR". Names are CLDR's (gettext's own table spells a few differently); empty when none
/// matches.
std::string gettext_code_for_english_name(std::string_view name);

/// Tags the table knows (the 16 default targets, both Chinese scripts, DOMAIN.md extras, en).
const std::vector<std::string>& known_tags();

}  // namespace leafpress::text
