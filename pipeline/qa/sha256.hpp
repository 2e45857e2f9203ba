#pragma once
// SHA-256 (FIPS 180-4) for review fingerprints: a standard, well-known hash that anyone can
// recompute with `sha256sum`. Computed by nettle; its context stays inside sha256.cpp.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace leafpress::qa {

/// Incremental SHA-256: update() any number of times, then digest() once.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  /// The 32-byte digest; the object must not be updated afterwards.
  std::array<uint8_t, 32> digest();

 private:
  struct Context;  // nettle's sha256_ctx, kept out of this header
  std::unique_ptr<Context> m_context;
};

/// Lower-case hexadecimal SHA-256 of `bytes` (64 digits).
std::string sha256_hex(std::string_view bytes);

}  // namespace leafpress::qa
