#include "writers/tex_text.hpp"

#include <fmt/format.h>

#include "base/utf8.hpp"

namespace leafpress::writers {
namespace {

// Each character with its bytes; a byte that is not UTF-8 (never from a checked document)
// is visited as U+FFFD's bytes, so the TeX stays valid UTF-8.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  for (size_t i = 0; i < text.size();) {
    const utf8::Decoded decoded = utf8::decode_lenient(text, i);
    const bool valid = utf8::decode_strict(text, i).length != 0;
    visit(decoded.code_point, valid ? text.substr(i, decoded.length) : std::string_view("\xEF\xBF\xBD"));
    i += decoded.length;
  }
}

}  // namespace

std::string tex_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 16);
  for_each_code_point(utf8, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '\\':
      case '{':
      case '}':
      case '$':
      case '&':
      case '#':
      case '^':
      case '_':
      case '%':
      case '~': out += fmt::format("\\char\"{:X}{{}}", static_cast<unsigned>(c)); return;
      default:
        if (c < 0x20 || c == 0x7F) out += ' ';
        else out += bytes;
    }
  });
  return out;
}

std::string pdf_hex_string(std::string_view utf8) {
  std::string out = "<FEFF";
  for_each_code_point(utf8, [&](char32_t c, std::string_view) {
    if (c >= 0x10000) {
      char32_t v = c - 0x10000;
      out += fmt::format("{:04X}{:04X}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
    } else {
      out += fmt::format("{:04X}", static_cast<unsigned>(c));
    }
  });
  return out + ">";
}

std::string xmp_text(std::string_view utf8) {
  std::string out;
  for_each_code_point(utf8, [&](char32_t c, std::string_view bytes) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    if (plain) out += bytes;
    else if (c >= 0x20 && c != 0x7F && c != 0xFFFD) out += fmt::format("&#{};", static_cast<unsigned>(c));
  });
  return out;
}

}  // namespace leafpress::writers
