#include <fmt/format.h>

#include "picture/pixels.hpp"

namespace leafpress::picture {

Result<void> check_size(uint64_t width, uint64_t height) {
  if (width == 0 || height == 0) return fail({}, "the picture has no pixels");
  if (width * height > k_max_pixels)
    return fail({}, fmt::format("the picture is {} × {} pixels, more than the {} million a leaflet's picture may have; "
                                "make it smaller (300 pixels per inch at its printed size is enough)",
                                width, height, k_max_pixels / 1'000'000));
  return {};
}

Result<Pixels> decode(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return decode_png(bytes);
  if (bytes.starts_with("\xff\xd8\xff")) return decode_jpeg(bytes);
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) return decode_gif(bytes);
  return fail({}, "it is not a PNG, JPEG or GIF picture (the formats a leaflet can print)");
}

std::vector<uint8_t> on_white_paper(const std::vector<uint8_t>& samples, unsigned colours) {
  std::vector<uint8_t> out;
  out.reserve(samples.size() / (colours + 1) * colours);
  for (size_t at = 0; at + colours < samples.size(); at += colours + 1) {
    unsigned alpha = samples[at + colours];
    // Over white: colour × alpha + 255 × (1 − alpha), rounded.
    for (unsigned c = 0; c < colours; ++c)
      out.push_back(static_cast<uint8_t>((samples[at + c] * alpha + 255u * (255u - alpha) + 127u) / 255u));
  }
  return out;
}

}  // namespace leafpress::picture
