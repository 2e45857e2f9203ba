#pragma once
// The common-subsequence lengths the fuzzy searches of several catalogs holding the same
// msgids (a project's languages) have computed, so that each pair of long msgids is compared
// once.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "catalog/lcs.hpp"

namespace leafpress::catalog {

/// Pairs are keyed by two 64-bit hashes. Thread-safe; keeps at most `capacity` pairs.
class LcsMemo {
 public:
  explicit LcsMemo(size_t capacity = 400'000);
  ~LcsMemo();
  LcsMemo(const LcsMemo&) = delete;
  LcsMemo& operator=(const LcsMemo&) = delete;

  [[nodiscard]] std::optional<uint32_t> find(uint64_t query, uint64_t candidate) const;
  void store(uint64_t query, uint64_t candidate, uint32_t length);

 private:
  struct Data;
  std::unique_ptr<Data> m_data;
};

namespace fuzzy {

/// Below this much work (bytes × 64-byte words) computing a length costs less than looking it up.
inline constexpr size_t k_memo_min_work = 512;

/// The common-subsequence length of `lcs`'s query (hashed `query_hash`) and `text`, which takes
/// `cost` to compute, from `memo` (may be null) when another catalog's search has computed it.
/// `text_key()` gives the text's hash, asked for only when the memo is used.
template <class TextKey>
size_t memoized_length(LcsQuery& lcs, LcsMemo* memo, uint64_t query_hash, std::string_view text, size_t cost,
                       TextKey text_key) {
  if (!memo || cost < k_memo_min_work) return lcs.length(text);
  const uint64_t key = text_key();
  if (auto known = memo->find(query_hash, key)) return *known;
  const size_t n = lcs.length(text);
  memo->store(query_hash, key, static_cast<uint32_t>(n));
  return n;
}

}  // namespace fuzzy
}  // namespace leafpress::catalog
