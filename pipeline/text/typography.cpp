#include "text/typography.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <vector>

#include "text/icu_string.hpp"
#include "text/segment.hpp"

namespace leafpress::text {
namespace {

constexpr char32_t k_nbsp = U'\u00A0';
constexpr char32_t k_narrow_nbsp = U'\u202F';

// Valid UTF-8 as code points, and back.
std::u32string to_utf32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 cp = 0;
    U8_NEXT_UNSAFE(bytes, i, cp);
    out += static_cast<char32_t>(cp);
  }
  return out;
}

std::string from_utf32(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char32_t cp : text) {
    std::array<uint8_t, U8_MAX_LENGTH> buffer{};
    int32_t n = 0;
    U8_APPEND_UNSAFE(buffer.data(), n, static_cast<UChar32>(cp));
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<size_t>(n));
  }
  return out;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == k_nbsp || c == k_narrow_nbsp; }
bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }

std::string primary_subtag(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Marks the characters of words that look like URLs or e-mail addresses: typography must not
// change them ("mailto:x" must keep its colon unspaced, "?q=1" its question mark).
std::vector<bool> protected_words(std::u32string_view text) {
  std::vector<bool> mask(text.size(), false);
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_space(text[i]) || text[i] == U'\n')) ++i;
    size_t start = i;
    while (i < text.size() && !is_space(text[i]) && text[i] != U'\n') ++i;
    std::u32string_view word = text.substr(start, i - start);
    bool url_like = word.find(U"://") != std::u32string_view::npos || word.starts_with(U"www.") ||
                    word.starts_with(U"mailto:") || word.find(U'@') != std::u32string_view::npos;
    if (url_like)
      for (size_t k = start; k < i; ++k) mask[k] = true;
  }
  return mask;
}

// Removes trailing spaces from `out`; true when there were any.
bool strip_trailing_spaces(std::u32string& out) {
  bool stripped = false;
  while (!out.empty() && is_space(out.back())) {
    out.pop_back();
    stripped = true;
  }
  return stripped;
}

}  // namespace

TypographyRules typography_rules(std::string_view lang_tag) {
  std::string primary = primary_subtag(lang_tag);
  if (primary == "fr") return TypographyRules::french;
  if (primary == "pl") return TypographyRules::polish;
  return TypographyRules::none;
}

std::u32string apply_french(std::u32string_view text) {
  std::vector<bool> keep = protected_words(text);
  std::u32string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (keep[i]) {
      out += c;
      continue;
    }
    char32_t next = i + 1 < text.size() ? text[i + 1] : U'\0';
    bool next_ends_word = next == U'\0' || is_space(next) || next == U'\n' || next == U'»' || next == U')' ||
                          next == U'!' || next == U'?' || next == U';' || next == U'.';
    if (c == U';' || c == U'!' || c == U'?' || c == U':') {
      char32_t space = c == U':' ? k_nbsp : k_narrow_nbsp;
      // "droits ;" → "droits\u202F;", and "droits;" → "droits\u202F;" (not "10:30", "?!", "a:b")
      if (strip_trailing_spaces(out) ||
          (!out.empty() && (is_letter(out.back()) || out.back() == U'»') && next_ends_word))
        out += space;
      out += c;
    } else if (c == U'«') {
      out += c;
      size_t j = i + 1;
      while (j < text.size() && is_space(text[j]) && !keep[j]) ++j;
      out += k_nbsp;
      i = j - 1;
    } else if (c == U'»') {
      strip_trailing_spaces(out);
      out += k_nbsp;
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::u32string apply_polish(std::u32string_view text) {
  static constexpr std::u32string_view k_single = U"aiouwzAIOUWZ";
  static constexpr std::u32string_view k_openers = U"(„\"«[“‘'";
  std::vector<bool> keep = protected_words(text);
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    out += c;
    if (keep[i] || k_single.find(c) == std::u32string_view::npos) continue;
    bool starts_word = i == 0 || is_space(text[i - 1]) || text[i - 1] == U'\n' ||
                       k_openers.find(text[i - 1]) != std::u32string_view::npos;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == U' ' || text[j] == U'\t')) ++j;
    // Bind when spaces follow: "i\u00A0w\u00A0domu". Spaces at the end of the text are bound
    // too, since the next word comes in the next run ("i <em>kot</em>").
    if (starts_word && j > i + 1 && (j == text.size() || text[j] != U'\n')) {
      out += k_nbsp;
      i = j - 1;
    }
  }
  return out;
}

