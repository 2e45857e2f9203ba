#include "readers/picture_header.hpp"

namespace leafpress::readers {
namespace {

unsigned byte(std::string_view bytes, size_t at) { return static_cast<unsigned char>(bytes[at]); }
unsigned big16(std::string_view bytes, size_t at) { return byte(bytes, at) << 8 | byte(bytes, at + 1); }
unsigned long big32(std::string_view bytes, size_t at) {
  return static_cast<unsigned long>(big16(bytes, at)) << 16 | big16(bytes, at + 2);
}

std::optional<PictureHeader> png(std::string_view bytes) {
  // Signature, then the IHDR chunk: length, "IHDR", width, height, depth, colour type.
  if (bytes.size() < 26 || bytes.substr(12, 4) != "IHDR") return std::nullopt;
  PictureHeader header;
  unsigned long width = big32(bytes, 16), height = big32(bytes, 20);
  if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff) return std::nullopt;
  header.width = static_cast<int>(width);
  header.height = static_cast<int>(height);
  unsigned type = byte(bytes, 25);  // 0 grey, 4 grey with alpha; 2, 3 (palette), 6 colour
  header.colour = type == 0 || type == 4 ? PictureColour::grey : PictureColour::rgb;
  return header;
}

std::optional<PictureHeader> jpeg(std::string_view bytes) {
  size_t at = 2;
  while (at + 4 <= bytes.size()) {
    if (byte(bytes, at) != 0xFF) return std::nullopt;
    unsigned marker = byte(bytes, at + 1);
    if (marker == 0xFF) {  // fill byte before a marker
      ++at;
      continue;
    }
    if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {  // no length
      at += 2;
      continue;
    }
    unsigned length = big16(bytes, at + 2);
    if (length < 2) return std::nullopt;
    // SOF0–SOF15 carry the frame's size, except DHT (C4), JPG (C8) and DAC (CC).
    bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (at + 10 > bytes.size()) return std::nullopt;
      PictureHeader header;
      header.height = static_cast<int>(big16(bytes, at + 5));
      header.width = static_cast<int>(big16(bytes, at + 7));
      unsigned components = byte(bytes, at + 9);
      header.colour = components == 1   ? PictureColour::grey
                      : components == 4 ? PictureColour::cmyk
                                        : PictureColour::rgb;
      if (header.width == 0 || header.height == 0) return std::nullopt;
      return header;
    }
    if (marker == 0xDA) return std::nullopt;  // the scan began before any frame header
    at += 2 + length;
  }
  return std::nullopt;
}

std::optional<PictureHeader> gif(std::string_view bytes) {
  if (bytes.size() < 10) return std::nullopt;
  PictureHeader header;
  header.width = static_cast<int>(byte(bytes, 6) | byte(bytes, 7) << 8);
  header.height = static_cast<int>(byte(bytes, 8) | byte(bytes, 9) << 8);
  if (header.width == 0 || header.height == 0) return std::nullopt;
  return header;
}

}  // namespace

std::optional<PictureHeader> read_picture_header(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return png(bytes);
  if (bytes.starts_with("\xFF\xD8")) return jpeg(bytes);
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) return gif(bytes);
  return std::nullopt;
}

std::string_view colour_name(PictureColour colour) {
  switch (colour) {
    case PictureColour::grey: return "grey";
    case PictureColour::rgb: return "RGB";
    case PictureColour::cmyk: return "CMYK";
  }
  return "RGB";
}

}  // namespace leafpress::readers
