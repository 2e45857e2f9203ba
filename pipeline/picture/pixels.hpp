#pragma once
// A picture decoded to pixels: what the print step converts (picture/print_picture) and
// encodes again. Decoders take PNG, JPEG and GIF; each refuses a picture larger than
// k_max_pixels before allocating it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace leafpress::picture {

enum class Channels { grey = 1, rgb = 3, cmyk = 4 };

struct Pixels {
  unsigned width = 0;
  unsigned height = 0;
  Channels channels = Channels::rgb;
  /// Rows top to bottom, 8 bits per sample, no padding; transparency already laid on white
  /// paper. CMYK samples are ink amounts (0 = no ink), never Adobe's inverted form.
  std::vector<uint8_t> samples;
  /// The ICC profile the picture carries (empty: none; RGB is then taken as sRGB).
  std::string icc_profile;
};

/// The largest picture decoded: 120 million pixels (a 13,000 × 9,000 photograph).
inline constexpr uint64_t k_max_pixels = 120'000'000;

/// The size check every decoder makes before allocating; the message names the size.
Result<void> check_size(uint64_t width, uint64_t height);

Result<Pixels> decode_png(std::string_view bytes);
Result<Pixels> decode_jpeg(std::string_view bytes);
Result<Pixels> decode_gif(std::string_view bytes);

/// Decodes by the picture's content (its first bytes), whatever its name says.
Result<Pixels> decode(std::string_view bytes);

/// Lays a picture with an alpha channel on white paper: `samples` holds `colours` colour
/// samples then one alpha sample per pixel; the result drops the alpha.
std::vector<uint8_t> on_white_paper(const std::vector<uint8_t>& samples, unsigned colours);

}  // namespace leafpress::picture
