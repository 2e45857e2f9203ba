#pragma once
// Questions asked of a text's characters (by the translation checks, among others): digit
// folding, word splitting, case folding, letters, sentence-end marks and whole-term search.
// They need ICU, which lives only in text/.
// All offsets are byte offsets into the UTF-8 input.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/language.hpp"

namespace leafpress::text {

/// A copy of `utf8` with every Unicode decimal digit (general category Nd: Arabic-Indic ٣,
/// Persian ۳, Devanagari ३, fullwidth ３ …) replaced by the ASCII digit of the same value.
/// Other characters are copied unchanged; ill-formed bytes are kept as they are.
std::string fold_digits(std::string_view utf8);

/// A word found by ICU's word break rules: letters, numbers, ideographs or kana.
struct WordSpan {
  size_t offset = 0;  // bytes
  size_t length = 0;  // bytes
};

/// The words of `utf8` by ICU word boundaries for the locale `lang` (spaces and punctuation
/// are not words). Ill-formed UTF-8 gives no words.
std::vector<WordSpan> split_words(std::string_view utf8, std::string_view lang);

/// Full Unicode case folding (for case-insensitive comparison).
std::string fold_case(std::string_view utf8);

/// Number of code points (ill-formed bytes count one each).
size_t count_code_points(std::string_view utf8);

/// The kinds of mark that end a sentence or a heading.
enum class EndMark { none, full_stop, question, exclamation, colon, semicolon, ellipsis };

/// "full stop", "question mark", …
const char* end_mark_name(EndMark mark);

/// The final punctuation of `utf8`, looking through trailing spaces, closing quotes and
/// brackets and `</n>` placeholders.
struct EndPunctuation {
  EndMark mark = EndMark::none;
  size_t offset = 0;  // byte offset of the mark (or of the end when none)
  std::string text;   // the mark as written, e.g. "?" or "؟"
};
EndPunctuation end_punctuation(std::string_view utf8);

/// The form `language` writes `mark` in, when it differs from the ASCII one
/// ("。" for Chinese full stops, "؟" for Arabic questions, ";" U+037E for Greek), else empty
/// (any form of the mark is accepted).
std::string native_end_mark(const Language& language, EndMark mark);

/// Byte offsets where `needle` occurs in `haystack` as a whole term: the characters around it
/// are not letters, digits or marks of the script the term starts/ends with (so "EU" is not
/// found in "EUR", but "Lewisham" is found in "在Lewisham的"). In scripts written without
/// spaces (Han, kana, Thai…) any occurrence counts. With `prefix`, the term may continue
/// (a word that starts with `needle`). Compare case-insensitively by folding both first.
std::vector<size_t> find_term(std::string_view haystack, std::string_view needle, bool prefix = false);

/// True when `utf8` holds at least one letter (general category L*).
bool has_letters(std::string_view utf8);

/// The number of letters (general category L*) in `utf8`.
size_t count_letters(std::string_view utf8);

/// True for the Unicode bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069).
bool is_bidi_control(char32_t c);

}  // namespace leafpress::text
