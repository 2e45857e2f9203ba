#include "text/charset.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>

namespace leafpress::text {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

}  // namespace

bool is_utf8_charset(std::string_view charset) {
  std::string name = lower(charset);
  // ASCII is a subset of UTF-8; "CHARSET" is the placeholder of a fresh template.
  return name.empty() || name == "utf-8" || name == "utf8" || name == "ascii" || name == "us-ascii" ||
         name == "charset";
}

Result<std::string> to_utf8_from(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !converter)
    return fail({}, "unknown charset \"" + name + "\"; convert the file to UTF-8 (e.g. with msgconv)");
  // Refuse bytes that do not belong to the charset instead of inventing substitutes.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, ConverterCloser> utf8(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return fail({}, "cannot open the UTF-8 converter");
  std::string out(bytes.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8.get(), converter.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status))
    return fail({}, "the text is not valid " + name + " near byte " +
                        std::to_string(static_cast<size_t>(source - bytes.data())));
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

size_t invalid_utf8_offset(std::string_view bytes) {
  size_t i = 0;
  const size_t n = bytes.size();
  while (i < n) {
    // Eight ASCII bytes at a time: most catalog and document text.
    while (i + 8 <= n) {
      uint64_t word = 0;
      std::memcpy(&word, bytes.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    char32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) length = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) length = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) length = 4, min = 0x10000;
    else return i;
    if (i + length > n) return i;
    char32_t cp = c & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
      auto cc = static_cast<unsigned char>(bytes[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace leafpress::text
