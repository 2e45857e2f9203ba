#include "writers/fo_crop_marks.hpp"

#include <string>
#include <string_view>

#include "writers/fo_lengths.hpp"

namespace leafpress::writers {
namespace {
// Registration colour (all four inks), so that the marks show on every plate.
constexpr std::string_view k_registration = "#000000 device-cmyk(1,1,1,1)";
}  // namespace

void write_crop_marks(xml::XmlWriter& out, const PageGeometry& page) {
  const double width = page.media_width(), height = page.media_height();
  out.open("fo:block-container");
  out.attribute("absolute-position", "fixed");
  out.attribute("left", fo_mm(-page.crop_offset));
  out.attribute("top", fo_mm(-page.crop_offset));
  out.attribute("width", fo_mm(width));
  out.attribute("height", fo_mm(height));
  out.open("fo:block");
  out.attribute("line-height", "0");
  out.attribute("font-size", "0pt");
  // With the page's font-height stacking, a line of zero height would clip the drawing.
  out.attribute("line-stacking-strategy", "max-height");
  out.open("fo:instream-foreign-object");
  out.attribute("content-width", fo_mm(width));
  out.attribute("content-height", fo_mm(height));
  out.open("svg");
  out.attribute("xmlns", "http://www.w3.org/2000/svg");
  out.attribute("width", fo_mm(width));
  out.attribute("height", fo_mm(height));
  out.attribute("viewBox", "0 0 " + fo_number(width) + " " + fo_number(height));
  out.open("g");
  out.attribute("fill", "none");
  out.attribute("stroke", k_registration);
  out.attribute("stroke-width", "0.1");
  std::string path;
  for (const MarkLine& line : crop_marks(page)) {
    path += "M" + fo_number(line.x1) + " " + fo_number(line.y1) + "L" + fo_number(line.x2) + " " + fo_number(line.y2);
  }
  out.open("path");
  out.attribute("d", path);
  for (int open = 0; open < 6; ++open) out.close();  // path, g, svg, object, block, container
  out.newline();
}

}  // namespace leafpress::writers
