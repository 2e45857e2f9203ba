#include "base/utf8.hpp"

#include <array>

namespace leafpress::utf8 {
namespace {

// UTF-8 as RFC 3629 defines it (no overlong forms, surrogates or code points past U+10FFFF), as
// a state machine whose transitions for a byte fit in one 64-bit row: the state is a bit
// offset, and the next one is the 6 bits of the row at that offset.
enum Utf8State : uint8_t {
  accept,
  reject,
  one_more,
  two_more,
  after_e0,
  after_ed,
  after_f0,
  after_f1_f3,
  after_f4,
  states
};

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
  size_t at = 0;
  const size_t end = bytes.size();
  uint64_t state = offset_of(accept);
  while (at < end) {
    if (state == offset_of(accept)) at += ascii_prefix_length(bytes.substr(at));
    // A stretch of steps without looking at the state: a rejection stays one.
    const size_t stop = end - at > 32 ? at + 32 : end;
    for (; at < stop; ++at) state = (k_utf8_rows[static_cast<unsigned char>(bytes[at])] >> (state & 63)) & 63;
    if (state == offset_of(reject)) return false;
  }
  return state == offset_of(accept);
}

// The offset of the first byte that is not part of a UTF-8 sequence, by decoding.
size_t first_invalid(std::string_view bytes) {
  for (size_t i = ascii_prefix_length(bytes); i < bytes.size(); i += ascii_prefix_length(bytes.substr(i))) {
    const size_t length = decode_strict(bytes, i).length;
    if (length == 0) return i;
    i += length;
  }
  return bytes.size();  // not reached: all_utf8 found a bad byte
}

}  // namespace

std::optional<size_t> find_invalid(std::string_view bytes) {
  if (all_utf8(bytes)) return std::nullopt;
  return first_invalid(bytes);
}

}  // namespace leafpress::utf8
