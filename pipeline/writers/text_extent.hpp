#pragma once
// How much room a few short paragraphs will take once FOP sets them: used to size fixed
// areas (the imprint at the foot of a leaflet's first page), which cannot grow.
#include <span>
#include <string>

namespace leafpress::writers {

/// One paragraph of a fixed area, as the FO writer sets it.
struct AreaParagraph {
  std::string text;          // UTF-8
  double size_pt = 9;        // font size
  double line_height = 1.3;  // as a multiple of the font size
  bool bold = false;
  double extra_mm = 0;  // space-before, padding and borders around the paragraph
};

/// Millimetres of line width `text` takes at `size_pt`: an average advance per character by
/// script, on the generous side (Han 1 em; Tamil and Bengali as wide as FOP 2.8 measures
/// them, before shaping; Latin, Cyrillic and Greek 0.5 em, their capitals 0.66 em; bold 8%
/// wider).
double estimated_width_mm(std::string_view text, double size_pt, bool bold = false);

/// Millimetres of height the paragraphs need, stacked, in a column `measure_mm` wide: whole
/// lines, each line assumed 90% full (words do not fill a line to the end). Generous by
/// design; an area that is still too small makes FOP fail the render (overflow =
/// "error-if-overflow"), never clip the text silently.
double estimated_height_mm(std::span<const AreaParagraph> paragraphs, double measure_mm);

}  // namespace leafpress::writers
