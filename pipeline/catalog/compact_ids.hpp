#pragma once
// Ids kept in 16 bits while all of them fit (a catalog of under 65,536 messages, with under
// 65,536 distinct 4-grams), else in 32: the 4-gram lists are most of a big merge's memory.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace leafpress::catalog::fuzzy {

class CompactIds {
 public:
  void assign(const std::vector<uint32_t>& ids, size_t bound) {
    assign(ids.size(), bound, [&](auto* out) { std::copy(ids.begin(), ids.end(), out); });
  }
  /// `count` ids below `bound`, written by fill(pointer to the first) as 16- or 32-bit values.
  template <typename Fill>
  void assign(size_t count, size_t bound, Fill&& fill) {
    m_wide = bound > 0x10000;
    if (m_wide) m_32.assign(count, 0), fill(m_32.data());
    else m_16.assign(count, 0), fill(m_16.data());
  }
  /// Calls f(id) for the ids in [begin, end), in order.
  template <typename F>
  void each(size_t begin, size_t end, F&& f) const {
    if (m_wide)
      for (size_t k = begin; k < end; ++k) f(m_32[k]);
    else
      for (size_t k = begin; k < end; ++k) f(static_cast<uint32_t>(m_16[k]));
  }

 private:
  bool m_wide = false;
  std::vector<uint16_t> m_16;
  std::vector<uint32_t> m_32;
};

}  // namespace leafpress::catalog::fuzzy
