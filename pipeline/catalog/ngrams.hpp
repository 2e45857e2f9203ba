#pragma once
// 4-grams of characters, as msgmerge's fuzzy index counts them: each packed exactly into two
// words, numbered by a hash table, and found in a string by gettext's UTF-8 stepping.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/utf8.hpp"

namespace leafpress::catalog::fuzzy {

/// A 4-gram of characters (at most 16 bytes, no NUL), packed exactly into two words.
struct Gram {
  uint64_t low = 0, high = 0;
  friend bool operator==(const Gram&, const Gram&) = default;
  /// Some fixed order of 4-grams, whatever their ids.
  friend bool operator<(const Gram& a, const Gram& b) { return a.low != b.low ? a.low < b.low : a.high < b.high; }
};

inline Gram pack(std::string_view bytes) {
  Gram g;
  for (size_t i = 0; i < bytes.size(); ++i) {
    uint64_t b = static_cast<unsigned char>(bytes[i]);
    if (i < 8) g.low |= b << (8 * i);
    else g.high |= b << (8 * (i - 8));
  }
  return g;
}

inline size_t hash_of(const Gram& g) {
  uint64_t h = g.low * 0x9E3779B97F4A7C15ULL ^ (g.high + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
  return static_cast<size_t>(h ^ (h >> 29));
}

/// Gram → id (0, 1, 2… in the order added), open addressing: building an index looks up every
/// 4-gram of every msgid.
class GramTable {
 public:
  /// The id of `g`, or UINT32_MAX when absent.
  [[nodiscard]] uint32_t find(const Gram& g) const {
    if (m_slots.empty()) return UINT32_MAX;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash_of(g) & mask;; slot = (slot + 1) & mask) {
      const Slot& s = m_slots[slot];
      if (s.id == UINT32_MAX || s.gram == g) return s.id;
    }
  }
  /// The id of `g`, given a new one if absent.
  uint32_t add(const Gram& g) {
    if ((m_count + 1) * 2 > m_slots.size()) grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash_of(g) & mask;; slot = (slot + 1) & mask) {
      Slot& s = m_slots[slot];
      if (s.id == UINT32_MAX) {
        s = {g, static_cast<uint32_t>(m_count++)};
        m_by_id.push_back(g);
        return s.id;
      }
      if (s.gram == g) return s.id;
    }
  }
  [[nodiscard]] size_t size() const { return m_count; }
  [[nodiscard]] const Gram& gram(uint32_t id) const { return m_by_id[id]; }

 private:
  struct Slot {
    Gram gram;
    uint32_t id = UINT32_MAX;
  };
  void grow();
  std::vector<Slot> m_slots;
  std::vector<Gram> m_by_id;
  size_t m_count = 0;
};

/// Bytes of the character at s[i], as gettext's UTF-8 iterator counts them (1 in byte mode).
inline size_t char_length(std::string_view s, size_t i, bool by_characters) {
  return by_characters ? utf8::decode_lenient(s, i).length : 1;
}

/// Calls f(gram) for each 4-gram of characters (of bytes when not `by_characters`) of s, in
/// order; returns false (calling nothing) when s has fewer than 4 characters.
template <typename F>
bool for_each_gram(std::string_view s, bool by_characters, F&& f) {
  std::array<size_t, 5> at{};  // starts of 4 characters and the end of the 4th
  size_t have = 0, pos = 0;
  while (have < 4 && pos < s.size()) {
    at[have++] = pos;
    pos += char_length(s, pos, by_characters);
  }
  if (have < 4) return false;
  at[4] = pos;
  for (;;) {
    f(pack(s.substr(at[0], at[4] - at[0])));
    if (at[4] >= s.size()) return true;
    for (size_t k = 0; k < 4; ++k) at[k] = at[k + 1];
    at[4] += char_length(s, at[4], by_characters);
  }
}

}  // namespace leafpress::catalog::fuzzy
