#pragma once
// What a leaflet's text layer must give back: the translation exactly, read through
// pdftotext and normalised the way each script is set (line ends, hyphenation, spaces that
// pdftotext puts into or takes out of words it cannot segment).
#include <gtest/gtest.h>

#include <cstring>
#include <regex>
#include <string>

#include "base/utf8.hpp"

namespace leafpress::testing {

/// Code points that must never be in the text layer: ligatures' and presentation forms'
/// compatibility characters, private use.
inline void expect_clean_text_layer(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    const auto [c, length] = utf8::decode_lenient(text, i);
    EXPECT_FALSE(c >= 0xFB00 && c <= 0xFB06) << "ligature U+" << std::hex << unsigned(c);
    EXPECT_FALSE(c >= 0xE000 && c <= 0xF8FF) << "private use U+" << std::hex << unsigned(c);
    EXPECT_FALSE((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
        << "presentation form U+" << std::hex << unsigned(c);
    EXPECT_FALSE(c >= 0xF900 && c <= 0xFAFF) << "compatibility ideograph U+" << std::hex << unsigned(c);
    i += length;
  }
}

/// The text layer without the page numbers ("2 / 4", a line of their own at each page's foot),
/// which stand between the two halves of a paragraph that runs on to the next page.
inline std::string without_page_numbers(const std::string& layer) {
  static const std::regex folio(R"((^|\n) *\d+ ?/ ?\d+\n(\f)?)");
  return std::regex_replace(layer, folio, "$1$2");
}

/// How a script's text is compared: `spaceless` for scripts set without word spaces or whose
/// words pdftotext splits (Han, Nastaliq), where every space is dropped on both sides.
struct TextRules {
  bool spaceless = false;
};

// A line that ends in a hyphen: the hyphen may be TeX's (a word broken across the line) or
// the text's own (a compound broken after its hyphen); the marker stands for either.
constexpr char k_line_end_hyphen = '\x01';

/// The text (a PDF's or a translation's) with no-break and narrow spaces as spaces, runs of
/// whitespace as one space (none when spaceless), and a hyphen at a line's end as the marker.
inline std::string normalised_text(std::string text, TextRules rules) {
  for (const char* space : {"\u00A0", "\u202F", "\u2009", "\u200B"})
    for (size_t at; (at = text.find(space)) != std::string::npos;) text.replace(at, std::strlen(space), " ");
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '-' && i + 1 < text.size() && text[i + 1] == '\n') {
      out += k_line_end_hyphen;
      ++i;
      space = false;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !rules.spaceless && !out.empty() && out.back() != k_line_end_hyphen) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// True when `wanted` (normalised, without markers) is in `layer` (normalised): a marker in
/// the layer matches the text's own hyphen, or nothing (TeX's hyphen).
inline bool contains_text(const std::string& layer, const std::string& wanted) {
  if (wanted.empty()) return true;
  for (size_t start = 0; start < layer.size(); ++start) {
    size_t i = 0, j = start;
    while (i < wanted.size() && j < layer.size()) {
      if (layer[j] == k_line_end_hyphen) {
        if (wanted[i] == '-') ++i;
        ++j;
      } else if (layer[j] == wanted[i]) {
        ++i;
        ++j;
      } else {
        break;
      }
    }
    if (i == wanted.size()) return true;
  }
  return false;
}

}  // namespace leafpress::testing
