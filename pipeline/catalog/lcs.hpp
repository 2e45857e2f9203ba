#pragma once
// Longest common subsequence lengths (in bytes) against one fixed string, bit-parallel
// (Allison–Dix/Hyyrö): O(|a|·|b|/64) per comparison, with the fixed string's match masks built
// once per query. The core of msgmerge's similarity, where a merge spends most of its time.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace leafpress::catalog::fuzzy {

class LcsQuery {
 public:
  /// Makes `a` the fixed string of the next comparisons.
  void reset(std::string_view a);
  /// The length of the longest common subsequence of the fixed string and `b`.
  [[nodiscard]] size_t length(std::string_view b);

 private:
  size_t m_size = 0;
  size_t m_words = 0;
  std::vector<uint64_t> m_masks;
  std::vector<uint64_t> m_v;
};

}  // namespace leafpress::catalog::fuzzy
