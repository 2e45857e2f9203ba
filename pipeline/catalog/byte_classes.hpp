#pragma once
// Byte classes for a cheap bound on a common subsequence: it cannot use more bytes of a class
// than both strings hold. Letters share a class with their other case.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace leafpress::catalog::fuzzy {

inline constexpr size_t k_classes = 64;
/// Bytes of each class in a string, saturating at 65535.
using ClassCounts = std::array<uint16_t, k_classes>;

ClassCounts class_counts(std::string_view s);

/// The bound the byte classes give on the common subsequence of two strings: the sum over the
/// classes of the smaller count. Over every class, not only the query's: a fixed loop the
/// compiler makes vector operations of, several times quicker than a list of classes.
inline size_t classes_in_common(const ClassCounts& a, const ClassCounts& b) {
  uint32_t sum = 0;
  for (size_t k = 0; k < k_classes; ++k) sum += std::min(a[k], b[k]);
  return sum;
}

}  // namespace leafpress::catalog::fuzzy
