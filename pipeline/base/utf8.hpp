#pragma once
// UTF-8 at the byte level, one home for each kind of decoding: strict (RFC 3629, for
// validation and for writers that must not pass bad bytes on), gettext-lenient (a bad byte is
// one U+FFFD, as GNU gettext's u8_mbtouc reads it) and the ASCII fast path. Inline: writers
// and the PO wrapper call them for every character.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

namespace leafpress::utf8 {

/// Whether `c` is a continuation byte (10xxxxxx), which never starts a character.
constexpr bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The length of the longest prefix of `bytes` that is all ASCII, looked at eight bytes at a
/// time: most catalog and document text is ASCII.
inline size_t ascii_prefix_length(std::string_view bytes) {
  const size_t n = bytes.size();
  size_t i = 0;
  for (uint64_t word = 0; i + 8 <= n; i += 8) {
    std::memcpy(&word, bytes.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  while (i < n && static_cast<unsigned char>(bytes[i]) < 0x80) ++i;
  return i;
}

/// One character read from UTF-8: its code point and the bytes it took.
struct Decoded {
  char32_t code_point = 0;
  size_t length = 0;
};

/// Strict decoding of the character at byte `i` of `s` (i < s.size()). Length 0 when the
/// bytes there are not UTF-8: a stray continuation byte, a truncated sequence, an overlong
/// form, a surrogate or a value above U+10FFFF.
constexpr Decoded decode_strict(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return {lead, 1};
  size_t length = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2, min = 0x80;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3, min = 0x800;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4, min = 0x10000;
  else return {};
  if (length > s.size() - i) return {};
  char32_t cp = lead & (0x7Fu >> length);
  for (size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(s[i + k]);
    if ((next & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (next & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
  return {cp, length};
}

/// gettext-lenient decoding of the character at byte `i` of `s` (i < s.size()): what
/// decode_strict reads, and U+FFFD for one byte where it reads nothing, so a walk always
/// advances. Valid text decodes as with decode_strict.
constexpr Decoded decode_lenient(std::string_view s, size_t i) {
  Decoded d = decode_strict(s, i);
  return d.length != 0 ? d : Decoded{0xFFFD, 1};
}

/// The number of characters of `s` as an editor counts columns: the bytes that are not
/// continuation bytes.
constexpr size_t count_characters(std::string_view s) {
  size_t count = 0;
  for (char c : s) count += is_continuation(c) ? 0 : 1;
  return count;
}

/// The byte offset of the first byte of `bytes` that is not part of strict UTF-8 (a stray or
/// missing continuation byte, an overlong form, a surrogate, a value above U+10FFFF), or
/// nullopt when all of it is.
std::optional<size_t> find_invalid(std::string_view bytes);

}  // namespace leafpress::utf8
