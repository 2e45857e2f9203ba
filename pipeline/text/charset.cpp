#include "text/charset.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <memory>

#include "base/strings.hpp"

namespace leafpress::text {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

}  // namespace

bool is_utf8_charset(std::string_view charset) {
  std::string name = ascii_lower(charset);
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

namespace {

// UTF-8 as RFC 3629 defines it (no overlong forms, surrogates or code points past U+10FFFF), as
// a state machine whose transitions for a byte fit in one 64-bit row: the state is a bit
// offset, and the next one is the 6 bits of the row at that offset.
enum Utf8State : uint8_t { accept, reject, one_more, two_more, after_e0, after_ed, after_f0, after_f1_f3, after_f4, states };

constexpr Utf8State next_state(Utf8State state, unsigned char b) {
  const bool continuation = b >= 0x80 && b <= 0xBF;
  switch (state) {
    case accept:
      if (b < 0x80) return accept;
      if (b >= 0xC2 && b <= 0xDF) return one_more;
      if (b == 0xE0) return after_e0;
      if (b == 0xED) return after_ed;
      if (b >= 0xE1 && b <= 0xEF) return two_more;
      if (b == 0xF0) return after_f0;
      if (b >= 0xF1 && b <= 0xF3) return after_f1_f3;
      if (b == 0xF4) return after_f4;
      return reject;
    case one_more: return continuation ? accept : reject;
    case two_more: return continuation ? one_more : reject;
    case after_e0: return b >= 0xA0 && b <= 0xBF ? one_more : reject;
    case after_ed: return b >= 0x80 && b <= 0x9F ? one_more : reject;
    case after_f0: return b >= 0x90 && b <= 0xBF ? two_more : reject;
    case after_f1_f3: return continuation ? two_more : reject;
    case after_f4: return b >= 0x80 && b <= 0x8F ? two_more : reject;
    default: return reject;
  }
}

constexpr uint64_t k_state_bits = 6;
constexpr uint64_t offset_of(Utf8State state) { return uint64_t{state} * k_state_bits; }
constexpr auto k_utf8_rows = [] {
  std::array<uint64_t, 256> rows{};
  for (unsigned b = 0; b < 256; ++b)
    for (unsigned s = 0; s < states; ++s)
      rows[b] |= offset_of(next_state(static_cast<Utf8State>(s), static_cast<unsigned char>(b)))
                 << offset_of(static_cast<Utf8State>(s));
  return rows;
}();

// Whether all of `bytes` is UTF-8: ASCII eight bytes at a time, the rest one table step a byte.
bool all_utf8(std::string_view bytes) {
  const auto* at = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char* end = at + bytes.size();
  uint64_t state = offset_of(accept);
  while (at < end) {
    if (state == offset_of(accept)) {
      for (uint64_t word = 0; end - at >= 8; at += 8) {
        std::memcpy(&word, at, 8);
        if (word & 0x8080808080808080ULL) break;
      }
    }
    // A stretch of steps without looking at the state: a rejection stays one.
    const unsigned char* stop = end - at > 32 ? at + 32 : end;
    for (; at < stop; ++at) state = (k_utf8_rows[*at] >> (state & 63)) & 63;
    if (state == offset_of(reject)) return false;
  }
  return state == offset_of(accept);
}

// The offset of the first byte that is not part of a UTF-8 sequence, by decoding.
size_t first_invalid_utf8(std::string_view bytes) {
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

}  // namespace

size_t invalid_utf8_offset(std::string_view bytes) {
  return all_utf8(bytes) ? std::string_view::npos : first_invalid_utf8(bytes);
}

}  // namespace leafpress::text
