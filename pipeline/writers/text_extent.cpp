#include "writers/text_extent.hpp"

#include <algorithm>
#include <cmath>

#include "base/utf8.hpp"
#include "text/script_runs.hpp"

namespace leafpress::writers {
namespace {

constexpr double k_mm_per_pt = 25.4 / 72;
constexpr double k_line_fill = 0.9;  // how full a line is, on average, before the next word wraps
constexpr double k_bold_factor = 1.08;

// Capitals of the Latin and Cyrillic alphabets, which are wider than the average letter
// (the imprint-missing warning is all capitals).
bool is_wide_capital(char32_t cp) {
  return (cp >= U'A' && cp <= U'Z') || (cp >= 0xC0 && cp <= 0xDE) || (cp >= 0x400 && cp <= 0x42F);
}

// Average advance of one code point of `script`, in ems, in the print fonts. Tamil and
// Bengali count their vowel signs and viramas as FOP 2.8 does (it measures the characters,
// not the shaped clusters, so it sets those lines about 1.5 times too wide).
double em_per_code_point(std::string_view script, char32_t cp) {
  if (script == "Hani" || script == "Hira" || script == "Kana" || script == "Bopo" || script == "Hang") return 1.0;
  if (script == "Taml" || script == "Beng") return 0.9;
  if (script == "Ethi") return 0.85;
  if (script == "Arab") return 0.5;
  return is_wide_capital(cp) ? 0.66 : 0.5;  // Latin, Cyrillic, Greek, digits and punctuation
}

}  // namespace

double estimated_width_mm(std::string_view text, double size_pt, bool bold) {
  double ems = 0;
  for (const text::ScriptRun& run : text::split_script_runs(text, text::CommonPolicy::join))
    for (size_t i = 0; i < run.text.size();) {
      const utf8::Decoded d = utf8::decode_lenient(run.text, i);  // an invalid byte counts as one character
      ems += em_per_code_point(run.script, d.code_point);
      i += d.length;
    }
  return ems * size_pt * k_mm_per_pt * (bold ? k_bold_factor : 1.0);
}

double estimated_height_mm(std::span<const AreaParagraph> paragraphs, double measure_mm) {
  double height = 0;
  for (const AreaParagraph& paragraph : paragraphs) {
    double usable = measure_mm * k_line_fill;
    double lines = usable > 0
                       ? std::ceil(estimated_width_mm(paragraph.text, paragraph.size_pt, paragraph.bold) / usable)
                       : 1;
    height += std::max(1.0, lines) * paragraph.size_pt * paragraph.line_height * k_mm_per_pt + paragraph.extra_mm;
  }
  return height;
}

}  // namespace leafpress::writers
