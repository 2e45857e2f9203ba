#include "catalog/byte_classes.hpp"

#include <algorithm>

namespace leafpress::catalog::fuzzy {
namespace {

constexpr uint8_t byte_class(unsigned char b) {
  if (b >= 'a' && b <= 'z') return static_cast<uint8_t>(b - 'a');
  if (b >= 'A' && b <= 'Z') return static_cast<uint8_t>(b - 'A');
  if (b >= '0' && b <= '9') return static_cast<uint8_t>(26 + b - '0');
  if (b == ' ') return 36;
  if (b < 0x80) return static_cast<uint8_t>(37 + b % 11);
  return static_cast<uint8_t>(48 + (b & 15));
}

constexpr auto k_byte_classes = [] {
  std::array<uint8_t, 256> table{};
  for (size_t b = 0; b < table.size(); ++b) table[b] = byte_class(static_cast<unsigned char>(b));
  return table;
}();

}  // namespace

// Counted in four histograms, so that a run of one class does not wait on its own increments
// (each candidate's msgid is counted on every merge), and capped at the end.
ClassCounts class_counts(std::string_view s) {
  std::array<std::array<uint32_t, k_classes>, 4> partial{};
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  for (; i + 4 <= s.size(); i += 4) {
    ++partial[0][k_byte_classes[bytes[i]]];
    ++partial[1][k_byte_classes[bytes[i + 1]]];
    ++partial[2][k_byte_classes[bytes[i + 2]]];
    ++partial[3][k_byte_classes[bytes[i + 3]]];
  }
  for (; i < s.size(); ++i) ++partial[0][k_byte_classes[bytes[i]]];
  ClassCounts counts{};
  for (size_t k = 0; k < k_classes; ++k)
    counts[k] = static_cast<uint16_t>(
        std::min<uint32_t>(partial[0][k] + partial[1][k] + partial[2][k] + partial[3][k], UINT16_MAX));
  return counts;
}

}  // namespace leafpress::catalog::fuzzy
