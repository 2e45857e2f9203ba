#pragma once
// The translation checks as pure functions over one source text and one translation.
// No I/O, no catalog: check_message.hpp applies them to PO messages.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "text/language.hpp"

namespace leafpress::qa {

/// The glossary as one language sees it: terms kept as written, and terms with approved
/// renderings in this language (a rendering ending in `*` matches any word starting with it).
struct LanguageGlossary {
  std::vector<std::string> keep;
  struct Term {
    std::string source;                   // matched case-insensitively on word boundaries
    std::vector<std::string> renderings;  // for this language
  };
  std::vector<Term> terms;
};

/// What a check sees besides the two texts.
struct CheckContext {
  text::Language language;
  LanguageGlossary glossary;
};

/// One problem found by a check, before severities are applied.
struct Finding {
  std::string check_id;
  std::string message;
  size_t form = 0;                              // which msgstr (plural form) it concerns
  std::optional<size_t> offset = std::nullopt;  // byte offset in that translation; nullopt: the unit as a whole
  Severity severity = Severity::error;          // set from the SeverityTable by check_message
};

using Findings = std::vector<Finding>;

// Each check appends its findings (check_id set, form 0) to `out`.
void check_placeholders(std::string_view source, std::string_view translation, Findings& out);
/// Numbers match across numeral systems: digits of any script, CJK and Roman numerals, and
/// small numbers the language spells out (ICU's spellout rules).
void check_numbers(const text::Language& language, std::string_view source, std::string_view translation,
                   Findings& out);
void check_urls(std::string_view source, std::string_view translation, Findings& out);
void check_glossary_keep(const LanguageGlossary& glossary, std::string_view source, std::string_view translation,
                         Findings& out);
void check_glossary_terms(const LanguageGlossary& glossary, std::string_view source, std::string_view translation,
                          Findings& out);
void check_newlines(std::string_view source, std::string_view translation, Findings& out);
void check_whitespace(std::string_view source, std::string_view translation, Findings& out);
void check_doubled_words(const text::Language& language, std::string_view source, std::string_view translation,
                         Findings& out);
void check_end_punctuation(const text::Language& language, std::string_view source, std::string_view translation,
                           Findings& out);
void check_quotes(const text::Language& language, std::string_view translation, Findings& out);
void check_romanian_cedilla(const text::Language& language, std::string_view translation, Findings& out);
void check_bidi(std::string_view translation, Findings& out);
void check_nfc(std::string_view translation, Findings& out);
void check_unchanged(const LanguageGlossary& glossary, std::string_view source, std::string_view translation,
                     Findings& out);
void check_length(const text::Language& language, std::string_view source, std::string_view translation, Findings& out);

/// Every check above on one (source, translation) pair.
Findings check_text(const CheckContext& context, std::string_view source, std::string_view translation);

// Pieces the checks share, exposed for tests.

/// Placeholder tags in order: "<1>", "</1>", "<2/>", with their byte offsets.
struct PlaceholderTag {
  std::string text;
  size_t offset = 0;
  int number = 0;
  enum Kind { open, close, empty, value } kind = open;
};
std::vector<PlaceholderTag> placeholder_tags(std::string_view text);

/// Value placeholders of page furniture, Boost.Locale's "{1}", "{2}", in order (kind `value`).
std::vector<PlaceholderTag> value_placeholders(std::string_view text);

/// `text` with placeholder tags and value placeholders replaced by spaces of the same length
/// (offsets unchanged).
std::string mask_placeholders(std::string_view text);

/// Numbers as digit strings ("1,000" → "1000", "٢٠٢٦" → "2026") with their text as written.
struct NumberToken {
  std::string digits;
  std::string written;
  bool counts_word = false;  // followed by a space and a word, as in "1 minute"
};
std::vector<NumberToken> numbers_in(std::string_view text);

/// Web addresses (http://, https://, www.) and e-mail addresses, as written.
std::vector<std::string> addresses_in(std::string_view text);

}  // namespace leafpress::qa
