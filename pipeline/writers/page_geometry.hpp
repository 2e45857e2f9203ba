#pragma once
// Page geometry of a leaflet as a UK print shop expects it: trim size, 3 mm bleed on every
// edge, crop marks outside the bleed, and a 5 mm safe area inside the trim.
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace leafpress::writers {

/// All lengths in millimetres.
struct PageGeometry {
  std::string name;       // "A5", "A4", "DL"
  double trim_width = 0;  // finished size
  double trim_height = 0;
  double bleed = 3;         // printed beyond the trim on every edge
  double crop_offset = 10;  // media beyond the trim, room for the crop marks
  double safe = 5;          // nothing important closer than this to the trim
  double mark_gap = 4;      // crop marks start this far outside the trim (past the bleed)
  double mark_length = 5;   // and run this far outwards (inside the crop offset)
  double text_margin = 12;  // body text inset from the trim (inside the safe area)

  /// The width of the text: the trim less the text margin on each side.
  [[nodiscard]] double measure() const { return trim_width - 2 * text_margin; }
  [[nodiscard]] double bleed_width() const { return trim_width + 2 * bleed; }
  [[nodiscard]] double bleed_height() const { return trim_height + 2 * bleed; }
  [[nodiscard]] double media_width() const { return trim_width + 2 * crop_offset; }
  [[nodiscard]] double media_height() const { return trim_height + 2 * crop_offset; }
};

/// A straight line on the media, in millimetres from the media's top-left corner.
struct MarkLine {
  double x1, y1, x2, y2;
  friend bool operator==(const MarkLine&, const MarkLine&) = default;
};

/// The geometry of a named page size (case-insensitive "A5", "A4", "DL"); an error naming the
/// supported sizes otherwise.
Result<PageGeometry> page_geometry(std::string_view name);

/// The eight crop marks (two per corner, along the trim edges), each starting at the bleed
/// and ending inside the media, so that none touches the printed area.
std::vector<MarkLine> crop_marks(const PageGeometry& page);

/// Names of the supported page sizes, for messages and configuration checks.
const std::vector<std::string>& page_size_names();

}  // namespace leafpress::writers
