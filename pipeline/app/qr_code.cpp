#include "app/qr_code.hpp"

#include <qrencode.h>

#include <string>

namespace leafpress::app {

writers::QrCode qr_code(std::string_view url) {
  std::string text(url);  // libqrencode reads a NUL-terminated string
  // Level M survives a fold or a smudge across a sixth of the code; version 0 = the smallest.
  QRcode* code = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
  if (code == nullptr) return {};
  writers::QrCode out;
  out.size = code->width;
  out.dark.resize(static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
  // Bit 0 of each module byte is its colour (1 = dark); the other bits say what it is part of.
  for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (code->data[i] & 1) != 0;
  QRcode_free(code);
  return out;
}

}  // namespace leafpress::app
