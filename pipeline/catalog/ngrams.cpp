#include "catalog/ngrams.hpp"

#include <utility>

namespace leafpress::catalog::fuzzy {

void GramTable::grow() {
  std::vector<Slot> old = std::move(m_slots);
  m_slots.assign(old.empty() ? 1 << 14 : old.size() * 2, Slot{});
  size_t mask = m_slots.size() - 1;
  for (const Slot& s : old) {
    if (s.id == UINT32_MAX) continue;
    size_t slot = hash_of(s.gram) & mask;
    while (m_slots[slot].id != UINT32_MAX) slot = (slot + 1) & mask;
    m_slots[slot] = s;
  }
}

}  // namespace leafpress::catalog::fuzzy
