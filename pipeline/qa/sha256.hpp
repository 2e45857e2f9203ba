#pragma once
// SHA-256 as specified in FIPS 180-4 (Secure Hash Standard), section 6.2. Used for review
// fingerprints: a standard, well-known hash that anyone can recompute with `sha256sum`.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace leafpress::qa {

/// Incremental SHA-256: update() any number of times, then digest() once.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  /// The 32-byte digest; the object must not be updated afterwards.
  std::array<uint8_t, 32> digest();

 private:
  void compress(const uint8_t* block);
  std::array<uint32_t, 8> m_state;
  std::array<uint8_t, 64> m_block{};
  size_t m_used = 0;      // bytes waiting in m_block
  uint64_t m_length = 0;  // total message length in bytes
};

/// Lower-case hexadecimal SHA-256 of `bytes` (64 digits).
std::string sha256_hex(std::string_view bytes);

}  // namespace leafpress::qa
