#pragma once
// The arrays of a FuzzyIndex: built by fuzzy_index.cpp, read by each query's search
// (fuzzy_index_search.cpp).
#include <cstdint>
#include <utility>
#include <vector>

#include "catalog/byte_classes.hpp"
#include "catalog/compact_ids.hpp"
#include "catalog/fuzzy_index.hpp"
#include "catalog/ngrams.hpp"

namespace leafpress::catalog {

struct FuzzyIndex::Data {
  const std::vector<Message>& messages;
  bool by_characters = true;
  LcsMemo* memo = nullptr;
  std::vector<uint64_t> msgid_hash;  // per candidate, when there is a memo

  // Candidates, in the order of `messages` (which breaks msgmerge's last ties).
  std::vector<uint32_t> position;          // in `messages`
  std::vector<uint32_t> msgid_size;        // bytes of each msgid
  std::vector<uint8_t> has_context;        // whether each has a msgctxt
  std::vector<fuzzy::ClassCounts> counts;  // byte classes of each msgid
  std::vector<uint32_t> gram_start;        // each one's distinct 4-gram ids, in `grams`
  fuzzy::CompactIds grams;
  // 4-gram id g → the candidates holding it, in order: posting[posting_start[g] .. posting_start[g + 1]).
  // One flat array, not a vector per 4-gram: a big catalog has tens of thousands of them.
  std::vector<uint32_t> posting_start;
  fuzzy::CompactIds posting;
  // 4-gram ids: those of the shared features' table, when there is one, then those of `table`
  // (the 4-grams only this catalog's msgids hold) from `shared_count` on.
  const fuzzy::GramTable* shared_table = nullptr;
  uint32_t shared_count = 0;
  fuzzy::GramTable table;
  std::vector<std::pair<uint32_t, uint32_t>> by_length;  // (msgid bytes, candidate), sorted
  fuzzy::ShortCandidates short_ones;

  explicit Data(const std::vector<Message>& m) : messages(m) {}

  [[nodiscard]] size_t gram_count() const { return posting_start.empty() ? 0 : posting_start.size() - 1; }
  [[nodiscard]] size_t holder_count(uint32_t g) const { return posting_start[g + 1] - posting_start[g]; }
  /// Calls f(candidate) for each candidate holding 4-gram g, in order.
  template <typename F>
  void each_holder(uint32_t g, F&& f) const {
    posting.each(posting_start[g], posting_start[g + 1], std::forward<F>(f));
  }

  [[nodiscard]] const Message& message(uint32_t c) const { return messages[position[c]]; }

  /// The id of 4-gram g, or UINT32_MAX when no candidate holds it.
  [[nodiscard]] uint32_t gram_id(const fuzzy::Gram& g) const {
    if (shared_table) {
      uint32_t id = shared_table->find(g);
      if (id != UINT32_MAX) return holder_count(id) > 0 ? id : UINT32_MAX;
    }
    uint32_t id = table.find(g);
    return id == UINT32_MAX ? id : shared_count + id;
  }
  [[nodiscard]] const fuzzy::Gram& gram(uint32_t id) const {
    return id < shared_count ? shared_table->gram(id) : table.gram(id - shared_count);
  }
};

}  // namespace leafpress::catalog
