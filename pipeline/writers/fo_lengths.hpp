#pragma once
// Lengths as XSL-FO and SVG attributes: the shortest form with at most two decimals ("148",
// "22.4", "0.1"), so that output is stable across platforms.
#include <string>

namespace leafpress::writers {

std::string fo_number(double value);
inline std::string fo_mm(double value) { return fo_number(value) + "mm"; }
inline std::string fo_pt(double value) { return fo_number(value) + "pt"; }

}  // namespace leafpress::writers
