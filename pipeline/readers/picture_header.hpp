#pragma once
// What a picture file says about itself in its first bytes: its size in pixels and its colour
// model, read from the header of a PNG, JPEG or GIF without decoding the picture.
#include <optional>
#include <string_view>

namespace leafpress::readers {

enum class PictureColour { grey, rgb, cmyk };

struct PictureHeader {
  int width = 0;   // pixels
  int height = 0;  // pixels
  PictureColour colour = PictureColour::rgb;
};

/// The header of a PNG (IHDR), a JPEG (its first SOF marker) or a GIF (the logical screen);
/// nullopt for any other file, a truncated header or a zero size.
std::optional<PictureHeader> read_picture_header(std::string_view bytes);

/// "grey", "RGB", "CMYK".
std::string_view colour_name(PictureColour colour);

}  // namespace leafpress::readers
