#include "text/line_break_class.hpp"

#include <unicode/uchar.h>

#include <array>
#include <memory>

namespace leafpress::text {

namespace {

// Characters added after Unicode 14 are still unassigned for GNU gettext 0.21 (libunistring 1.0).
bool newer_than_unicode_14(UChar32 c) {
  UVersionInfo age;
  u_charAge(c, age);
  return age[0] > 14;
}

LineBreakClass line_break_class_slow(char32_t code_point);
int column_width_slow(char32_t code_point);

}  // namespace

LineBreakClass line_break_class(char32_t code_point) {
  // PO writing asks for every character: answer the Basic Multilingual Plane from a table
  // filled once (thread-safe static initialisation).
  static const auto bmp = [] {
    auto table = std::make_unique<std::array<LineBreakClass, 0x10000>>();
    for (char32_t c = 0; c < 0x10000; ++c) (*table)[c] = line_break_class_slow(c);
    return table;
  }();
  if (code_point < 0x10000) return (*bmp)[code_point];
  return line_break_class_slow(code_point);
}

namespace {

LineBreakClass line_break_class_slow(char32_t code_point) {
  if (newer_than_unicode_14(static_cast<UChar32>(code_point)))
    return code_point >= 0x20000 && code_point <= 0x3FFFD ? LineBreakClass::ID : LineBreakClass::XX;
  auto value = static_cast<ULineBreak>(u_getIntPropertyValue(static_cast<UChar32>(code_point), UCHAR_LINE_BREAK));
  using C = LineBreakClass;
  switch (value) {
    case U_LB_WORD_JOINER: return C::WJ;
    case U_LB_GLUE: return C::GL;
    case U_LB_BREAK_BOTH: return C::B2;
    case U_LB_BREAK_AFTER: return C::BA;
    case U_LB_BREAK_BEFORE: return C::BB;
    case U_LB_HYPHEN: return C::HY;
    case U_LB_CLOSE_PUNCTUATION: return C::CL;
    case U_LB_CLOSE_PARENTHESIS: return C::CP;
    case U_LB_EXCLAMATION: return C::EX;
    case U_LB_INSEPARABLE: return C::IN;
    case U_LB_NONSTARTER: return C::NS;
    case U_LB_OPEN_PUNCTUATION: return C::OP;
    case U_LB_QUOTATION: return C::QU;
    case U_LB_INFIX_NUMERIC: return C::IS;
    case U_LB_NUMERIC: return C::NU;
    case U_LB_POSTFIX_NUMERIC: return C::PO;
    case U_LB_PREFIX_NUMERIC: return C::PR;
    case U_LB_BREAK_SYMBOLS: return C::SY;
    case U_LB_ALPHABETIC: return C::AL;
    case U_LB_H2: return C::H2;
    case U_LB_H3: return C::H3;
    case U_LB_IDEOGRAPHIC: return C::ID;
    case U_LB_JL: return C::JL;
    case U_LB_JV: return C::JV;
    case U_LB_JT: return C::JT;
    case U_LB_HEBREW_LETTER: return C::HL;
    case U_LB_REGIONAL_INDICATOR: return C::RI;
    case U_LB_E_BASE: return C::EB;
    case U_LB_E_MODIFIER: return C::EM;
    case U_LB_ZWJ: return C::ZWJ;
    case U_LB_MANDATORY_BREAK: return C::BK;
    case U_LB_CARRIAGE_RETURN: return C::CR;
    case U_LB_LINE_FEED: return C::LF;
    case U_LB_NEXT_LINE: return C::NL;
    case U_LB_SPACE: return C::SP;
    case U_LB_ZWSPACE: return C::ZW;
    case U_LB_COMBINING_MARK: return C::CM;
    case U_LB_SURROGATE: return C::SG;
    case U_LB_AMBIGUOUS: return C::AI;
    case U_LB_CONTINGENT_BREAK: return C::CB;
    case U_LB_COMPLEX_CONTEXT: return C::SA;
    case U_LB_CONDITIONAL_JAPANESE_STARTER: return C::CJ;
    default: return C::XX;
  }
}

int column_width_slow(char32_t code_point) {
  auto c = static_cast<UChar32>(code_point);
  if (c == 0) return 0;
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return -1;
  if (c < 0x7F) return 1;
  bool unassigned = newer_than_unicode_14(c);
  // Vowel signs that libunistring 1.0 counts as spacing.
  if (c == 0x0CBF || c == 0x0CC6 || c == 0x0ECE) return 1;
  int8_t category = u_charType(c);
  if (!unassigned && (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR))
    return 0;
  // Hangul medial vowels and final consonants combine with the syllable before them.
  if ((c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF)) return 0;
  if (c == 0x200B) return 0;
  auto width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return 2;
  return 1;
}

}  // namespace

}  // namespace leafpress::text

namespace leafpress::text {

int column_width(char32_t code_point) {
  static const auto bmp = [] {
    auto table = std::make_unique<std::array<int8_t, 0x10000>>();
    for (char32_t c = 0; c < 0x10000; ++c) (*table)[c] = static_cast<int8_t>(column_width_slow(c));
    return table;
  }();
  if (code_point < 0x10000) return (*bmp)[code_point];
  return column_width_slow(code_point);
}

}  // namespace leafpress::text
