#include "text/typography.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

#include "base/utf8.hpp"
#include "text/icu_string.hpp"
#include "text/nfc.hpp"
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

namespace {

// The language's rules on NFC text (never called with TypographyRules::none).
std::u32string apply_rules(TypographyRules rules, std::u32string_view text) {
  return rules == TypographyRules::french ? apply_french(text) : apply_polish(text);
}

}  // namespace

std::string typeset(std::string_view lang_tag, std::string_view text) {
  TypographyRules rules = typography_rules(lang_tag);
  // Most text comes valid and already in NFC: it needs no round trip through UTF-16.
  const bool ready = is_valid_nfc(text);
  if (ready && rules == TypographyRules::none) return std::string(text);
  if (ready) return from_utf32(apply_rules(rules, to_utf32(text)));
  std::string normal = to_nfc_replacing_invalid(text);
  if (rules == TypographyRules::none) return normal;
  return from_utf32(apply_rules(rules, to_utf32(normal)));
}

}  // namespace leafpress::text