bool is_plainly_nfc_character(char32_t c) {
  // Ranges of the scripts of the language table, in order, holding only starters that never
  // compose with what precedes them; combining marks, the Indic vowel signs that compose, and
  // singletons such as U+2000 are left to ICU.
  struct Range {
    char32_t first, last;
  };
  static constexpr std::array<Range, 27> k_ranges{{
      {0x0000, 0x02FF},  // Latin, spacing modifiers
      {0x0388, 0x03FF},  // Greek
      {0x0400, 0x0482},  // Cyrillic
      {0x048A, 0x052F},
      {0x0600, 0x060F},  // Arabic signs and punctuation,
      {0x061B, 0x064A},  // letters, before the harakat,
      {0x0660, 0x066F},  // digits,
      {0x0671, 0x06D5},  // letters of Persian, Urdu, Pashto…
      {0x06EE, 0x06FF},
      {0x0980, 0x09BB},  // Bengali, around its nukta and the vowel signs that compose
      {0x09BF, 0x09CC},
      {0x09E0, 0x09FD},
      {0x0B80, 0x0BBD},  // Tamil, likewise
      {0x0BBF, 0x0BCC},
      {0x0BD8, 0x0BFF},
      {0x1200, 0x135C},  // Ethiopic
      {0x1360, 0x139F},
      {0x1E00, 0x1EFF},  // Latin Extended Additional (Vietnamese)
      {0x2002, 0x206F},  // punctuation, after the two singleton spaces
      {0x20A0, 0x20C0},  // currency signs
      {0x3000, 0x3029},  // CJK punctuation, before its combining marks
      {0x3041, 0x3096},  // hiragana
      {0x30A1, 0x30FA},  // katakana
      {0x3400, 0x4DBF},  // CJK ideographs
      {0x4E00, 0x9FFF},
      {0xFF01, 0xFF60},  // full-width forms
      {0xFF61, 0xFF9D},  // half-width forms, before the sound marks
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
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    // Eight ASCII bytes at a time: most of the text of most languages.
    while (i + 8 <= length) {
      uint64_t word = 0;
      std::memcpy(&word, bytes + i, sizeof word);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= length) break;
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c = 0;
    const uint8_t lead = bytes[i];
    if (lead >= 0xC2 && lead <= 0xDF && i + 1 < length && (bytes[i + 1] & 0xC0) == 0x80) {
      // Two bytes (accented Latin, Greek, Cyrillic, Arabic): decoded here, always valid.
      c = ((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
      i += 2;
    } else if (lead >= 0xE0 && lead <= 0xEF && i + 2 < length && (bytes[i + 1] & 0xC0) == 0x80 &&
               (bytes[i + 2] & 0xC0) == 0x80) {
      // Three bytes (Indic scripts, CJK); an overlong form or a surrogate is invalid UTF-8.
      c = ((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
      if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return false;
      i += 3;
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c < 0) return false;
    }
    // Beyond the table, ICU's own check of the whole text is quicker than a lookup per character.
    if (c < 0x10000 ? (k_bmp[static_cast<size_t>(c) / 64] >> (c % 64) & 1) == 0
                    : !is_plainly_nfc_character(static_cast<char32_t>(c)))
      return false;
  }
  return true;
}

std::string typeset(std::string_view lang_tag, std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  TypographyRules rules = typography_rules(lang_tag);
  // Most text comes valid and already in NFC: it needs no round trip through UTF-16, and
  // most of that is plainly so, without asking ICU.
  const bool ready = is_plainly_nfc(text) ||
                     (U_SUCCESS(status) && !find_invalid_utf8(text) &&
                      nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status) &&
                      U_SUCCESS(status));
  if (ready && rules == TypographyRules::none) return std::string(text);
  std::u32string wide;
  if (ready) {
    wide = to_utf32(text);
  } else {
    status = U_ZERO_ERROR;
    icu::UnicodeString source = to_icu(text);  // invalid UTF-8 becomes U+FFFD
    icu::UnicodeString normal = nfc != nullptr ? nfc->normalize(source, status) : source;
    if (U_FAILURE(status)) normal = source;
    if (rules == TypographyRules::none) return to_utf8(normal);
    wide.reserve(static_cast<size_t>(normal.length()));
    for (int32_t i = 0; i < normal.length();) {
      UChar32 cp = normal.char32At(i);
      wide += static_cast<char32_t>(cp);
      i += U16_LENGTH(cp);
    }
  }
  return from_utf32(rules == TypographyRules::french ? apply_french(wide) : apply_polish(wide));
}

}  // namespace leafpress::text
