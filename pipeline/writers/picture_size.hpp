#pragma once
// The size at which a print-ready leaflet prints a picture, from the same layout model the TeX
// writer places it with, so the resolution check and the page agree.
#include "writers/page_geometry.hpp"

namespace leafpress::writers {

/// The width in millimetres of a picture of `width` × `height` pixels on a print-ready leaflet
/// of `page`: as wide as the measure, but no taller than layout::image_max_height_share of the
/// text block, its shape kept (\includegraphics with keepaspectratio scales up as well as down).
double printed_picture_width(const PageGeometry& page, int width, int height);

/// Its resolution there, in pixels per inch.
double printed_picture_dpi(const PageGeometry& page, int width, int height);

}  // namespace leafpress::writers
