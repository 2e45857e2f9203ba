#include "writers/picture_size.hpp"

#include <algorithm>

#include "writers/print_layout.hpp"

namespace leafpress::writers {

double printed_picture_width(const PageGeometry& page, int width, int height) {
  const double measure = page.measure();
  // A print-ready leaflet has no proof marks: its text block is the trim less a margin each side.
  const double text_height = page.trim_height - 2 * page.text_margin;
  const double max_height = layout::image_max_height_share * text_height;
  return std::min(measure, max_height * static_cast<double>(width) / static_cast<double>(height));
}

double printed_picture_dpi(const PageGeometry& page, int width, int height) {
  return static_cast<double>(width) * 25.4 / printed_picture_width(page, width, height);
}

}  // namespace leafpress::writers
