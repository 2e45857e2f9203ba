#include "text/nfc.hpp"

#include <unicode/normalizer2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "base/utf8.hpp"
#include "text/icu_string.hpp"

namespace leafpress::text {
namespace {

// ICU's check of valid UTF-8 as it is, without a round trip through UTF-16.
bool is_normalized_utf8(const icu::Normalizer2& nfc, std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  return nfc.isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status) &&
         U_SUCCESS(status);
}

}  // namespace

bool is_plainly_nfc_character(char32_t c) {
  // Ranges of the scripts of the language table, in order, holding only starters that never
  // compose with what precedes them; combining marks, the Indic vowel signs that compose, and
  // singletons such as U+2000 are left to ICU.
  struct Range {
    char32_t first, last;
  };
  static constexpr std::array<Range, 27> k_ranges{{
      {0x0000, 0x02FF},                    // Latin, spacing modifiers
      {0x0388, 0x03FF},                    // Greek
      {0x0400, 0x0482},                    // Cyrillic
      {0x048A, 0x052F}, {0x0600, 0x060F},  // Arabic signs and punctuation,
      {0x061B, 0x064A},                    // letters, before the harakat,
      {0x0660, 0x066F},                    // digits,
      {0x0671, 0x06D5},                    // letters of Persian, Urdu, Pashto…
      {0x06EE, 0x06FF}, {0x0980, 0x09BB},  // Bengali, around its nukta and the vowel signs that compose
      {0x09BF, 0x09CC}, {0x09E0, 0x09FD}, {0x0B80, 0x0BBD},  // Tamil, likewise
      {0x0BBF, 0x0BCC}, {0x0BD8, 0x0BFF}, {0x1200, 0x135C},  // Ethiopic
      {0x1360, 0x139F}, {0x1E00, 0x1EFF},                    // Latin Extended Additional (Vietnamese)
      {0x2002, 0x206F},                                      // punctuation, after the two singleton spaces
      {0x20A0, 0x20C0},                                      // currency signs
      {0x3000, 0x3029},                                      // CJK punctuation, before its combining marks
      {0x3041, 0x3096},                                      // hiragana
      {0x30A1, 0x30FA},                                      // katakana
      {0x3400, 0x4DBF},                                      // CJK ideographs
      {0x4E00, 0x9FFF}, {0xFF01, 0xFF60},                    // full-width forms
      {0xFF61, 0xFF9D},                                      // half-width forms, before the sound marks
  }};
  auto after = std::upper_bound(k_ranges.begin(), k_ranges.end(), c,
                                [](char32_t value, const Range& r) { return value < r.first; });
  return after != k_ranges.begin() && c <= std::prev(after)->last;
}

bool is_plainly_nfc(std::string_view text) {
  // The table for the Basic Multilingual Plane as bits: one test per character of Cyrillic,
  // Arabic, Tamil or Chinese text instead of a search through the ranges.
  static const auto k_bmp = [] {
    std::array<uint64_t, 0x10000 / 64> bits{};
    for (char32_t c = 0; c < 0x10000; ++c)
      if (is_plainly_nfc_character(c)) bits[c / 64] |= uint64_t{1} << (c % 64);
    return bits;
  }();
  // ASCII (most of the text of most languages) is in NFC in any case.
  for (size_t i = utf8::ascii_prefix_length(text); i < text.size(); i += utf8::ascii_prefix_length(text.substr(i))) {
    const utf8::Decoded d = utf8::decode_strict(text, i);
    if (d.length == 0) return false;
    const char32_t c = d.code_point;
    // Beyond the table, ICU's own check of the whole text is quicker than a lookup per character.
    if (c < 0x10000 ? (k_bmp[c / 64] >> (c % 64) & 1) == 0 : !is_plainly_nfc_character(c)) return false;
    i += d.length;
  }
  return true;
}

bool is_valid_nfc(std::string_view utf8) {
  if (is_plainly_nfc(utf8)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) && !utf8::find_invalid(utf8) && is_normalized_utf8(*nfc, utf8);
}

std::string to_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  // Most text is already NFC, and most of that plainly so: check before converting, and let
  // ICU check valid UTF-8 as it is.
  if (is_plainly_nfc(utf8)) return std::string(utf8);
  const bool valid = !utf8::find_invalid(utf8);
  if (valid && is_normalized_utf8(*nfc, utf8)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString text = to_icu(utf8);
  // Invalid bytes became U+FFFD: text otherwise in NFC is given back as it came.
  if (!valid && nfc->isNormalized(text, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString normal = nfc->normalize(text, status);
  if (U_FAILURE(status)) return std::string(utf8);
  return to_utf8(normal);
}

std::string to_nfc_replacing_invalid(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString source = to_icu(utf8);  // invalid UTF-8 becomes U+FFFD
  if (U_FAILURE(status)) return to_utf8(source);
  icu::UnicodeString normal = nfc->normalize(source, status);
  return to_utf8(U_FAILURE(status) ? source : normal);
}

std::optional<size_t> first_non_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return 0;
  icu::UnicodeString text = to_icu(utf8);
  int32_t span = nfc->spanQuickCheckYes(text, status);
  if (U_FAILURE(status)) return 0;
  if (span == text.length()) return std::nullopt;
  // "Maybe" characters (combining marks) need the full test from the previous boundary on.
  if (nfc->isNormalized(text, status) && U_SUCCESS(status)) return std::nullopt;
  // Back up to the start of the combining sequence so the column points at its base letter.
  while (span > 0 && !nfc->hasBoundaryBefore(text.char32At(span))) span = text.moveIndex32(span, -1);
  std::string prefix;
  text.tempSubString(0, span).toUTF8String(prefix);
  return prefix.size();
}

}  // namespace leafpress::text
