#include "qa/sha256.hpp"

#include <nettle/sha2.h>

namespace leafpress::qa {

struct Sha256::Context {
  sha256_ctx state{};
};

Sha256::Sha256() : m_context(std::make_unique<Context>()) { sha256_init(&m_context->state); }

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
  sha256_update(&m_context->state, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
}

std::array<uint8_t, 32> Sha256::digest() {
  std::array<uint8_t, SHA256_DIGEST_SIZE> out{};
  sha256_digest(&m_context->state, out.size(), out.data());
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 hash;
  hash.update(bytes);
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  for (uint8_t byte : hash.digest()) {
    out += k_hex[byte >> 4];
    out += k_hex[byte & 0xF];
  }
  return out;
}

}  // namespace leafpress::qa
