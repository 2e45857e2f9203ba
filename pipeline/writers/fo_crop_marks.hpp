#pragma once
// The crop marks of a leaflet page: an SVG drawing over the whole media (trim plus crop
// offset), repeated on every page from the page's static content.
#include "writers/page_geometry.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {

/// Writes an absolutely positioned block holding the SVG of crop_marks(page), in registration
/// colour, into an open fo:static-content.
void write_crop_marks(xml::XmlWriter& out, const PageGeometry& page);

}  // namespace leafpress::writers
