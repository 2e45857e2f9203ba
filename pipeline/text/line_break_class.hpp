#pragma once
// Unicode properties the PO writer needs to wrap strings where GNU gettext does:
// the UAX #14 line-break class and the column width of a code point.
#include <cstddef>
#include <cstdint>

namespace leafpress::text {

/// UAX #14 line-break classes (the subset with distinct behaviour in GNU's pair table).
enum class LineBreakClass : uint8_t {
  WJ,
  GL,
  B2,
  BA,
  BB,
  HY,
  CL,
  CP,
  EX,
  IN,
  NS,
  OP,
  QU,
  IS,
  NU,
  PO,
  PR,
  SY,
  AL,
  H2,
  H3,
  ID,
  JL,
  JV,
  JT,
  HL,
  RI,
  EB,
  EM,
  ZWJ,
  // Classes resolved or handled outside the pair table.
  BK,
  CR,
  LF,
  NL,
  SP,
  ZW,
  CM,
  SG,
  AI,
  CB,
  SA,
  XX,
  CJ,
};

/// The line-break class of `code_point` (from ICU's Unicode data).
LineBreakClass line_break_class(char32_t code_point);

/// Columns the code point takes on a terminal: 0 for combining/format characters, 2 for East
/// Asian wide and full-width ones, 1 otherwise, -1 for control characters.
int column_width(char32_t code_point);

}  // namespace leafpress::text
