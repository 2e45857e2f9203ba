#include "catalog/lcs.hpp"

#include <array>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace leafpress::catalog::fuzzy {
namespace {

// a + b + carry into `sum`, returning the carry out: one add-with-carry instruction on x86-64,
// where the long comparisons of a merge spend most of their time.
inline unsigned char add_with_carry(unsigned char carry, uint64_t a, uint64_t b, unsigned long long& sum) {
#if defined(__x86_64__)
  return _addcarry_u64(carry, a, b, &sum);
#else
  bool first = __builtin_add_overflow(a, b, &sum);
  bool second = __builtin_add_overflow(sum, static_cast<uint64_t>(carry), &sum);
  return static_cast<unsigned char>(first || second);
#endif
}

// The same steps for a query of W words, with the words in registers and the loop over them
// unrolled: paragraphs of up to 512 bytes, where a merge spends most of its comparisons.
template <size_t W>
void fixed_width(std::string_view b, const uint64_t* masks, uint64_t* v_words) {
  std::array<uint64_t, W> v{};
  for (size_t w = 0; w < W; ++w) v[w] = v_words[w];
  for (char ch : b) {
    const uint64_t* m = masks + static_cast<size_t>(static_cast<unsigned char>(ch)) * W;
    unsigned char carry = 0;
#pragma GCC unroll 8
    for (size_t w = 0; w < W; ++w) {
      const uint64_t u = v[w] & m[w];
      unsigned long long sum = 0;
      carry = add_with_carry(carry, v[w], u, sum);
      v[w] = sum | (v[w] - u);
    }
  }
  for (size_t w = 0; w < W; ++w) v_words[w] = v[w];
}

using FixedWidth = void (*)(std::string_view, const uint64_t*, uint64_t*);
constexpr size_t k_unrolled_words = 8;
constexpr std::array<FixedWidth, k_unrolled_words + 1> k_fixed_width{nullptr,         nullptr,         &fixed_width<2>,
                                                                     &fixed_width<3>, &fixed_width<4>, &fixed_width<5>,
                                                                     &fixed_width<6>, &fixed_width<7>, &fixed_width<8>};

}  // namespace

void LcsQuery::reset(std::string_view a) {
  m_size = a.size();
  m_words = (a.size() + 63) / 64;
  m_masks.assign(256 * m_words, 0);
  for (size_t i = 0; i < a.size(); ++i)
    m_masks[static_cast<unsigned char>(a[i]) * m_words + i / 64] |= uint64_t{1} << (i % 64);
}

size_t LcsQuery::length(std::string_view b) {
  if (m_size == 0 || b.empty()) return 0;
  m_v.assign(m_words, ~uint64_t{0});
  uint64_t* v_words = m_v.data();
  const uint64_t* masks = m_masks.data();
  const size_t words = m_words;
  if (words == 1) {  // most msgids: one machine word, no carries between words
    uint64_t v = v_words[0];
    for (char ch : b) {
      uint64_t u = v & masks[static_cast<unsigned char>(ch)];
      v = (v + u) | (v - u);
    }
    v_words[0] = v;
  } else if (words <= k_unrolled_words) {
    k_fixed_width[words](b, masks, v_words);
  } else {
    for (char ch : b) {
      const uint64_t* m = masks + static_cast<size_t>(static_cast<unsigned char>(ch)) * words;
      unsigned char carry = 0;
      for (size_t w = 0; w < words; ++w) {
        const uint64_t v = v_words[w];
        const uint64_t u = v & m[w];
        unsigned long long sum = 0;
        carry = add_with_carry(carry, v, u, sum);
        v_words[w] = sum | (v - u);
      }
    }
  }
  size_t count = 0;
  for (size_t w = 0; w < m_words; ++w) {
    uint64_t bits = ~m_v[w];
    if (w + 1 == m_words && m_size % 64 != 0) bits &= (uint64_t{1} << (m_size % 64)) - 1;
    count += static_cast<size_t>(__builtin_popcountll(bits));
  }
  return count;
}

}  // namespace leafpress::catalog::fuzzy
