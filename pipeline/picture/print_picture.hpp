#pragma once
// A statement's picture made ready for a CMYK press: colour pictures are converted through the
// leaflet's output profile, so the printer receives the colours the proof showed, not a
// conversion of its own.
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::picture {

/// The JPEG quality of converted pictures: no visible loss at print resolution.
inline constexpr int k_print_jpeg_quality = 95;

/// A PNG, JPEG or GIF as a JPEG for print:
/// - RGB is converted to CMYK through `output_profile` (an ICC file), from the picture's own
///   ICC profile when it carries one, else from sRGB; perceptual rendering with black point
///   compensation, the usual choice for photographs;
/// - grey stays grey (black ink only);
/// - a JPEG already in CMYK or grey is kept byte for byte;
/// - transparency is laid on white paper, a GIF gives its first frame.
/// Errors say why the picture cannot be used (not a picture, damaged, too large).
Result<std::string> print_picture(std::string_view bytes, const std::filesystem::path& output_profile);

}  // namespace leafpress::picture
